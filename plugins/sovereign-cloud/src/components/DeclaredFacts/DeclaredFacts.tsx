import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** Declared facts of an entity as a term/value list; says so when there are none. */
export function DeclaredFacts(props: {
  facts: Array<[string, string | undefined]>;
  empty: string;
}) {
  const facts = props.facts.filter(
    (f): f is [string, string] => f[1] !== undefined && f[1] !== '',
  );
  if (facts.length === 0) {
    return <Typography variant="body2">{props.empty}</Typography>;
  }
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'max-content 1fr',
        columnGap: 2,
        rowGap: 0.5,
        m: 0,
      }}
    >
      {facts.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

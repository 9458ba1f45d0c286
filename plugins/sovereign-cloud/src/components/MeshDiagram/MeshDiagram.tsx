import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import {
  MeshMember,
  NodeLocationGroup,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const WIDTH = 480;
const HEIGHT = 300;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const MEMBER_RADIUS = 115;
const LOCATION_RADIUS = 52;

export function readinessText(ready?: boolean): string {
  if (ready === undefined) return 'readiness unknown';
  return ready ? 'ready' : 'not ready';
}

export function placeText(group: NodeLocationGroup): string {
  return [group.provider, group.location ?? 'unknown location']
    .concat(group.country ? [group.country] : [])
    .join(' ');
}

/** Points on a circle, starting at the top, clockwise. */
function around(n: number, radius: number, offset = 0) {
  return Array.from({ length: n }, (_, i) => {
    const angle = -Math.PI / 2 + offset + (2 * Math.PI * i) / Math.max(n, 1);
    return {
      x: CX + radius * Math.cos(angle),
      y: CY + radius * Math.sin(angle),
    };
  });
}

/**
 * The cluster mesh as a picture: this cluster in the centre with its
 * provider locations, mesh members around it, each link coloured by the
 * member's readiness and dashed when the overlay does not encrypt it. A list
 * below says the same in words.
 */
export function MeshDiagram(props: {
  cluster: string;
  locations: NodeLocationGroup[];
  members: MeshMember[];
  /** e.g. `WireGuard`; absent when traffic between clusters is not encrypted or unknown. */
  encryptedBy?: string;
}) {
  const theme = useTheme();
  const { cluster, locations, encryptedBy } = props;
  const members = props.members.filter(m => !m.local);
  const colour = (ready?: boolean) => {
    if (ready === undefined) return theme.palette.text.disabled;
    return ready ? theme.palette.success.main : theme.palette.error.main;
  };
  const memberPoints = around(members.length, MEMBER_RADIUS, Math.PI / 4);
  const locationPoints = around(locations.length, LOCATION_RADIUS);
  const linkText = encryptedBy
    ? `encrypted by ${encryptedBy}`
    : 'not known to be encrypted';
  const label = `Mesh of ${cluster}: ${members.length} other ${
    members.length === 1 ? 'cluster' : 'clusters'
  }, links ${linkText}`;

  return (
    <Box>
      <Box
        component="svg"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        sx={{
          width: '100%',
          maxWidth: WIDTH,
          height: 'auto',
          display: 'block',
        }}
      >
        {members.map((m, i) => (
          <line
            key={`link-${m.name}`}
            x1={CX}
            y1={CY}
            x2={memberPoints[i].x}
            y2={memberPoints[i].y}
            stroke={colour(m.ready)}
            strokeWidth={3}
            strokeDasharray={encryptedBy ? undefined : '6 4'}
          />
        ))}
        {locations.map((l, i) => (
          <g key={`loc-${placeText(l)}`}>
            <line
              x1={CX}
              y1={CY}
              x2={locationPoints[i].x}
              y2={locationPoints[i].y}
              stroke={theme.palette.divider}
            />
            <circle
              cx={locationPoints[i].x}
              cy={locationPoints[i].y}
              r={14}
              fill={theme.palette.background.paper}
              stroke={theme.palette.info.main}
            />
            <text
              x={locationPoints[i].x}
              y={locationPoints[i].y + 4}
              textAnchor="middle"
              fontSize={10}
              fill={theme.palette.text.primary}
            >
              {l.nodes}
            </text>
            <text
              x={locationPoints[i].x}
              y={
                // Above the upper locations, below the lower: clear of the centre.
                locationPoints[i].y < CY
                  ? locationPoints[i].y - 20
                  : locationPoints[i].y + 26
              }
              textAnchor="middle"
              fontSize={10}
              fill={theme.palette.text.secondary}
            >
              {`${l.provider} ${l.location ?? '?'}`}
            </text>
          </g>
        ))}
        <circle
          cx={CX}
          cy={CY}
          r={24}
          fill={theme.palette.primary.main}
          opacity={0.9}
        />
        <text
          x={CX}
          y={CY + 4}
          textAnchor="middle"
          fontSize={11}
          fontWeight="bold"
          fill={theme.palette.primary.contrastText}
        >
          {cluster}
        </text>
        {members.map((m, i) => (
          <g key={`member-${m.name}`}>
            <circle
              cx={memberPoints[i].x}
              cy={memberPoints[i].y}
              r={20}
              fill={theme.palette.background.paper}
              stroke={colour(m.ready)}
              strokeWidth={3}
            />
            <text
              x={memberPoints[i].x}
              y={memberPoints[i].y + 36}
              textAnchor="middle"
              fontSize={11}
              fill={theme.palette.text.primary}
            >
              {m.name}
            </text>
          </g>
        ))}
      </Box>
      {members.length === 0 ? (
        <Typography variant="body2">No other clusters in the mesh.</Typography>
      ) : (
        <Box component="ul" aria-label="Mesh links" sx={{ m: 0, pl: 2 }}>
          {members.map(m => (
            <Typography component="li" variant="body2" key={m.name}>
              {cluster} ↔ {m.name}: {readinessText(m.ready)}, {linkText}
            </Typography>
          ))}
        </Box>
      )}
      <Typography variant="caption" color="text.secondary">
        Centre: {cluster} with its nodes per provider location. Links: green
        ready, red not ready, grey readiness unknown; dashed when not known to
        be encrypted.
      </Typography>
    </Box>
  );
}

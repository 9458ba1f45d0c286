export { EvidenceCollectionList } from './EvidenceCollectionList';

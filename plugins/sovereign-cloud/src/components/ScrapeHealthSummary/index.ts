export { ScrapeHealthSummary } from './ScrapeHealthSummary';

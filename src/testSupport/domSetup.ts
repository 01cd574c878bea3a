// Component tests switch languages by setting the store directly: both tables are loaded first,
// as the page does before it switches (src/i18n/index.ts).
import { loadLanguage } from '../i18n';

await loadLanguage('zh');

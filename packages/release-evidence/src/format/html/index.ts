export { escapeHtml, html, type Interpolation, Markup } from './escape.js';
export { formatPacketHtml, formatReadinessHtml, type HtmlReportOptions, reportPolicy } from './page.js';

export { escapeHtml, html, type Interpolation, Markup } from './escape.js';
export { formatPacketHtml, formatReadinessHtml, type HtmlReportOptions, REPORT_POLICY } from './page.js';

export * from './types.js';
export { buildRenderPlan, renderPlanNotes, rowHeightBands, VALIDATION_ERROR_STYLE, MAX_ROW_HEIGHT, CHART_PALETTE, type RenderableModel } from './buildRenderPlan.js';
export { DEFAULT_RENDER_STYLE, LINK_COLOR, normalizeColor } from './styles.js';

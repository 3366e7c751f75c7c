// JSON shapes of the govgraph API (/api/v1): names for the schemas of
// api/openapi.yaml, whose types openapi-typescript generates into
// api-types.ts (`npm run gen:types`; `npm test` fails when it is stale).

import type { components } from './api-types';

type Schemas = components['schemas'];

export type Span = Schemas['Span'];
export type DocumentMeta = Schemas['DocumentMeta'];
export type DocumentStats = Schemas['DocumentStats'];
export type DocumentInfo = Schemas['DocumentInfo'];
export type Section = Schemas['Section'];
export type Theme = Schemas['Theme'];
export type Diagnostic = Schemas['Diagnostic'];
export type QualityItem = Schemas['QualityItem'];
/** GET /documents/{id}/quality. */
export type QualityReport = Schemas['QualityReport'];
export type Target = Schemas['Target'];
export type Task = Schemas['Task'];
export type TaskRecord = Schemas['TaskRecord'];
/** GET /tasks. */
export type TaskPage = Schemas['TaskList'];
export type Leader = Schemas['Leader'];
/** GET /documents/{id}: the parsed document without its source. */
export type ParsedDocument = Schemas['DocumentDetail'];
export type DocumentSource = Schemas['DocumentSource'];
export type LeaderInfo = Schemas['LeaderInfo'];
export type UnitInfo = Schemas['UnitInfo'];
export type UnitDetail = Schemas['UnitDetail'];
export type ProjectInfo = Schemas['ProjectInfo'];
export type NameCount = Schemas['NameCount'];
export type SectionCount = Schemas['SectionCount'];
export type Portfolio = Schemas['Portfolio'];
export type UnitNode = Schemas['UnitNode'];
export type UnitLink = Schemas['UnitLink'];
export type UnitNetwork = Schemas['UnitNetwork'];
export type GraphNode = Schemas['Node'];
export type GraphEdge = Schemas['Edge'];
export type Subgraph = Schemas['Subgraph'];
export type SearchHit = Schemas['SearchHit'];
/** application/problem+json */
export type Problem = Schemas['Problem'];
export type ImportResult = Schemas['ImportResult'];
/** GET /metrics/units: graph/analytics.Report. */
export type MetricsReport = Schemas['Report'];
export type UnitMetrics = Schemas['UnitMetrics'];
export type LeaderMetrics = Schemas['LeaderMetrics'];
/** GET /compare: two documents compared through the lineage (docs/compare.md). */
export type Comparison = Schemas['Comparison'];
/** GET /trends: a jurisdiction over its documents. */
export type Trends = Schemas['Trends'];
/** GET /capabilities: what the server allows this client. */
export type Capabilities = Schemas['Capabilities'];
/** POST /cypher. */
export type CypherResult = Schemas['CypherResult'];
export type CypherPlan = Schemas['CypherPlan'];
/** GET /networks/leaders: leaders linked by the units their tasks share. */
export type LeaderNetwork = Schemas['LeaderNetwork'];

// JSON shapes of the govgraph API (/api/v1), mirroring graph/store.go and
// graph/graph.go. Only the fields the UI reads are listed.

export interface Span { start: number; end: number }

export interface DocumentMeta {
  id: string;
  title: string;
  issuer: string;
  date: string;
  year: number;
  jurisdiction: string;
  number?: string;
  format: string;
  fileName?: string;
  hash: string;
}

export interface DocumentStats {
  sections: number;
  tasks: number;
  leaders: number;
  units: number;
  projects: number;
  targets: number;
  diagnostics: number;
}

export interface DocumentInfo extends DocumentMeta { stats: DocumentStats }

export interface Section { index: number; title: string; kind: string; span: Span }
export interface Theme { index: number; section: number; title: string; span: Span }

export interface Diagnostic { line: number; column: number; severity: string; message: string }

export interface Target { metric: string; value: number; unit: string; qualifier: string; text?: string }

export interface Task {
  id: string;
  index: number;
  section: number;
  theme: string;
  themeIndex: number;
  text: string;
  span: Span;
  annotation: Span;
  line: number;
  leaders: string[] | null;
  leadUnits: string[] | null;
  units: string[] | null;
  deadline: string;
  projects: string[] | null;
  targets: Target[] | null;
}

export interface TaskRecord extends Task {
  document: string;
  jurisdiction: string;
  sectionTitle: string;
}

export interface TaskPage { total: number; tasks: TaskRecord[] }

export interface Leader { name: string; title: string; placeholder: boolean }

/** GET /documents/{id}: the parsed document without its source. */
export interface ParsedDocument {
  document: DocumentMeta;
  sections: Section[] | null;
  themes: Theme[] | null;
  tasks: Task[] | null;
  leaders: Leader[] | null;
  units: { name: string; kind: string; collective: boolean }[] | null;
  projects: { name: string; tasks: number[] }[] | null;
  diagnostics: Diagnostic[] | null;
}

export interface SourceTaskSpan { id: string; index: number; start: number; end: number }
export interface DocumentSource { source: string; tasks: SourceTaskSpan[] }

export interface LeaderInfo extends Leader { jurisdiction: string; tasks: number; units: number }

export interface UnitInfo {
  name: string;
  kind: string;
  collective: boolean;
  aliases: string[] | null;
  jurisdiction: string;
  tasks: number;
  leadTasks: number;
  leaders: number;
}

export interface UnitDetail extends UnitInfo { taskList: TaskRecord[] }

export interface ProjectInfo { name: string; jurisdiction: string; tasks: number }

export interface NameCount { name: string; kind?: string; count: number }
export interface SectionCount { document: string; index: number; title: string; count: number }

export interface Portfolio {
  leader: Leader;
  jurisdiction: string;
  tasks: TaskRecord[];
  leadUnits: NameCount[];
  units: NameCount[];
  sections: SectionCount[];
  coLeaders: NameCount[];
}

export interface UnitNode {
  id: string;
  name: string;
  jurisdiction: string;
  kind: string;
  collective: boolean;
  tasks: number;
  leadTasks: number;
  leaders: number;
  taskIds: string[];
  metrics?: Record<string, number>;
}

export interface UnitLink { source: string; target: string; weight: number; tasks: string[] }

export interface UnitNetwork { nodes: UnitNode[]; links: UnitLink[] }

export interface GraphNode { id: string; kind: string; label: string }
export interface GraphEdge { source: string; target: string; type: string }
export interface Subgraph { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }

export interface SearchHit { id: string; kind: string; label: string; snippet?: string }

/** application/problem+json */
export interface Problem { title: string; status: number; detail?: string }

export interface ImportResult {
  document: string;
  replaced: boolean;
  unchanged: boolean;
  tasks: number;
  nodes: number;
  relationships: number;
}

/** GET /metrics/units: graph/analytics.Report. */
export interface MetricsReport {
  groups: string;
  network: { nodes: number; links: number; density: number; degreeCentralisation: number; modularity: number; communities: number; components: number };
  units: UnitMetrics[];
  leaders: LeaderMetrics[];
  definitions: Record<string, string>;
  warnings?: string[];
}

export interface UnitMetrics {
  id: string;
  name: string;
  jurisdiction: string;
  kind: string;
  group: string;
  tasks: number;
  leadTasks: number;
  leaders: number;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  pageRank: number;
  eigenvector: number;
  community: number;
  coreNumber: number;
  constraint: number;
  effectiveSize: number;
  brokerage: { coordinator: number; gatekeeperRepresentative: number; itinerant: number; liaison: number; total: number };
  bottleneck: { score: number; load: number; betweenness: number; leaders: number };
  taskIds: string[];
}

export interface LeaderMetrics {
  id: string;
  name: string;
  jurisdiction: string;
  span: number;
  tasks: number;
  multiLeaderTasks: number;
  overlap: { leaderId: string; leader: string; sharedUnits: string[] }[] | null;
}

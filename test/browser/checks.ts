// The checks the browser page runs. The same code also runs under Node (scripts/browser-check.mjs bundles it
// for both), so the browser results can be compared value by value with Node's: same terms, same ids, same scores.
// Each check names the export it needs and is skipped while that export does not exist yet, so the page can
// grow with the library. Add a check here when a new public feature lands.

/** Outcome of one check; `detail` is compared verbatim between browser and Node. */
export interface CheckResult {
  readonly name: string;
  readonly status: "ok" | "skip" | "fail";
  readonly detail: string;
}

interface Analyzer {
  readonly name: string;
  analyze(text: string): string[];
}
interface Hit {
  readonly id: string;
  readonly score: number;
}
// Structural view of the parts of the public API the checks use (see CONTRACTS.md); kept local so the page
// still compiles while an export is missing.
interface IndexLike {
  add(doc: { id: string; [field: string]: unknown }): void;
  search(query: string, options?: { k?: number }): Hit[];
  readonly size: number;
}
type IndexConstructor = new (options: {
  fields: Record<string, { weight?: number; analyzer?: Analyzer }>;
  analyzer?: Analyzer;
}) => IndexLike;
interface MatcherLike {
  addResults(results: readonly object[]): void;
  addDemands(demands: readonly object[]): void;
  matchDemand(demandId: string, options?: { k?: number }): Hit[];
}
type MatcherConstructor = new (options?: { analyzer?: Analyzer }) => MatcherLike;
type ValidationErrorConstructor = new (problems: { path: string; message: string }[]) => Error & {
  readonly code: string;
  readonly problems: readonly { path: string; message: string }[];
};

/** Exports of the package the checks may use; any of them may be absent. */
export interface CheckedApi {
  readonly ValidationError?: unknown;
  readonly InvertedIndex?: unknown;
  readonly Matcher?: unknown;
  readonly analyze?: unknown;
}

const DOCS = [
  { id: "sic", title: "Silicon carbide power modules", body: "SiC MOSFETs for 800 V traction inverters in electric vehicles" },
  { id: "liion", title: "Fast-charging Li-ion cells", body: "Silicon anodes raise the energy density of lithium-ion batteries" },
  { id: "graphene", title: "石墨烯散热涂层", body: "石墨烯涂层具有良好的散热性能，适用于5G基站" },
  { id: "soil", title: "土壤重金属快速检测", body: "便携式光谱仪在田间检测土壤中的重金属" },
];

/** Rounded so that the last floating-point bit cannot make browser and Node disagree. */
const showHits = (hits: readonly Hit[]): string => hits.map((h) => `${h.id}:${h.score.toFixed(6)}`).join(" ");

function expectTop(hits: readonly Hit[], id: string): void {
  if (hits[0]?.id !== id) throw new Error(`expected ${id} first, got [${showHits(hits)}]`);
}

function errorsCheck(api: CheckedApi): string {
  const ValidationError = api.ValidationError as ValidationErrorConstructor;
  const err = new ValidationError([{ path: "fields.title.weight", message: "expected a positive number" }]);
  if (!(err instanceof Error) || err.code !== "VALIDATION" || err.problems[0]?.path !== "fields.title.weight") {
    throw new Error(`ValidationError round-trip failed: ${err.message}`);
  }
  // Minifiers rename classes, so a name taken from `new.target.name` turns into "d" in a shipped bundle.
  if (err.name !== "ValidationError") {
    throw new Error(`error name is "${err.name}" after bundling; set each error class's name as a string literal`);
  }
  return `${err.name}: ${err.message}`;
}

function buildIndex(api: CheckedApi, analyzer: Analyzer | undefined): IndexLike {
  const InvertedIndex = api.InvertedIndex as IndexConstructor;
  const index = analyzer
    ? new InvertedIndex({ fields: { title: { weight: 2, analyzer }, body: { analyzer } }, analyzer })
    : new InvertedIndex({ fields: { title: { weight: 2 }, body: {} } });
  for (const doc of DOCS) index.add(doc);
  if (index.size !== DOCS.length) throw new Error(`size ${index.size}, expected ${DOCS.length}`);
  return index;
}

function matcherCheck(api: CheckedApi, analyzer: Analyzer | undefined): string {
  const Matcher = api.Matcher as MatcherConstructor;
  const matcher = new Matcher(analyzer ? { analyzer } : undefined);
  matcher.addResults([
    { id: "r-sic", title: "Silicon carbide power modules", summary: "SiC MOSFETs for 800 V traction inverters", trl: 6 },
    { id: "r-graphene", title: "石墨烯散热涂层", summary: "石墨烯涂层具有良好的散热性能", trl: 4 },
  ]);
  matcher.addDemands([
    { id: "d-inverter", title: "Efficient inverter for electric buses", description: "We need silicon carbide power electronics" },
    { id: "d-cooling", title: "基站散热方案", description: "寻找用于5G基站的石墨烯散热涂层" },
  ]);
  const english = matcher.matchDemand("d-inverter", { k: 2 });
  const chinese = matcher.matchDemand("d-cooling", { k: 2 });
  expectTop(english, "r-sic");
  expectTop(chinese, "r-graphene");
  return `${showHits(english)} | ${showHits(chinese)}`;
}

/** Runs every check whose export exists; `analyzer` replaces the default analyzer (the lean page uses this). */
export function runChecks(api: CheckedApi, analyzer?: Analyzer): CheckResult[] {
  const checks: { name: string; needs: keyof CheckedApi; run: () => string }[] = [
    { name: "errors", needs: "ValidationError", run: () => errorsCheck(api) },
    {
      name: "analyze",
      needs: "analyze",
      run: () => (api.analyze as (text: string) => string[])("Running SiC inverters on 28nm chips; 石墨烯涂层的散热性能").join(" "),
    },
    {
      name: "index-english",
      needs: "InvertedIndex",
      run: () => {
        const hits = buildIndex(api, analyzer).search("silicon carbide inverter", { k: 3 });
        expectTop(hits, "sic");
        return showHits(hits);
      },
    },
    {
      name: "index-chinese",
      needs: "InvertedIndex",
      run: () => {
        const hits = buildIndex(api, analyzer).search("石墨烯涂层", { k: 3 });
        expectTop(hits, "graphene");
        return showHits(hits);
      },
    },
    { name: "matcher", needs: "Matcher", run: () => matcherCheck(api, analyzer) },
  ];
  return checks.map(({ name, needs, run }): CheckResult => {
    if (typeof api[needs] !== "function") return { name, status: "skip", detail: `${needs} is not exported yet (or not used by this page)` };
    try {
      return { name, status: "ok", detail: run() };
    } catch (error) {
      return { name, status: "fail", detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  });
}

/**
 * The cue lists `inferReadiness` reads: phrases that say how far a result has come, each with the TRL it signals,
 * plus the negation and plan markers that demote a cue. Written from the TRL definitions (Horizon 2020, GB/T 22900-2022)
 * and the usual wording of Chinese 成果 descriptions; kept general on purpose (no per-record tuning).
 *
 * English cues are plain regular expressions, not wink-nlp custom entities: they need no 450 ms model load, report exact
 * character offsets, run in linear time over the text, and avoid the learnCustomEntities pitfalls listed in TOOLING.md.
 */
import { deepFreeze } from "../immutable/deepFreeze.js";

/** A phrase family that signals one readiness level. */
export interface ReadinessCue {
  /** Regex source (English: matched case-insensitively with word boundaries; Chinese: literal alternatives). */
  readonly pattern: string;
  /** The TRL the phrase signals when it is achieved. */
  readonly trl: number;
}

/** English cues, most specific first within each level (the scanner prefers the longest match at a position). */
export const ENGLISH_CUES: readonly ReadinessCue[] = [
  { trl: 1, pattern: "basic observations?|theoretical observations?|basic mechanisms?|fundamental (?:[a-z-]+ )?(?:pathways|mechanisms?|insights?)|formulating hypothes[ie]s|basic principles? (?:were |was |have been |has been )?observed|basic research|fundamental (?:research|study|studies)" },
  { trl: 2, pattern: "technology concept|we (?:propose|outline|put forward)|on paper|design rationale|(?:early|initial) concept|(?:is|remains) computational|by calculations?|supporting calculations|concept stage|(?:formulated|proposed?) (?:a |the )?(?:concept|idea)|computational (?:docking|modell?ing|screening|stud(?:y|ies))|modell?ing (?:indicates|suggests|shows|predicts)|simulat(?:ed|ions?)|first[- ]principles? calculations?|concept (?:formulated|design)|conceptual (?:design|study)|theoretical (?:model|study|analysis)|simulations? (?:only|stud(?:y|ies))|early[- ]stage research" },
  { trl: 3, pattern: "proofs?[- ]of[- ](?:concept|principle)|(?:shown|demonstrated|proven|proved) in principle|principle (?:has been |was |is )?(?:proven|shown|demonstrated)|(?:demonstrated|shown|proved|proven) (?:the |a )?(?:concept|principle)|early (?:lab(?:oratory)? )?(?:results|experiments|data)|small (?:lab(?:oratory)? )?samples|test structures|concept (?:has been |was |is )?(?:proven|shown|demonstrated|validated)|(?:shown|demonstrated|proven) on small|coupons|half[- ]cells|(?:individual |single )?test devices|feasibility (?:study|shown|demonstrated|proven)|first (?:lab(?:oratory)? )?experiments?|initial experiments?|coin cells?|test coupons?" },
  {
    trl: 4,
    pattern:
      "(?:validated|verified|tested|demonstrated|worked|works|shown|proven) (?:only )?(?:in|on|at) (?:a |the |our )?lab(?:oratory)?|lab(?:oratory)?[- ](?:validat\\w+|tests?|testing|prototypes?|scale|demonstrat\\w+|samples?|films?|proof(?![- ]of)|reliability tests?)|bench[- ](?:scale|top|tests?|testing)|benchtop|in vitro|breadboard|growth[- ]chamber (?:tests?|experiments?|trials?)|lab(?:oratory)? (?:[a-z-]+ )?(?:tests?|experiments?|modules?|trials?|rooms?|cases|panels|studies|study|models?)|small[- ]scale synthesis|gram[- ]scale|lab(?:oratory)?[- ]tested",
  },
  {
    trl: 5,
    pattern:
      "relevant (?:[a-z-]+ ){0,2}(?:environment|tests?|conditions|settings?)|simulated (?:[a-z-]+ ){0,2}conditions|full[- ]scale (?:[a-z-]+ ){0,2}(?:dynamometer|rigs?|test benche?s?)|(?:validated|tested) on (?:[a-z-]+ ){0,3}(?:live|real|field) data|(?:validated|tested) (?:under|in) (?:realistic|real[- ]world|industrial) conditions|in vivo|greenhouse (?:[a-z-]+ )?trials?|pot (?:trials?|experiments?)|(?:sheep|porcine|ovine|canine|guinea pig|rodent|animal) (?:[a-z-]+ ){0,2}models?|(?:diabetic |nude |NSG )?(?:mice|rats|beagle dogs|minipigs|rabbits|primates|xenografts?)|(?:clinical|patient|banked) (?:[a-z-]+ )?(?:samples|specimens)|hospital laborator(?:y|ies)|animal (?:studies|study|models?|tests?)|scal(?:e|ed|ing)[- ]up|kilogram[- ]scale|kg[- ]scale|pouch cells?|full[- ]size prototypes?",
  },
  {
    trl: 6,
    pattern:
      "small[- ]plot (?:field )?trials?|pilot (?:[a-z-]+ ){1,3}(?:lines?|plants?|arrays?|facilit(?:y|ies)|reactors?)|test sites?|outdoor (?:[a-z-]+ )?(?:tests?|trials?|comparisons?|exposure)|pilot[- ](?:lines?|plants?|scale|production|runs?|tests?|testing|trials?|batch(?:es)?|studies|study|facility|facilities|projects?|installations?|deployments?|sites?)|pilot|piloted|semi-commercial|demonstrator|prototypes? available(?: for demonstration)?|tested on site|on-site (?:trials?|tests?|testing)|tonne[- ]scale|ton[- ]scale",
  },
  {
    trl: 7,
    pattern:
      "operational environment|multi-[a-z]+ (?:[a-z-]+ )?trials?|customers?'? (?:[a-z-]+ ){0,2}(?:cells|lines?|sites?|plants?|cabinets|fleets?|vehicles?|premises|evaluations?)|phase (?:I|II|III|1|2|3|one|two|three) (?:clinical )?(?:trials?|stud(?:y|ies))|clinical evaluation|field (?:use|operation)|(?:multi-site|on-farm|on-site|in-plant|commercial[- ]scale) trials?|trials? in (?:[a-z0-9-]+ )?commercial|(?:tested|validated|demonstrated|trialled|trialed|proven) in the field|field[- ](?:tested|evaluated)|field[- ](?:trials?|tests?|testing|demonstrations?|studies|deployments?)|engineering samples?|vehicle tests?|(?:in|under) (?:industrial |customer |user )?trials? (?:at|with|in)|customer (?:cells|lines?|sites?|plants?)|customer's (?:[a-z-]+ ){0,2}(?:lines?|sites?|plants?|tests?|vehicles?)|system prototypes?|engineering prototypes?|pre-?series|demonstration (?:plant|line|projects?|units?|sites?)|clinical trials?|customer (?:trials?|tests?|testing|samples?)|beta (?:tests?|testing|customers?)|industrial (?:trials?|samples?|demonstrations?)",
  },
  {
    trl: 8,
    pattern:
      "qualified|passed (?:[a-z0-9-]+ ){0,3}qualification|ship(?:s|ped)? in small batches|small batches|small[- ]batch|small series|(?:validated|certified|qualified) (?:under|to|according to) ISO|qualification (?:completed|passed)|certified|certification (?:obtained|granted|completed|received)|ce[- ]mark(?:ed|ing)?|type approval|regulatory approval|(?:nmpa|fda) (?:approval|clearance|approved|cleared)|low[- ]rate production|pre-?production|small[- ](?:batch|series|volume) (?:production|manufacturing|supply)|trial production",
  },
  {
    trl: 9,
    pattern:
      "mass[- ]produc(?:tion|ed)|commercial products?|on the (?:[a-z]+ )?market|used routinely|routine (?:clinical )?use|(?:produced|manufactured|made|sold) (?:in volume|commercially|at scale|in series)|commercially|sold (?:for|to|in|as)|volume production|full[- ]scale production|commercial(?:ly)? (?:production|available|deployment|scale|operation|sales|use)|(?:in|into) (?:serial |series |full )?production|on the market|sold to|(?:paying )?customers (?:use|are using)|(?:units|systems) (?:sold|installed|deployed)|commercialized|commercialised",
  },
];

/**
 * Explicit level statements ("TRL 6", "TRL6", "技术成熟度6级", "技术就绪度 6 级"): the strongest evidence.
 * Spaces are bounded and never split between two `\s*` (that made 技术成熟度 + 64,000 spaces quadratic).
 */
export const EXPLICIT_TRL_PATTERN = "\\bTRL[- ]?(?:of |at |level )?([1-9])\\b|技术(?:成熟度|就绪度|就绪水平)(?:等级)?(?:为|达到|：|:)?\\s{0,4}(?:TRL\\s{0,4})?([1-9])(?:\\s{0,4}级)?";

/**
 * Chinese cues. Literal phrases; longer phrases win over the shorter ones they contain (中试线 over 中试). Taiwan usage
 * that the script fold keeps (批次 is also the mainland word for "a batch") has its own cues: 小批次供货, 批次生产.
 */
export const CHINESE_CUES: readonly ReadinessCue[] = [
  { trl: 1, pattern: "基本原理|原理探索|基础研究|机理研究|原理研究" },
  { trl: 2, pattern: "技术概念|构想|理论计算|第一性原理计算|模拟计算|概念设计|方案设计|理论研究|仿真研究|理论模型" },
  { trl: 3, pattern: "概念验证|原理验证|原理样机|可行性验证|初步实验|初步试验|扣式电池|正在研发|研发阶段|研发中" },
  { trl: 4, pattern: "实验室验证|实验室|实验室阶段|实验室规模|实验室样品|实验室样机|小试|克级|体外实验|实验室测试|实验台|通过小试" },
  { trl: 5, pattern: "相关环境|盆栽试验|相关条件|工况|在模拟|小鼠|大鼠|免疫实验|实际工况|实际环境|放大试验|放大实验|放大制备|公斤级|千克级|动物实验|中试放大|软包电池|模拟环境|已有样品|有样品|样品阶段" },
  { trl: 6, pattern: "中试|中间试验|中试线|中试基地|中试生产|吨级|示范样机|样机|通过中试" },
  { trl: 7, pattern: "工程样机|量产线|示范|试运行|田间试验|大田试验|现场试验|现场测试|工程样品|工程批量|实车|工程化|示范应用|示范工程|示范线|示范项目|示范推广|运行环境|临床试验|用户试用|试用|装机试验|挂片试验|工业试验|工业化试验|工业样品" },
  { trl: 8, pattern: "小批量|注册申请|试生产|试产|定型|通过认证|取得认证|获得认证|注册证|型式试验|产品鉴定|通过鉴定|批量试制|可以量产|可量产|具备量产|小批量供货|小批量生产|小批次|小批次供货|小批次生产|批次试制" },
  { trl: 9, pattern: "量产|大面积推广|累计应用|推广面积|批量生产|规模化生产|大规模生产|产业化|商业化|投放市场|推向市场|实现销售|销售收入|批量供货|规模化应用|推广应用|上市销售|已上市|投入生产|投产|累计销售|产品销售|批量销售|批次生产|批次供货|批次销售" },
];

/**
 * Negation markers. They demote a cue that follows closely in the same clause ("not yet tested in the field", 尚未中试).
 * English ones are matched as whole words, Chinese ones as substrings.
 */
export const ENGLISH_NEGATION = "not|no|never|without|yet to|lack(?:s|ing)?|absent|none|pending|awaiting|n't";
export const CHINESE_NEGATION = "尚未|未能|未|还没有|没有|暂无|暂未|无法|不能|有待|待";

/**
 * Statement markers: a cue right after one of these, or right before "stage"/阶段, states the level reached
 * ("only validated in the lab", "at the proof-of-concept stage", 目前仅完成小试, 处于中试阶段);
 * an English marker counts within two words of the cue, a Chinese one within four characters. Such cues are treated
 * like an explicit "TRL n" and win over looser cues elsewhere in the text.
 */
export const ENGLISH_STATEMENT_BEFORE = "only|limited to";
export const ENGLISH_STATEMENT_AFTER = "^[- ](?:stage|phase|level)\\b";
export const CHINESE_STATEMENT_BEFORE = "仅|只";
export const CHINESE_STATEMENT_AFTER = "^(?:阶段|水平)";

/**
 * Listing fields whose value states the stage reached: "Stage of development: Prototype available for demonstration",
 * 成果阶段：通过中试, 成熟度：可以量产. A cue that starts within a few characters (English: two words) after such a
 * label and its colon is an explicit statement. Matched against the end of a short window before the cue.
 */
export const FIELD_LABEL_PATTERN =
  "(?:(?:stage|state|status|level) of (?:development|maturity|readiness)|development (?:stage|status)|current (?:stage|status)|maturity|(?:成果|技术|项目|研发|产品|所处)?(?:阶段|成熟度|进展|状态)|成熟程度)\\s{0,2}[:：]\\s{0,2}(?:(?:already|currently|now)\\s{1,2}|已经?|目前|现已|为|已通过|通过)?$";

/** Plan / future / potential markers: the level is aimed at, not reached ("plans for a pilot line", 拟开展中试). */
export const ENGLISH_PLAN =
  "plan(?:s|ned|ning)?|will|would|could|shall|intend(?:s|ed)?|aim(?:s|ed|ing)? (?:at|to|for)|seek(?:s|ing)?|looking for|next step|future|upcoming|scheduled|expected|to be|toward(?:s)?|prepar(?:e|es|ing)|suitable for|potential|ready for|need(?:s|ed)?|requires?|goal|target(?:s|ing)?|propose[sd]?|envisag\\w+|foresee\\w*|can be|enable[sd]?|for (?:future|later)";
export const CHINESE_PLAN = "正在(?:申请|研发|开发|研制|建设|筹建)|申请中|(?<!模)拟|洽谈|商谈|争取|计划|将|准备|预计|即将|下一步|有望|未来|规划|打算|寻求|寻找|需要|适用于|适合|可用于|面向|推进|筹备|力争|目标";

/** Plan markers that follow the cue in English passives ("a pilot line is planned", "mass production is expected in 2027"). */
export const ENGLISH_PLAN_AFTER =
  "(?:is|are|was|were|has been|have been) (?:planned|scheduled|expected|foreseen|envisaged|being prepared|under preparation|proposed|sought|needed|required)|will (?:start|begin|follow|commence|be (?:built|set up|launched|started|conducted|carried out|installed))|planned|to follow|to come";
export const CHINESE_PLAN_AFTER = "计划|预计|正在筹备|待开展|筹建中|即将";

/** Negation markers that follow the cue ("field trials have not been run", 中试尚未开展). */
export const ENGLISH_NEGATION_AFTER =
  "(?:has|have|is|are|was|were|had) (?:not|never|yet to)|(?:is|are) still ahead|still ahead|(?:hasn't|haven't|isn't|aren't|wasn't|weren't)|not yet|remains? to be|still (?:to be|pending|missing|lacking)|(?:is|are) (?:pending|lacking|missing)";
export const CHINESE_NEGATION_AFTER = "尚在|尚未|未|还没有|有待|待|暂未";

// Frozen deeply: a caller editing an exported cue list would change inference for every other caller.
deepFreeze(ENGLISH_CUES);
deepFreeze(CHINESE_CUES);

import type { LexiconConcept, LexiconExpression } from "../lexicon.js";

/*
 * Business <-> lab concepts that ship with the package. Written from domain knowledge of how plant and
 * product managers describe problems and how labs describe the remedies, for industries in general
 * (not from any test or sample set). Rules of thumb:
 * - business triggers are phrases, not bare generic words ("too heavy", not "weight": NFCorpus-style
 *   medical text says "weight loss" and must not become lightweighting);
 * - Chinese triggers are words a person writes (发烫, 生锈, 停机); two-character ones match only as
 *   whole words (see hanPhrases.ts); Traditional forms that script folding would miss are listed too;
 * - lab targets are the terms results use, in English and Chinese.
 */
type Row = readonly [id: string, label: string, businessEn: string, businessZh: string, labEn: string, labZh: string];

const ROWS: readonly Row[] = [
  // heat / overheating
  ["overheating", "heat dissipation", "overheating|overheats|runs hot|gets hot|get too hot|too hot to hold|burns hands|hot spots|heats up|thermal throttling",
    "发烫|发热严重|过热|烫手|温度过高|散热不好|散热差|發燙|過熱", "heat dissipation|thermal management|thermal conductivity|heat spreader|thermal interface material|heat sink|vapor chamber|cooling",
    "散热|热管理|导热|均热板|导热材料|热界面材料|液冷"],
  ["cooling-cost", "cooling", "cooling costs|air conditioning bill|server room too hot|cooling bill",
    "空调电费|制冷成本|机房太热|冷氣", "liquid cooling|free cooling|heat exchanger|cooling efficiency|power usage effectiveness",
    "液冷|冷却|制冷|换热器|自然冷却"],
  // wear
  ["wear", "wear resistance", "wears out|wear out|worn out|wear out too fast|parts wear|blunt quickly|goes blunt|scratches easily",
    "磨损严重|磨坏|磨得快|不耐磨|容易磨|钝了|划伤|磨損", "wear resistance|abrasion resistance|hard coating|surface hardening|tribology|friction coefficient|wear rate",
    "耐磨|磨损|耐磨涂层|硬质涂层|表面强化|摩擦学|减摩"],
  ["tool-life", "tool life", "tools break|tool changes|cutters fail|tool breakage",
    "换刀频繁|刀具寿命短|断刀", "tool wear|tool life|cutting tool coating|tool condition monitoring",
    "刀具磨损|刀具寿命|刀具涂层|刀具状态监测"],
  // corrosion / rust
  ["corrosion", "corrosion protection", "rust|rusts|rusting|rusty|corrodes|corroded|salt air|paint peels|paint fails",
    "生锈|锈蚀|锈得|锈穿|掉漆|腐蚀严重|生鏽|鏽蝕", "corrosion|anticorrosion|corrosion resistance|corrosion inhibitor|protective coating|salt spray|cathodic protection",
    "腐蚀|防腐|耐腐蚀|缓蚀剂|防腐涂层|盐雾|阴极保护"],
  ["scaling", "scale and fouling", "limescale|scale build-up|pipes clog|fouling",
    "结垢|水垢|堵管|结水垢", "scale inhibitor|antiscalant|antifouling|descaling",
    "阻垢|阻垢剂|防垢|除垢"],
  // noise / vibration
  ["noise", "noise reduction", "too noisy|too loud|noisy|humming|whine|rattles|rattling|noise complaints",
    "噪音大|噪声大|太吵|很吵|异响|嗡嗡|噪音太大|噪音|吵", "noise reduction|acoustic insulation|sound absorption|noise control|acoustic metamaterial|active noise cancellation",
    "降噪|噪声控制|隔音|吸声|声学|主动降噪|消声"],
  ["vibration", "vibration control", "shakes|shaking|vibrates|vibrating|wobbles|judder",
    "抖动|震动|振动大|共振|晃动", "vibration damping|vibration isolation|damping|vibration suppression|modal analysis|chatter",
    "振动|减振|隔振|阻尼|振动抑制|颤振"],
  // weight
  ["lightweighting", "weight reduction", "too heavy|weighs too much|lighter parts|make it lighter|reduce weight|cut weight|heavy parts",
    "太重|重量大|减重|变轻|轻一点|太沉", "lightweight|weight reduction|lightweighting|carbon fibre composite|magnesium alloy|aluminium alloy|high-strength steel|topology optimisation",
    "轻量化|减重|碳纤维复合材料|镁合金|铝合金|高强钢|拓扑优化"],
  // energy use
  ["energy-use", "energy efficiency", "electricity bill|power bill|energy bill|energy costs|uses too much power|waste electricity|wastes energy|gas bill|fuel bill",
    "电费高|电费太高|耗电|费电|能耗高|省电|耗能|用电量大|電費|耗電", "energy efficiency|energy saving|power consumption|energy consumption|waste heat recovery|heat pump|variable frequency drive|high-efficiency motor",
    "节能|能效|能耗|余热回收|热泵|变频|高效电机|降耗"],
  // battery range / charging
  ["battery-range", "battery energy density", "short range|runs out of battery|battery dies|battery drains|battery life|lasts longer on a charge",
    "续航|续航短|跑不远|不耐用|没电|电池不耐用|掉电快|續航", "energy density|battery capacity|high-capacity cathode|silicon anode|solid-state battery|low power consumption",
    "能量密度|电池容量|高容量|硅负极|固态电池|低功耗"],
  ["cold-battery", "battery low-temperature performance", "loses range in winter|range in winter|battery in cold weather|freezing weather battery|cold start problems",
    "冬天续航|冬季续航|天冷续航|低温续航|冬天跑不远|低温掉电", "low-temperature performance|low-temperature electrolyte|battery self-heating|cold start|lithium plating",
    "低温性能|低温电解液|自加热|低温冷启动|析锂"],
  ["charging-time", "fast charging", "charging takes too long|charges slowly|slow charging|long charging time|wait to recharge",
    "充电慢|充电太慢|充电时间长|充电久|充電慢", "fast charging|charging rate|high-rate|lithium plating|charging protocol",
    "快充|快速充电|高倍率|充电倍率|析锂"],
  // fire safety
  ["fire-safety", "fire safety", "catch fire|catches fire|caught fire|fire risk|fire hazard|explosion risk",
    "着火|起火|自燃|冒烟|爆炸|火灾|燒起來|起火风险", "flame retardant|fire resistance|thermal runaway|fire detection|fire suppression|fire barrier|non-flammable",
    "阻燃|防火|耐火|热失控|火灾探测|灭火|隔热"],
  // contamination / odour
  ["odour", "odour control", "smells|smell|stinks|stink|bad smell|odour complaints|odor complaints|fumes",
    "异味|臭味|气味|难闻|恶臭|臭|異味|臭味大", "odour control|deodorisation|volatile organic compounds|VOC removal|biofilter|catalytic oxidation|adsorption",
    "除臭|恶臭|挥发性有机物|VOCs治理|生物滤池|催化氧化|吸附"],
  ["contamination", "contamination control", "foreign matter|heavy metals in",
    "污染|超标|杂质|灰尘|异物|重金属超标", "decontamination|purification|detection limit|remediation|filtration|heavy metal removal",
    "污染|去除|净化|修复|检测|过滤|重金属去除"],
  ["microbial", "antimicrobial", "mould grows|mold grows|goes mouldy",
    "细菌|发霉|长霉|霉变|滋生细菌|感染", "antimicrobial|antibacterial|disinfection|sterilisation|biofilm|antifungal",
    "抗菌|杀菌|消毒|灭菌|生物膜|防霉"],
  // defects / yield
  ["defects", "defect detection", "faulty|faulty parts|scrap rate|rejects|inspectors miss|missed defects|quality problems",
    "缺陷|次品|废品|不良品|漏检|退货|质量问题|良品率低|瑕疵|不良|漏檢|瑕疵品", "defect detection|machine vision|automated optical inspection|non-destructive testing|quality inspection|anomaly detection",
    "缺陷检测|机器视觉|视觉检测|无损检测|质量检测|异常检测|在线检测"],
  ["yield", "yield improvement", "low yield|yield loss|too much scrap|waste material|first pass yield",
    "良率低|良率|成品率低|废品率|报废|良品率", "yield|process optimisation|statistical process control|process control|fault detection|process window",
    "良率|工艺优化|统计过程控制|过程控制|故障检测|提升良率"],
  // shelf life / spoilage
  ["shelf-life", "shelf life extension", "goes bad|go bad|spoils|spoilage|goes off|rots|rotting|short shelf life|goes stale|goes mouldy quickly",
    "变质|腐烂|烂|坏掉|放不久|保质期短|不新鲜|发霉|保鮮", "shelf life|preservation|modified atmosphere packaging|antimicrobial coating|oxygen scavenger|cold chain|post-harvest",
    "保质期|保鲜|气调包装|抗菌涂层|脱氧剂|冷链|采后"],
  // water use
  ["water-use", "water saving", "water bill|uses too much water|water costs|water shortage|wastewater discharge|reuse water",
    "用水量大|水费|缺水|节水|废水排放|污水排放|水重复利用|用水", "water reuse|water recycling|wastewater treatment|membrane filtration|reverse osmosis|zero liquid discharge|water saving",
    "中水回用|水回用|废水处理|膜分离|反渗透|零排放|节水"],
  // emissions
  ["emissions", "emission reduction", "emissions|emission limits|fails emission limits|pollution fines|carbon footprint|chimney|smokestack|exhaust fumes",
    "排放超标|排放|碳排放|烟囱|尾气|环保检查|不达标|碳足迹", "emission reduction|denitrification|desulfurisation|selective catalytic reduction|carbon capture|decarbonisation|flue gas treatment",
    "减排|脱硝|脱硫|选择性催化还原|碳捕集|降碳|烟气治理|超低排放"],
  // downtime / reliability
  ["downtime", "predictive maintenance", "downtime|breaks down|breakdowns|stops without warning|unplanned stops|line stops|machine failures|unexpected failures",
    "停机|停工|停产|故障|坏了|突然停|经常坏|停機|故障頻繁", "predictive maintenance|condition monitoring|fault diagnosis|remaining useful life|anomaly detection|reliability",
    "预测性维护|状态监测|故障诊断|剩余寿命|异常检测|可靠性"],
  ["durability", "durability", "does not last|short lifespan|fails early|cracks over time|ages quickly|fatigue cracks",
    "寿命短|不耐用|老化|开裂|用不久|疲劳", "durability|service life|fatigue life|ageing resistance|lifetime prediction|reliability testing",
    "耐久性|使用寿命|疲劳寿命|耐老化|寿命预测|可靠性"],
  // comfort
  ["comfort", "comfort and ergonomics", "uncomfortable|not comfortable|worker fatigue|too hot to work|sweaty",
    "不舒服|腰酸背痛|疲劳|闷热|出汗|舒适", "thermal comfort|ergonomics|exoskeleton|pressure distribution|breathable|musculoskeletal",
    "舒适性|人体工学|外骨骼|压力分布|透气|热舒适"],
  // cost
  ["cost", "cost reduction", "too expensive|costs too much|cut costs|lower cost|cheaper|high cost",
    "成本高|太贵|降成本|降低成本|便宜|成本太高", "low-cost|cost reduction|cost-effective|scalable manufacturing|material substitution",
    "低成本|降本|降低成本|性价比|规模化制造|材料替代"],
];

const split = (s: string): string[] => s.split("|").map((x) => x.trim()).filter((x) => x !== "");

function expressions(row: Row): LexiconExpression[] {
  const [, , bEn, bZh, lEn, lZh] = row;
  return [
    ...split(bEn).map((text) => ({ text, register: "business", lang: "en" })),
    ...split(bZh).map((text) => ({ text, register: "business", lang: "zh" })),
    ...split(lEn).map((text) => ({ text, register: "lab", lang: "en" })),
    ...split(lZh).map((text) => ({ text, register: "lab", lang: "zh" })),
  ];
}

/** The starter business <-> lab concepts, English and Chinese. */
export const STARTER_CONCEPTS: readonly LexiconConcept[] = Object.freeze(
  ROWS.map((row) => Object.freeze({ id: row[0], label: row[1], weight: 0.8, expressions: Object.freeze(expressions(row)) })),
);

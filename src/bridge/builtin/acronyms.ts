import type { LexiconConcept } from "../lexicon.js";

// Curated here (not from CC-CEDICT, so the core carries no CC BY-SA data): `ACRONYM|english name|中文名`.
// Left out on purpose: acronyms that read as common words once lower-cased (MAP, CAM, HIP, API, ABS),
// that clash with units or prefixes (ML = ml, CO = the "co" of co-development), or that have two common
// readings (SOC/SoC).
const TABLE = `SiC|silicon carbide|碳化硅
GaN|gallium nitride|氮化镓
GaAs|gallium arsenide|砷化镓
InP|indium phosphide|磷化铟
Ga2O3|gallium oxide|氧化镓
Si3N4|silicon nitride|氮化硅
AlN|aluminium nitride|氮化铝
Al2O3|aluminium oxide|氧化铝
TiO2|titanium dioxide|二氧化钛
ZnO|zinc oxide|氧化锌
ZrO2|zirconia|氧化锆
SiO2|silicon dioxide|二氧化硅
WC|tungsten carbide|碳化钨
TiN|titanium nitride|氮化钛
hBN|hexagonal boron nitride|六方氮化硼
CNT|carbon nanotube|碳纳米管
CFRP|carbon fibre reinforced polymer|碳纤维增强复合材料
GFRP|glass fibre reinforced polymer|玻璃纤维增强复合材料
DLC|diamond-like carbon|类金刚石碳
PVD|physical vapour deposition|物理气相沉积
CVD|chemical vapour deposition|化学气相沉积
ALD|atomic layer deposition|原子层沉积
MOF|metal-organic framework|金属有机框架
PLA|polylactic acid|聚乳酸
PHA|polyhydroxyalkanoate|聚羟基脂肪酸酯
PBAT|polybutylene adipate terephthalate|聚己二酸对苯二甲酸丁二醇酯
PTFE|polytetrafluoroethylene|聚四氟乙烯
PVDF|polyvinylidene fluoride|聚偏氟乙烯
PEEK|polyether ether ketone|聚醚醚酮
PDMS|polydimethylsiloxane|聚二甲基硅氧烷
TPU|thermoplastic polyurethane|热塑性聚氨酯
EVA|ethylene vinyl acetate|乙烯醋酸乙烯酯
HDPE|high-density polyethylene|高密度聚乙烯
PVC|polyvinyl chloride|聚氯乙烯
ABS|acrylonitrile butadiene styrene|丙烯腈丁二烯苯乙烯
LFP|lithium iron phosphate|磷酸铁锂
LiFePO4|lithium iron phosphate|磷酸铁锂
LMFP|lithium manganese iron phosphate|磷酸锰铁锂
NCM|nickel cobalt manganese|镍钴锰
NMC|nickel manganese cobalt|三元锂
LTO|lithium titanate|钛酸锂
SEI|solid electrolyte interphase|固体电解质界面膜
BMS|battery management system|电池管理系统
SOH|state of health|健康状态
EV|electric vehicle|电动汽车
BEV|battery electric vehicle|纯电动汽车
HEV|hybrid electric vehicle|混合动力汽车
PHEV|plug-in hybrid electric vehicle|插电式混合动力汽车
FCEV|fuel cell electric vehicle|燃料电池汽车
PEMFC|proton exchange membrane fuel cell|质子交换膜燃料电池
PEM|proton exchange membrane|质子交换膜
SOFC|solid oxide fuel cell|固体氧化物燃料电池
ESS|energy storage system|储能系统
V2G|vehicle-to-grid|车网互动
PV|photovoltaic|光伏
CSP|concentrated solar power|光热发电
HJT|heterojunction solar cell|异质结电池
TOPCon|tunnel oxide passivated contact|隧穿氧化层钝化接触
PERC|passivated emitter and rear cell|钝化发射极和背面电池
MPPT|maximum power point tracking|最大功率点跟踪
HVDC|high-voltage direct current|高压直流输电
UPS|uninterruptible power supply|不间断电源
PFC|power factor correction|功率因数校正
VFD|variable frequency drive|变频器
PMSM|permanent magnet synchronous motor|永磁同步电机
BLDC|brushless dc motor|无刷直流电机
IGBT|insulated-gate bipolar transistor|绝缘栅双极型晶体管
MOSFET|metal-oxide-semiconductor field-effect transistor|金属氧化物半导体场效应晶体管
HEMT|high-electron-mobility transistor|高电子迁移率晶体管
ADC|analog-to-digital converter|模数转换器
DAC|digital-to-analog converter|数模转换器
PLL|phase-locked loop|锁相环
LDO|low-dropout regulator|低压差线性稳压器
MCU|microcontroller|微控制器
FPGA|field-programmable gate array|现场可编程门阵列
ASIC|application-specific integrated circuit|专用集成电路
DSP|digital signal processor|数字信号处理器
GPU|graphics processing unit|图形处理器
CPU|central processing unit|中央处理器
NPU|neural processing unit|神经网络处理器
MEMS|microelectromechanical systems|微机电系统
PCB|printed circuit board|印制电路板
FPC|flexible printed circuit|柔性电路板
SMT|surface mount technology|表面贴装技术
TIM|thermal interface material|热界面材料
PCM|phase change material|相变材料
LED|light-emitting diode|发光二极管
OLED|organic light-emitting diode|有机发光二极管
LCD|liquid crystal display|液晶显示器
QD|quantum dot|量子点
LiDAR|light detection and ranging|激光雷达
RFID|radio frequency identification|射频识别
NFC|near-field communication|近场通信
UWB|ultra-wideband|超宽带
BLE|bluetooth low energy|低功耗蓝牙
LPWAN|low-power wide-area network|低功耗广域网
NB-IoT|narrowband internet of things|窄带物联网
IoT|internet of things|物联网
IIoT|industrial internet of things|工业物联网
5G|fifth-generation mobile network|第五代移动通信
EMI|electromagnetic interference|电磁干扰
EMC|electromagnetic compatibility|电磁兼容
RF|radio frequency|射频
mmWave|millimetre wave|毫米波
GNSS|global navigation satellite system|全球导航卫星系统
AI|artificial intelligence|人工智能
CNN|convolutional neural network|卷积神经网络
LLM|large language model|大语言模型
NLP|natural language processing|自然语言处理
OCR|optical character recognition|光学字符识别
AOI|automated optical inspection|自动光学检测
NDT|non-destructive testing|无损检测
CT|computed tomography|计算机断层扫描
MRI|magnetic resonance imaging|磁共振成像
SEM|scanning electron microscopy|扫描电子显微镜
TEM|transmission electron microscopy|透射电子显微镜
XRD|x-ray diffraction|X射线衍射
XRF|x-ray fluorescence|X射线荧光
FTIR|fourier transform infrared spectroscopy|傅里叶变换红外光谱
NIR|near-infrared|近红外
HPLC|high-performance liquid chromatography|高效液相色谱
GC-MS|gas chromatography-mass spectrometry|气相色谱-质谱联用
ICP-MS|inductively coupled plasma mass spectrometry|电感耦合等离子体质谱
PCR|polymerase chain reaction|聚合酶链式反应
qPCR|quantitative polymerase chain reaction|实时荧光定量PCR
ELISA|enzyme-linked immunosorbent assay|酶联免疫吸附测定
POCT|point-of-care testing|即时检验
CGM|continuous glucose monitoring|连续血糖监测
API|active pharmaceutical ingredient|原料药
GMP|good manufacturing practice|药品生产质量管理规范
HACCP|hazard analysis and critical control points|危害分析与关键控制点
HPP|high pressure processing|超高压处理
UHT|ultra-high temperature processing|超高温瞬时灭菌
FEA|finite element analysis|有限元分析
FEM|finite element method|有限元法
CFD|computational fluid dynamics|计算流体力学
CAD|computer-aided design|计算机辅助设计
CAE|computer-aided engineering|计算机辅助工程
CNC|computer numerical control|数控机床
AM|additive manufacturing|增材制造
SLM|selective laser melting|选区激光熔化
DED|directed energy deposition|定向能量沉积
FSW|friction stir welding|搅拌摩擦焊
EDM|electrical discharge machining|电火花加工
MIM|metal injection moulding|金属注射成形
PLC|programmable logic controller|可编程逻辑控制器
SCADA|supervisory control and data acquisition|数据采集与监视控制系统
MES|manufacturing execution system|制造执行系统
ERP|enterprise resource planning|企业资源计划
OEE|overall equipment effectiveness|设备综合效率
MTBF|mean time between failures|平均故障间隔时间
MTTR|mean time to repair|平均修复时间
RUL|remaining useful life|剩余使用寿命
PHM|prognostics and health management|故障预测与健康管理
SPC|statistical process control|统计过程控制
AGV|automated guided vehicle|自动导引车
AMR|autonomous mobile robot|自主移动机器人
HMI|human-machine interface|人机界面
AR|augmented reality|增强现实
VR|virtual reality|虚拟现实
HVAC|heating ventilation and air conditioning|暖通空调
COP|coefficient of performance|性能系数
PUE|power usage effectiveness|电能利用效率
ORC|organic rankine cycle|有机朗肯循环
CHP|combined heat and power|热电联产
LNG|liquefied natural gas|液化天然气
CCUS|carbon capture utilisation and storage|碳捕集利用与封存
CCS|carbon capture and storage|碳捕集与封存
GHG|greenhouse gas|温室气体
CO2|carbon dioxide|二氧化碳
CH4|methane|甲烷
H2|hydrogen|氢气
H2S|hydrogen sulfide|硫化氢
NH3|ammonia|氨
NOx|nitrogen oxides|氮氧化物
SO2|sulfur dioxide|二氧化硫
SOx|sulfur oxides|硫氧化物
VOC|volatile organic compound|挥发性有机物
VOCs|volatile organic compounds|挥发性有机物
PM2.5|fine particulate matter|细颗粒物
SCR|selective catalytic reduction|选择性催化还原
SNCR|selective non-catalytic reduction|选择性非催化还原
FGD|flue gas desulfurisation|烟气脱硫
RTO|regenerative thermal oxidiser|蓄热式热氧化炉
COD|chemical oxygen demand|化学需氧量
BOD|biochemical oxygen demand|生化需氧量
TDS|total dissolved solids|总溶解固体
DO|dissolved oxygen|溶解氧
MBR|membrane bioreactor|膜生物反应器
RO|reverse osmosis|反渗透
NF|nanofiltration|纳滤
UF|ultrafiltration|超滤
ZLD|zero liquid discharge|零排放
MVR|mechanical vapour recompression|机械蒸汽再压缩
AOP|advanced oxidation process|高级氧化
PFAS|per- and polyfluoroalkyl substances|全氟和多氟烷基物质
Cd|cadmium|镉
Pb|lead|铅
Hg|mercury|汞
As|arsenic|砷
Cr|chromium|铬
Li|lithium|锂
Ni|nickel|镍
REE|rare earth elements|稀土元素
NdFeB|neodymium iron boron magnet|钕铁硼
UAV|unmanned aerial vehicle|无人机
ADAS|advanced driver assistance system|高级驾驶辅助系统
NVH|noise vibration and harshness|噪声振动与声振粗糙度
ANC|active noise cancellation|主动降噪
TRL|technology readiness level|技术成熟度
IP|intellectual property|知识产权
KPI|key performance indicator|关键绩效指标
UV|ultraviolet|紫外线
IR|infrared|红外
LCOE|levelised cost of electricity|平准化度电成本
CAPEX|capital expenditure|资本支出
OPEX|operating expenditure|运营支出`;

/** Acronyms and formulas bridged to their names in English and Chinese (SiC = silicon carbide = 碳化硅). */
export const ACRONYM_CONCEPTS: readonly LexiconConcept[] = Object.freeze(
  TABLE.split("\n").map((line) => {
    const [acronym, english, chinese] = line.split("|");
    return Object.freeze({ id: `acronym:${acronym}`, label: english, weight: 0.9, expressions: Object.freeze([{ text: acronym }, { text: english }, { text: chinese }]) });
  }),
);

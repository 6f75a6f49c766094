"""A corpus of distinct, realistic reports for the benchmarks (no cache can help).

Each report is written by a seeded generator in the shape of a township's annual
rule-of-law report: a title naming a fictional place (示例市示例县 and a generated
town), the five contents under their usual headings, sections of measures with
figures, and a signature with a valid date. Sentences are drawn from pools in varying
number and order, so no two reports are alike; figures agree with each other (a rate
with its counts, parts with their total, a change with the two years' values) in
about nine reports of ten, as in real reports, where the rest carry one slip. Reports
run to about 1,500–5,000 characters (median about 3,100, as the real sample reports'):

    python benchmarks/corpus.py DIR [N]
"""

from __future__ import annotations

import pathlib
import random
import sys

_FIRST = "东西南北青石林河山泉安宁平丰兴和清源新长永福"
_SECOND = "坪岭川桥湾溪口塘营庄堡寨沟台店铺"
_KINDS = ("镇", "乡", "镇", "镇", "街道")

_MEASURES = (
    "依法全面履行政府职能", "完善依法行政制度体系", "推进行政决策科学化民主化法治化",
    "坚持严格规范公正文明执法", "强化对行政权力的制约和监督", "依法有效化解社会矛盾纠纷",
    "全面提升政府工作人员法治思维和依法行政能力", "加快推进政务公开和数字政府建设",
)
_PROSE = (
    "坚持把法治政府建设摆在全局工作的重要位置，与经济社会发展同部署、同推进、同督促、同考核。",
    "严格落实权责清单制度，及时调整公布权责事项，做到清单之外无权力。",
    "深化“放管服”改革，推行“一窗受理、集成服务”，群众办事更加便捷。",
    "严格执行重大行政决策程序，坚持公众参与、专家论证、风险评估、合法性审查和集体讨论决定。",
    "全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度。",
    "持续开展“八五”普法，推动法律进村入户，群众尊法学法守法用法的意识明显增强。",
    "发挥法律顾问作用，重要文件和合同均经法律顾问审核后印发或签订。",
    "建立矛盾纠纷多元化解机制，坚持和发展新时代“枫桥经验”，做到小事不出村、大事不出镇。",
    "主动接受人大监督和政协民主监督，认真办理代表建议和委员提案。",
    "推进基层政务公开标准化规范化，及时公开财政预决算、重大项目和惠民政策等信息。",
    "落实领导干部学法制度，党委理论学习中心组将法治内容纳入年度学习计划。",
    "规范行政执法行为，开展执法案卷评查，发现的问题已全部整改。",
    "健全行政规范性文件管理制度，坚持起草、审核、决定、公布的程序。",
    "加强村级法律服务，每个村都有法律顾问，公共法律服务站点实现全覆盖。",
    "围绕安全生产、生态环境、食品药品等重点领域，组织开展联合执法检查，对发现的隐患逐一登记、限期整改、跟踪问效，"
    "做到隐患不消除不放过、责任不落实不放过。",
    "把法治建设成效作为衡量各村和站所工作实绩的重要内容，年初签订目标责任书，年中开展督导检查，年底组织考核评议，"
    "对工作推进不力的单位进行约谈提醒。",
    "依托综治中心和人民调解委员会，完善镇、村、组三级调解网络，聘请熟悉当地情况的老党员、老干部担任调解员，"
    "及时把矛盾纠纷化解在当地。",
    "严格落实“谁执法谁普法”普法责任制，结合宪法宣传周、民法典宣传月等时间节点，组织干部职工深入村组、学校、"
    "集市开展法律咨询和以案释法活动。",
    "完善政务服务大厅功能，推行首问负责、一次性告知和限时办结制度，梳理公布便民服务事项清单，实现更多事项就近办、网上办。",
    "认真办理行政复议和行政应诉案件，落实行政机关负责人出庭应诉制度，尊重并执行人民法院生效裁判。",
    "加强政务诚信建设，梳理政府合同和承诺事项，对拖欠账款等问题建立台账，逐项推动解决。",
    "健全应急预案体系，修订完善防汛抗旱、森林草原防灭火等专项预案，组织开展应急演练，提升依法应对突发事件的能力。",
    "推进“互联网+监管”，执法人员全部持证上岗，执法记录仪配备到位，执法信息及时录入平台。",
)
_GAPS = (
    "一是部分干部的法治意识还不够强，运用法治思维和法治方式解决问题的能力有待提升。",
    "二是行政执法力量较为薄弱，执法人员专业水平参差不齐。",
    "三是普法宣传的形式还比较单一，针对性和实效性不够强。",
    "四是基层法治建设的经费保障不足，信息化水平不高。",
    "究其原因，主要是对法治政府建设的重视程度层层递减，培训和考核的措施落实不够到位。",
)
_LEADERS = (
    "党委、政府主要负责人认真履行推进法治建设第一责任人职责，做到重要工作亲自部署、重大问题亲自过问、"
    "重点环节亲自协调、重要任务亲自督办。",
    "年内主持召开专题会议研究法治政府建设工作，带头学法、带头述法，在年终述职中专门报告履行法治建设职责情况。",
    "将法治建设纳入班子成员和村（社区）年度绩效考核，考核结果与评优评先挂钩。",
)
_PLANS = (
    "一是深入学习贯彻习近平法治思想，把法治政府建设各项任务落到实处。",
    "二是加强行政执法队伍建设，开展业务培训，提高执法能力和水平。",
    "三是扎实推进普法工作，创新普法形式，增强普法实效。",
    "四是健全矛盾纠纷排查化解机制，把矛盾纠纷化解在基层、化解在萌芽状态。",
    "五是加大法治建设经费投入，推进基层法治建设信息化。",
)


def _rate(a: int, b: int) -> str:
    return f"{b / a * 100:.1f}".rstrip("0").rstrip(".")


def _figures(rng: random.Random, year: int, slip: bool) -> list[str]:
    """Sentences with figures that agree with each other (unless ``slip``: then one
    of them carries a wrong rate)."""
    out = []
    a = rng.randint(20, 400)
    b = rng.randint(a * 3 // 4, a)
    rate = _rate(a, b) if not slip else f"{min(99.9, b / a * 100 + rng.randint(3, 9)):.1f}"
    out.append(rng.choice((
        f"全年共排查矛盾纠纷{a}件，成功调解{b}件，调解成功率为{rate}%。",
        f"共受理行政复议案件{a}件，依法审结{b}件，审结率{rate}%。",
        f"受理群众来信来访{a}件次，按期办结{b}件次，按期办结率达{rate}%。",
    )))
    total = rng.randint(10, 90)
    done = rng.randint(1, total - 1)
    out.append(f"办理行政执法案件{total}件，其中简易程序{done}件、一般程序{total - done}件。")
    before = rng.randint(10, 200)
    after = before + rng.randint(1, before)
    change = f"{(after - before) / before * 100:.1f}".rstrip("0").rstrip(".")
    out.append(f"开展法治宣传活动{after}场次，较{year - 1}年的{before}场次增长{change}%。")
    out.append(f"组织法治培训{rng.randint(2, 20)}期，参训干部{rng.randint(40, 900)}人次，"
               f"审查规范性文件和合同{rng.randint(3, 60)}件，合法性审查率100%。")
    out.append(f"公开政府信息{rng.randint(50, 2000)}条，办理依申请公开{rng.randint(0, 30)}件，均在法定期限内答复。")
    rng.shuffle(out)
    return out


def report(rng: random.Random, year: int = 2025) -> str:
    place = f"示例市示例县{rng.choice(_FIRST)}{rng.choice(_SECOND)}{rng.choice(_KINDS)}"
    slip = rng.random() < 0.1
    numerals = "一二三四五六七八九十"
    lines = [f"{place}关于{year}年法治政府建设情况的报告", "",
             f"{year}年，{place}在县委、县政府的坚强领导下，坚持以习近平法治思想为指导，"
             f"认真贯彻落实《法治政府建设实施纲要（2021—2025年）》，扎实推进法治政府建设。现将有关情况报告如下。",
             f"一、{year}年推进法治政府建设的主要举措和成效"]
    figures = _figures(rng, year, slip)
    measures = rng.sample(_MEASURES, rng.randint(4, 7))
    for i, measure in enumerate(measures):
        lines.append(f"（{numerals[i]}）{measure}")
        for _ in range(rng.randint(1, 3)):
            body = rng.sample(_PROSE, rng.randint(3, 6))
            if figures and rng.random() < 0.5:
                body.insert(rng.randint(0, len(body)), figures.pop())
            lines.append("".join(body))
    lines.extend(figures)
    lines.append("二、存在的不足和原因")
    lines.append("".join(_GAPS[:rng.randint(3, 4)]) + _GAPS[-1])
    lines.append("三、党政主要负责人履行推进法治建设第一责任人职责情况")
    lines.append("".join(rng.sample(_LEADERS, rng.randint(2, 3))))
    lines.append(f"四、{year + 1}年推进法治政府建设的主要安排")
    lines.append("".join(_PLANS[:rng.randint(3, 5)]))
    if rng.random() < 0.4:
        lines.append("五、其他需要报告的事项")
        lines.append("无。")
    lines += ["", place + ("人民政府" if not place.endswith("街道") else "办事处"),
              f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"]
    return "\n".join(lines) + "\n"


def reports(n: int, seed: int = 2026) -> list[str]:
    rng = random.Random(seed)
    return [report(rng) for _ in range(n)]


def write(folder: pathlib.Path, n: int, seed: int = 2026) -> list[pathlib.Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(reports(n, seed)):
        path = folder / f"report-{i:05d}.txt"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    write(pathlib.Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1000)

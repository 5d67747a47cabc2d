"""History of chapter 2: the introduction, 第一節 (1989–2004), every dated event of the chapter and its people.

Transcribed from ``shared/seed/000_60ccf258d93e3cbf.txt`` following ``README.md``:
forms as printed (irregular Russian and Latin kept), dates as strings in the README's format,
``cite`` as lists of ``"fnN"`` / ``"fnN|note"`` / ``"§section ¶n"``.

Section labels used in ``cite``: 引言; 第一節 壹 + the year heading with its stray spaces removed
(e.g. "1998年阿拉木圖高峰會"); 第一節 貳 + "2001年" … "2004年"; 第二節 貳 (1)/(2); 第三節 壹…肆;
第四節. ¶ counts paragraphs under that heading, footnote lines, tables and the stray footnote
markers "9" and "10" (printed on lines of their own) excluded.

Conventions of this module (see also the notes on each record):
- ``participants`` of a bilateral event (visit, talks, ratification…) use role "member" for both
  parties ("party to the bilateral event"); "guest" is kept for the states invited to a
  multilateral meeting (2004 Tashkent).
- Where a meeting of a Shanghai Five / SCO body is reported without naming or counting the states,
  the members of the time are listed with a note saying so.
- Party ``action`` "approved" is used for statements, communiqués and declarations the chapter
  says were 發表 (issued): the chapter never says they were signed.
- An empty party ``date`` means the instrument's own ``signed`` date (README: Dates). A party's
  ``date`` is given only where it differs from that date (e.g. ratifications exchanged later).
"""

from __future__ import annotations

FIVE = ["china", "russia", "kazakhstan", "kyrgyzstan", "tajikistan"]
SIX = [*FIVE, "uzbekistan"]
# fn 55 is printed at the end of the passage of 第三節 肆 ¶3 that dates the SCO's founding.
FN55 = "fn55|the footnote closes the passage that begins 「2001年6月15日上海合作組織的成立…」"
# 第一節 貳 2004年 ¶2: 六國元首簽署或批准了「…條例」、「…協定」、「…公約」等文件，並發表「…塔什干宣言」.
TASHKENT_2004_PARTY_NOTE = (
    "The chapter says 「六國元首簽署或批准了」 (signed or approved) this document and the others it lists (「…等文件」) "
    "together, without saying which act applies to which document."
)


def _participants(states, capacity_zh="", capacity_en="", note="", role="member", people=None, extra=None):
    """One participation per state; ``people`` maps state → person slug, ``extra`` state → dict of overrides."""
    people = people or {}
    extra = extra or {}
    rows = []
    for state in states:
        row = dict(
            state=state,
            role=role,
            person=people.get(state),
            capacity_zh=capacity_zh,
            capacity_en=capacity_en,
            note=note,
        )
        row.update(extra.get(state, {}))
        rows.append(row)
    return rows


def _parties(states, action="signed", date=None, side="", note="", extra=None):
    extra = extra or {}
    rows = []
    for state in states:
        row = dict(state=state, side=side, action=action, date=date, note=note)
        row.update(extra.get(state, {}))
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------
# PEOPLE
# ---------------------------------------------------------------------------------------------

PEOPLE = [
    dict(
        slug="gorbachev",
        name_zh="戈巴契夫",
        name_en="Gorbachev",
        name_en_is_translation=True,
        name_ru="",
        name_ru_latn="",
        aliases="",
        citizenship="ussr",
        description_zh="",
        description_en="",
        note="The chapter names him only as 戈巴契夫, visiting China in May 1989 (引言 ¶1); it gives no office, "
        "no given name and no Russian form. Citizenship USSR from the context (中蘇關係).",
        cite=["§引言 ¶1"],
    ),
    dict(
        slug="yeltsin",
        name_zh="葉爾欽",
        name_en="Yeltsin",
        name_en_is_translation=True,
        name_ru="",
        name_ru_latn="",
        aliases="",
        citizenship="russia",
        description_zh="俄羅斯總統",
        description_en="President of Russia",
        note="Named only in footnote 5: he did not attend the 1998 Almaty summit for health reasons (由於健康因素未出席會議).",
        cite=["fn5"],
    ),
    dict(
        slug="primakov",
        name_zh="普利馬可夫",
        name_en="Primakov",
        name_en_is_translation=True,
        name_ru="",
        name_ru_latn="",
        aliases="",
        citizenship="russia",
        description_zh="（俄羅斯）外交部長",
        description_en="(Russian) Minister of Foreign Affairs",
        note="Footnote 5: represented Russia in the meeting with the heads of state at the 1998 Almaty summit "
        "(由外交部長普利馬可夫代表參加與各國元首的會晤).",
        cite=["fn5"],
    ),
    dict(
        slug="karimov",
        name_zh="卡里莫夫",
        name_en="Islam Karimov",
        name_en_is_translation=False,
        name_ru="Ислам Каримов",
        name_ru_latn="Islam Karimov",
        aliases="",
        citizenship="uzbekistan",
        description_zh="烏茲別克總統",
        description_en="President of Uzbekistan",
        note="Attended the 2000 Dushanbe summit for the first time, as an observer (以觀察員身份首次出席了會議).",
        cite=["§第一節 壹 2000年杜尚別高峰會 ¶3", "fn11"],
    ),
    dict(
        slug="hu-jintao",
        name_zh="胡錦濤",
        name_en="Hu Jintao",
        name_en_is_translation=True,
        name_ru="",
        name_ru_latn="",
        aliases="",
        citizenship="china",
        description_zh="中國國家主席",
        description_en="President of China",
        note="Attended a heads-of-state summit for the first time at Moscow, 28–29 May 2003, and gave an important "
        "speech (第一次參加元首高峰會並發表重要講話).",
        cite=["§第一節 貳 2003年 ¶1"],
    ),
    dict(
        slug="kasymov",
        name_zh="卡西莫夫",
        name_en="Vyacheslav Kasymov",
        name_en_is_translation=True,
        name_ru="Вячеслав Касымов",
        name_ru_latn="Vjacheslav Kasimov",
        aliases="Vjacheslav kasimov",
        citizenship="uzbekistan",
        description_zh="上海合作組織地區反恐怖機構執行委員會主席（第一節）；首任執委會主任，烏茲別克公民（第二節）",
        description_en="Chairman of the Executive Committee of the SCO Regional Anti-Terrorist Structure (第一節); "
        "first Director of the Executive Committee, a citizen of Uzbekistan (第二節)",
        note="Two readings of his office: 第一節 貳 2003年 ¶2 says the 2003 Moscow summit appointed him 主席 (chairman) "
        "of the Executive Committee; 第二節 貳 (2) calls him the first 執委會主任 (director), and fn21's Russian title "
        "speaks of the директор Исполкома. The Latin form is printed 'Vjacheslav kasimov' (lower-case k) in 第一節 "
        "and 'Vjacheslav Kasimov' in 第二節; the Cyrillic has Касымов (ы) while both Latin forms have 'i'.",
        cite=["fn21", "§第二節 貳 (2) ¶1", "fn33"],
    ),
    dict(
        slug="zhang-deguang",
        name_zh="張德廣",
        name_en="Zhang Deguang",
        name_en_is_translation=True,
        name_ru="",
        name_ru_latn="",
        aliases="",
        citizenship="china",
        description_zh="中國前駐俄羅斯大使；上海合作組織首任秘書長",
        description_en="Former Chinese Ambassador to Russia; first Secretary-General of the SCO",
        note="Appointed first Secretary-General when the Secretariat opened in Beijing (2004-01-15); attended the "
        "heads-of-government meeting in Bishkek on 2004-09-23 (秘書處張德廣秘書長出席會議). Citizenship China "
        "from 中國前駐俄羅斯大使.",
        cite=["fn27", "§第一節 貳 2004年 ¶1", "§第一節 貳 2004年 ¶4", "§第二節 貳 (1) ¶1"],
    ),
    dict(
        slug="karzai",
        name_zh="卡爾紮伊",
        name_en="Hamid Karzai",
        name_en_is_translation=False,
        name_ru="Хамид Карзай",
        name_ru_latn="Hamid Karzai",
        aliases="",
        citizenship="afghanistan",
        description_zh="阿富汗過渡政府總統",
        description_en="President of the Afghan Transitional Administration",
        note="Invited to the 2004 Tashkent summit.",
        cite=["fn30"],
    ),
    dict(
        slug="erdenechuluun",
        name_zh="額爾登楚龍",
        name_en="Luvsangiin Erdenechuluun",
        name_en_is_translation=False,
        name_ru="Лувсангийн Эрдэнэчулуун",
        name_ru_latn="Luvsangiin Erdenechuluun",
        aliases="",
        citizenship="mongolia",
        description_zh="蒙古國外長；作為蒙古總統特別代表",
        description_en="Minister of Foreign Affairs of Mongolia; special representative of the Mongolian President",
        note="Invited to the 2004 Tashkent summit as the Mongolian President's special representative (作為蒙古總統特別代表的蒙古國外長).",
        cite=["fn30"],
    ),
    dict(
        slug="jiang-zemin",
        name_zh="江澤民",
        name_en="Jiang Zemin",
        name_en_is_translation=True,
        name_ru="",
        name_ru_latn="",
        aliases="",
        citizenship="china",
        description_zh="中國國家主席",
        description_en="President of China",
        note="Visited Russia in September 1994 (江澤民訪俄, no office stated there) and Kyrgyzstan for the first time "
        "in July 1996 (中國國家主席江澤民首次訪問吉爾吉斯). Also named in the title of the page cited in fn41 "
        "(「江澤民會見吉爾吉斯斯坦總統阿卡耶夫」).",
        cite=["fn36", "fn38", "fn41"],
    ),
    dict(
        slug="li-peng",
        name_zh="李鵬",
        name_en="Li Peng",
        name_en_is_translation=True,
        name_ru="",
        name_ru_latn="",
        aliases="",
        citizenship="china",
        description_zh="中國總理",
        description_en="Premier of China",
        note="Visited Kazakhstan in April 1994 (中國總理李鵬訪問哈薩克).",
        cite=["fn37"],
    ),
    dict(
        slug="nazarbayev",
        name_zh="那札巴耶夫",
        name_en="Nursultan Nazarbayev",
        name_en_is_translation=True,
        name_ru="Нурсултан Назарбаев",
        name_ru_latn="Nursultan Nazarbaev",
        aliases="",
        citizenship="kazakhstan",
        description_zh="哈薩克總統",
        description_en="President of Kazakhstan",
        note="Visited China in November 1999.",
        cite=["fn37"],
    ),
    dict(
        slug="rakhmonov",
        name_zh="拉赫曼諾夫",
        name_en="Emomali Rakhmonov",
        name_en_is_translation=False,
        name_ru="Эмомали Рахмонов",
        name_ru_latn="Emomali Rakhmonov",
        aliases="拉赫莫諾夫",
        citizenship="tajikistan",
        description_zh="塔吉克總統",
        description_en="President of Tajikistan",
        note="Printed 拉赫曼諾夫 (visit of August 1999) and 拉赫莫諾夫 (visit of May 2002) in the same paragraph (第三節 壹 ¶10).",
        cite=["fn40"],
    ),
    dict(
        slug="akayev",
        name_zh="阿卡耶夫",
        name_en="Akayev",
        name_en_is_translation=True,
        name_ru="",
        name_ru_latn="",
        aliases="",
        citizenship="kyrgyzstan",
        description_zh="吉爾吉斯斯坦總統",
        description_en="President of Kyrgyzstan",
        note="Named only in the title of the page cited in fn41 (「江澤民會見吉爾吉斯斯坦總統阿卡耶夫」).",
        cite=["fn41"],
    ),
    dict(
        slug="putin",
        name_zh="",
        name_en="Putin",
        name_en_is_translation=True,
        name_ru="Путин",
        name_ru_latn="",
        aliases="",
        citizenship="russia",
        description_zh="",
        description_en="",
        note='Named only in the Russian title of the news item cited in fn17 ("Путин открыл заседание ШОС в '
        'расширенном составе"); the chapter gives no Chinese form and no office. Citizenship Russia is '
        "not stated by the chapter (inferred from the St Petersburg context).",
        cite=["fn17"],
    ),
]


# ---------------------------------------------------------------------------------------------
# EVENTS
# ---------------------------------------------------------------------------------------------

EVENTS = [
    # ----- 引言 ------------------------------------------------------------------------------
    dict(
        slug="visit-1989-05-gorbachev-china",
        kind="visit",
        framework="bilateral",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1989-05",
        places=[],
        host="china",
        date_as_printed="",
        title_zh="戈巴契夫訪問中國",
        title_en="Gorbachev visits China",
        summary_zh="1989年5月，戈巴契夫訪問中國，中蘇關係邁向正常化的發展。雙方就「邊境地區軍事力量的部署舉行談判，"
        "以期符合睦鄰友好關係」與「藉由平等協商來解決邊界問題」達成了共識（「中蘇聯合公報」）。",
        summary_en="In May 1989 Gorbachev visited China and Sino-Soviet relations moved towards normalisation. The two "
        "sides agreed 'to negotiate the deployment of military forces in the border areas so as to accord with "
        "good-neighbourly relations' and 'to settle the border question through consultation on an equal footing' "
        "(Sino-Soviet Joint Communiqué).",
        topics=["border", "force-reduction", "confidence-building"],
        note="The chapter names no city for the visit.",
        participants=_participants(
            ["ussr", "china"],
            extra={
                "ussr": dict(person="gorbachev", note="Visiting side."),
                "china": dict(note="Host."),
            },
        ),
        cite=["fn1", "§引言 ¶1"],
    ),
    dict(
        slug="talks-1989-11-border-forces",
        kind="talks",
        framework="bilateral",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1989-11",
        places=[],
        host=None,
        date_as_printed="",
        title_zh="中蘇關於邊境地區相互裁減軍力和加強軍事領域信任的談判",
        title_en="Sino-Soviet negotiations on the mutual reduction of military forces and the strengthening of "
        "confidence in the military field in the border areas",
        summary_zh="同年11月，中蘇開始了關於邊境地區相互裁減軍力和加強軍事領域信任的談判。上海五國論壇就是起源於中國與"
        "俄羅斯、哈薩克、吉爾吉斯、塔吉克五國針對邊境地區相互裁減軍事力量的談判。",
        summary_en="In November of the same year (1989) China and the Soviet Union began negotiations on the mutual "
        "reduction of military forces and the strengthening of military confidence in the border areas. The Shanghai "
        "Five forum grew out of the five states' negotiations on the mutual reduction of military forces in the "
        "border areas.",
        topics=["force-reduction", "confidence-building", "border"],
        note="Start of the negotiations only; after the dissolution of the USSR they continued with China as one side "
        "and a joint delegation of Russia, Kazakhstan, Kyrgyzstan and Tajikistan as the other (引言 ¶2).",
        participants=_participants(["china", "ussr"]),
        cite=["§引言 ¶1", "§引言 ¶3"],
    ),
    dict(
        slug="other-1991-12-ussr-dissolution",
        kind="other",
        framework="",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1991-12",
        places=[],
        host=None,
        date_as_printed="",
        title_zh="蘇聯解體",
        title_en="Dissolution of the Soviet Union",
        summary_zh="1991年12月蘇聯解體。此後，以中國為一方，俄羅斯、哈薩克、吉爾吉斯、塔吉克四國組成聯合代表團為另一方，"
        "對「關於在邊境地區加強軍事領域信任的協定」達成共識。原屬於蘇聯和中國兩國之間的邊境問題，轉變成爲中國和俄羅斯、"
        "哈薩克、吉爾吉斯、塔吉克等五國之間的問題。",
        summary_en="The Soviet Union dissolved in December 1991. Afterwards China, as one side, and a joint delegation of "
        "Russia, Kazakhstan, Kyrgyzstan and Tajikistan, as the other, reached consensus on the Agreement on "
        "Confidence-Building in the Military Field in the Border Areas. The border question between the Soviet Union "
        "and China became a question between China and the four other states.",
        topics=["border", "geopolitics"],
        note="Dated in 引言 ¶2 and 第三節 肆 ¶1 (1991年12月蘇聯解體後); 第三節 壹 ¶1 mentions it without a date.",
        participants=[],
        cite=["§引言 ¶2", "fn2", "§第三節 肆 ¶1", "§第三節 壹 ¶1"],
    ),
    dict(
        slug="diplomatic-1992-01-02-central-asia",
        kind="diplomatic",
        framework="bilateral",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1992-01-02/1992-01-06",
        places=[],
        host=None,
        date_as_printed="",
        title_zh="中國與中亞各國建立外交關係",
        title_en="China establishes diplomatic relations with the Central Asian states",
        summary_zh="1991年12月蘇聯解體後，中國很快的在1992年1月2日—6日與中亞各國建立外交關係。",
        summary_en="After the dissolution of the USSR in December 1991, China established diplomatic relations with the "
        "Central Asian states between 2 and 6 January 1992.",
        topics=["geopolitics"],
        note="The chapter says only 與中亞各國建立外交關係 (established diplomatic relations with the Central Asian "
        "states): it names no state and does not say which state on which day, so China is the only participant "
        "recorded.",
        participants=_participants(["china"]),
        cite=["§第三節 肆 ¶1", "fn54|the footnote closes that paragraph"],
    ),
    # ----- 第三節 壹: border milestones and visits ----------------------------------------------
    dict(
        slug="ratification-1992-03-china-russia-eastern-border",
        kind="ratification",
        framework="bilateral",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1992-03",
        places=[],
        host=None,
        date_as_printed="",
        title_zh="中國和俄羅斯互換東段邊界批准書",
        title_en="China and Russia exchange instruments of ratification on the eastern section of the border",
        summary_zh="1992年3月，中國和俄羅斯互換東段邊界批准書。",
        summary_en="In March 1992 China and Russia exchanged the instruments of ratification on the eastern section of their border.",
        topics=["border"],
        note="The chapter does not name the instrument whose ratifications were exchanged.",
        participants=_participants(["china", "russia"]),
        cite=["fn36"],
    ),
    dict(
        slug="visit-1994-04-li-peng-kazakhstan",
        kind="visit",
        framework="bilateral",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1994-04",
        places=[],
        host="kazakhstan",
        date_as_printed="",
        title_zh="中國總理李鵬訪問哈薩克",
        title_en="Chinese Premier Li Peng visits Kazakhstan",
        summary_zh="1994年4月，中國總理李鵬訪問哈薩克期間，兩國簽署「中哈國界協定」。",
        summary_en="During Chinese Premier Li Peng's visit to Kazakhstan in April 1994 the two states signed the "
        "China–Kazakhstan Border Agreement.",
        topics=["border"],
        note="The chapter names no city.",
        participants=_participants(
            ["china", "kazakhstan"],
            extra={
                "china": dict(person="li-peng", capacity_zh="總理", capacity_en="Premier", note="Visiting side."),
                "kazakhstan": dict(note="Host."),
            },
        ),
        cite=["fn37"],
    ),
    dict(
        slug="visit-1994-09-jiang-zemin-russia",
        kind="visit",
        framework="bilateral",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1994-09",
        places=[],
        host="russia",
        date_as_printed="",
        title_zh="江澤民訪俄",
        title_en="Jiang Zemin visits Russia",
        summary_zh="1994年9月江澤民訪俄期間中俄簽署「中俄國界西段協定」。",
        summary_en="During Jiang Zemin's visit to Russia in September 1994 China and Russia signed the Agreement on the "
        "Western Section of the China–Russia Border.",
        topics=["border"],
        note="The chapter names no city and gives no office for Jiang Zemin in this sentence.",
        participants=_participants(
            ["china", "russia"],
            extra={
                "china": dict(person="jiang-zemin", note="Visiting side."),
                "russia": dict(note="Host."),
            },
        ),
        cite=["fn36"],
    ),
    dict(
        slug="ratification-1995-10-china-russia-western-border",
        kind="ratification",
        framework="bilateral",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1995-10",
        places=[],
        host=None,
        date_as_printed="隔年10月",
        title_zh="中俄互換「中俄國界西段協定」批准書",
        title_en="China and Russia exchange the instruments of ratification of the Agreement on the Western Section "
        "of the China–Russia Border",
        summary_zh="1994年9月中俄簽署「中俄國界西段協定」，隔年10月互換批准書。",
        summary_en="The Agreement on the Western Section of the China–Russia Border, signed in September 1994, had its "
        "instruments of ratification exchanged in October of the following year.",
        topics=["border"],
        note="Printed 隔年10月 (October of the following year) after the 1994 signature, hence October 1995.",
        participants=_participants(["china", "russia"]),
        cite=["fn36"],
    ),
    # ----- 第一節 壹 1996 ---------------------------------------------------------------------
    dict(
        slug="summit-1996-04-26-shanghai",
        kind="summit",
        framework="shanghai-five",
        organ="shanghai-five-heads-of-state",
        ordinal=1,
        regularity="",
        part_of=None,
        held="1996-04-26",
        places=["shanghai"],
        host="china",
        date_as_printed="",
        title_zh="上海五國元首第一次會晤（上海高峰會）",
        title_en="First meeting of the Shanghai Five heads of state (Shanghai summit)",
        summary_zh="1996年4月26日，以中國為一方，俄、哈、吉、塔為另一方，五國元首在上海舉行第一次會晤，簽署了「關於在"
        "邊境地區加強軍事領域信任的協定」。這次會議的成果，為中、俄、哈、吉、塔五國和平解決邊境問題，以及發展友好睦鄰"
        "合作關係奠定了基礎。由於五國元首的首次會晤在上海舉行，因此這個合作形式被稱為「上海五國論壇」；此後定期會晤的"
        "形式逐漸定型。",
        summary_en="On 26 April 1996 the five heads of state — China as one side, Russia, Kazakhstan, Kyrgyzstan and "
        "Tajikistan as the other — held their first meeting in Shanghai and signed the Agreement on Confidence-Building "
        "in the Military Field in the Border Areas. It laid the foundation for the peaceful settlement of the five "
        "states' border questions and for good-neighbourly cooperation. Because the first meeting was held in "
        "Shanghai the format became known as the 'Shanghai Five forum', and regular meetings gradually took shape.",
        topics=["confidence-building", "border", "institution-building"],
        note="Format 五國兩方 (five states, two sides): China one side, the four CIS states the other (第一節 壹 1997 ¶2).",
        participants=_participants(
            FIVE,
            "國家元首",
            "Head of state",
            extra={
                "china": dict(note="Side A (一方)."),
                **{s: dict(note="Side B (另一方), with the other three CIS states.") for s in FIVE[1:]},
            },
        ),
        cite=["fn3", "§第一節 壹 1996年上海高峰會 ¶2", "§引言 ¶3"],
    ),
    dict(
        slug="visit-1996-07-jiang-zemin-kyrgyzstan",
        kind="visit",
        framework="bilateral",
        organ=None,
        ordinal=1,
        regularity="",
        part_of=None,
        held="1996-07",
        places=[],
        host="kyrgyzstan",
        date_as_printed="",
        title_zh="中國國家主席江澤民首次訪問吉爾吉斯",
        title_en="Chinese President Jiang Zemin's first visit to Kyrgyzstan",
        summary_zh="1996年7月，中國國家主席江澤民首次訪問吉爾吉斯期間，兩國簽訂「中華人民共和國和吉爾吉斯共和國國界協定」。",
        summary_en="During Chinese President Jiang Zemin's first visit to Kyrgyzstan in July 1996 the two states signed "
        "the Agreement on the Border between the People's Republic of China and the Kyrgyz Republic.",
        topics=["border"],
        note="Ordinal 1 from 首次訪問 (his first visit to Kyrgyzstan). The chapter names no city.",
        participants=_participants(
            ["china", "kyrgyzstan"],
            extra={
                "china": dict(person="jiang-zemin", capacity_zh="國家主席", capacity_en="President", note="Visiting side."),
                "kyrgyzstan": dict(note="Host."),
            },
        ),
        cite=["fn38"],
    ),
    # ----- 1997 --------------------------------------------------------------------------------
    dict(
        slug="summit-1997-04-24-moscow",
        kind="summit",
        framework="shanghai-five",
        organ="shanghai-five-heads-of-state",
        ordinal=2,
        regularity="",
        part_of=None,
        held="1997-04-24",
        places=["moscow"],
        host="russia",
        date_as_printed="",
        title_zh="上海五國元首第二次會晤（莫斯科高峰會）",
        title_en="Second meeting of the Shanghai Five heads of state (Moscow summit)",
        summary_zh="1997年4月24日，上海五國元首在莫斯科舉行第二次會晤，簽署了「關於在邊境地區相互裁減軍事力量的協定」。"
        "這是繼1996年協定的延伸，使五國漫長的邊界線得以維持和平與穩定。在1996、1997年高峰會上，「上海五國」主要體現"
        "為以「五國兩方」的方式，以中國為一方，俄羅斯、哈薩克、吉爾吉斯、塔吉克四個獨立國協國家為另一方，藉由平等對話、"
        "合理協商的形式，解決邊界劃定與邊境裁軍問題，並促使國家元首會晤機制逐漸成形。",
        summary_en="On 24 April 1997 the Shanghai Five heads of state held their second meeting in Moscow and signed the "
        "Agreement on the Mutual Reduction of Armed Forces in the Border Areas, an extension of the 1996 agreement "
        "keeping the five states' long border peaceful and stable. At the 1996 and 1997 summits the Shanghai Five "
        "worked as 'five states, two sides' — China one side, the four CIS states the other — settling border "
        "delimitation and border disarmament through dialogue and consultation, and the heads-of-state meeting "
        "mechanism gradually took shape.",
        topics=["force-reduction", "border", "confidence-building"],
        note="",
        participants=_participants(
            FIVE,
            "國家元首",
            "Head of state",
            extra={
                "china": dict(note="Side A (一方)."),
                **{s: dict(note="Side B (另一方), with the other three CIS states.") for s in FIVE[1:]},
            },
        ),
        cite=["fn4", "§第一節 壹 1997年莫斯科高峰會 ¶2"],
    ),
    dict(
        slug="other-1997-11-china-russia-eastern-border-settled",
        kind="other",
        framework="bilateral",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1997-11",
        places=[],
        host=None,
        date_as_printed="",
        title_zh="中俄東段4200公里的邊界相關問題全部解決",
        title_en="All questions of the 4,200 km eastern section of the China–Russia border settled",
        summary_zh="1997年11月，中俄東段4200公里的邊界相關問題全部解決。",
        summary_en="In November 1997 all questions concerning the 4,200 km eastern section of the China–Russia border were settled.",
        topics=["border"],
        note="The chapter does not say by what act the eastern section was settled; the border was fully delimited "
        "only with the supplementary agreement on the eastern section of October 2004 (自此中俄邊界全部劃定).",
        participants=_participants(["china", "russia"]),
        cite=["fn36"],
    ),
    # ----- 1998 --------------------------------------------------------------------------------
    dict(
        slug="summit-1998-07-03-almaty",
        kind="summit",
        framework="shanghai-five",
        organ="shanghai-five-heads-of-state",
        ordinal=3,
        regularity="",
        part_of=None,
        held="1998-07-03/1998-07-04",
        places=["almaty"],
        host="kazakhstan",
        date_as_printed="",
        title_zh="上海五國元首第三次會晤（阿拉木圖高峰會）",
        title_en="Third meeting of the Shanghai Five heads of state (Almaty summit)",
        summary_zh="1998年上海五國首次討論有關中亞與鄰近高加索地區的宗教極端主義、國際恐怖主義、民族分離主義等問題。"
        "1998年7月3—4日，五國元首在哈薩克斯坦前首都阿拉木圖舉行第三次會晤，主要探討了地區安全、經濟合作等問題，並發表"
        "了「阿拉木圖聲明」。這次會晤改變前兩次以中國爲一方，獨立國協四國爲另一方的對話模式；五國元首均以獨立的成員國身分，"
        "以平等協商、多邊對話的形式，探討各國共同關心的地區安全、經濟合作等議題。此後五國領袖每年輪流在各國舉行會晤逐漸"
        "形成慣例，高峰會的內容逐步擴大到政治、安全、外交、境貿等各領域的合作。會晤時中哈簽訂第二個「中哈國界補充協定」，"
        "中哈邊界劃界問題徹底解決；五國並首次針對經濟合作的基本原則達成共識。",
        summary_en="In 1998 the Shanghai Five first discussed religious extremism, international terrorism and ethnic "
        "separatism in Central Asia and the neighbouring Caucasus. On 3–4 July 1998 the five heads of state held their "
        "third meeting in Almaty, Kazakhstan's former capital, discussed regional security and economic cooperation "
        "and issued the Almaty Statement. The meeting replaced the two-sided format of the first two meetings: each "
        "head of state took part as an independent member in multilateral dialogue. Annual meetings rotating among "
        "the states became customary thereafter and their agenda widened to political, security, diplomatic and "
        "trade cooperation. China and Kazakhstan signed their second supplementary border agreement at the meeting, "
        "settling the delimitation of their border, and the five reached consensus on the basic principles of "
        "economic cooperation for the first time.",
        topics=["regional-security", "counter-terrorism", "economy-trade", "border", "narcotics"],
        note="The chapter says 五國元首 met, but footnote 5 says Russia's President Yeltsin did not attend for health "
        "reasons and Foreign Minister Primakov represented Russia. The statement's Russian title is printed as a "
        "declaration (Алматынская декларация) although the Chinese is 聲明.",
        participants=_participants(
            FIVE,
            "國家元首",
            "Head of state",
            extra={
                "russia": dict(
                    person="primakov",
                    capacity_zh="外交部長",
                    capacity_en="Minister of Foreign Affairs",
                    note="President Yeltsin did not attend for health reasons; Foreign Minister Primakov represented "
                    "Russia in the meeting with the heads of state (fn5).",
                ),
            },
        ),
        cite=[
            "§第一節 壹 1998年阿拉木圖高峰會 ¶1",
            "fn5",
            "fn6",
            "§第一節 壹 1998年阿拉木圖高峰會 ¶3",
            "fn37",
            "§第三節 參 ¶8",
        ],
    ),
    # ----- 1999 --------------------------------------------------------------------------------
    dict(
        slug="summit-1999-08-24-bishkek",
        kind="summit",
        framework="shanghai-five",
        organ="shanghai-five-heads-of-state",
        ordinal=4,
        regularity="",
        part_of=None,
        held="1999-08-24/1999-08-26",
        places=["bishkek"],
        host="kyrgyzstan",
        date_as_printed="",
        title_zh="上海五國元首第四次會晤（比什凱克高峰會）",
        title_en="Fourth meeting of the Shanghai Five heads of state (Bishkek summit)",
        summary_zh="1999年8月24—26日，五國元首在吉爾吉斯首都比什凱克舉行第四次會晤，就地區安全、區域合作與國際形勢等問題"
        "加以討論並達成共識，並發表了「比什凱克聲明」。五國領導人強調了在平等互利的原則基礎上開展經貿合作的重要意義。"
        "會晤進一步明確指出：「民族分裂主義、宗教極端主義和國際恐怖主義（三股惡勢力）是影響本地區各國穩定與安全的嚴重"
        "威脅」。會晤時決定啓動不定期各國經濟部長會晤機制。中吉簽訂「中華人民共和國和吉爾吉斯共和國國界補充協定」，"
        "中、吉、哈三國簽署「中、吉、哈三國邊界交界點協定」。",
        summary_en="On 24–26 August 1999 the five heads of state held their fourth meeting in Bishkek, the Kyrgyz "
        "capital, reached consensus on regional security, regional cooperation and the international situation, and "
        "issued the Bishkek Statement. The leaders stressed economic and trade cooperation on the basis of equality "
        "and mutual benefit and stated that 'ethnic separatism, religious extremism and international terrorism (the "
        "three evil forces) are a serious threat to the stability and security of the region'. The meeting decided "
        "to start an irregular mechanism of meetings of economy ministers. China and Kyrgyzstan signed their "
        "supplementary border agreement, and China, Kyrgyzstan and Kazakhstan the agreement on the junction point of "
        "their borders.",
        topics=["regional-security", "counter-terrorism", "economy-trade", "border", "narcotics"],
        note="Economy ministers: 第三節 參 ¶8 says this summit decided to start (啓動) an irregular (不定期) mechanism "
        "of economy ministers' meetings, while 第三節 參 ¶9 dates the SCO's first economy/trade ministers' meeting "
        "to 2002-05-28 and says that meeting decided to establish the mechanism. The statement's Russian title is "
        "printed as a communiqué (Бишкекское коммюнике) although the Chinese is 聲明.",
        participants=_participants(FIVE, "國家元首", "Head of state"),
        cite=["fn7", "§第三節 貳 ¶7", "§第三節 參 ¶8", "fn38", "fn41"],
    ),
    dict(
        slug="visit-1999-08-rakhmonov-china",
        kind="visit",
        framework="bilateral",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1999-08",
        places=[],
        host="china",
        date_as_printed="",
        title_zh="塔吉克總統拉赫曼諾夫訪問中國",
        title_en="Tajik President Rakhmonov visits China",
        summary_zh="1999年8月塔吉克總統拉赫曼諾夫訪問中國期間，兩國簽署了「中華人民共和國和塔吉克斯坦共和國關於中塔國界的協定」。",
        summary_en="During Tajik President Rakhmonov's visit to China in August 1999 the two states signed the Agreement "
        "between the People's Republic of China and the Republic of Tajikistan on the China–Tajikistan Border.",
        topics=["border"],
        note="Same month as the Bishkek summit (24–26 August 1999); the chapter gives no day and no city.",
        participants=_participants(
            ["tajikistan", "china"],
            extra={
                "tajikistan": dict(person="rakhmonov", capacity_zh="總統", capacity_en="President", note="Visiting side."),
                "china": dict(note="Host."),
            },
        ),
        cite=["fn40"],
    ),
    dict(
        slug="founding-1999-11-bishkek-group",
        kind="founding",
        framework="shanghai-five",
        organ="shanghai-five-law-enforcement",
        ordinal=1,
        regularity="",
        part_of=None,
        held="1999-11",
        places=["bishkek"],
        host="kyrgyzstan",
        date_as_printed="",
        title_zh="建立執法和安全部門領導人會議（比什凱克小組）",
        title_en="Establishment of the meeting of heads of law-enforcement and security agencies (the Bishkek Group)",
        aliases="比什凱克小組",
        summary_zh="11月，在比什凱克建立執法和安全部門領導人會議（又稱比什凱克小組），針對當時出現在中亞地區並對各國安全"
        "構成共同威脅的「三股惡勢力」（宗教極端極端、民族分離主義與恐怖主義）活動，在情報與資訊交流、警務與司法協助等具體"
        "領域中進行初步合作。由上海五國執法部門和安全部門負責人組成「比什凱克小組」，以協調成員國在安全和反恐方面的合作。",
        summary_en="In November the meeting of heads of law-enforcement and security agencies (also called the Bishkek "
        "Group) was established in Bishkek, beginning cooperation in intelligence and information exchange and police "
        "and judicial assistance against the 'three evil forces' (religious extremism, ethnic separatism and "
        "terrorism) then threatening the Central Asian states. Made up of the heads of the Shanghai Five's "
        "law-enforcement and security agencies, it coordinates the members' security and counter-terrorism "
        "cooperation.",
        topics=["counter-terrorism", "regional-security", "institution-building"],
        note="Printed '11 月' under the heading 1999 年比什凱克高峰會; 第四節 ¶3 confirms the year (首次舉行了執法和安全部門"
        "領導人會議（1999 年）), which is also the source of ordinal 1. The list of the three evil forces is printed "
        "'宗教極端極端' (evidently for 宗教極端主義).",
        participants=_participants(
            FIVE,
            "執法和安全部門領導人",
            "Heads of law-enforcement and security agencies",
            note="The Shanghai Five members of the time (第三節 貳 ¶7: 由上海五國執法部門和安全部門負責人組成).",
        ),
        cite=["fn8", "§第三節 貳 ¶7", "§第四節 ¶3"],
    ),
    dict(
        slug="visit-1999-11-nazarbayev-china",
        kind="visit",
        framework="bilateral",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1999-11",
        places=[],
        host="china",
        date_as_printed="",
        title_zh="哈薩克總統那札巴耶夫訪問中國",
        title_en="Kazakh President Nazarbayev visits China",
        summary_zh="1999年11月哈薩克總統那札巴耶夫訪問中國期間，兩國簽署「中哈關於全面解決邊界問題的聯合公報」。",
        summary_en="During Kazakh President Nazarbayev's visit to China in November 1999 the two states signed the Joint "
        "Communiqué of China and Kazakhstan on the Comprehensive Settlement of the Border Question.",
        topics=["border"],
        note="The chapter names no city.",
        participants=_participants(
            ["kazakhstan", "china"],
            extra={
                "kazakhstan": dict(person="nazarbayev", capacity_zh="總統", capacity_en="President", note="Visiting side."),
                "china": dict(note="Host."),
            },
        ),
        cite=["fn37"],
    ),
    # ----- 2000 --------------------------------------------------------------------------------
    dict(
        slug="ministerial-2000-03-astana-defence",
        kind="ministerial",
        framework="shanghai-five",
        organ="shanghai-five-defence-ministers",
        ordinal=1,
        regularity="",
        part_of=None,
        held="2000-03",
        places=["astana"],
        host="kazakhstan",
        date_as_printed="",
        title_zh="上海五國第一次國防部長會晤（阿斯塔納）",
        title_en="First meeting of the Shanghai Five defence ministers (Astana)",
        summary_zh="3月，在上海五國機制下，在哈薩克首都阿斯塔納舉行第一次國防部長會晤。",
        summary_en="In March, within the Shanghai Five mechanism, the first meeting of defence ministers was held in "
        "Astana, the Kazakh capital.",
        topics=["institution-building", "regional-security"],
        note="Printed '3 月' under the heading 2000 年杜尚別高峰會; 第四節 ¶3 confirms the year (國防部長會晤…（2000 年）).",
        participants=_participants(
            FIVE,
            "國防部長",
            "Minister of Defence",
            note="The Shanghai Five members of the time; the chapter does not list the participants (在上海五國機制下).",
        ),
        cite=[
            "§第一節 壹 2000年杜尚別高峰會 ¶1",
            "fn9|printed after the paragraph; the work cited is the five foreign ministers' joint communiqué",
            "§第四節 ¶3",
        ],
    ),
    dict(
        slug="ministerial-2000-07-04-dushanbe-foreign",
        kind="ministerial",
        framework="shanghai-five",
        organ="shanghai-five-foreign-ministers",
        ordinal=1,
        regularity="",
        part_of=None,
        held="2000-07-04",
        places=["dushanbe"],
        host="tajikistan",
        date_as_printed="",
        title_zh="上海五國第一次外交部長會議（杜尚別）",
        title_en="First meeting of the Shanghai Five foreign ministers (Dushanbe)",
        summary_zh="7月4日，在上海五國機制下在塔吉克首都杜尚別第一次舉行外交部長會議。",
        summary_en="On 4 July, within the Shanghai Five mechanism, the foreign ministers met for the first time, in "
        "Dushanbe, the Tajik capital.",
        topics=["institution-building", "regional-security"],
        note="Printed '7 月 4 日' under the heading 2000 年杜尚別高峰會; 第四節 ¶3 confirms the year. Held the day before "
        "the fifth summit (2000-07-05), so not recorded as part of it. Footnote 9 cites the joint communiqué of the "
        "foreign ministers of Kazakhstan, China, Kyrgyzstan, Russia and Tajikistan (web page dated 24/09/2002).",
        participants=_participants(
            FIVE,
            "外交部長",
            "Minister of Foreign Affairs",
            note="Named in the title of the communiqué cited in fn9.",
        ),
        cite=["fn9", "§第一節 壹 2000年杜尚別高峰會 ¶1", "§第四節 ¶3"],
    ),
    dict(
        slug="summit-2000-07-05-dushanbe",
        kind="summit",
        framework="shanghai-five",
        organ="shanghai-five-heads-of-state",
        ordinal=5,
        regularity="",
        part_of=None,
        held="2000-07-05",
        places=["dushanbe"],
        host="tajikistan",
        date_as_printed="",
        title_zh="上海五國元首第五次會晤（杜尚別高峰會）",
        title_en="Fifth meeting of the Shanghai Five heads of state (Dushanbe summit)",
        summary_zh="2000年7月5日，五國元首在塔吉克首都杜尚別舉行第五次會晤，回顧了上海五國的發展歷程，並規劃五國合作面向"
        "21世紀的發展前景，發表「杜尚別聲明」。烏茲別克總統卡里莫夫以觀察員身份首次出席了會議。除元首會晤機制外，「上海"
        "五國」框架內已先後建立起了五國執法與安全、國防、外交等部門領導人的會晤機制。會晤時中、吉、塔三國簽署「中、吉、塔"
        "三國邊界交界點協定」。",
        summary_en="On 5 July 2000 the five heads of state held their fifth meeting in Dushanbe, the Tajik capital, "
        "reviewed the development of the Shanghai Five, planned their cooperation for the 21st century and issued "
        "the Dushanbe Statement. Uzbek President Karimov attended for the first time, as an observer. Besides the "
        "heads-of-state meetings, meetings of the heads of law-enforcement and security agencies, defence ministers "
        "and foreign ministers had by then been set up. China, Kyrgyzstan and Tajikistan signed the agreement on the "
        "junction point of their borders at the meeting.",
        topics=["regional-security", "counter-terrorism", "membership", "institution-building", "border"],
        note="On the regional anti-terrorist structure the readings differ: the Dushanbe Statement (第一節) only "
        "supports Kyrgyzstan's initiative to set up a regional anti-terrorist structure in Bishkek and says "
        "consultations will continue; 第三節 貳 ¶7 says that in 2000 the states set up (成立) an anti-terrorist "
        "centre (反恐中心) within the framework. The RATS agreement was signed only in June 2002.",
        participants=_participants(FIVE, "國家元首", "Head of state")
        + _participants(
            ["uzbekistan"],
            "總統",
            "President",
            role="observer",
            people={"uzbekistan": "karimov"},
            note="Attended for the first time, as an observer (以觀察員身份首次出席了會議).",
        ),
        cite=["fn10", "fn11", "§第三節 貳 ¶7", "fn41", "§第四節 ¶3"],
    ),
    # ----- 第一節 貳 2001 ----------------------------------------------------------------------
    dict(
        slug="summit-2001-06-14-shanghai-five",
        kind="summit",
        framework="shanghai-five",
        organ="shanghai-five-heads-of-state",
        ordinal=6,
        regularity="",
        part_of=None,
        held="2001-06-14/2001-06-15",
        places=["shanghai"],
        host="china",
        date_as_printed="",
        title_zh="「上海五國」元首第六次會晤（上海）",
        title_en="Sixth meeting of the Shanghai Five heads of state (Shanghai)",
        summary_zh="2001年6月14—15日，「上海五國」元首在上海舉行第六次會晤，烏茲別克斯坦以完全平等的身份加入。隨後，六國"
        "元首舉行了首次會晤，上海合作組織正式成立。",
        summary_en="On 14–15 June 2001 the Shanghai Five heads of state held their sixth meeting in Shanghai; Uzbekistan "
        "joined as a fully equal member. The six heads of state then held their first meeting and the Shanghai "
        "Cooperation Organisation was formally founded.",
        topics=["membership", "institution-building"],
        note="The chapter does not say on which of the two days Uzbekistan joined. Footnote 12 also cites a Central "
        "Asia–Caucasus Analyst item 'Uzbekistan Joins the Shanghai Five' dated May 11, 2001, i.e. before the meeting.",
        participants=_participants(FIVE, "國家元首", "Head of state")
        + _participants(
            ["uzbekistan"],
            "國家元首",
            "Head of state",
            note="Joined the Shanghai Five at this meeting as a fully equal member (以完全平等的身份加入).",
        ),
        cite=["fn12", "§第四節 ¶4"],
    ),
    dict(
        slug="summit-2001-06-15-shanghai",
        kind="summit",
        framework="sco",
        organ="sco-heads-of-state",
        ordinal=1,
        regularity="",
        part_of="summit-2001-06-14-shanghai-five",
        held="2001-06-15",
        places=["shanghai"],
        host="china",
        date_as_printed="",
        title_zh="上海合作組織六國元首首次會晤（上海合作組織成立）",
        title_en="First meeting of the six heads of state: founding of the Shanghai Cooperation Organisation",
        summary_zh="隨後，六國元首舉行了首次會晤，並簽署了「上海合作組織成立宣言」，上海合作組織正式成立。六國元首並簽署了"
        "「打擊恐怖主義、分裂主義和極端主義的上海公約」。公約對恐怖主義、分裂主義和極端主義的概念均作了明確的法律界定，"
        "為維護本地區的安全與穩定、聯合打擊「三股勢力」奠定了法律基礎。",
        summary_en="Following the sixth Shanghai Five meeting the six heads of state held their first meeting, signed the "
        "Declaration on the Establishment of the Shanghai Cooperation Organisation — formally founding the SCO — and "
        "signed the Shanghai Convention on Combating Terrorism, Separatism and Extremism, which defines the three "
        "concepts in law and lays the legal foundation for joint action against the 'three forces'.",
        topics=["institution-building", "counter-terrorism", "membership"],
        note="第一節 貳 2001年 ¶1 says only 隨後 (thereupon) after the meeting of 14–15 June; the day 15 June comes from "
        "第三節 肆 ¶3 (2001年6月15日上海合作組織的成立).",
        participants=_participants(SIX, "國家元首", "Head of state"),
        cite=["fn13", "fn14", "fn15", "§第三節 肆 ¶3", FN55, "§第三節 貳 ¶8"],
    ),
    dict(
        slug="hog-2001-09-13-almaty",
        kind="heads-of-government",
        framework="sco",
        organ="sco-heads-of-government",
        ordinal=1,
        regularity="",
        part_of=None,
        held="2001-09-13/2001-09-14",
        places=["almaty"],
        host="kazakhstan",
        date_as_printed="",
        title_zh="上海合作組織成員國總理首次會晤（阿拉木圖）",
        title_en="First meeting of the SCO member states' heads of government (Almaty)",
        summary_zh="同年9月13日—14日，上海合作組織成員國總理在阿拉木圖舉行首次會晤。六國總理在會晤中一致決定啟動六國多邊"
        "經貿合作進程，簽署「上海合作組織成員國政府間關於開展多邊經濟合作的基本目標和方向及貿易投資便利化進程的備忘錄」，"
        "並宣佈正式建立上海合作組織框架內的總理定期會晤機制。此外，針對911事件，六國總理發表聯合聲明，譴責911事件的恐怖"
        "暴力行為。",
        summary_en="On 13–14 September of the same year the SCO member states' heads of government held their first "
        "meeting in Almaty. They decided to launch the six states' multilateral economic and trade cooperation, signed "
        "the Memorandum on the basic goals and directions of multilateral economic cooperation and the process of "
        "trade and investment facilitation, and announced the regular meetings of heads of government within the "
        "SCO. The six premiers also issued a joint statement condemning the terrorist violence of 11 September.",
        topics=["economy-trade", "institution-building", "counter-terrorism"],
        note="第三節 參 ¶8 repeats the meeting (2001年…在阿拉木圖舉行首次會晤) without the days.",
        participants=_participants(SIX, "總理", "Head of government (premier)"),
        cite=["§第一節 貳 2001年 ¶2", "§第一節 貳 2001年 ¶3", "§第三節 參 ¶8"],
    ),
    # ----- 2002 --------------------------------------------------------------------------------
    dict(
        slug="ministerial-2002-01-07-foreign",
        kind="ministerial",
        framework="sco",
        organ="sco-foreign-ministers",
        ordinal=None,
        regularity="",
        part_of=None,
        held="2002-01-07",
        places=[],
        host=None,
        date_as_printed="",
        title_zh="上海合作組織外交部長級會議",
        title_en="SCO meeting at foreign-minister level",
        summary_zh="2002年1月7日的外交部長級會議後的聲明中，指出塔裡班政權在阿富汗垮台並不意味著國際恐怖主義組織已消滅，"
        "應確保阿富汗不再成為恐怖主義、分裂主義與極端主義的發源地；強調全球反恐戰爭的領導角色應該由聯合國來領導；並再次"
        "強調，上海合作組織不是一個軍事聯盟，該組織的成立也並非針對任何一個國家或國際組織。",
        summary_en="The statement after the foreign-minister-level meeting of 7 January 2002 said that the fall of the "
        "Taliban regime did not mean that international terrorist organisations had been eliminated and that "
        "Afghanistan must no longer be a source of terrorism, separatism and extremism; that the United Nations "
        "should lead the global war on terror; and, again, that the SCO is not a military alliance and is not "
        "directed against any state or international organisation.",
        topics=["counter-terrorism", "regional-security"],
        note="Two dates: the text dates the meeting 2002-01-07, but the news item cited in fn16 (Вести, 26.04.2002) "
        "reports a meeting of SCO foreign ministers opening in Moscow (В Москве открылось совещание глав МИД ШОС) "
        "on 26.04.2002. The text names no place; Moscow rests only on fn16.",
        participants=_participants(
            SIX,
            "外交部長",
            "Minister of Foreign Affairs",
            note="The SCO members of the time; the chapter does not list the participants.",
        ),
        cite=[
            "§第一節 貳 2002年 ¶1",
            "fn16|the article (Вести, 26.04.2002) reports a Moscow meeting of SCO foreign ministers opening on 26.04.2002, "
            "while the text dates the meeting 2002-01-07",
        ],
    ),
    dict(
        slug="ministerial-2002-05-28-shanghai-trade",
        kind="ministerial",
        framework="sco",
        organ="sco-economy-trade-ministers",
        ordinal=1,
        regularity="",
        part_of=None,
        held="2002-05-28",
        places=["shanghai"],
        host="china",
        date_as_printed="",
        title_zh="上海合作組織首次經貿部長會晤（上海）",
        title_en="First meeting of SCO economy and trade ministers (Shanghai)",
        summary_zh="上海合作組織首次經貿部長會晤於2002年5月28日在上海舉行，會議決定建立上海合作組織經貿部長會晤機制，會議中"
        "達成協議，現階段區域經濟合作的主要目標是貿易和投資便利化，並簽署「上海合作組織成員國政府關於區域經濟合作的基本"
        "目標和方向及啓動貿易和投資便利化進程的備忘錄」的議定書和「上海合作組織貿易部長受次會晤聯合聲明」。",
        summary_en="The SCO's first meeting of economy and trade ministers was held in Shanghai on 28 May 2002. It decided "
        "to establish the mechanism of economy and trade ministers' meetings, agreed that the main current goal of "
        "regional economic cooperation is trade and investment facilitation, and signed the protocol to the "
        "memorandum on the basic goals and directions of regional economic cooperation and the launch of trade and "
        "investment facilitation, and the joint statement of the trade ministers' first meeting.",
        topics=["economy-trade", "institution-building"],
        note="The 1999 Bishkek summit had already decided to start (啓動) irregular meetings of economy ministers "
        "(第三節 參 ¶8), while this 2002 meeting is called the first (首次) and decided to establish (建立) the "
        "mechanism (第三節 參 ¶9). The statement's title calls them 貿易部長 and prints 受次 (evidently for 首次).",
        participants=_participants(
            SIX,
            "經貿部長",
            "Minister of economy and trade",
            note="The SCO members of the time; the chapter does not list the participants.",
        ),
        cite=["§第三節 參 ¶9"],
    ),
    dict(
        slug="visit-2002-05-rakhmonov-china",
        kind="visit",
        framework="bilateral",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="2002-05",
        places=[],
        host="china",
        date_as_printed="",
        title_zh="塔吉克總統拉赫莫諾夫訪問中國",
        title_en="Tajik President Rakhmonov visits China",
        summary_zh="2002年5月塔吉克總統拉赫莫諾夫訪問中國，雙方簽署了「中塔國界補充協定」，徹底解決了兩國間的邊界爭議問題。",
        summary_en="Tajik President Rakhmonov visited China in May 2002; the two sides signed the supplementary "
        "China–Tajikistan border agreement, finally settling their border dispute.",
        topics=["border"],
        note="The name is printed 拉赫莫諾夫 here and 拉赫曼諾夫 for the 1999 visit. The chapter names no city.",
        participants=_participants(
            ["tajikistan", "china"],
            extra={
                "tajikistan": dict(
                    person="rakhmonov", capacity_zh="總統", capacity_en="President", note="Visiting side; printed 拉赫莫諾夫."
                ),
                "china": dict(note="Host."),
            },
        ),
        cite=["fn40"],
    ),
    dict(
        slug="summit-2002-06-06-st-petersburg",
        kind="summit",
        framework="sco",
        organ="sco-heads-of-state",
        ordinal=2,
        regularity="",
        part_of=None,
        held="2002-06-06/2002-06-07",
        places=["st-petersburg"],
        host="russia",
        date_as_printed="",
        title_zh="上海合作組織成員國元首第二次會晤（聖彼得堡高峰會）",
        title_en="Second meeting of the SCO heads of state (St Petersburg summit)",
        aliases="彼得堡峰會",
        summary_zh="2002年6月6—7日，上海合作組織成員國元首在聖彼得堡舉行第二次會晤，討論當時的地區情勢與國際情勢，並簽署"
        "三項重要文件：「上海合作組織憲章」、「關於地區反恐機構協定」、「上海合作組織成員國元首宣言」。會議中決定將上海"
        "合作組織秘書處設在北京，並在比什凱克設立反恐中心。憲章賦予了上海合作組織法源基礎，使其正式成爲一個國際法的主體；"
        "除了憲章之外，當時至少還有三十項協議與規範性文件必須制定，上海合作組織才能有效運作。",
        summary_en="On 6–7 June 2002 the SCO heads of state held their second meeting in St Petersburg, discussed the "
        "regional and international situation and signed three important documents: the SCO Charter, the Agreement "
        "on the Regional Anti-Terrorist Structure and the Declaration of the Heads of State. They decided to seat the "
        "Secretariat in Beijing and the anti-terrorist centre in Bishkek. The Charter gave the SCO its legal basis as "
        "a subject of international law; at least thirty further agreements and normative documents still had to be "
        "drawn up for it to work effectively.",
        topics=["institution-building", "counter-terrorism", "regional-security"],
        note="RATS seat: this summit decided on Bishkek (第一節 貳 2002年 ¶2; 第三節 貳 ¶9); the 2003 Moscow summit put its "
        "Executive Committee in Tashkent (第一節 貳 2003年 ¶2), and 第三節 貳 ¶9 says 2003年改為設置在塔什干.",
        participants=_participants(SIX, "國家元首", "Head of state", note="與會六國元首 (第一節 貳 2002年 ¶3)."),
        cite=["fn17", "fn18", "fn19", "§第一節 貳 2002年 ¶2", "§第一節 貳 2002年 ¶3"],
    ),
    dict(
        slug="exercise-2002-10-10-china-kyrgyzstan",
        kind="exercise",
        framework="sco",
        organ=None,
        ordinal=1,
        regularity="",
        part_of=None,
        held="2002-10-10/2002-10-11",
        places=["china-kyrgyzstan-border"],
        host=None,
        date_as_printed="",
        title_zh="中吉在上海合作組織框架內首次雙邊聯合軍事演習",
        title_en="First China–Kyrgyzstan bilateral joint military exercise within the SCO framework",
        summary_zh="10月10—11日，中國與吉爾吉斯兩國在上海合作組織框架內首次雙邊聯合軍事演習，演習的地點在兩國邊界。這是上海"
        "合作組織架構下首次舉行的軍事演習，也是中國軍隊第一次與外國軍隊聯合舉行軍事演習。",
        summary_en="On 10–11 October China and Kyrgyzstan held their first bilateral joint military exercise within the "
        "SCO framework, on their common border: the first military exercise under the SCO and the first time the "
        "Chinese army exercised jointly with a foreign army.",
        topics=["military-exercises", "counter-terrorism"],
        note="Printed '10月10—11日' under the heading 2002 年; 第三節 貳 ¶9 confirms the year (同年, i.e. 2002) and calls "
        "it a joint anti-terrorist exercise (聯合反恐軍事演習). Host left empty: the exercise was on the border of "
        "both states.",
        participants=_participants(["china", "kyrgyzstan"], "軍隊", "Armed forces"),
        cite=["§第一節 貳 2002年 ¶4", "§第三節 貳 ¶9"],
    ),
    # ----- 2003 --------------------------------------------------------------------------------
    dict(
        slug="summit-2003-05-28-moscow",
        kind="summit",
        framework="sco",
        organ="sco-heads-of-state",
        ordinal=None,
        regularity="",
        part_of=None,
        held="2003-05-28/2003-05-29",
        places=["moscow"],
        host="russia",
        date_as_printed="",
        title_zh="上海合作組織元首峰會（莫斯科）",
        title_en="SCO heads-of-state summit (Moscow)",
        summary_zh="2003年5月28—29日，上海合作組織元首峰會在莫斯科舉行，中國國家主席胡錦濤第一次參加元首高峰會並發表重要"
        "講話。六國元首簽署和批准了「上海合作組織成員國元首宣言」和九份規範上海合作組織會議機制和常設機構運作的法律文件。"
        "會議中並決定將反恐中心的執行委員會設在烏茲別克首都塔什干，並任命卡西莫夫爲主席，計畫在2004年正式運作。",
        summary_en="On 28–29 May 2003 the SCO heads-of-state summit was held in Moscow; Chinese President Hu Jintao took "
        "part in a summit for the first time and gave an important speech. The six heads of state signed and approved "
        "the Declaration of the Heads of State and nine legal documents regulating the SCO's meetings and permanent "
        "bodies. The summit decided to seat the Executive Committee of the anti-terrorist centre in Tashkent, the "
        "Uzbek capital, appointed Kasymov its chairman, and planned for it to start work in 2004.",
        topics=["institution-building", "counter-terrorism"],
        note="The chapter gives no ordinal for this summit. RATS seat: Bishkek was decided in 2002, Tashkent here "
        "(第三節 貳 ¶9: 2003年改為設置在塔什干). Kasymov is called 主席 here and 執委會主任 in 第二節 貳 (2). The nine "
        "legal documents are not named.",
        participants=_participants(
            SIX,
            "國家元首",
            "Head of state",
            extra={
                "china": dict(
                    person="hu-jintao",
                    capacity_zh="國家主席",
                    capacity_en="President",
                    note="第一次參加元首高峰會並發表重要講話 (his first summit; gave an important speech).",
                )
            },
        ),
        cite=["§第一節 貳 2003年 ¶1", "fn20", "fn21", "§第三節 貳 ¶9"],
    ),
    dict(
        slug="ministerial-2003-05-moscow-defence",
        kind="ministerial",
        framework="sco",
        organ="sco-defence-ministers",
        ordinal=None,
        regularity="",
        part_of="summit-2003-05-28-moscow",
        held="2003-05",
        places=["moscow"],
        host="russia",
        date_as_printed="在莫斯科高峰期間",
        title_zh="上海合作組織成員國國防部長會晤（莫斯科高峰期間）",
        title_en="Meeting of the SCO member states' defence ministers (during the Moscow summit)",
        summary_zh="在莫斯科高峰期間，成員國舉行國防部長會晤，並簽署備忘錄，決定舉行軍事演習。",
        summary_en="During the Moscow summit the member states' defence ministers met and signed a memorandum deciding "
        "to hold a military exercise.",
        topics=["military-exercises", "counter-terrorism"],
        note="Dated only as 'during the Moscow summit' (28–29 May 2003); the day is not given. Place Moscow from the same phrase.",
        participants=_participants(
            SIX,
            "國防部長",
            "Minister of Defence",
            note="The chapter says 成員國 (the member states) without naming them; Uzbekistan did not take part in the "
            "exercise that followed.",
        ),
        cite=["§第一節 貳 2003年 ¶3"],
    ),
    dict(
        slug="exercise-2003-08-coalition-2003",
        kind="exercise",
        framework="sco",
        organ=None,
        ordinal=1,
        regularity="",
        part_of=None,
        held="2003-08/2003-08-12",
        places=["xinjiang", "eastern-kazakhstan"],
        host=None,
        date_as_printed="8月—12日",
        title_zh="「聯合行動—2003」聯合反恐軍事演習",
        title_en="Joint anti-terrorist military exercise 'Joint Action–2003' (Coalition-2003)",
        aliases="聯合行動—2003\n聯合行動－2003",
        summary_zh="8月—12日，上海合作組織成員國中國、俄羅斯、哈薩克、吉爾吉斯、塔吉克五國針對反恐舉行了代號「聯合行動—2003」"
        "的聯合軍事演習。演習的地點在中國新疆和哈薩克東部。這是上海合作組織成立後針對反恐怖主義第一次舉行的多邊跨國聯合"
        "軍事演習，加強成員國在軍事領域的互信合作，也提高組織架構內對於聯合反恐作戰的指揮協調能力。中國與哈薩克將派出主要"
        "兵力，俄羅斯、吉爾吉斯則派出少量兵力，塔吉克僅派軍事觀察員；五國兵力約為1000人。",
        summary_en="From August to the 12th (as printed), China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan held the "
        "joint anti-terrorist military exercise code-named 'Joint Action–2003' in Xinjiang (China) and eastern "
        "Kazakhstan: the first multilateral cross-border joint exercise against terrorism since the SCO was founded, "
        "strengthening military trust and the command and coordination of joint counter-terrorist operations. China "
        "and Kazakhstan were to send the main forces, Russia and Kyrgyzstan small forces and Tajikistan only military "
        "observers; some 1,000 troops in all.",
        topics=["military-exercises", "counter-terrorism", "regional-security"],
        note="Date printed '8月—12日' (a range with no first day) under the heading 2003年: stored as August to 12 August "
        "2003. The name is printed 聯合行動—2003 in 第一節 and 聯合行動－2003 in 第三節 貳 ¶9. Footnote 22 uses the "
        "future tense (將派出). Uzbekistan, an SCO member, did not take part (第三節 貳 ¶9: 除烏茲別克之外). Ordinal 1 "
        "is the first multilateral exercise (第一次舉行的多邊跨國聯合軍事演習). Host left empty: two host states.",
        participants=_participants(["china", "kazakhstan"], "主要兵力", "Main forces", note="將派出主要兵力 (fn22).")
        + _participants(["russia", "kyrgyzstan"], "少量兵力", "Small forces", note="派出少量兵力 (fn22).")
        + _participants(
            ["tajikistan"],
            "軍事觀察員",
            "Military observers",
            note="Sent only military observers (塔吉克僅派軍事觀察員, fn22); role 'member' is Tajikistan's SCO status.",
        ),
        cite=["fn22", "fn23", "§第一節 貳 2003年 ¶3", "§第三節 貳 ¶9"],
    ),
    dict(
        slug="ministerial-2003-09-04-tashkent-foreign",
        kind="ministerial",
        framework="sco",
        organ="sco-foreign-ministers",
        ordinal=None,
        regularity="extraordinary",
        part_of=None,
        held="2003-09-04/2003-09-05",
        places=["tashkent"],
        host="uzbekistan",
        date_as_printed="",
        title_zh="上海合作組織外交部長非例行會議（塔什干）",
        title_en="Extraordinary meeting of the SCO foreign ministers (Tashkent)",
        summary_zh="9月4—5日，在塔什干舉行外交部長非例行會議。會議中討論國際和地區情勢、上海合作組織的組織建立、準備總理會晤"
        "的召開等議題，並簽署關於修改「上海合作組織憲章」、「打擊恐怖主義、分裂主義和極端主義上海公約」、「上海合作組織"
        "關於地區反恐怖機構的協定」議定書等文件，並發表聯合公報。",
        summary_en="On 4–5 September an extraordinary meeting of foreign ministers was held in Tashkent. It discussed the "
        "international and regional situation, the building of the SCO's organisation and the preparation of the "
        "heads-of-government meeting, signed protocols amending the SCO Charter, the Shanghai Convention on Combating "
        "Terrorism, Separatism and Extremism and the SCO Agreement on the Regional Anti-Terrorist Structure, among "
        "other documents, and issued a joint communiqué.",
        topics=["institution-building", "counter-terrorism"],
        note="Footnote 24 is a preview (К предстоящему внеочередному заседанию…) dated 25 августа 2003 г. The agenda is "
        "printed with '...等議題'.",
        participants=_participants(
            SIX,
            "外交部長",
            "Minister of Foreign Affairs",
            note="Not listed by the chapter; fn24 speaks of the council of the member states' foreign ministers "
            "(Совета министров иностранных дел стран-членов).",
        ),
        cite=["fn24", "§第一節 貳 2003年 ¶4"],
    ),
    dict(
        slug="hog-2003-09-23-beijing",
        kind="heads-of-government",
        framework="sco",
        organ="sco-heads-of-government",
        ordinal=2,
        regularity="",
        part_of=None,
        held="2003-09-23",
        places=["beijing"],
        host="china",
        date_as_printed="",
        title_zh="上海合作組織六國總理第二次會晤（北京）",
        title_en="Second meeting of the SCO heads of government (Beijing)",
        summary_zh="2003年9月23日，上海合作組織六國總理在北京舉行第二次總理會晤，以加強組織成員國之間的經濟合作爲主題，就加強"
        "經貿合作等問題達成共識，簽署「上海合作組織成員國多邊經貿合作綱要」等一系列文件。",
        summary_en="On 23 September 2003 the six SCO heads of government held their second meeting in Beijing, on "
        "strengthening economic cooperation among the members; they reached consensus on economic and trade "
        "cooperation and signed the Programme of Multilateral Trade and Economic Cooperation and other documents.",
        topics=["economy-trade"],
        note="Ordinal 2 is stated in 第三節 參 ¶10 (第二次總理會晤); 第一節 貳 2003年 ¶4 does not number the meeting.",
        participants=_participants(SIX, "總理", "Head of government (premier)"),
        cite=["fn25", "§第三節 參 ¶10"],
    ),
    # ----- 2004 --------------------------------------------------------------------------------
    dict(
        slug="opening-2004-01-15-secretariat",
        kind="opening",
        framework="sco",
        organ="sco-secretariat",
        ordinal=None,
        regularity="",
        part_of=None,
        held="2004-01-15",
        places=["beijing"],
        host="china",
        date_as_printed="",
        title_zh="上海合作組織秘書處成立儀式（北京）",
        title_en="Inauguration of the SCO Secretariat (Beijing)",
        summary_zh="2004年1月15日，上海合作組織秘書處在中國首都北京舉行成立儀式，中國前駐俄羅斯大使張德廣被任命為該組織首任"
        "秘書長。在2004年秘書處和反恐機構這兩個常設機構開始運作，代表著上海合作組織已完成組織結構的工作。",
        summary_en="On 15 January 2004 the SCO Secretariat held its inauguration ceremony in Beijing, the Chinese capital; "
        "Zhang Deguang, former Chinese Ambassador to Russia, was appointed the organisation's first Secretary-General. "
        "With the Secretariat and the anti-terrorist structure at work in 2004 the SCO completed its organisational "
        "structure.",
        topics=["institution-building"],
        note="第二節 貳 (1) dates the Secretariat's founding to 2004年1月 (month only).",
        participants=[],
        cite=["fn26", "§第二節 貳 (1) ¶1"],
    ),
    dict(
        slug="opening-2004-06-17-rats-executive-committee",
        kind="opening",
        framework="sco",
        organ="rats-executive-committee",
        ordinal=None,
        regularity="",
        part_of=None,
        held="2004-06-17",
        places=["tashkent"],
        host="uzbekistan",
        date_as_printed="",
        title_zh="上海合作組織地區反恐怖機構執行委員會開幕儀式",
        title_en="Opening of the Executive Committee of the SCO Regional Anti-Terrorist Structure",
        summary_zh="6月17日，在塔什干高峰會前夕，六國領袖為上海合作組織地區反恐怖機構執行委員會舉行開幕儀式。在2004年秘書處"
        "和反恐機構這兩個常設機構開始運作，代表著上海合作組織已完成組織結構的工作。",
        summary_en="On 17 June, on the eve of the Tashkent summit, the six leaders opened the Executive Committee of the "
        "SCO Regional Anti-Terrorist Structure. With the Secretariat and the anti-terrorist structure at work in 2004 "
        "the SCO completed its organisational structure.",
        topics=["institution-building", "counter-terrorism"],
        note="The opening is said to be on the eve (前夕) of the Tashkent summit, yet both are dated 17 June 2004 "
        "(fn28, Вести, is also dated 17.06.2004): either reading of 前夕 is possible, so it is not recorded as part of "
        "the summit. The chapter does not state the place of the ceremony; Tashkent is read from 塔什干高峰會前夕 and "
        "the Committee's seat (第二節 貳 (2)). 第二節 dates its start to 2004年6月 (正式啓動). The Russian abbreviation "
        "is printed PATC (Latin letters) here and РАТС in 第一節 貳 2003年 ¶2.",
        participants=_participants(SIX, "國家領袖", "Leader", note="六國領袖 (the six leaders); not named individually."),
        cite=["fn28", "§第一節 貳 2004年 ¶1", "§第二節 貳 (2) ¶1"],
    ),
    dict(
        slug="summit-2004-06-17-tashkent",
        kind="summit",
        framework="sco",
        organ="sco-heads-of-state",
        ordinal=None,
        regularity="",
        part_of=None,
        held="2004-06-17",
        places=["tashkent"],
        host="uzbekistan",
        date_as_printed="",
        title_zh="上海合作組織高峰會（塔什干）",
        title_en="SCO summit (Tashkent)",
        summary_zh="2004年6月17日，上海合作組織高峰會在烏茲別克斯坦塔什干舉行，重點在於安全與經貿合作。六國元首簽署或批准了"
        "「上海合作組織觀察員地位條例」、「上海合作組織成員國關於合作打擊非法販運麻醉藥品、精神藥物及其前體的協定」、"
        "「上海合作組織特權與豁免公約」等文件，並發表「上海合作組織成員國元首塔什干宣言」。除六個成員國元首外，此次高峰會還"
        "邀請了阿富汗過渡政府總統卡爾紮伊和作為蒙古總統特別代表的蒙古國外長額爾登楚龍。會上，六國元首審議了蒙方關於成為"
        "上海合作組織觀察員的申請並予以批准。由此，蒙古正式成為上海合作組織的第一個觀察員。",
        summary_en="On 17 June 2004 the SCO summit was held in Tashkent, Uzbekistan, focused on security and economic and "
        "trade cooperation. The six heads of state signed or approved the Regulation on Observer Status, the Agreement "
        "on Cooperation in Combating Illicit Trafficking in Narcotic Drugs, Psychotropic Substances and their "
        "Precursors and the Convention on Privileges and Immunities, among other documents, and issued the Tashkent "
        "Declaration. Besides the six members' heads of state, Afghan Transitional Administration President Karzai "
        "and the Mongolian Foreign Minister Erdenechuluun, as the Mongolian President's special representative, were "
        "invited. The heads of state approved Mongolia's application for observer status: Mongolia became the SCO's "
        "first observer.",
        topics=["regional-security", "economy-trade", "narcotics", "membership", "counter-terrorism"],
        note="The Executive Committee of the RATS was opened on the eve (前夕) of this summit, although both are dated 17 June 2004.",
        participants=[
            *_participants(SIX, "國家元首", "Head of state"),
            dict(
                state="afghanistan",
                role="guest",
                person="karzai",
                capacity_zh="阿富汗過渡政府總統",
                capacity_en="President of the Afghan Transitional Administration",
                note="Invited (邀請).",
            ),
            dict(
                state="mongolia",
                role="guest",
                person="erdenechuluun",
                capacity_zh="蒙古總統特別代表（蒙古國外長）",
                capacity_en="Special representative of the Mongolian President (Foreign Minister of Mongolia)",
                note="Invited; Mongolia's application for observer status was approved at this summit.",
            ),
        ],
        cite=["fn29", "fn30", "§第一節 貳 2004年 ¶2"],
    ),
    dict(
        slug="hog-2004-09-23-bishkek",
        kind="heads-of-government",
        framework="sco",
        organ="sco-heads-of-government",
        ordinal=None,
        regularity="regular",
        part_of=None,
        held="2004-09-23",
        places=["bishkek"],
        host="kyrgyzstan",
        date_as_printed="",
        title_zh="上海合作組織成員國總理例行會議（比什凱克）",
        title_en="Regular meeting of the SCO member states' heads of government (Bishkek)",
        summary_zh="9月23日，上海合作組織成員國總理例行會議在比什凱克舉行。秘書處張德廣秘書長出席會議。會議中討論進一步發展和"
        "深化上海合作組織框架內經貿、投資、交通、環保、人文及其它領域的合作問題。六國總理批准了「上海合作組織成員國多邊經貿"
        "合作綱要」落實措施計劃。",
        summary_en="On 23 September the regular meeting of the SCO member states' heads of government was held in "
        "Bishkek, attended by Secretary-General Zhang Deguang of the Secretariat. It discussed further cooperation in "
        "trade, investment, transport, environmental protection, culture and other fields within the SCO. The six "
        "premiers approved the plan of measures implementing the Programme of Multilateral Trade and Economic "
        "Cooperation.",
        topics=["economy-trade"],
        note="Printed '9月23日' under the heading 2004年; 第三節 參 ¶11 gives the year (2004 年，9 月 23 日). Zhang Deguang "
        "attended as Secretary-General, not for a member state, so he is not recorded as a participant.",
        participants=_participants(SIX, "總理", "Head of government (premier)"),
        cite=["§第一節 貳 2004年 ¶4", "§第三節 參 ¶11"],
    ),
    # ----- 第三節 參: energy ---------------------------------------------------------------------
    dict(
        slug="other-1993-china-oil-imports",
        kind="other",
        framework="",
        organ=None,
        ordinal=None,
        regularity="",
        part_of=None,
        held="1993",
        places=[],
        host=None,
        date_as_printed="自1993年起",
        title_zh="中國開始從國外輸入石油",
        title_en="China begins importing oil",
        summary_zh="中國自1993年起開始從國外輸入石油以供應國內發展需要，目前是世界上第二大能源進口國，僅次於美國。",
        summary_en="From 1993 China began importing oil to meet domestic development needs; it is now the world's second "
        "largest energy importer after the United States.",
        topics=["energy"],
        note="A starting point (自1993年起), not a single act; no month is given. Footnote 51 closes the paragraph and "
        "may support only its last sentences (the EIA forecast).",
        participants=[],
        cite=["§第三節 參 ¶5", "fn51|printed at the end of the paragraph"],
    ),
]


# ---------------------------------------------------------------------------------------------
# INSTRUMENTS
# ---------------------------------------------------------------------------------------------

_FIVE_SIDES_1996 = dict(
    side="B",
    note="Side B (另一方): Russia, Kazakhstan, Kyrgyzstan and Tajikistan acting jointly (聯合代表團).",
)


def _two_sided():
    return _parties(
        FIVE,
        "signed",
        None,
        extra={
            "china": dict(side="A", note="Side A (一方)."),
            **{s: dict(_FIVE_SIDES_1996) for s in FIVE[1:]},
        },
    )


INSTRUMENTS = [
    dict(
        slug="communique-1989-05-sino-soviet",
        kind="communique",
        title_zh="中蘇聯合公報",
        title_as_printed=True,
        title_en="Sino-Soviet Joint Communiqué",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="1989-05",
        in_force=None,
        expires=None,
        place=None,
        event="visit-1989-05-gorbachev-china",
        validity_zh="",
        validity_en="",
        summary_zh="雙方就「邊境地區軍事力量的部署舉行談判，以期符合睦鄰友好關係」與「藉由平等協商來解決邊界問題」達成了共識。",
        summary_en="The two sides agreed 'to negotiate the deployment of military forces in the border areas so as to "
        "accord with good-neighbourly relations' and 'to settle the border question through consultation on an equal "
        "footing'.",
        appendix="",
        topics=["border", "force-reduction", "confidence-building"],
        note="Known only from footnote 1, which cites it as printed in 人民日報 of 1989年5月19日, 第1版; the chapter gives "
        "no date of issue, so only the month of Gorbachev's visit is stored. The parties are read from the title (中蘇). "
        "It is recorded as an instrument, although only a footnote names it, because the 引言 states the 1989 consensus "
        "itself (雙方就「…」與「…」達成了共識) and gives fn 1, this communiqué, as its only support. The other documents "
        "named only in footnote titles — fn 9's joint communiqué of the foreign ministers, "
        "fn 36's 「中俄聯合聲明」 and fn 39's 「中國和吉爾吉斯共和國簽署聯合公報」 — are kept as sources, not instruments: "
        "the text states no act or content of theirs.",
        parties=_parties(["china", "ussr"], "signed", None, note="Parties read from the title 中蘇; how it was issued is not stated."),
        relations=[],
        cite=["fn1"],
    ),
    dict(
        slug="agreement-1990-04-24-border-guidelines",
        kind="agreement",
        title_zh="關於在邊境地區相互裁減軍事力量和加強軍事領域信任的指導原則的協議",
        title_as_printed=True,
        title_en="Agreement on the Guiding Principles for the Mutual Reduction of Military Forces and the Strengthening "
        "of Confidence in the Military Field in the Border Areas",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="1990-04-24",
        in_force=None,
        expires=None,
        place=None,
        event=None,
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["force-reduction", "confidence-building", "border"],
        note="The chapter gives only the title, date and parties (中蘇簽署). It does not itself link this agreement to "
        "the 1996 and 1997 agreements, which follow it in the narrative (引言 ¶2).",
        parties=_parties(["china", "ussr"], "signed"),
        relations=[],
        cite=["fn2", "§引言 ¶2"],
    ),
    dict(
        slug="agreement-1996-04-26-confidence-building",
        kind="agreement",
        title_zh="關於在邊境地區加強軍事領域信任的協定",
        title_as_printed=True,
        title_en="Agreement on Confidence-Building in the Military Field in the Border Areas",
        title_en_is_translation=True,
        title_ru="Соглашение укрепления доверия в военной сфере в пограничных районах",
        title_ru_latn="Soglachenie ukreplenija doverija v voennoi sfere v pogramichnih raionah",
        signed="1996-04-26",
        in_force=None,
        expires=None,
        place="shanghai",
        event="summit-1996-04-26-shanghai",
        validity_zh="",
        validity_en="",
        summary_zh="協定包括：雙方部署在邊境地區的軍事力量互不進攻；雙方不進行針對對方的軍事演習；限制軍事演習的規模、範圍和"
        "次數；通報邊境100公里縱深地區的重大軍事活動情況；相互邀請觀察實兵演習；預防危險軍事活動；加強雙方邊境地區軍事力量"
        "和邊防部隊之間的友好交往等。",
        summary_en="The agreement provides that: the two sides' military forces deployed in the border areas will not "
        "attack each other; neither side will hold military exercises directed against the other; the scale, scope "
        "and number of military exercises are limited; major military activities within 100 km of the border are "
        "notified; the sides invite each other to observe field exercises; dangerous military activities are "
        "prevented; friendly contacts between the military forces and border troops of the border areas are "
        "strengthened; etc.",
        appendix="",
        topics=["confidence-building", "border"],
        note="Consensus on the agreement was reached after the dissolution of the USSR between China and the joint "
        "delegation of the four other states (引言 ¶2, fn2). The Russian title is printed without 'об' (for "
        "'Соглашение об укреплении доверия…'); the transliteration prints 'Soglachenie' and 'pogramichnih' (for "
        "pogranichnih).",
        parties=_two_sided(),
        relations=[],
        cite=["fn3", "fn2", "§第三節 壹 ¶6", "§第四節 ¶2"],
    ),
    dict(
        slug="agreement-1997-04-24-force-reduction",
        kind="agreement",
        title_zh="關於在邊境地區相互裁減軍事力量的協定",
        title_as_printed=True,
        title_en="Agreement on the Mutual Reduction of Military Forces in the Border Areas",
        title_en_is_translation=True,
        title_ru="Соглашение о взаимном сокращении вооруженных сил в приграничных районах",
        title_ru_latn="Soglachenie o vzaimnom sokrashenii voorujennih sil v prigranichnih raionah",
        signed="1997-04-24",
        in_force=None,
        expires="2020-12-31",
        place="moscow",
        event="summit-1997-04-24-moscow",
        validity_zh="協定有效期到2020年12月31日，經雙方同意可以延長。",
        validity_en="Valid until 31 December 2020; may be extended by agreement of the two sides.",
        summary_zh="協定的主要內容是：中國與俄、哈、吉、塔雙方將邊境地區的軍事力量裁減到與睦鄰友好相適應的最低水平，使其只有"
        "防禦性；互不使用武力或以武力相威脅，不謀求單方面軍事優勢；雙方部署在邊境地區的軍事力量互不進攻；裁減和限制部署在"
        "邊界兩側各100公里縱深的陸軍、空軍、防空軍航空兵、邊防部隊的人員和主要種類的武器數量；交換邊境地區軍事力量的有關"
        "資料等。",
        summary_en="Main provisions: China and Russia, Kazakhstan, Kyrgyzstan and Tajikistan, as two sides, reduce their "
        "military forces in the border areas to the minimum level compatible with good-neighbourly relations, of a "
        "purely defensive nature; neither uses or threatens force or seeks unilateral military superiority; the "
        "forces deployed in the border areas do not attack each other; the personnel and the main kinds of weapons of "
        "the ground forces, air forces, air-defence aviation and border troops within 100 km on either side of the "
        "border are reduced and limited; information on the military forces in the border areas is exchanged; etc.",
        appendix="",
        topics=["force-reduction", "border", "confidence-building"],
        note="The Russian title says 'вооруженных сил' (armed forces) where the Chinese has 軍事力量 (military forces); "
        "the transliteration prints 'Soglachenie'.",
        parties=_two_sided(),
        relations=[
            dict(
                kind="continues",
                target="agreement-1996-04-26-confidence-building",
                note="這是繼1996年協定的延伸 (an extension of the 1996 agreement).",
            )
        ],
        cite=["fn4", "§第三節 壹 ¶6", "§第四節 ¶2"],
    ),
    dict(
        slug="statement-1998-07-almaty",
        kind="statement",
        title_zh="阿拉木圖聲明",
        title_as_printed=True,
        title_en="Almaty Statement",
        title_en_is_translation=True,
        title_ru="Алматынская декларация",
        title_ru_latn="Almatinskaja deklaracija",
        signed="1998-07-03/1998-07-04",
        in_force=None,
        expires=None,
        place="almaty",
        event="summit-1998-07-03-almaty",
        validity_zh="",
        validity_en="",
        summary_zh="聲明強調：堅持相互尊重主權和領土完整、平等互利、互不干涉等國際關係准則；堅持通過友好協商解決國家間的分歧和"
        "爭端；共同打擊各種形式的民族分裂和宗教極端勢力、恐怖活動、偷運武器及走私和販毒等本地區公害；本著互利互惠、講求實效"
        "的原則進一步密切五國間的經濟聯繫；與國際社會共同努力制止南亞核軍備競賽，維護國際和平及不擴散機制等。",
        summary_en="The statement stresses: the norms of international relations — mutual respect for sovereignty and "
        "territorial integrity, equality and mutual benefit, non-interference; settling differences and disputes "
        "between states by friendly consultation; jointly fighting all forms of ethnic separatism and religious "
        "extremism, terrorist activity, arms trafficking, smuggling and drug trafficking as regional scourges; closer "
        "economic ties among the five on the principles of mutual benefit and effectiveness; working with the "
        "international community to stop the nuclear arms race in South Asia and to uphold international peace and "
        "the non-proliferation regime; etc.",
        appendix="",
        topics=["regional-security", "counter-terrorism", "narcotics", "economy-trade"],
        note="The Russian title is printed 'Алматынская декларация' (a declaration; the usual adjective is Алматинская, "
        "as the transliteration 'Almatinskaja' has) while the Chinese is 聲明 (statement). Issued (發表了) at the "
        "meeting of 3–4 July; the day is not given.",
        parties=_parties(
            FIVE,
            "approved",
            None,
            note="發表 (issued); the chapter does not say it was signed.",
            extra={
                "russia": dict(
                    note="發表 (issued). Russia was represented by Foreign Minister Primakov; President Yeltsin was absent (fn5)."
                )
            },
        ),
        relations=[],
        cite=["§第一節 壹 1998年阿拉木圖高峰會 ¶1", "fn5"],
    ),
    dict(
        slug="statement-1999-08-bishkek",
        kind="statement",
        title_zh="比什凱克聲明",
        title_as_printed=True,
        title_en="Bishkek Statement",
        title_en_is_translation=True,
        title_ru="Бишкекское коммюнике",
        title_ru_latn="Bishkekское kommjunike",
        signed="1999-08-24/1999-08-26",
        in_force=None,
        expires=None,
        place="bishkek",
        event="summit-1999-08-24-bishkek",
        validity_zh="",
        validity_en="",
        summary_zh="聲明表示，堅決反對民族分裂主義和宗教極端主義，共同打擊國際恐怖主義、走私販毒及其他跨國犯罪行爲。五國領導人"
        "再一次表示了絕不允許利用本國領土從事損害五國中任何一國主權、安全及社會秩序的行爲的決心；強調在平等互利的原則基礎上"
        "開展經貿合作的重要意義，表示將繼續鼓勵五國在雙邊基礎上的合作，同時積極尋求開展多邊合作的途徑。",
        summary_en="The statement firmly opposes ethnic separatism and religious extremism and commits to fighting "
        "international terrorism, smuggling, drug trafficking and other transnational crime. The leaders restated "
        "that they will never allow their territory to be used against the sovereignty, security or public order of "
        "any of the five, stressed economic and trade cooperation on the basis of equality and mutual benefit, and "
        "undertook to keep encouraging bilateral cooperation while seeking ways of multilateral cooperation.",
        appendix="",
        topics=["counter-terrorism", "regional-security", "narcotics", "economy-trade"],
        note="The Russian title is printed as a communiqué (коммюнике) while the Chinese is 聲明 (statement). The "
        "transliteration is printed in mixed script, 'Bishkekское' (Latin 'Bishkek' + Cyrillic 'ское'; the corrected "
        "reading would be 'Bishkekskoe'). Issued (發表了) at the meeting of 24–26 August; the day is not given.",
        parties=_parties(FIVE, "approved", None, note="發表 (issued); the chapter does not say it was signed."),
        relations=[],
        cite=["fn7"],
    ),
    dict(
        slug="statement-2000-07-05-dushanbe",
        kind="statement",
        title_zh="杜尚別聲明",
        title_as_printed=True,
        title_en="Dushanbe Statement",
        title_en_is_translation=True,
        title_ru="Душанбинская декларация",
        title_ru_latn="Dushanbinckaja deklarazija",
        signed="2000-07-05",
        in_force=None,
        expires=None,
        place="dushanbe",
        event="summit-2000-07-05-dushanbe",
        validity_zh="",
        validity_en="",
        summary_zh="聲明表示：決心深化在政治、外交、經貿、軍事和其他領域的合作，以鞏固地區的安全與穩定；將落實五國關於在軍事"
        "領域加強信任及在邊境地區相互裁減軍事力量的協定的所有條款；為聯合打擊對地區安全、穩定和發展構成主要威脅的各種犯罪"
        "活動，各國將定期召開執法、邊防、海關和安全部門負責人會晤，並依據情勢所需在五國框架內舉行反恐怖和反暴力活動演習；"
        "支援吉爾吉斯共和國關於在比什凱克建立地區反恐怖機構的倡議，並將就具體建議繼續進行磋商；重申將恪守尊重人權的原則，"
        "但強調不能以此為藉口干涉別國內政等等。",
        summary_en="The statement: resolves to deepen political, diplomatic, economic, military and other cooperation to "
        "consolidate regional security and stability; undertakes to implement all provisions of the five states' "
        "agreements on military confidence-building and on the mutual reduction of military forces in the border "
        "areas; provides for regular meetings of the heads of law-enforcement, border, customs and security agencies "
        "and, as needed, anti-terrorist and anti-violence exercises within the five-state framework against crime "
        "threatening the region; supports the Kyrgyz Republic's initiative to set up a regional anti-terrorist "
        "structure in Bishkek, with consultations on concrete proposals to continue; reaffirms respect for human "
        "rights while rejecting it as a pretext for interference in internal affairs; etc.",
        appendix="",
        topics=["regional-security", "counter-terrorism", "confidence-building", "force-reduction", "military-exercises"],
        note="The Russian title is printed as a declaration (декларация) while the Chinese is 聲明; the transliteration "
        "prints 'Dushanbinckaja' (c for s) and 'deklarazija'. Uzbekistan attended the summit only as an observer and "
        "is not recorded as a party.",
        parties=_parties(FIVE, "approved", None, note="發表 (issued); the chapter does not say it was signed."),
        relations=[],
        cite=["fn10"],
    ),
    dict(
        slug="declaration-2001-06-15-establishment",
        kind="declaration",
        title_zh="上海合作組織成立宣言",
        title_as_printed=True,
        title_en="Declaration on the Establishment of the Shanghai Cooperation Organisation",
        title_en_is_translation=True,
        title_ru="Декларация о создании Шанхайской Организации Сотрудничества",
        title_ru_latn="Deklarazija o sozdanii Shanhaiskoj Organizazii Sotrudnisthestva",
        signed="2001-06-15",
        in_force=None,
        expires=None,
        place="shanghai",
        event="summit-2001-06-15-shanghai",
        validity_zh="",
        validity_en="",
        summary_zh="六國元首簽署「上海合作組織成立宣言」，上海合作組織正式成立。",
        summary_en="By signing the declaration the six heads of state formally founded the Shanghai Cooperation Organisation.",
        appendix="附註一",
        topics=["institution-building", "membership"],
        note="The day is that of the SCO's founding (第三節 肆 ¶3: 2001年6月15日); 第一節 says only that the six heads met "
        "隨後 (thereupon) after the meeting of 14–15 June. The transliteration prints 'Sotrudnisthestva'.",
        parties=_parties(SIX, "signed", None),
        relations=[],
        cite=["fn13", "§第三節 肆 ¶3", "§第四節 ¶4"],
    ),
    dict(
        slug="convention-2001-06-15-shanghai",
        kind="convention",
        title_zh="打擊恐怖主義、分裂主義和極端主義的上海公約",
        title_as_printed=True,
        title_en="Shanghai convention on combating terrorism, separatism and extremism",
        title_en_is_translation=False,
        title_ru="Шанхайская конвенция о борьбе с терроризмом, сепаратизмом и экстремизмом",
        title_ru_latn="Shanhaiskaja konvenzija o bor'be s terrorizmom, separatizmom i ekstremizmom",
        aliases="打擊恐怖主義、分裂主義和極端主義上海公約",
        signed="2001-06-15",
        in_force=None,
        expires=None,
        place="shanghai",
        event="summit-2001-06-15-shanghai",
        validity_zh="",
        validity_en="",
        summary_zh="公約對恐怖主義、分裂主義和極端主義的概念均作了明確的法律界定。公約的簽署使六國在深化安全合作道路上邁出的"
        "重要一步，為維護本地區的安全與穩定、聯合打擊「三股勢力」奠定了法律基礎。",
        summary_en="The convention gives clear legal definitions of terrorism, separatism and extremism. Its signature was "
        "an important step in deepening the six states' security cooperation and laid the legal foundation for "
        "maintaining regional security and stability and jointly combating the 'three forces'.",
        appendix="附註二",
        topics=["counter-terrorism", "regional-security"],
        note="The English title is printed by the chapter (lower-case 'convention'). The Chinese title is printed with "
        "的 here and without it (「打擊恐怖主義、分裂主義和極端主義上海公約」) in 第一節 貳 2003年 ¶4 and 第三節 貳 ¶8. "
        "The day, as for the Declaration on the Establishment, is that of the SCO's founding (第三節 肆 ¶3: "
        "2001年6月15日上海合作組織的成立); 第一節 貳 2001年 ¶1 says only that the six heads of state met 隨後 (thereupon) "
        "after the meeting of 14–15 June and 並簽署了 (also signed) the convention.",
        parties=_parties(SIX, "signed", None),
        relations=[],
        cite=["fn14", "fn15", "§第三節 貳 ¶8", "§第三節 肆 ¶3"],
    ),
    dict(
        slug="memorandum-2001-09-economic-cooperation",
        kind="memorandum",
        title_zh="上海合作組織成員國政府間關於開展多邊經濟合作的基本目標和方向及貿易投資便利化進程的備忘錄",
        title_as_printed=True,
        title_en="Memorandum between the Governments of the SCO Member States on the Basic Goals and Directions of "
        "Multilateral Economic Cooperation and the Process of Trade and Investment Facilitation",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2001-09-13/2001-09-14",
        in_force=None,
        expires=None,
        place="almaty",
        event="hog-2001-09-13-almaty",
        validity_zh="",
        validity_en="",
        summary_zh="六國總理一致決定啟動六國多邊經貿合作進程，簽署本備忘錄。",
        summary_en="Signed when the six premiers decided to launch the six states' multilateral economic and trade cooperation.",
        appendix="",
        topics=["economy-trade"],
        note="Printed identically in 第一節 貳 2001年 ¶2 and 第三節 參 ¶8. The protocol of 2002-05-28 names a memorandum "
        "worded differently (「上海合作組織成員國政府關於區域經濟合作的基本目標和方向及啓動貿易和投資便利化進程的備忘錄」). "
        "Signed at the meeting of 13–14 September; the day is not given.",
        parties=_parties(SIX, "signed", None),
        relations=[],
        cite=["§第一節 貳 2001年 ¶2", "§第三節 參 ¶8"],
    ),
    dict(
        slug="statement-2001-09-heads-of-government-september-11",
        kind="statement",
        title_zh="上海合作組織成員國總理關於911事件的聯合聲明",
        title_as_printed=False,
        title_en="Joint statement of the SCO member states' heads of government on the events of 11 September",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2001-09-13/2001-09-14",
        in_force=None,
        expires=None,
        place="almaty",
        event="hog-2001-09-13-almaty",
        validity_zh="",
        validity_en="",
        summary_zh="譴責911事件的恐怖暴力行為，強調國際恐怖主義已對全人類構成嚴重威脅，並表示，打擊恐怖主義、分裂主義與極端主義"
        "是上海合作組織最重要的任務之一。",
        summary_en="Condemns the terrorist violence of 11 September, stresses that international terrorism is a grave "
        "threat to all humanity, and declares combating terrorism, separatism and extremism one of the SCO's most "
        "important tasks.",
        appendix="",
        topics=["counter-terrorism"],
        note="Title descriptive: the chapter only writes '此外，針對 911 事件，六國總理發表聯合聲明' (第一節 貳 2001年 ¶3). "
        "It follows the paragraph on the Almaty heads-of-government meeting with 此外 (moreover); that it was issued "
        "there, during 13–14 September, is a reading of the chapter, not stated.",
        parties=_parties(SIX, "approved", None, note="發表 (issued) by the six premiers; the chapter does not say it was signed."),
        relations=[],
        cite=["§第一節 貳 2001年 ¶3"],
    ),
    dict(
        slug="statement-2002-01-07-foreign-ministers",
        kind="statement",
        title_zh="上海合作組織外交部長級會議聲明",
        title_as_printed=False,
        title_en="Statement of the SCO foreign-minister-level meeting",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2002-01",
        in_force=None,
        expires=None,
        place=None,
        event="ministerial-2002-01-07-foreign",
        validity_zh="",
        validity_en="",
        summary_zh="指出塔裡班政權在阿富汗垮台並不意味著國際恐怖主義組織已消滅，應確保阿富汗不再成為恐怖主義、分裂主義與極端主義"
        "的發源地；強調在全球反恐戰爭中的領導角色應該由聯合國來領導；再次強調上海合作組織不是一個軍事聯盟，該組織的成立也並非"
        "針對任何一個國家或國際組織。",
        summary_en="States that the fall of the Taliban regime in Afghanistan does not mean that international terrorist "
        "organisations have been eliminated and that Afghanistan must no longer be a source of terrorism, separatism "
        "and extremism; that the United Nations should lead the global war on terror; and, again, that the SCO is not "
        "a military alliance and is not directed against any state or international organisation.",
        appendix="",
        topics=["counter-terrorism", "regional-security"],
        note="Title descriptive: the chapter writes '2002 年 1 月 7 日的外交部長級會議後的聲明中' (第一節 貳 2002年 ¶1). "
        "The chapter dates the meeting, not the statement issued after it, so only the month is stored. The article "
        "cited in fn16 (Вести, 26.04.2002) reports a Moscow meeting of SCO foreign ministers opening on 26.04.2002.",
        parties=_parties(
            SIX,
            "approved",
            None,
            note="Not listed by the chapter (the SCO members of the time); the statement is said to follow the meeting, not to be signed.",
        ),
        relations=[],
        cite=["§第一節 貳 2002年 ¶1", "fn16|dated 26.04.2002; reports a Moscow meeting of SCO foreign ministers"],
    ),
    dict(
        slug="protocol-2002-05-28-economic-memorandum",
        kind="protocol",
        title_zh="「上海合作組織成員國政府關於區域經濟合作的基本目標和方向及啓動貿易和投資便利化進程的備忘錄」的議定書",
        title_as_printed=True,
        title_en="Protocol to the Memorandum between the Governments of the SCO Member States on the Basic Goals and "
        "Directions of Regional Economic Cooperation and the Launch of the Process of Trade and Investment "
        "Facilitation",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2002-05-28",
        in_force=None,
        expires=None,
        place="shanghai",
        event="ministerial-2002-05-28-shanghai-trade",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["economy-trade"],
        note="Printed as 簽署「…備忘錄」的議定書: the quotation marks enclose the memorandum's title only; title_zh keeps them as printed.",
        parties=_parties(SIX, "signed", None, note="Signatories not listed by the chapter (the SCO members of the time)."),
        relations=[
            dict(
                kind="supplements",
                target="memorandum-2001-09-economic-cooperation",
                note="The identification is the archive's reading, not stated by the chapter: the protocol (第三節 參 ¶9) "
                "names 「上海合作組織成員國政府關於區域經濟合作的基本目標和方向及啓動貿易和投資便利化進程的備忘錄」, while the "
                "memorandum signed at Almaty in September 2001 (第一節 貳 2001年 ¶2 / 第三節 參 ¶8) is printed "
                "「上海合作組織成員國政府間關於開展多邊經濟合作的基本目標和方向及貿易投資便利化進程的備忘錄」. The chapter does not "
                "say the two titles name the same memorandum; they are linked here because the subjects match (basic goals "
                "and directions of economic cooperation, trade and investment facilitation).",
            )
        ],
        cite=["§第三節 參 ¶9"],
    ),
    dict(
        slug="statement-2002-05-28-trade-ministers",
        kind="statement",
        title_zh="上海合作組織貿易部長受次會晤聯合聲明",
        title_as_printed=True,
        title_en="Joint Statement of the First Meeting of the Trade Ministers of the Shanghai Cooperation Organisation",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2002-05-28",
        in_force=None,
        expires=None,
        place="shanghai",
        event="ministerial-2002-05-28-shanghai-trade",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["economy-trade"],
        note="Printed 受次 (no such word; evidently a misprint for 首次 'first', as the meeting is called 首次經貿部長會晤); "
        "the English translation follows that reading. The title says 貿易部長 (trade ministers), the text 經貿部長.",
        parties=_parties(
            SIX, "signed", None, note="簽署 (signed); signatories not listed by the chapter (the SCO members of the time)."
        ),
        relations=[],
        cite=["§第三節 參 ¶9"],
    ),
    dict(
        slug="charter-2002-06-sco",
        kind="charter",
        title_zh="上海合作組織憲章",
        title_as_printed=True,
        title_en="Charter of the Shanghai Cooperation Organisation",
        title_en_is_translation=True,
        title_ru="Хартия Шанхайской Организации Сотрудничества",
        title_ru_latn="Hartija Shanhaijskoi Organizazii Sotrudnistvestva",
        signed="2002-06-06/2002-06-07",
        in_force=None,
        expires=None,
        place="st-petersburg",
        event="summit-2002-06-06-st-petersburg",
        validity_zh="",
        validity_en="",
        summary_zh="憲章對上海合作組織宗旨原則、組織結構、運作形式、合作方向及對外交往等原則作了明確闡述，標誌著該組織從國際法"
        "意義上得以真正建立，奠定上海合作組織的法律基礎；賦予了上海合作組織法源基礎，使上海合作組織正式成爲一個國際法的主體。"
        "根據憲章，上海合作組織的組織結構包括會議機制和常設機構兩部分。",
        summary_en="The Charter sets out the SCO's purposes and principles, organisational structure, forms of operation, "
        "directions of cooperation and external relations; it marks the SCO's true establishment in international "
        "law, gives it its legal basis and makes it a subject of international law. Under the Charter the SCO's "
        "structure consists of meeting mechanisms and permanent bodies.",
        appendix="附註三",
        topics=["institution-building"],
        note="Signed by the six heads of state (與會六國元首簽署) at the meeting of 6–7 June; the day is not given. The "
        "transliteration prints 'Shanhaijskoi' and 'Sotrudnistvestva'. 第四節 ¶4 says the Charter was 制定 (drawn "
        "up) in 2002.",
        parties=_parties(SIX, "signed", None),
        relations=[],
        cite=["fn17", "fn19", "§第一節 貳 2002年 ¶3", "§第二節 ¶1", "§第四節 ¶4"],
    ),
    dict(
        slug="agreement-2002-06-rats",
        kind="agreement",
        title_zh="關於地區反恐機構協定",
        title_as_printed=True,
        title_en="Agreement on the Regional Anti-Terrorist Structure",
        title_en_is_translation=True,
        title_ru="Соглашение о региональной антитеррористической структуре",
        title_ru_latn="Coglachenie o regional'noi antiterroristicheskoi strukture",
        aliases="關於地區反恐怖機構協定\n上海合作組織關於地區反恐怖機構的協定\n關於成立地區反恐機構的協定",
        signed="2002-06-06/2002-06-07",
        in_force=None,
        expires=None,
        place="st-petersburg",
        event="summit-2002-06-06-st-petersburg",
        validity_zh="",
        validity_en="",
        summary_zh="確定上海合作組織在安全領域展開合作的內容與方法，並決定在比什凱克建立地區反恐機構。",
        summary_en="Defines the content and methods of the SCO's security cooperation and decides to set up the regional "
        "anti-terrorist structure in Bishkek.",
        appendix="",
        topics=["counter-terrorism", "institution-building", "regional-security"],
        note="Printed 「關於地區反恐機構協定」 (第一節 貳 2002年 ¶2), 「關於地區反恐怖機構協定」 (第三節 貳 ¶9), "
        "「上海合作組織關於地區反恐怖機構的協定」 (第一節 貳 2003年 ¶4) and 關於成立地區反恐機構的協定 (第二節 貳 (2)). "
        "Seat: Bishkek under this agreement (2002), Tashkent from the 2003 Moscow summit (第三節 貳 ¶9: 2003年改為設置在"
        "塔什干). The transliteration begins 'Coglachenie' (C for S).",
        parties=_parties(SIX, "signed", None, note="簽署 by the member states' leaders (第三節 貳 ¶9: 成員國領袖簽署)."),
        relations=[],
        cite=["fn18", "§第二節 貳 (2) ¶1", "§第三節 貳 ¶9"],
    ),
    dict(
        slug="declaration-2002-06-heads-of-state",
        kind="declaration",
        title_zh="上海合作組織成員國元首宣言",
        title_as_printed=True,
        title_en="Declaration of the Heads of State of the Member States of the Shanghai Cooperation Organisation",
        title_en_is_translation=True,
        title_ru="совместная Декларация",
        title_ru_latn="sovmestnaja Deklarazija",
        signed="2002-06-06/2002-06-07",
        in_force=None,
        expires=None,
        place="st-petersburg",
        event="summit-2002-06-06-st-petersburg",
        validity_zh="",
        validity_en="",
        summary_zh="當中宣示，上海合作組織不是「集團或封閉性聯盟」，不針對任何其他國家和國家集團。",
        summary_en="Declares that the SCO is not 'a bloc or closed alliance' and is not directed against any other state "
        "or group of states.",
        appendix="",
        topics=["regional-security", "institution-building"],
        note="The Chinese title is identical to that of the 2003 Moscow declaration; the Russian printed here is only "
        "'совместная Декларация' (joint declaration, lower-case с).",
        parties=_parties(SIX, "signed", None),
        relations=[],
        cite=["fn18"],
    ),
    dict(
        slug="declaration-2003-05-moscow",
        kind="declaration",
        title_zh="上海合作組織成員國元首宣言",
        title_as_printed=True,
        title_en="Declaration of the Heads of State of the Member States of the Shanghai Cooperation Organisation",
        title_en_is_translation=True,
        title_ru="Декларация глав государств-членов Шанхайской Организации Сотрудничества",
        title_ru_latn="Deklaracija glav gosudarstv-chlenov Shanhaiskoi Organizazii Sotrudnishestva",
        signed="2003-05-28/2003-05-29",
        in_force=None,
        expires=None,
        place="moscow",
        event="summit-2003-05-28-moscow",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="附註四",
        topics=["institution-building"],
        note="Same Chinese title as the 2002 St Petersburg declaration. The chapter says 「六國元首簽署和批准了」 (signed "
        "and approved) this declaration and nine unnamed legal documents on the SCO's meetings and permanent bodies "
        "together, without saying which act applies to which document; the parties' action is therefore stored as "
        "signed-or-approved.",
        parties=_parties(
            SIX,
            "signed-or-approved",
            None,
            note="The chapter says 「六國元首簽署和批准了」 (signed and approved) this declaration and nine other legal "
            "documents together, without saying which act applies to which document.",
        ),
        relations=[],
        cite=["fn20"],
    ),
    dict(
        slug="memorandum-2003-05-defence-exercises",
        kind="memorandum",
        title_zh="上海合作組織成員國國防部長關於舉行軍事演習的備忘錄",
        title_as_printed=False,
        title_en="Memorandum of the SCO member states' defence ministers on holding a military exercise",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2003-05",
        in_force=None,
        expires=None,
        place="moscow",
        event="ministerial-2003-05-moscow-defence",
        validity_zh="",
        validity_en="",
        summary_zh="決定舉行軍事演習。",
        summary_en="Decides to hold a military exercise.",
        appendix="",
        topics=["military-exercises", "counter-terrorism"],
        note="Title descriptive: the chapter writes '在莫斯科高峰期間，成員國舉行國防部長會晤，並簽署備忘錄，決定舉行軍事演習' "
        "(第一節 貳 2003年 ¶3). Dated only by the summit (28–29 May 2003).",
        parties=_parties(SIX, "signed", None, note="The chapter says 成員國 (member states) without naming the signatories."),
        relations=[],
        cite=["§第一節 貳 2003年 ¶3"],
    ),
    dict(
        slug="protocol-2003-09-charter-amendment",
        kind="protocol",
        title_zh="關於修改「上海合作組織憲章」的議定書",
        title_as_printed=False,
        title_en="Protocol amending the Charter of the Shanghai Cooperation Organisation",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2003-09-04/2003-09-05",
        in_force=None,
        expires=None,
        place="tashkent",
        event="ministerial-2003-09-04-tashkent-foreign",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["institution-building"],
        note="Title descriptive: the chapter names three documents in one phrase, '並簽署關於修改「上海合作組織憲章」、"
        "「打擊恐怖主義、分裂主義和極端主義上海公約」、「上海合作組織關於地區反恐怖機構的協定」議定書等文件' "
        "(第一節 貳 2003年 ¶4); whether one protocol or three is not clear. Day not given.",
        parties=_parties(SIX, "signed", None, note="Signatories not listed by the chapter (the SCO members of the time)."),
        relations=[dict(kind="amends", target="charter-2002-06-sco", note="關於修改「上海合作組織憲章」.")],
        cite=["fn24", "§第一節 貳 2003年 ¶4"],
    ),
    dict(
        slug="protocol-2003-09-convention-amendment",
        kind="protocol",
        title_zh="關於修改「打擊恐怖主義、分裂主義和極端主義上海公約」的議定書",
        title_as_printed=False,
        title_en="Protocol amending the Shanghai Convention on Combating Terrorism, Separatism and Extremism",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2003-09-04/2003-09-05",
        in_force=None,
        expires=None,
        place="tashkent",
        event="ministerial-2003-09-04-tashkent-foreign",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["counter-terrorism", "institution-building"],
        note="Title descriptive: the chapter names three documents in one phrase, '並簽署關於修改「上海合作組織憲章」、"
        "「打擊恐怖主義、分裂主義和極端主義上海公約」、「上海合作組織關於地區反恐怖機構的協定」議定書等文件' "
        "(第一節 貳 2003年 ¶4); whether one protocol or three is not clear. Day not given.",
        parties=_parties(SIX, "signed", None, note="Signatories not listed by the chapter (the SCO members of the time)."),
        relations=[
            dict(
                kind="amends",
                target="convention-2001-06-15-shanghai",
                note="Printed here without 的: 「打擊恐怖主義、分裂主義和極端主義上海公約」.",
            )
        ],
        cite=["fn24", "§第一節 貳 2003年 ¶4"],
    ),
    dict(
        slug="protocol-2003-09-rats-amendment",
        kind="protocol",
        title_zh="關於修改「上海合作組織關於地區反恐怖機構的協定」的議定書",
        title_as_printed=False,
        title_en="Protocol amending the Agreement of the Shanghai Cooperation Organisation on the Regional Anti-Terrorist Structure",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2003-09-04/2003-09-05",
        in_force=None,
        expires=None,
        place="tashkent",
        event="ministerial-2003-09-04-tashkent-foreign",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["counter-terrorism", "institution-building"],
        note="Title descriptive: the chapter names three documents in one phrase, '並簽署關於修改「上海合作組織憲章」、"
        "「打擊恐怖主義、分裂主義和極端主義上海公約」、「上海合作組織關於地區反恐怖機構的協定」議定書等文件' "
        "(第一節 貳 2003年 ¶4); whether one protocol or three is not clear. Day not given.",
        parties=_parties(SIX, "signed", None, note="Signatories not listed by the chapter (the SCO members of the time)."),
        relations=[
            dict(
                kind="amends",
                target="agreement-2002-06-rats",
                note="Printed here as 「上海合作組織關於地區反恐怖機構的協定」 (2002: 「關於地區反恐機構協定」).",
            )
        ],
        cite=["fn24", "§第一節 貳 2003年 ¶4"],
    ),
    dict(
        slug="communique-2003-09-04-foreign-ministers",
        kind="communique",
        title_zh="聯合公報",
        title_as_printed=True,
        title_en="Joint Communiqué",
        title_en_is_translation=True,
        title_ru="Совместное коммюнике",
        title_ru_latn="sovmestnoe kommjunike",
        signed="2003-09-04/2003-09-05",
        in_force=None,
        expires=None,
        place="tashkent",
        event="ministerial-2003-09-04-tashkent-foreign",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["institution-building"],
        note="Printed without 「」 as '並發表聯合公報（Совместное коммюнике; sovmestnoe kommjunike）'. The chapter does "
        "not say on which day of the meeting (4–5 September) it was issued; the slug's '09-04' is the meeting's first day "
        "(the start-date convention of slugs), not a printed date of issue.",
        parties=_parties(SIX, "approved", None, note="發表 (issued); participants not listed by the chapter."),
        relations=[],
        cite=["fn24", "§第一節 貳 2003年 ¶4"],
    ),
    dict(
        slug="programme-2003-09-23-trade-economic",
        kind="programme",
        title_zh="上海合作組織成員國多邊經貿合作綱要",
        title_as_printed=True,
        title_en="Programme of Multilateral Trade and Economic Cooperation of the SCO Member States",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2003-09-23",
        in_force=None,
        expires=None,
        place="beijing",
        event="hog-2003-09-23-beijing",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["economy-trade"],
        note="Signed with 'a series of documents' (等一系列文件) not named.",
        parties=_parties(SIX, "signed", None, note="Signed by the six premiers (六國總理)."),
        relations=[],
        cite=["fn25", "§第三節 參 ¶10"],
    ),
    dict(
        slug="regulation-2004-06-17-observer-status",
        kind="regulation",
        title_zh="上海合作組織觀察員地位條例",
        title_as_printed=True,
        title_en="Regulation on the Status of Observer at the Shanghai Cooperation Organisation",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2004-06-17",
        in_force=None,
        expires=None,
        place="tashkent",
        event="summit-2004-06-17-tashkent",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["membership", "institution-building"],
        note="The chapter says 「六國元首簽署或批准了」 (signed or approved) this document and the others it lists "
        "(「…等文件」) together, without saying which act applies to which document; stored as signed-or-approved.",
        parties=_parties(SIX, "signed-or-approved", None, note=TASHKENT_2004_PARTY_NOTE),
        relations=[],
        cite=["§第一節 貳 2004年 ¶2"],
    ),
    dict(
        slug="agreement-2004-06-17-narcotics",
        kind="agreement",
        title_zh="上海合作組織成員國關於合作打擊非法販運麻醉藥品、精神藥物及其前體的協定",
        title_as_printed=True,
        title_en="Agreement of the SCO Member States on Cooperation in Combating Illicit Trafficking in Narcotic Drugs, "
        "Psychotropic Substances and their Precursors",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2004-06-17",
        in_force=None,
        expires=None,
        place="tashkent",
        event="summit-2004-06-17-tashkent",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["narcotics", "regional-security"],
        note="The chapter says 「六國元首簽署或批准了」 (signed or approved) this document and the others it lists "
        "(「…等文件」) together, without saying which act applies to which document; stored as signed-or-approved.",
        parties=_parties(SIX, "signed-or-approved", None, note=TASHKENT_2004_PARTY_NOTE),
        relations=[],
        cite=["§第一節 貳 2004年 ¶2"],
    ),
    dict(
        slug="convention-2004-06-17-privileges-immunities",
        kind="convention",
        title_zh="上海合作組織特權與豁免公約",
        title_as_printed=True,
        title_en="Convention on the Privileges and Immunities of the Shanghai Cooperation Organisation",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2004-06-17",
        in_force=None,
        expires=None,
        place="tashkent",
        event="summit-2004-06-17-tashkent",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["institution-building"],
        note="The chapter says 「六國元首簽署或批准了」 (signed or approved) this document and the others it lists "
        "(「…等文件」) together, without saying which act applies to which document; stored as signed-or-approved.",
        parties=_parties(SIX, "signed-or-approved", None, note=TASHKENT_2004_PARTY_NOTE),
        relations=[],
        cite=["§第一節 貳 2004年 ¶2"],
    ),
    dict(
        slug="declaration-2004-06-17-tashkent",
        kind="declaration",
        title_zh="上海合作組織成員國元首塔什干宣言",
        title_as_printed=True,
        title_en="Tashkent Declaration of the Heads of State of the Member States of the Shanghai Cooperation Organisation",
        title_en_is_translation=True,
        title_ru="Ташкентская декларация глав государств-членов Шанхайской Организации Сотрудничества",
        title_ru_latn="Tashkentskaja geklarazija glav gosudarstv-chlenov Shanhaiskoi Organizazii Sotrudnishestva",
        signed="2004-06-17",
        in_force=None,
        expires=None,
        place="tashkent",
        event="summit-2004-06-17-tashkent",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="附註五",
        topics=["regional-security", "economy-trade"],
        note="The transliteration prints 'geklarazija' (for deklarazija). The appendix reference is printed in "
        "square brackets 【參考附註五】.",
        parties=_parties(SIX, "approved", None, note="發表 (issued); the chapter does not say it was signed."),
        relations=[],
        cite=["fn29"],
    ),
    dict(
        slug="plan-2004-09-23-programme-measures",
        kind="plan",
        title_zh="「上海合作組織成員國多邊經貿合作綱要」落實措施計劃",
        title_as_printed=True,
        title_en="Plan of Measures for Implementing the Programme of Multilateral Trade and Economic Cooperation of the SCO Member States",
        title_en_is_translation=True,
        title_ru="",
        title_ru_latn="",
        signed="2004-09-23",
        in_force=None,
        expires=None,
        place="bishkek",
        event="hog-2004-09-23-bishkek",
        validity_zh="",
        validity_en="",
        summary_zh="",
        summary_en="",
        appendix="",
        topics=["economy-trade"],
        note="Printed as 批准「…綱要」落實措施計劃: the quotation marks enclose the programme's title only; title_zh keeps "
        "them as printed. Approved (批准), not signed; 'signed' holds the date of approval.",
        parties=_parties(SIX, "approved", None, note="批准 by the six premiers (六國總理)."),
        relations=[dict(kind="implements", target="programme-2003-09-23-trade-economic", note="「…綱要」落實措施計劃.")],
        cite=["§第一節 貳 2004年 ¶4", "§第三節 參 ¶11"],
    ),
]


# ---------------------------------------------------------------------------------------------
# MEMBERSHIPS
# ---------------------------------------------------------------------------------------------

MEMBERSHIPS = [
    *[
        dict(
            state=state,
            framework="shanghai-five",
            role="member",
            starts="1996-04-26",
            ends="2001-06-15",
            began_at="summit-1996-04-26-shanghai",
            note="Founding member of the Shanghai Five (上海五國論壇), named after the first heads-of-state meeting in "
            "Shanghai. The chapter does not state an end of the Shanghai Five: the period is closed on the SCO's "
            "founding day (第三節 肆 ¶3: 2001年6月15日).",
            cite=["fn3", "§引言 ¶3", "§第三節 肆 ¶3"],
        )
        for state in FIVE
    ],
    dict(
        state="uzbekistan",
        framework="shanghai-five",
        role="observer",
        starts="2000-07-05",
        ends="2001-06",
        began_at="summit-2000-07-05-dushanbe",
        note="President Karimov attended the fifth summit for the first time as an observer; 第四節 ¶3 says "
        "Uzbekistan joined the Shanghai Five mechanism as an observer in 2000. Ended when it joined as a member at the "
        "meeting of 14–15 June 2001; the chapter gives no day, so the end is stored as June 2001.",
        cite=["fn11", "§第三節 貳 ¶7", "§第四節 ¶3"],
    ),
    dict(
        state="uzbekistan",
        framework="shanghai-five",
        role="member",
        starts="2001-06",
        ends="2001-06-15",
        began_at="summit-2001-06-14-shanghai-five",
        note="Joined as a fully equal member (以完全平等的身份加入) at the sixth Shanghai Five meeting, 14–15 June 2001; "
        "the chapter does not say on which day, so the start is stored as June 2001. Fn12 also cites an item "
        "'Uzbekistan Joins the Shanghai Five' dated May 11, 2001.",
        cite=["fn12", "§第四節 ¶4"],
    ),
    *[
        dict(
            state=state,
            framework="sco",
            role="member",
            starts="2001-06-15",
            ends=None,
            began_at="summit-2001-06-15-shanghai",
            note="Founding member: the six heads of state signed the Declaration on the Establishment of the SCO.",
            cite=["fn13", "§第三節 肆 ¶3", FN55],
        )
        for state in SIX
    ],
    dict(
        state="mongolia",
        framework="sco",
        role="observer",
        starts="2004-06-17",
        ends=None,
        began_at="summit-2004-06-17-tashkent",
        note="The six heads of state examined and approved Mongolia's application; Mongolia became the SCO's first "
        "observer (第一個觀察員).",
        cite=["fn30"],
    ),
]

"""Chapter 2, 第二節 (the organ tree), 第三節 (border instruments and figures), 第四節 (the phases), Table 2-2.

Exports ORGANS (tree order, each with its ``parent``), APPOINTMENTS, BORDER_INSTRUMENTS, STATISTICS and
PHASES. Forms, dates and figures are as printed (see README.md); irregularities are kept in ``note``.
State, place and topic slugs come from ``common.py``; event slugs (summits, visits, the Secretariat's
opening) belong to the events module, instrument slugs ``charter-2002-06-sco`` and
``agreement-2002-06-rats`` to the §1 instruments module.
"""

CHARTER = "charter-2002-06-sco"
RATS_AGREEMENT = "agreement-2002-06-rats"
# fn 55 is printed at the end of the passage of 第三節 肆 ¶3 that dates the SCO's founding.
FN55 = "fn55|the footnote closes the passage that begins 「2001年6月15日上海合作組織的成立…」"

# ---------------------------------------------------------------------------------------------------
# 1. Organs, in tree order (a parent always comes before its children; siblings in the chapter's order)
# ---------------------------------------------------------------------------------------------------

ORGANS = [
    # ---- The Shanghai Cooperation Organisation ----------------------------------------------------
    dict(
        slug="sco",
        parent=None,
        kind="group",
        name_zh="上海合作組織",
        name_en="Shanghai Cooperation Organisation",
        name_ru="Шанхайская организация Сотрудничества",
        aliases="ШОС\nШанхайской Организации Сотрудничества\n"
        "Шанхайской организации сотрудничества\nShanhaiskoj Organizazii Sotrudnisthestva\nSCO",
        established="2001-06-15",
        functions_zh="",
        functions_en="",
        composition_zh="2001年成立時六國：中國、俄羅斯、哈薩克、吉爾吉斯、塔吉克、烏茲別克；2004年蒙古成為第一個觀察員。",
        composition_en="Six states at its founding in 2001: China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and "
        "Uzbekistan; Mongolia became its first observer in 2004.",
        legal_basis=[CHARTER],
        note=(
            "Founded on 2001-06-15 (第三節 肆 ¶3: 2001年6月15日上海合作組織的成立); 第一節 貳 2001年 ¶1 dates the meeting "
            "14–15 June 2001, at which the Declaration on its founding was signed (上海合作組織正式成立).\n"
            "The 2002 Charter gave it its legal basis (賦予了上海合作組織法源基礎, 第一節 貳 2002 年 ¶3); the Declaration "
            "on its founding is the §1 instruments module's record and is not linked here.\n"
            "Russian name: the nominative form is printed only in the title of footnote 19 (Г. Логвинов), with a "
            "capital С: «Шанхайская организация Сотрудничества»; elsewhere the chapter prints oblique cases "
            "(Шанхайской Организации Сотрудничества, fn 13/20; Шанхайской организации сотрудничества, fn 16) and the "
            "abbreviation ШОС (fn 19, 21, 28, 30). The chapter prints no transliteration of the nominative (only "
            "genitive ones, e.g. Shanhaiskoj Organizazii Sotrudnisthestva), so name_ru_latn is left empty."
        ),
        seats=[],
        cite=["fn13", "§第一節 貳 2001年 ¶1", "§第三節 肆 ¶3", FN55, "fn19|prints the Russian name in the nominative"],
    ),
    # ---- Meeting mechanisms ------------------------------------------------------------------------
    dict(
        slug="sco-meeting-mechanisms",
        parent="sco",
        kind="category",
        name_zh="會議機制",
        name_en="Meeting mechanisms",
        aliases="上海合作組織會議機制",
        functions_zh="",
        functions_en="",
        legal_basis=[CHARTER],
        note=(
            "第二節 ¶1: 根據憲章，上海合作組織的組織結構包括會議機制（參考圖 2-1）和常設機構兩部分. The text refers to "
            "「圖 2-1」 but the figure itself is captioned 「表 2-1：上海合作組織會議機制架構圖」 (source "
            "http://news.xinhuanet.com/ziliao/2004-01/15/content_1277262_1.htm); the figure is an image and is not "
            "reproduced in the text, so its content is not transcribed.\n"
            "No date: the chapter gives no date for this grouping."
        ),
        seats=[],
        # "src:<slug>|<section>": a source cited without a footnote number (表 2-1's 資料來源 line,
        # sources.TABLE_2_1_SOURCE); the section is stored as written, without §.
        cite=["fn31", "§第二節 ¶1", "§第二節 壹 (1)", "src:xinhuanet-table-2-1-source-page|第二節 壹 表 2-1"],
    ),
    dict(
        slug="sco-heads-of-state",
        parent="sco-meeting-mechanisms",
        kind="meeting",
        name_zh="國家元首會議",
        name_en="Meeting of Heads of State",
        aliases="元首會議\n元首會議例會\n元首高峰會\n元首峰會\n高峰會",
        established="2001-06-15",
        functions_zh="確定組織活動的優先領域和基本方向；決定組織內部結構設置和運作的原則問題；決定組織與其他國家及國際組織互相協作的原則問題；研究迫切的國際問題。",
        functions_en="Determines the priority areas and basic directions of the organisation's activity; decides questions "
        "of principle on its internal structure and operation; decides questions of principle on its cooperation with "
        "other states and international organisations; studies pressing international questions.",
        frequency_zh="每年一次",
        frequency_en="annual (regular meeting once a year)",
        chair_rule_zh="由各成員國按國名俄文字母順序輪流舉行。元首會議例會主辦國為組織輪值主席國。",
        chair_rule_en="Hosted by the member states in turn, in the Russian alphabetical order of the state names; the "
        "state hosting the regular meeting is the organisation's rotating chair.",
        composition_zh="國家元首會議是上海合作組織最高決策機構。",
        composition_en="The highest decision-making body of the SCO.",
        legal_basis=[CHARTER],
        note=(
            "Established: 2001-06-15, the day of the SCO's founding given in 第三節 肆 ¶3 (「2001年6月15日上海合作組織的成立」; "
            "fn 55 is printed at the end of that passage). 第一節 貳 2001年 ¶1 says only that after the sixth Shanghai Five "
            "meeting of 14–15 June 2001 「隨後，六國元首舉行了首次會晤」, without a separate day for this first six-state "
            "meeting.\n"
            "The chapter also calls the meeting 元首會議例會 (regular meeting)."
        ),
        seats=[],
        cite=["fn31", "§第二節 壹 (1)", "§第一節 貳 2001年 ¶1", "§第三節 肆 ¶3", FN55],
    ),
    dict(
        slug="sco-heads-of-government",
        parent="sco-meeting-mechanisms",
        kind="meeting",
        name_zh="總理會議",
        name_en="Meeting of Heads of Government (Prime Ministers)",
        aliases="政府領袖會議\n總理會晤\n總理定期會晤機制\n總理例行會議\n成員國總理例行會議",
        established="2001-09",
        functions_zh="通過組織預算；研究和決定組織框架內具體領域，特別是經濟領域合作的主要問題。",
        functions_en="Adopts the organisation's budget; studies and decides the main questions of cooperation in specific "
        "fields within the organisation, especially the economic field.",
        frequency_zh="每年一次",
        frequency_en="annual",
        legal_basis=[CHARTER],
        note=(
            "Name: headed 「總理會議」 in 第二節 壹 (2), but called 「政府領袖會議」 in 第二節 壹 (4) and (5).\n"
            "Frequency as printed: 「總理例行會一每年一次」 (a typo, evidently for 總理例行會議每年一次).\n"
            "Established: month only. 第一節 貳 2001年 ¶2 (also 第三節 參 ¶8): at the first meeting of the prime ministers, "
            "Almaty, 13–14 September 2001, they 「宣佈正式建立上海合作組織框架內的總理定期會晤機制」; the day of the "
            "announcement is not given."
        ),
        seats=[],
        cite=["fn31", "§第二節 壹 (2)", "§第一節 貳 2001年 ¶2", "§第三節 參 ¶8"],
    ),
    dict(
        slug="sco-foreign-ministers",
        parent="sco-meeting-mechanisms",
        kind="meeting",
        name_zh="外交部長會議",
        name_en="Meeting of Foreign Ministers",
        aliases="外長會議\n外長會議例會\n外交部長級會議",
        functions_zh="研究解決組織當前活動的重要的問題，包括籌備元首會議，落實組織的決定，就國際問題舉行磋商。",
        functions_en="Studies and settles important questions of the organisation's current activity, including preparing "
        "the Meeting of Heads of State and implementing the organisation's decisions; holds consultations on "
        "international questions.",
        frequency_zh="外長會議例會每年安排在元首會議例會前一個月舉行",
        frequency_en="the regular meeting is held each year one month before the regular Meeting of Heads of State",
        chair_rule_zh="舉辦元首會議例會的成員國外長擔任外長會議主席，可代表組織展開對外交往。",
        chair_rule_en="The foreign minister of the member state hosting the regular Meeting of Heads of State chairs the "
        "meeting and may represent the organisation in its external relations.",
        legal_basis=[CHARTER],
        note=(
            "No establishment date: the chapter gives none for the SCO meeting. The earliest SCO foreign ministers' "
            "meeting it mentions is that of 2002-01-07 (第一節 貳 2002 年 ¶1); it also mentions an extraordinary meeting "
            "(外交部長非例行會議) in Tashkent on 4–5 September 2003. For the Shanghai Five's first foreign ministers' "
            "meeting (Dushanbe, 2000-07-04) see shanghai-five-foreign-ministers."
        ),
        seats=[],
        cite=["fn31", "§第二節 壹 (3)"],
    ),
    dict(
        slug="sco-heads-of-ministries",
        parent="sco-meeting-mechanisms",
        kind="meeting",
        name_zh="成員國各部門領導人會議",
        name_en="Meetings of Heads of Ministries and Agencies of the Member States",
        aliases="各部門領導人會議",
        functions_zh="研究和解決組織框架內在各專業領域開展合作的具體問題。",
        functions_en="Studies and settles the concrete questions of cooperation in the specialised fields within the "
        "organisation.",
        frequency_zh="根據國家元首會議和政府領袖會議的決定召開",
        frequency_en="convened by decision of the Meeting of Heads of State and the Meeting of Heads of Government",
        composition_zh="目前，已建立起總檢察長、國防部長、經貿部長、交通部長、文化部長及執法安全、緊急救災等部門領導人的會議機制。",
        composition_en="So far, meeting mechanisms have been set up for the prosecutors-general, defence ministers, "
        "economy and trade ministers, transport ministers and culture ministers, and for the heads of law-enforcement "
        "and security and of emergency-relief agencies.",
        legal_basis=[CHARTER],
        note="No date: the chapter gives none.",
        seats=[],
        cite=["fn31", "§第二節 壹 (4)"],
    ),
    dict(
        slug="sco-prosecutors-general",
        parent="sco-heads-of-ministries",
        kind="meeting",
        name_zh="總檢察長會議",
        name_en="Meeting of Prosecutors-General",
        aliases="總檢察長",
        note=(
            "Name composed: the chapter only lists 「總檢察長」 in 「已建立起總檢察長、國防部長、經貿部長、交通部長、文化部長及"
            "執法安全、緊急救災等部門領導人的會議機制」. No date: the chapter gives none."
        ),
        seats=[],
        cite=["§第二節 壹 (4)"],
    ),
    dict(
        slug="sco-defence-ministers",
        parent="sco-heads-of-ministries",
        kind="meeting",
        name_zh="國防部長會晤",
        name_en="Meeting of Defence Ministers",
        aliases="國防部長\n國防部長會議",
        note=(
            "Listed as 「國防部長」 in 第二節 壹 (4); the form 「國防部長會晤」 is printed in 第一節 貳 2003年 ¶3 (during the "
            "Moscow summit of May 2003 the member states held a defence ministers' meeting and signed a memorandum to "
            "hold a military exercise). No establishment date: the chapter gives none. For the Shanghai Five's first "
            "defence ministers' meeting (Astana, March 2000) see shanghai-five-defence-ministers."
        ),
        seats=[],
        cite=["§第二節 壹 (4)", "§第一節 貳 2003年 ¶3"],
    ),
    dict(
        slug="sco-economy-trade-ministers",
        parent="sco-heads-of-ministries",
        kind="meeting",
        name_zh="經貿部長會晤",
        name_en="Meeting of Ministers of Economy and Trade",
        aliases="經貿部長\n上海合作組織經貿部長會晤機制\n經貿部長會晤機制\n貿易部長會晤",
        established="2002-05-28",
        note=(
            "Listed as 「經貿部長」 in 第二節 壹 (4). 第三節 參 ¶9: the first SCO meeting of economy and trade ministers, "
            "Shanghai, 2002-05-28, 「決定建立上海合作組織經貿部長會晤機制」 (established = that date). The joint statement "
            "it signed is printed 「上海合作組織貿易部長受次會晤聯合聲明」 (受次, evidently for 首次).\n"
            "第三節 參 ¶8 also says that the Bishkek meeting of August 1999 decided to launch an irregular meeting "
            "mechanism of the states' economy ministers (不定期各國經濟部長會晤機制, recorded as "
            "shanghai-five-economy-ministers); the chapter does not say how that relates to this body."
        ),
        seats=[],
        cite=["§第二節 壹 (4)", "§第三節 參 ¶9", "§第三節 參 ¶8"],
    ),
    dict(
        slug="sco-transport-ministers",
        parent="sco-heads-of-ministries",
        kind="meeting",
        name_zh="交通部長會議",
        name_en="Meeting of Transport Ministers",
        aliases="交通部長",
        note="Name composed from the list in 第二節 壹 (4) (「交通部長」). No date: the chapter gives none.",
        seats=[],
        cite=["§第二節 壹 (4)"],
    ),
    dict(
        slug="sco-culture-ministers",
        parent="sco-heads-of-ministries",
        kind="meeting",
        name_zh="文化部長會議",
        name_en="Meeting of Culture Ministers",
        aliases="文化部長",
        note="Name composed from the list in 第二節 壹 (4) (「文化部長」). No date: the chapter gives none.",
        seats=[],
        cite=["§第二節 壹 (4)"],
    ),
    dict(
        slug="sco-law-enforcement-security",
        parent="sco-heads-of-ministries",
        kind="meeting",
        name_zh="執法安全部門領導人會議",
        name_en="Meeting of Heads of Law-Enforcement and Security Agencies",
        aliases="執法安全",
        note=(
            "Name composed from the list in 第二節 壹 (4) (「執法安全…等部門領導人的會議機制」). No date: the chapter gives "
            "none, and it does not say how this body relates to the Shanghai Five's Bishkek Group "
            "(shanghai-five-law-enforcement)."
        ),
        seats=[],
        cite=["§第二節 壹 (4)"],
    ),
    dict(
        slug="sco-emergency-relief",
        parent="sco-heads-of-ministries",
        kind="meeting",
        name_zh="緊急救災部門領導人會議",
        name_en="Meeting of Heads of Emergency-Relief Agencies",
        aliases="緊急救災",
        note="Name composed from the list in 第二節 壹 (4) (「緊急救災等部門領導人的會議機制」). No date: the chapter gives none.",
        seats=[],
        cite=["§第二節 壹 (4)"],
    ),
    dict(
        slug="sco-national-coordinators",
        parent="sco-meeting-mechanisms",
        kind="meeting",
        name_zh="國家協調員理事會",
        name_en="Council of National Coordinators",
        aliases="國家協調員",
        functions_zh="是上海合作組織日常活動的協調和管理機構，是基層協調機制。理事會為國家元首會議、政府領袖會議、外交部長會議做必要的準備。",
        functions_en="The body that coordinates and manages the SCO's day-to-day activity, its basic-level coordination "
        "mechanism; it makes the necessary preparations for the meetings of heads of state, heads of government and "
        "foreign ministers.",
        frequency_zh="每年至少舉行三次",
        frequency_en="at least three times a year",
        chair_rule_zh="理事會主席由元首會議例會舉辦國國家協調員擔任，經外長會議主席授權，可對外代表組織。",
        chair_rule_en="Chaired by the national coordinator of the state hosting the regular Meeting of Heads of State; "
        "with the authorisation of the chair of the foreign ministers' meeting it may represent the organisation "
        "externally.",
        composition_zh="國家協調員由各成員國依據各自國內規定和程序任命。",
        composition_en="The national coordinators are appointed by each member state under its own rules and procedures.",
        legal_basis=[CHARTER],
        note="No date: the chapter gives none.",
        seats=[],
        cite=["fn31", "§第二節 壹 (5)", "fn32"],
    ),
    # ---- Permanent bodies --------------------------------------------------------------------------
    dict(
        slug="sco-permanent-bodies",
        parent="sco",
        kind="category",
        name_zh="常設機構",
        name_en="Permanent bodies",
        composition_zh="上海合作組織有兩個常設機構，分別是秘書處和地區反恐怖機構。",
        composition_en="The SCO has two permanent bodies: the Secretariat and the Regional Anti-Terrorist Structure.",
        legal_basis=[CHARTER],
        note=(
            "No date for the grouping itself. 第一節 貳 2004年 ¶1: with the Secretariat and the anti-terrorist structure "
            "starting work in 2004 the SCO completed its organisational structure (已完成組織結構的工作)."
        ),
        seats=[],
        cite=["fn31", "§第二節 ¶1", "§第二節 貳 ¶1", "fn28"],
    ),
    dict(
        slug="sco-secretariat",
        parent="sco-permanent-bodies",
        kind="permanent",
        name_zh="秘書處",
        name_en="Secretariat",
        name_ru="секретариат",
        name_ru_latn="sekretariat",
        aliases="上海合作組織秘書處",
        established="2004-01",
        functions_zh="為組織活動提供組織、技術保障；參與組織各機構文件的研究和落實；就編制組織年度預算提出建議。",
        functions_en="Provides organisational and technical support for the organisation's activity; takes part in "
        "studying and implementing the documents of its bodies; makes proposals for the organisation's annual budget.",
        chair_rule_zh=(
            "秘書長由元首會議任命，由各成員國按國名的俄文字母順序輪流擔任，任期三年，不得連任。"
            "秘書長人選的遴選非常嚴格，要由上海合作組織外長會議商討推薦後，由元首會議討論批准任命，要求有15年以上外交工作經歷，精通俄文。"
        ),
        chair_rule_en=(
            "The Secretary-General is appointed by the Meeting of Heads of State; the post rotates among the member "
            "states in the Russian alphabetical order of their names; the term is three years and cannot be renewed. "
            "Candidates are strictly selected: recommended after discussion by the foreign ministers' meeting, then "
            "approved and appointed by the Meeting of Heads of State; at least 15 years' diplomatic experience and "
            "fluent Russian are required."
        ),
        composition_zh="上海合作組織常設行政機構，設在北京。",
        composition_en="The SCO's permanent administrative body, based in Beijing.",
        legal_basis=[CHARTER],
        note=(
            "Established: 第二節 貳 (1) 「2004年1月成立」 (month); 第一節 貳 2004年 ¶1 dates the founding ceremony in Beijing "
            "2004-01-15 (上海合作組織秘書處在中國首都北京舉行成立儀式, fn 26).\n"
            "Term as printed: 「任期三年」 (第二節) and 「任期3年」 (fn 27).\n"
            "The title of fn 21 (10.03.2004) speaks of the «Исполнительный секретарь ШОС»; the chapter does not connect "
            "that Russian title to the 秘書長."
        ),
        seats=[
            dict(
                place="beijing",
                decided="2002-06",
                decided_by="summit-2002-06-06-st-petersburg",
                superseded=False,
                note=(
                    "Decided at the St Petersburg summit of 6–7 June 2002 (會議中決定將上海合作組織秘書處設在北京); the day "
                    "of the decision is not given. 第二節 貳 (1): 設在北京."
                ),
                cite=["fn18", "§第一節 貳 2002 年 ¶2", "§第二節 貳 (1)"],
            ),
        ],
        cite=["§第二節 貳 (1)", "fn26", "fn27", "§第一節 貳 2004年 ¶1"],
    ),
    dict(
        slug="rats",
        parent="sco-permanent-bodies",
        kind="permanent",
        name_zh="地區反恐怖機構",
        name_en="Regional Anti-Terrorist Structure (RATS)",
        name_ru="Региональная антитеррористическая структура, РАТС",
        name_ru_latn="Regional'naja antiterroristicheskaja struktura",
        aliases=(
            "反恐中心\n反恐機構\n地區反恐機構\n上海合作組織地區反恐怖機構\nРАТС\nRATS\n"
            "антитеррористической структуры\nantiterroristicheskoi strukturi\n"
            "Региональной антитеррористической структуры\nантитеррористический центр"
        ),
        established="2004-06",
        functions_zh=(
            "就打擊恐怖主義、分裂主義、極端主義與本組織成員國主管機關及國際組織保持工作聯繫，加強協調；"
            "參與準備打擊恐怖主義、分裂主義和極端主義問題的國際法律文件草案，與聯合國安理會及其反恐委員會、國際和地區組織共同致力於建立應對全球性挑戰與威脅的有效反應機制；"
            "收集和分析成員國提供的有關打擊恐怖主義、分裂主義和極端主義的資訊等。"
        ),
        functions_en=(
            "Maintains working contacts with, and coordinates, the competent authorities of the member states and "
            "international organisations in combating terrorism, separatism and extremism; takes part in preparing "
            "draft international legal instruments on these questions and works with the UN Security Council and its "
            "Counter-Terrorism Committee and with international and regional organisations towards an effective "
            "response mechanism to global challenges and threats; collects and analyses the information member states "
            "provide on combating terrorism, separatism and extremism."
        ),
        composition_zh=(
            "上海合作組織常設機構，總部設在烏茲別克首都塔什干。它具有獨立的法人地位，擁有簽定協定、開設銀行賬戶、擁有動產和不動產等權力。"
            "地區反恐怖機構由理事會和執委會組成。地區反恐怖機構經費從組織預算中撥付。各成員國向地區反恐怖機構派遣常駐代表。"
        ),
        composition_en=(
            "A permanent body of the SCO with its headquarters in Tashkent, Uzbekistan. It has independent legal "
            "personality, with the power to conclude agreements, open bank accounts and own movable and immovable "
            "property. It consists of a Council and an Executive Committee and is funded from the organisation's "
            "budget. Each member state sends a permanent representative to it."
        ),
        legal_basis=[CHARTER, RATS_AGREEMENT],
        note=(
            "Established: 第二節 貳 (2) 「2004年6月正式啓動」 (month). 第一節 貳 2003年 ¶2: the Moscow summit planned it to "
            "start work in 2004 (計畫在2004年正式運作); 第一節 貳 2004年 ¶1: opening ceremony of its Executive Committee on "
            "2004-06-17. Contradiction: 第三節 貳 ¶7 says the 2000 (Dushanbe) summit 「成立組織架構下的「反恐中心」」, whereas "
            "第一節 壹 2000 says the Dushanbe declaration only supported Kyrgyzstan's initiative to set up a regional "
            "anti-terrorist structure in Bishkek (fn 10), the agreement on it being signed in June 2002.\n"
            "Seat: decided in Bishkek in 2002 (第一節 貳 2002 年 ¶2; 第三節 貳 ¶9 「決定在比什凱克建立地區反恐機構（2003年改為設置"
            "在塔什干）」), then Tashkent in 2003 (the Moscow summit decided to set the Executive Committee there, 第一節 貳 "
            "2003年 ¶2). 第二節 貳 (2) says the headquarters (總部) is in Tashkent.\n"
            "Names: the chapter calls it 地區反恐怖機構 (第二節), 反恐中心 (第一節 2002/2003, 第三節 貳 ¶7), 反恐機構 and "
            "地區反恐機構. Its Russian name is printed with the abbreviation inside the parenthesis: «Региональная "
            "антитеррористическая структура, РАТС»; in 2002 the chapter prints only the genitive «антитеррористической "
            "структуры; antiterroristicheskoi strukturi» for 反恐中心; fn 28's title calls it «антитеррористический центр»."
        ),
        seats=[
            dict(
                place="bishkek",
                decided="2002-06",
                decided_by="summit-2002-06-06-st-petersburg",
                superseded=True,
                note=(
                    "St Petersburg summit, 6–7 June 2002 (day of the decision not given): 「決定在比什凱克建立地區反恐機構」 "
                    "and 「在比什凱克設立反恐中心」. Earlier, the 2000 Dushanbe declaration supported Kyrgyzstan's initiative "
                    "to set up the structure in Bishkek (第一節 壹 2000, fn 10). Superseded in 2003 (改為設置在塔什干)."
                ),
                cite=["fn18", "§第一節 貳 2002 年 ¶2", "§第三節 貳 ¶9", "fn10"],
            ),
            dict(
                place="tashkent",
                decided="2003-05",
                decided_by="summit-2003-05-28-moscow",
                superseded=False,
                note=(
                    "Moscow summit, 28–29 May 2003 (day of the decision not given). As printed, the summit decided to set "
                    "the RATS's Executive Committee (反恐中心…的執行委員會) in Tashkent (第一節 貳 2003年 ¶2); 第二節 貳 (2) says the "
                    "RATS headquarters is in Tashkent and 第三節 貳 ¶9 that the RATS was moved there in 2003."
                ),
                cite=["fn21", "§第一節 貳 2003年 ¶2", "§第二節 貳 (2)", "§第三節 貳 ¶9"],
            ),
        ],
        cite=["§第二節 貳 (2)", "fn33", "fn18", "fn21", "fn28"],
    ),
    dict(
        slug="rats-council",
        parent="rats",
        kind="sub-body",
        name_zh="理事會",
        name_en="Council of the Regional Anti-Terrorist Structure",
        aliases="地區反恐怖機構理事會",
        functions_zh="是反恐機構的決策和領導機關；向元首會議推薦執委會主任人選。",
        functions_en="The decision-making and governing body of the RATS; recommends the Executive Committee's director "
        "to the Meeting of Heads of State.",
        composition_zh="理事會由成員國主管機關領導人組成。",
        composition_en="Composed of the heads of the member states' competent authorities.",
        legal_basis=[RATS_AGREEMENT],
        note=(
            "functions_zh combines 第二節 貳 (2) (是反恐機構的決策和領導機關) and fn 33 (執委會主任由成員國元首會議根據理事會的"
            "推薦從成員國公民中選任). No date: the chapter gives none."
        ),
        seats=[],
        cite=["§第二節 貳 (2)", "fn33"],
    ),
    dict(
        slug="rats-executive-committee",
        parent="rats",
        kind="sub-body",
        name_zh="執行委員會",
        name_en="Executive Committee of the Regional Anti-Terrorist Structure",
        name_ru="Исполнительный комитет",
        name_ru_latn="Ispolnitel'nii komitet",
        aliases=(
            "執委會\n地區反恐怖機構執行委員會\n上海合作組織地區反恐怖機構執行委員會\n地區反恐機構執行委員會\n"
            "Исполнительный комитет Региональной антитеррористической структуры\n"
            "PATC; Iсполnitel'nii komitet Regional'noi antiterroristicheskoi strukturi\n"
            "Исполком Региональной антитеррористической структуры"
        ),
        established="2004-06",
        chair_rule_zh="執委會主任由元首會議任命。地區反恐怖機構執委會主任由成員國元首會議根據理事會的推薦從成員國公民中選任。任期三年。",
        chair_rule_en="The director of the Executive Committee is appointed by the Meeting of Heads of State, chosen from "
        "among the member states' citizens on the Council's recommendation, for a three-year term.",
        legal_basis=[RATS_AGREEMENT],
        note=(
            "Established: month, as for the RATS (第二節 貳 (2) 2004年6月正式啓動); 第一節 貳 2004年 ¶1: the six leaders held its "
            "opening ceremony on 2004-06-17, on the eve of the Tashkent summit; 第四節 ¶5: it started work (正式啓動) in 2004.\n"
            "Russian forms as printed: «Исполнительный комитет; Ispolnitel'nii komitet» (第一節 貳 2003年 ¶2) and, in 2004, "
            "the irregular «Исполнительный комитет Региональной антитеррористической структуры；PATC; Iсполnitel'nii "
            "komitet Regional'noi antiterroristicheskoi strukturi», where «PATC» is in Latin letters (for РАТС) and "
            "«Iсполnitel'nii» mixes Latin and Cyrillic letters. fn 21's title (split over a page break in the text) has "
            "«Исполкома Региональной антитеррористической структуры».\n"
            "Head's title: 主席 in 第一節 貳 2003年 ¶2, 執委會主任 in 第二節 貳 (2) and fn 33; fn 21's title has «директор»."
        ),
        seats=[
            dict(
                place="tashkent",
                decided="2003-05",
                decided_by="summit-2003-05-28-moscow",
                superseded=False,
                note=(
                    "Moscow summit, 28–29 May 2003 (day not given): 「會議中並決定將反恐中心…的執行委員會…設在烏茲別克首都塔什干」."
                ),
                cite=["fn21", "§第一節 貳 2003年 ¶2"],
            ),
        ],
        cite=["§第二節 貳 (2)", "fn21", "fn28", "fn33", "§第一節 貳 2004年 ¶1"],
    ),
    # ---- The Shanghai Five ---------------------------------------------------------------------------
    dict(
        slug="shanghai-five",
        parent=None,
        kind="group",
        name_zh="上海五國",
        name_en="Shanghai Five",
        name_en_is_translation=False,
        aliases="上海五國論壇\n上海五國機制\n上海五國合作機制\n五國\nShanghai Five Forum",
        established="1996-04-26",
        ended="2001-06-15",
        composition_zh=(
            "中國、俄羅斯、哈薩克、吉爾吉斯、塔吉克。1996、1997年以「五國兩方」的方式，以中國為一方，俄羅斯、哈薩克、吉爾吉斯、塔吉克四個獨立國協國家為另一方；"
            "1998年起五國元首均以獨立的成員國身分參加。2000年烏茲別克以觀察員身份首次出席。"
        ),
        composition_en=(
            "China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan. In 1996 and 1997 it worked as 'five states, two sides' "
            "(China on one side, the four CIS states on the other); from 1998 each head of state took part as an "
            "independent member. Uzbekistan first attended, as an observer, in 2000."
        ),
        note=(
            "Name: the chapter says the form of cooperation was called 「上海五國論壇」 because the first meeting of the five "
            "heads of state was held in Shanghai (引言 ¶3); it mostly writes 「上海五國」 and also 「上海五國機制」. The "
            "English 'Shanghai Five' is printed in the titles cited in fn 12.\n"
            "Established: the first meeting of the five heads of state, Shanghai, 1996-04-26 (第一節 壹); its origin lies in "
            "the border force-reduction talks between China and the four states (引言 ¶2–3).\n"
            "Ended: when the SCO was founded on 2001-06-15 (第三節 肆 ¶3); the sixth Shanghai Five meeting was held in "
            "Shanghai on 14–15 June 2001 (第一節 貳 2001年 ¶1). The chapter's periodisation differs: 第一節 壹 is headed "
            "「上海五國論壇時期（1996—2000）」, 第四節 dates its phases 1996—1997 and 1998—2000 and the founding of the SCO "
            "2001—2002. On Uzbekistan, 第一節 貳 2001年 ¶1 says it joined at the sixth meeting in June 2001, 第四節 ¶3 that it "
            "joined as an observer in 2000 (以觀察員的身分加入上海五國機制) and 第四節 ¶4 that it joined in 2001."
        ),
        seats=[],
        cite=["§引言 ¶3", "§引言 ¶4", "§第一節 壹 1996 年上海高峰會 ¶1", "§第一節 貳 2001年 ¶1", "§第三節 肆 ¶3",
              "fn12|prints the English name 'Shanghai Five'"],
    ),
    dict(
        slug="shanghai-five-heads-of-state",
        parent="shanghai-five",
        kind="meeting",
        name_zh="元首會晤",
        name_en="Meeting of Heads of State (Shanghai Five)",
        aliases="國家元首會晤機制\n元首會晤機制\n元首級會晤\n五國元首會晤\n高峰會",
        established="1996-04-26",
        functions_zh=(
            "藉由平等對話、合理協商的形式，解決邊界劃定與邊境裁軍問題；"
            "高峰會的內容也從加強邊境地區信任、實現相互裁減軍事力量，逐步擴大到五國在政治、安全、外交、境貿等各領域的各方面的合作。"
        ),
        functions_en=(
            "Through dialogue on an equal footing and reasonable consultation, settled the delimitation of the border "
            "and border force reduction; its agenda widened from confidence in the border areas and mutual force "
            "reduction to cooperation in politics, security, foreign affairs, economy and trade and other fields."
        ),
        frequency_zh="阿拉木圖高峰會後，五國領袖每年輪流在各國舉行會晤逐漸形成慣例",
        frequency_en="after the 1998 Almaty summit, an annual meeting held in each state in turn became the custom",
        chair_rule_zh="每年輪流在各國舉行",
        chair_rule_en="hosted by the states in turn",
        composition_zh="1996、1997年以「五國兩方」的方式（中國為一方，俄、哈、吉、塔為另一方）；1998年起五國元首均以獨立的成員國身分參加。",
        composition_en="1996 and 1997: 'five states, two sides' (China on one side, Russia, Kazakhstan, Kyrgyzstan and "
        "Tajikistan on the other); from 1998 each head of state as an independent member.",
        note=(
            "Established: first meeting, Shanghai, 1996-04-26. 第一節 壹 1997 ¶2: the heads-of-state meeting mechanism "
            "gradually took shape (促使國家元首會晤機制逐漸成形); 引言 ¶3: the regular meetings took shape after 1996.\n"
            "functions_zh: 「境貿」 as printed (evidently for 經貿).\n"
            "No end date: the chapter gives none for the mechanism; the Shanghai Five's sixth and last meeting was held on "
            "14–15 June 2001, and the forum ended with the SCO's founding on 2001-06-15."
        ),
        seats=[],
        cite=["fn3", "§第一節 壹 1996 年上海高峰會 ¶1", "§第一節 壹 1997 年莫斯科高峰會 ¶2",
              "§第一節 壹 1998 年阿拉木圖高峰會 ¶2", "§第一節 壹 1998 年阿拉木圖高峰會 ¶3"],
    ),
    dict(
        slug="shanghai-five-law-enforcement",
        parent="shanghai-five",
        kind="meeting",
        name_zh="執法和安全部門領導人會議",
        name_en="Meeting of Heads of Law-Enforcement and Security Agencies (Bishkek Group)",
        aliases="比什凱克小組\nBishkek Group\n執法與安全部門領導人會晤機制\n執法部門和安全部門負責人",
        established="1999-11",
        functions_zh=(
            "針對當時出現在中亞地區並對各國安全構成共同威脅的「三股惡勢力」（宗教極端極端、民族分離主義與恐怖主義）活動，"
            "在情報與資訊交流、警務與司法協助等具體領域中進行初步合作。以協調成員國在安全和反恐方面的合作。"
        ),
        functions_en=(
            "Initial cooperation in intelligence and information exchange, police and judicial assistance against the "
            "'three evil forces' (religious extremism, ethnic separatism and terrorism) then active in Central Asia; "
            "coordinates the member states' cooperation in security and counter-terrorism."
        ),
        composition_zh="由上海五國執法部門和安全部門負責人組成",
        composition_en="The heads of the Shanghai Five's law-enforcement and security agencies.",
        note=(
            "Established in Bishkek in November 1999 (第一節 壹 1999 ¶2, fn 8); 第三節 貳 ¶7 places the formation of the "
            "「比什凱克小組」 under the 1999 heads-of-state meeting; 第四節 ¶3: first held in 1999.\n"
            "functions_zh: 「宗教極端極端」 as printed (evidently for 宗教極端主義).\n"
            "The Dushanbe declaration of July 2000 provided for regular meetings of the heads of law-enforcement, border, "
            "customs and security agencies (第一節 壹 2000 ¶2); the chapter gives no fixed frequency.\n"
            "No end date: the chapter gives none.\n"
            "No seat is recorded: 「11 月，在比什凱克建立執法和安全部門領導人會議」 says where the body was established, not "
            "where it sits; the place of founding is on the event founding-1999-11-bishkek-group."
        ),
        seats=[],
        cite=["fn8", "§第三節 貳 ¶7", "fn11", "§第四節 ¶3"],
    ),
    dict(
        slug="shanghai-five-defence-ministers",
        parent="shanghai-five",
        kind="meeting",
        name_zh="國防部長會晤",
        name_en="Meeting of Defence Ministers (Shanghai Five)",
        aliases="國防部長會晤機制",
        established="2000-03",
        note=(
            "First meeting: March 2000 in Astana, Kazakhstan's capital (3 月，在上海五國機制下，在哈薩克首都阿斯塔納舉行第一次國防部長會晤). "
            "第四節 ¶3 dates the first defence ministers' meeting 2000. No end date: the chapter gives none."
        ),
        seats=[],
        cite=["§第一節 壹 2000 年杜尚別高峰會 ¶1", "fn11", "§第四節 ¶3"],
    ),
    dict(
        slug="shanghai-five-foreign-ministers",
        parent="shanghai-five",
        kind="meeting",
        name_zh="外交部長會議",
        name_en="Meeting of Foreign Ministers (Shanghai Five)",
        aliases="外交部長會晤機制",
        established="2000-07-04",
        note=(
            "First meeting: Dushanbe, 2000-07-04 (7 月 4 日，在上海五國機制下在塔吉克首都杜尚別第一次舉行外交部長會議). The footnote "
            "marker 9 is printed on a line of its own after this paragraph; fn 9 is the Russian joint communiqué of the "
            "five foreign ministers (web copy dated 24/09/2002). No end date: the chapter gives none."
        ),
        seats=[],
        cite=["fn9", "§第一節 壹 2000 年杜尚別高峰會 ¶1", "fn11", "§第四節 ¶3"],
    ),
    dict(
        slug="shanghai-five-economy-ministers",
        parent="shanghai-five",
        kind="meeting",
        name_zh="各國經濟部長會晤機制",
        name_en="Meeting Mechanism of the Economy Ministers (Shanghai Five)",
        aliases="不定期各國經濟部長會晤機制\n經濟部長會晤機制",
        established="1999-08",
        frequency_zh="不定期",
        frequency_en="irregular",
        note=(
            "As printed in 第三節 參 ¶8: 「1999 年 8 月比什凱克會晤時決定啓動不定期各國經濟部長會晤機制」 — the Bishkek meeting "
            "of August 1999 (the Shanghai Five's fourth summit, 24–26 August 1999) decided to start an irregular "
            "(不定期) mechanism of meetings of the states' economy ministers. Established: the month printed; the day of "
            "the decision is not given. The chapter reports no meeting held under this mechanism.\n"
            "Contradiction: 第三節 參 ¶9 says the SCO's first meeting of economy and trade ministers "
            "(「上海合作組織首次經貿部長會晤於 2002 年 5 月 28 日在上海舉行，會議決定建立上海合作組織經貿部長會晤機制」) "
            "decided in 2002 to establish the economy and trade ministers' meeting mechanism (sco-economy-trade-ministers), "
            "although a mechanism of economy ministers' meetings had been started in 1999. The chapter does not say how "
            "the two relate; both are kept.\n"
            "No end date: the chapter gives none."
        ),
        seats=[],
        cite=["§第三節 參 ¶8"],
    ),
]

# ---------------------------------------------------------------------------------------------------
# 2. Appointments
# ---------------------------------------------------------------------------------------------------

APPOINTMENTS = [
    dict(
        person="zhang-deguang",
        organ="sco-secretariat",
        office_zh="秘書長",
        office_en="Secretary-General",
        starts="2004-01-15",
        ends="",
        appointed_by=None,
        term="3 years, no second term",
        note=(
            "First Secretary-General (首任秘書長). 第一節 貳 2004年 ¶1 reports the appointment in the sentence on the "
            "Secretariat's founding ceremony in Beijing on 2004-01-15 (…舉行成立儀式，中國前駐俄羅斯大使張德廣被任命為該組織首任"
            "秘書長); the chapter gives no other date, so the start is that day. By the rules in fn 27 and 第二節 貳 (1) the "
            "Secretary-General is appointed by the Meeting of Heads of State (秘書長由元首會議任命) on the foreign ministers' "
            "recommendation; the chapter does not name the meeting that appointed him, so appointed_by is left empty (the "
            "founding ceremony is where the appointment is reported, not the body that made it). 第二節 貳 (1): "
            "首任秘書長為中國前駐俄羅斯大使張德廣. He attended the prime "
            "ministers' meeting in Bishkek on 2004-09-23 as Secretary-General (第一節 貳 2004年 ¶4). Term: 任期三年 / "
            "任期3年，不得連任. No end date: the chapter gives none."
        ),
        cite=["fn27", "fn26", "§第一節 貳 2004年 ¶1", "§第二節 貳 (1)"],
    ),
    dict(
        person="kasymov",
        organ="rats-executive-committee",
        office_zh="執委會主任",
        office_en="Director of the Executive Committee",
        starts="2003-05",
        ends="",
        appointed_by="summit-2003-05-28-moscow",
        term="3 years",
        note=(
            "Appointed at the Moscow summit of 28–29 May 2003 (day not given; 第一節 貳 2003年 ¶2). Title: 第一節 calls him "
            "主席 (任命卡西莫夫…爲主席), 第二節 貳 (2) 「首任執委會主任為烏茲別克公民卡西莫夫」 (first director, a citizen of "
            "Uzbekistan); fn 21's title says «директор Исполкома». His name is printed «Вячеслав Касымов; Vjacheslav "
            "kasimov» (第一節) and «Вячеслав Касымов; Vjacheslav Kasimov» (第二節). Term from fn 33 (任期三年; director "
            "chosen from the member states' citizens on the Council's recommendation). No end date: the chapter gives none."
        ),
        cite=["fn21", "§第一節 貳 2003年 ¶2", "§第二節 貳 (2)", "fn33"],
    ),
]

# ---------------------------------------------------------------------------------------------------
# 3. Border instruments (第三節 壹) and the 1993 Russian foreign-policy concept
# ---------------------------------------------------------------------------------------------------


def _bilateral(a, b, note=""):
    """Both states signed; no action date: an empty action date means the instrument's own signing date."""
    return [dict(state=s, side="", action="signed", date=None, note=note) for s in (a, b)]


BORDER_INSTRUMENTS = [
    dict(
        slug="policy-1993-russia-foreign-policy-concept",
        title_zh="俄羅斯聯邦對外政策構想",
        title_en="Foreign Policy Concept of the Russian Federation",
        kind="policy",
        signed="1993",
        place=None,
        event=None,
        summary_zh="俄羅斯的戰略目標是在國家週邊建立睦鄰地帶，而俄羅斯的近鄰不但包括獨立國協國家，也包括俄羅斯遠東最近的鄰國中國。",
        summary_en="Russia's strategic aim is a belt of good-neighbourliness around the country; its near neighbours "
        "include not only the CIS states but also China, its nearest neighbour in the Far East.",
        topics=["geopolitics"],
        note=(
            "Printed as 「1993年的「俄羅斯聯邦對外政策構想」」; fn 34 cites only «Дипломатический вестник, январь 1993». "
            "The chapter gives no issuing act or day, so no party action is recorded (a Russian national document)."
        ),
        parties=[],
        relations=[],
        cite=["fn34", "§第三節 壹 ¶3"],
    ),
    dict(
        slug="agreement-1994-09-china-russia-western-border",
        title_zh="中俄國界西段協定",
        title_en="China–Russia Agreement on the Western Section of the Boundary",
        kind="agreement",
        signed="1994-09",
        place=None,
        event="visit-1994-09-jiang-zemin-russia",
        summary_zh="1994年9月江澤民訪俄期間中俄簽署「中俄國界西段協定」，隔年10月互換批准書。",
        summary_en="Signed by China and Russia during Jiang Zemin's visit to Russia in September 1994; ratifications "
        "exchanged in October of the following year.",
        topics=["border"],
        note=(
            "Ratifications: 「隔年10月互換批准書」 → 1995-10. Context in the same paragraph: in March 1992 China and Russia "
            "exchanged the ratifications on the eastern section of the boundary (the instrument is not named); in "
            "November 1997 the questions of the 4,200 km eastern section were all settled (中俄東段4200公里的邊界相關問題全部解決)."
        ),
        parties=_bilateral("china", "russia")
        + [
            dict(state="china", side="", action="ratifications-exchanged", date="1995-10", note="隔年10月互換批准書"),
            dict(state="russia", side="", action="ratifications-exchanged", date="1995-10", note="隔年10月互換批准書"),
        ],
        relations=[],
        cite=["fn36", "§第三節 壹 ¶7"],
    ),
    dict(
        slug="treaty-1999-china-russia-border-demarcation",
        title_zh="中俄全面勘分邊界條約",
        title_en="China–Russia Treaty on the Comprehensive Survey and Demarcation of the Boundary",
        kind="treaty",
        signed="1999~late",
        place=None,
        event=None,
        summary_zh="1999年底中國與俄羅斯簽署「中俄全面勘分邊界條約」。",
        summary_en="Signed by China and Russia at the end of 1999.",
        topics=["border"],
        note="Date as printed: 1999年底. The chapter says nothing of its content beyond the title.",
        parties=_bilateral("china", "russia"),
        relations=[],
        cite=["fn36", "§第三節 壹 ¶7"],
    ),
    dict(
        slug="agreement-2004-10-china-russia-eastern-supplementary",
        title_zh="中俄國界東段的補充協定",
        title_en="Supplementary Agreement on the Eastern Section of the China–Russia Boundary",
        kind="agreement",
        signed="2004-10",
        place=None,
        event=None,
        summary_zh="2004年10月，中俄雙方簽署「中俄國界東段的補充協定」，自此中俄邊界全部劃定。",
        summary_en="Signed in October 2004; with it the whole China–Russia boundary was delimited.",
        topics=["border"],
        note=(
            "It supplements the eastern-section boundary arrangements, but the chapter names no base instrument (it only "
            "says that ratifications on the eastern section were exchanged in March 1992 and that the questions of the "
            "4,200 km eastern section were settled in November 1997), so no relation is recorded. fn 36 is the China–"
            "Russia joint statement of 2004-10-14; the chapter does not give the day of signature."
        ),
        parties=_bilateral("china", "russia"),
        relations=[],
        cite=["fn36", "§第三節 壹 ¶7"],
    ),
    dict(
        slug="agreement-1994-04-china-kazakhstan-border",
        title_zh="中哈國界協定",
        title_en="China–Kazakhstan Boundary Agreement",
        kind="agreement",
        signed="1994-04",
        place=None,
        event="visit-1994-04-li-peng-kazakhstan",
        summary_zh="1994年4月，中國總理李鵬訪問哈薩克期間，兩國簽署「中哈國界協定」。",
        summary_en="Signed during Premier Li Peng's visit to Kazakhstan in April 1994.",
        topics=["border"],
        note="",
        parties=_bilateral("china", "kazakhstan"),
        relations=[],
        cite=["fn37", "§第三節 壹 ¶8"],
    ),
    dict(
        slug="agreement-1997-09-china-kazakhstan-supplementary",
        title_zh="中哈國界補充協定",
        title_en="China–Kazakhstan Supplementary Boundary Agreement",
        kind="agreement",
        signed="1997-09",
        place=None,
        event=None,
        summary_zh="1997年9月，中哈簽訂「中哈國界補充協定」。",
        summary_en="Signed by China and Kazakhstan in September 1997.",
        topics=["border"],
        note="The chapter prints the same title for the second supplementary agreement of July 1998.",
        parties=_bilateral("china", "kazakhstan"),
        relations=[
            dict(kind="supplements", target="agreement-1994-04-china-kazakhstan-border",
                 note="A supplementary boundary agreement; the chapter lists it after the 1994 agreement."),
        ],
        cite=["fn37", "§第三節 壹 ¶8"],
    ),
    dict(
        slug="agreement-1998-07-china-kazakhstan-supplementary-second",
        title_zh="中哈國界補充協定",
        title_en="Second China–Kazakhstan Supplementary Boundary Agreement",
        aliases="第二個「中哈國界補充協定」",
        kind="agreement",
        signed="1998-07",
        place="almaty",
        event="summit-1998-07-03-almaty",
        summary_zh="1998年7月，在上海五國阿拉木圖元首會晤時，中哈簽訂第二個「中哈國界補充協定」，中哈邊界全長共1700多公里的劃界問題徹底解決。",
        summary_en="Signed at the Shanghai Five heads-of-state meeting in Almaty in July 1998; it finally settled the "
        "delimitation of the whole China–Kazakhstan boundary, more than 1,700 km long.",
        topics=["border"],
        note=(
            "Title as printed is identical to that of the 1997 agreement; the chapter calls it the second (第二個) one. "
            "Signed: 1998年7月 as printed (the Almaty meeting was held on 3–4 July 1998, 第一節 壹)."
        ),
        parties=_bilateral("china", "kazakhstan"),
        relations=[
            dict(kind="supplements", target="agreement-1994-04-china-kazakhstan-border",
                 note="The second supplementary boundary agreement to the 1994 agreement."),
        ],
        cite=["fn37", "§第三節 壹 ¶8"],
    ),
    dict(
        slug="communique-1999-11-china-kazakhstan-border",
        title_zh="中哈關於全面解決邊界問題的聯合公報",
        title_en="China–Kazakhstan Joint Communiqué on the Comprehensive Settlement of the Boundary Question",
        kind="communique",
        signed="1999-11",
        place=None,
        event="visit-1999-11-nazarbayev-china",
        summary_zh="1999年11月哈薩克總統那札巴耶夫訪問中國期間，兩國簽署「中哈關於全面解決邊界問題的聯合公報」。",
        summary_en="Signed during President Nazarbayev's visit to China in November 1999.",
        topics=["border"],
        note="",
        parties=_bilateral("china", "kazakhstan"),
        relations=[],
        cite=["fn37", "§第三節 壹 ¶8"],
    ),
    dict(
        slug="agreement-1996-07-china-kyrgyzstan-border",
        title_zh="中華人民共和國和吉爾吉斯共和國國界協定",
        title_en="Boundary Agreement between the People's Republic of China and the Kyrgyz Republic",
        kind="agreement",
        signed="1996-07",
        place=None,
        event="visit-1996-07-jiang-zemin-kyrgyzstan",
        summary_zh="1996年7月，中國國家主席江澤民首次訪問吉爾吉斯期間，兩國簽訂。",
        summary_en="Signed during President Jiang Zemin's first visit to Kyrgyzstan in July 1996.",
        topics=["border"],
        note="",
        parties=_bilateral("china", "kyrgyzstan"),
        relations=[],
        cite=["fn38", "§第三節 壹 ¶9"],
    ),
    dict(
        slug="agreement-1999-08-china-kyrgyzstan-supplementary",
        title_zh="中華人民共和國和吉爾吉斯共和國國界補充協定",
        title_en="Supplementary Boundary Agreement between the People's Republic of China and the Kyrgyz Republic",
        kind="agreement",
        signed="1999-08",
        place="bishkek",
        event="summit-1999-08-24-bishkek",
        summary_zh="1999年8月，在上海五國比什凱克元首會晤時，兩國簽訂，雙方一千多公里的邊界問題全面得到解決。",
        summary_en="Signed at the Shanghai Five heads-of-state meeting in Bishkek in August 1999; the questions of the "
        "two countries' boundary of more than 1,000 km were settled in full.",
        topics=["border"],
        note="Signed: 1999年8月 as printed (the Bishkek meeting was held on 24–26 August 1999, 第一節 壹).",
        parties=_bilateral("china", "kyrgyzstan"),
        relations=[
            dict(kind="supplements", target="agreement-1996-07-china-kyrgyzstan-border",
                 note="Supplementary boundary agreement to the 1996 agreement."),
        ],
        cite=["fn38", "§第三節 壹 ¶9"],
    ),
    dict(
        slug="protocol-2004-09-china-kyrgyzstan-demarcation",
        title_zh="中華人民共和國政府和吉爾吉斯共和國政府關於中吉國界線的勘界議定書",
        title_en="Protocol between the Government of the People's Republic of China and the Government of the Kyrgyz "
        "Republic on the Demarcation of the China–Kyrgyzstan Boundary Line",
        kind="protocol",
        signed="2004-09",
        place=None,
        event=None,
        summary_zh="標誌著兩國國界線在實地得以勘定，兩國歷史遺留下來的邊界問題獲得徹底解決。",
        summary_en="Marks the demarcation of the boundary line on the ground; the boundary question left over from "
        "history was finally settled.",
        topics=["border"],
        note="Signed by the two governments (中華人民共和國政府和吉爾吉斯共和國政府); the map of the boundary is attached to it (所附).",
        parties=_bilateral("china", "kyrgyzstan", note="Signed by the government."),
        relations=[],
        cite=["fn39", "§第三節 壹 ¶9"],
    ),
    dict(
        slug="map-2004-09-china-kyrgyzstan-border",
        title_zh="中華人民共和國和吉爾吉斯共和國國界地圖",
        title_en="Map of the Boundary between the People's Republic of China and the Kyrgyz Republic",
        kind="map",
        signed="2004-09",
        place=None,
        event=None,
        summary_zh="",
        summary_en="",
        topics=["border"],
        note="Signed together with the demarcation protocol, to which it is attached (及其所附).",
        parties=_bilateral("china", "kyrgyzstan"),
        relations=[
            dict(kind="annex", target="protocol-2004-09-china-kyrgyzstan-demarcation", note="所附 (attached to the protocol)."),
        ],
        cite=["fn39", "§第三節 壹 ¶9"],
    ),
    dict(
        slug="agreement-1999-08-china-tajikistan-border",
        title_zh="中華人民共和國和塔吉克斯坦共和國關於中塔國界的協定",
        title_en="Agreement between the People's Republic of China and the Republic of Tajikistan on the "
        "China–Tajikistan Boundary",
        kind="agreement",
        signed="1999-08",
        place=None,
        event="visit-1999-08-rakhmonov-china",
        summary_zh="1999年8月塔吉克總統拉赫曼諾夫訪問中國期間，兩國簽署。",
        summary_en="Signed during President Rakhmonov's visit to China in August 1999.",
        topics=["border"],
        note="The chapter names a second, similarly titled China–Tajikistan boundary agreement of July 2000 "
        "(agreement-2000-07-china-tajikistan-border) without explaining how the two relate.",
        parties=_bilateral("china", "tajikistan"),
        relations=[],
        cite=["fn40", "§第三節 壹 ¶10"],
    ),
    dict(
        slug="agreement-2000-07-china-tajikistan-border",
        title_zh="中華人民共和國和塔吉克斯坦共和國關於中塔兩國國界協定",
        title_en="Agreement between the People's Republic of China and the Republic of Tajikistan on the Boundary of "
        "the Two Countries",
        kind="agreement",
        signed="2000-07",
        place=None,
        event=None,
        summary_zh="2000年7月，兩國簽署。",
        summary_en="Signed by the two countries in July 2000.",
        topics=["border"],
        note=(
            "Kept as printed. Oddity: the chapter reports a second China–Tajikistan boundary agreement, with a title "
            "almost identical to that of the August 1999 agreement (關於中塔國界的協定 / 關於中塔兩國國界協定), only eleven "
            "months later, and does not say how the two relate. It names no occasion; the Shanghai Five's Dushanbe summit "
            "was held on 2000-07-05, but the chapter does not say the agreement was signed there, so no event is linked."
        ),
        parties=_bilateral("china", "tajikistan"),
        relations=[],
        cite=["fn40", "§第三節 壹 ¶10"],
    ),
    dict(
        slug="agreement-2002-05-china-tajikistan-supplementary",
        title_zh="中塔國界補充協定",
        title_en="China–Tajikistan Supplementary Boundary Agreement",
        kind="agreement",
        signed="2002-05",
        place=None,
        event="visit-2002-05-rakhmonov-china",
        summary_zh="2002年5月塔吉克總統拉赫莫諾夫訪問中國，雙方簽署了「中塔國界補充協定」，徹底解決了兩國間的邊界爭議問題。",
        summary_en="Signed during President Rakhmonov's visit to China in May 2002; it finally settled the boundary "
        "dispute between the two countries.",
        topics=["border"],
        note=(
            "The president's name is printed 拉赫莫諾夫 here and 拉赫曼諾夫 (Эмомали Рахмонов) for the 1999 visit. The "
            "chapter does not say which agreement this one supplements; the relation points to the first China–Tajikistan "
            "boundary agreement it names (August 1999), the July 2000 agreement being the other candidate."
        ),
        parties=_bilateral("china", "tajikistan"),
        relations=[
            dict(kind="supplements", target="agreement-1999-08-china-tajikistan-border",
                 note="Base agreement not named by the chapter; it could also be the July 2000 agreement."),
        ],
        cite=["fn40", "§第三節 壹 ¶10"],
    ),
    dict(
        slug="agreement-1999-08-china-kyrgyzstan-kazakhstan-junction",
        title_zh="中、吉、哈三國邊界交界點協定",
        title_en="Agreement among China, Kyrgyzstan and Kazakhstan on the Junction Point of their Boundaries",
        kind="agreement",
        signed="1999-08",
        place="bishkek",
        event="summit-1999-08-24-bishkek",
        summary_zh="1999年8月在上海五國比什凱克會晤時，中國、哈薩克、吉爾吉斯三國簽署。",
        summary_en="Signed by China, Kazakhstan and Kyrgyzstan at the Shanghai Five meeting in Bishkek in August 1999.",
        topics=["border"],
        note="Signed: 1999年8月 as printed (the Bishkek meeting was held on 24–26 August 1999).",
        parties=[dict(state=s, side="", action="signed", date=None, note="") for s in ("china", "kazakhstan", "kyrgyzstan")],
        relations=[],
        cite=["fn41", "§第三節 壹 ¶11"],
    ),
    dict(
        slug="agreement-2000-china-kyrgyzstan-tajikistan-junction",
        title_zh="中、吉、塔三國邊界交界點協定",
        title_en="Agreement among China, Kyrgyzstan and Tajikistan on the Junction Point of their Boundaries",
        kind="agreement",
        signed="2000",
        place="dushanbe",
        event="summit-2000-07-05-dushanbe",
        summary_zh="2000年，在上海五國杜尚別會晤時，中國、塔吉克、吉爾吉斯三國簽署。",
        summary_en="Signed by China, Tajikistan and Kyrgyzstan at the Shanghai Five meeting in Dushanbe in 2000.",
        topics=["border"],
        note=(
            "Signed: the chapter prints only the year (2000年), although the Dushanbe meeting is dated 2000-07-05 in "
            "第一節 壹. fn 41 is titled 「江澤民會見吉爾吉斯斯坦總統阿卡耶夫」 but prints the same URL as fn 40 (the page on "
            "China–Tajikistan relations)."
        ),
        parties=[dict(state=s, side="", action="signed", date=None, note="") for s in ("china", "tajikistan", "kyrgyzstan")],
        relations=[],
        cite=["fn41", "§第三節 壹 ¶11"],
    ),
]

# ---------------------------------------------------------------------------------------------------
# 4. Statistics: Table 2-2 and the figures of the text
# ---------------------------------------------------------------------------------------------------

_T22 = dict(dataset="table-2-2", dataset_title="表 2-2：中亞國家能源儲藏量")
_T22_CITE = ["fn52|the table's 資料來源 line cites the same EIA page as footnote 52"]
_T22_NOTE = (
    "Table subtitle: 中亞國家與俄羅斯在裏海地區已探明的石油與天然氣儲量. The table gives no year; the text introducing it "
    "cites EIA statistics of December 2004."
)
_OIL = dict(indicator="proven-oil-reserves", indicator_zh="已探明的石油儲藏量", indicator_en="Proven oil reserves",
            unit="billion barrels")
_GAS = dict(indicator="proven-gas-reserves", indicator_zh="已探明天然氣儲藏量", indicator_en="Proven natural gas reserves",
            unit="trillion cubic feet")


def _cell(measure, state, position, printed, low, high, scope="", note=""):
    return dict(**_T22, **measure, state=state, scope=scope, value_as_printed=printed, low=low, high=high, year=None,
                position=position, note=(note + "\n" if note else "") + _T22_NOTE, cite=list(_T22_CITE))


_CASPIAN = dict(dataset="caspian-reserves-2004", dataset_title="裏海地區已探明的石油與天然氣儲藏量（第三節 參）")
_UYGHURS = dict(dataset="uyghurs-central-asia", dataset_title="維吾爾人在中亞國家的人數（第三節 貳）",
                indicator="uyghur-population", indicator_zh="維吾爾人人數", indicator_en="Uyghur population",
                unit="persons", scope="", year=None)
_XINJIANG = dict(dataset="xinjiang-population", dataset_title="新疆的人口與民族（第三節 貳）", state="china", scope="新疆", year=None)
_CHINA_ENERGY = dict(dataset="china-energy-demand", dataset_title="中國的能源需求與進口（第三節 參）", state="china", scope="")
# One row per neighbour (state = the neighbour; the other side of each boundary is China).
_BORDERS = dict(dataset="china-border-lengths", dataset_title="中國與鄰國的邊界長度（第三節 壹）",
                indicator="border-length-with-china", indicator_zh="與中國的邊界長度", indicator_en="Length of the boundary with China",
                unit="公里 (km)", year=None)
_SCO_DOCUMENTS = dict(dataset="sco-legal-documents", dataset_title="上海合作組織的法律文件（第一節 貳）", state=None,
                      unit="documents")

STATISTICS = [
    # ---- Table 2-2 (one row per state, two cells per row) ----
    _cell(_OIL, "russia", 1, "0.3", "0.3", "0.3", scope="僅限於裏海地區"),
    _cell(_GAS, "russia", 1, "---", None, None, scope="僅限於裏海地區", note="No figure printed (---)."),
    _cell(_OIL, "kazakhstan", 2, "9~17.6", "9", "17.6"),
    _cell(_GAS, "kazakhstan", 2, "65", "65", "65"),
    _cell(_OIL, "uzbekistan", 3, "0.3~0.594", "0.3", "0.594"),
    _cell(_GAS, "uzbekistan", 3, "66.2", "66.2", "66.2"),
    _cell(_OIL, "turkmenistan", 4, "0.546~1.7", "0.546", "1.7"),
    _cell(_GAS, "turkmenistan", 4, "71", "71", "71"),
    # ---- The Caspian totals in the text (第三節 參 ¶7) ----
    dict(
        **_CASPIAN,
        state=None,
        scope="整個裏海地區",
        indicator="proven-oil-reserves",
        indicator_zh="已探明的石油儲藏量",
        indicator_en="Proven oil reserves",
        value_as_printed="1170 億—330 億桶",
        low=None,
        high=None,
        unit="億桶",
        year=2004,
        position=1,
        note=(
            "Printed 「約在 1170 億—330 億桶之間」: the range runs from the higher to the lower figure (1170 億 > 330 億 "
            "barrels), so it cannot be stored as low/high without deciding which figure is wrong; both are left empty. "
            "Year: 「根據美國官方資料在 2004 年 12 月的統計資料顯示」."
        ),
        cite=["fn52", "§第三節 參 ¶7"],
    ),
    dict(
        **_CASPIAN,
        state=None,
        scope="整個裏海地區",
        indicator="proven-gas-reserves",
        indicator_zh="天然氣已探明的儲量",
        indicator_en="Proven natural gas reserves",
        value_as_printed="232 兆立方英尺",
        low="232",
        high="232",
        unit="兆立方英尺 (trillion cubic feet)",
        year=2004,
        position=2,
        note="Printed 「天然氣已探明的儲量則在 232 兆立方英尺」 (December 2004 statistics).",
        cite=["fn52", "§第三節 參 ¶7"],
    ),
    # ---- Uyghurs in Central Asia (第三節 貳 ¶3, fn 44) ----
    dict(**_UYGHURS, state="kazakhstan", value_as_printed="約有 25 萬", low="250000", high="250000", position=1,
         note="Approximate (約).", cite=["fn44"]),
    dict(**_UYGHURS, state="uzbekistan", value_as_printed="約各有 4 萬", low="40000", high="40000", position=2,
         note="Approximate; printed once for Uzbekistan and Kyrgyzstan together (在烏茲別克與吉爾吉斯境內約各有 4 萬 — about 40,000 each).",
         cite=["fn44"]),
    dict(**_UYGHURS, state="kyrgyzstan", value_as_printed="約各有 4 萬", low="40000", high="40000", position=3,
         note="Approximate; printed once for Uzbekistan and Kyrgyzstan together (在烏茲別克與吉爾吉斯境內約各有 4 萬 — about 40,000 each).",
         cite=["fn44"]),
    dict(**_UYGHURS, state="tajikistan", value_as_printed="約有 3 千", low="3000", high="3000", position=4,
         note="Approximate (約).", cite=["fn44"]),
    # ---- Xinjiang (第三節 貳 ¶3, fn 43) ----
    dict(
        **_XINJIANG,
        indicator="minority-population-share",
        indicator_zh="少數民族人口比例",
        indicator_en="Share of ethnic minorities in the population",
        value_as_printed="約 60%",
        low="60",
        high="60",
        unit="%",
        position=1,
        note="Printed 「新疆約 60% 的人口是少數民族，其中以維吾爾族佔多數」 (approximate).",
        cite=["§第三節 貳 ¶3"],
    ),
    dict(
        **_XINJIANG,
        indicator="ethnic-groups",
        indicator_zh="民族數目",
        indicator_en="Number of ethnic groups",
        value_as_printed="約由 47 個民族",
        low="47",
        high="47",
        unit="ethnic groups",
        position=2,
        note="fn 43: 「新疆的居民約由 47 個民族組成」 (approximate).",
        cite=["fn43"],
    ),
    # ---- ETIM attacks 1992–2001 (第三節 貳 ¶5, fn 47) ----
    dict(
        dataset="etim-attacks-1992-2001",
        dataset_title="「東圖厥斯坦伊斯蘭運動」恐怖攻擊事件（1992—2001年，第三節 貳）",
        state=None,
        scope="1992—2001年之間",
        indicator="etim-terrorist-attacks",
        indicator_zh="恐怖攻擊事件",
        indicator_en="Terrorist attacks led by East Turkestan Islamic Movement members",
        value_as_printed="兩百餘次",
        low="200",
        high=None,
        unit="attacks",
        year=None,
        position=1,
        note=(
            "「多達兩百餘次」: more than two hundred, so there is no upper figure. The movement's name is printed "
            "「東圖厥斯坦伊斯蘭運動」 (East Turkestan Islamic Movement) here, 「東土耳其斯坦伊斯蘭運動」 in ¶4 and "
            "「東突厥斯坦共和國」 earlier in this paragraph. The chapter does not say where the attacks took place."
        ),
        cite=["fn47"],
    ),
    # ---- Boundary lengths (第三節 壹 ¶7–9, fn 36–38) ----
    dict(
        **_BORDERS,
        state="russia",
        scope="中俄邊界東段",
        value_as_printed="4200公里",
        low="4200",
        high="4200",
        position=1,
        note=(
            "「1997年11月，中俄東段4200公里的邊界相關問題全部解決」: the eastern section of the China–Russia boundary only; "
            "the chapter gives no length for the western section or the whole boundary. The figure is not dated (1997 is "
            "the date of the settlement)."
        ),
        cite=["fn36", "§第三節 壹 ¶7"],
    ),
    dict(
        **_BORDERS,
        state="kazakhstan",
        scope="中哈邊界全長",
        value_as_printed="1700多公里",
        low="1700",
        high=None,
        position=2,
        note="「中哈邊界全長共1700多公里的劃界問題徹底解決」: the whole boundary, more than 1,700 km, so there is no upper figure.",
        cite=["fn37", "§第三節 壹 ¶8"],
    ),
    dict(
        **_BORDERS,
        state="kyrgyzstan",
        scope="中吉邊界",
        value_as_printed="一千多公里",
        low="1000",
        high=None,
        position=3,
        note="「雙方一千多公里的邊界問題全面得到解決」: more than 1,000 km (printed in Chinese numerals), so there is no upper figure.",
        cite=["fn38", "§第三節 壹 ¶9"],
    ),
    # ---- Joint Action–2003 (第一節 貳 2003年 ¶3, fn 22) ----
    dict(
        dataset="coalition-2003-exercise",
        dataset_title="「聯合行動—2003」聯合反恐軍事演習（第一節 貳 2003年，註 22）",
        state=None,
        scope="五國",
        indicator="troops-total",
        indicator_zh="五國兵力",
        indicator_en="Troops of the five states together",
        value_as_printed="約為 1000 人",
        low="1000",
        high="1000",
        unit="persons",
        year=2003,
        position=1,
        note=(
            "fn 22: 「五國兵力約為 1000 人」 (approximate), for the exercise 「聯合行動—2003」 (event "
            "exercise-2003-08-coalition-2003). The footnote speaks in the future tense (將派出): China and Kazakhstan to "
            "send the main forces, Russia and Kyrgyzstan small forces, Tajikistan only military observers."
        ),
        cite=["fn22"],
    ),
    # ---- SCO legal documents (第一節 貳 2002年 ¶3, 2003年 ¶1) ----
    dict(
        **_SCO_DOCUMENTS,
        scope="除了憲章之外",
        indicator="documents-still-to-be-drawn-up-2002",
        indicator_zh="必須制定的協議與規範性文件",
        indicator_en="Agreements and normative documents still to be drawn up",
        value_as_printed="至少還有三十項",
        low="30",
        high=None,
        year=2002,
        position=1,
        note=(
            "「而除了憲章之外，當時至少還有三十項協議與規範性文件必須制定，上海合作組織才能有效運作」: at least thirty, "
            "so there is no upper figure; 當時 = at the time of the 2002 St Petersburg summit."
        ),
        cite=["fn19", "§第一節 貳 2002年 ¶3"],
    ),
    dict(
        **_SCO_DOCUMENTS,
        scope="2003年莫斯科元首峰會",
        indicator="legal-documents-signed-2003-moscow",
        indicator_zh="規範上海合作組織會議機制和常設機構運作的法律文件",
        indicator_en="Legal documents regulating the SCO's meeting mechanisms and permanent bodies",
        value_as_printed="九份",
        low="9",
        high="9",
        year=2003,
        position=2,
        note=(
            "「六國元首簽署和批准了「上海合作組織成員國元首宣言」…和九份規範上海合作組織會議機制和常設機構運作的法律文件」 "
            "(Moscow, 28–29 May 2003): nine documents besides the declaration, none of them named. fn 20 is printed "
            "after the declaration's title, before 「和九份…」, and cites the declaration only, so it is not cited here."
        ),
        cite=["§第一節 貳 2003年 ¶1"],
    ),
    # ---- China's energy demand (第三節 參 ¶5–6) ----
    dict(
        **_CHINA_ENERGY,
        indicator="energy-import-demand-growth",
        indicator_zh="能源進口需求量年成長率",
        indicator_en="Yearly growth of energy import demand",
        value_as_printed="3—4%",
        low="3",
        high="4",
        unit="% a year",
        year=None,
        position=1,
        note="Printed 「在2015年之前每年以3—4%的能源進口需求量成長」 — each year until 2015.",
        cite=["fn51|the footnote closes the paragraph", "§第三節 參 ¶5"],
    ),
    dict(
        **_CHINA_ENERGY,
        indicator="oil-consumption-forecast",
        indicator_zh="石油消費量（預測）",
        indicator_en="Oil consumption (forecast)",
        value_as_printed="每天1015萬桶",
        low="1015",
        high="1015",
        unit="萬桶/日 (10,000 barrels a day)",
        year=2015,
        position=2,
        note="US Energy Information Administration forecast for 2015 (根據美國能源署預測，到2015年).",
        cite=["fn51"],
    ),
    dict(
        **_CHINA_ENERGY,
        indicator="crude-oil-import-share",
        indicator_zh="原油依賴進口比例",
        indicator_en="Share of crude oil imported",
        value_as_printed="三分之一",
        low="33.3333",
        high="33.3333",
        unit="%",
        year=None,
        position=3,
        note="「目前中國有三分之一的原油依賴進口」: one third, stored as 33.3333 % (rounded); 目前 = at the time of writing, no year given.",
        cite=["§第三節 參 ¶6"],
    ),
    dict(
        **_CHINA_ENERGY,
        indicator="oil-imports-from-middle-east-share",
        indicator_zh="進口石油來自中東比例",
        indicator_en="Share of oil imports from the Middle East",
        value_as_printed="62%",
        low="62",
        high="62",
        unit="%",
        year=None,
        position=4,
        note="「其中進口石油主要62%來自中東」; no year given (目前).",
        cite=["§第三節 參 ¶6"],
    ),
]

# ---------------------------------------------------------------------------------------------------
# 5. Phases (第四節)
# ---------------------------------------------------------------------------------------------------

PHASES = [
    dict(
        slug="phase-1-1996-1997",
        ordinal=1,
        start_year=1996,
        end_year=1997,
        title_zh="建立信任關係，深化合作基礎",
        title_en="Building trust, deepening the basis for cooperation",
        summary_zh=(
            "1996 年的「關於在邊境地區加強軍事領域信任的協定」，以及 1997 年的「關於在邊境地區相互裁減軍事力量的協定」。"
            "兩個協議消除了發展各國關係和地區穩定安全穩定的軍事安全隱憂，奠定了日後各合作領域所需要的相互信任的基礎。"
        ),
        summary_en=(
            "The 1996 Agreement on Confidence-Building in the Military Field in the Border Areas and the 1997 Agreement "
            "on the Mutual Reduction of Military Forces in the Border Areas removed the military security worries that "
            "stood in the way of relations between the states and of regional stability, and laid the mutual trust that "
            "later cooperation in every field required."
        ),
    ),
    dict(
        slug="phase-2-1998-2000",
        ordinal=2,
        start_year=1998,
        end_year=2000,
        title_zh="擴大合作層面，逐步健全合作機制",
        title_en="Widening cooperation, gradually building up its mechanisms",
        summary_zh=(
            "這個階段的合作重心轉為共同打擊極端主義。為此，上海五國機制在 1998—2000 年間，首次舉行了執法和安全部門領導人會議（1999 年）、"
            "國防部長會晤和外交部長會議（2000 年）。此外，烏茲別克在 2000 年以觀察員的身分加入上海五國機制。"
            "可以看出，1998 年至 2000 年間，上海五國合作機制從單純的元首級會晤，擴展到成員國政府各部門間的領導人會晤，逐漸形成各層級間會晤協商模式的合作模式。"
        ),
        summary_en=(
            "Cooperation now centred on fighting extremism together. Between 1998 and 2000 the Shanghai Five held the "
            "first meeting of heads of law-enforcement and security agencies (1999) and the first meetings of defence "
            "and foreign ministers (2000); Uzbekistan joined as an observer in 2000. The mechanism grew from meetings of "
            "heads of state alone to meetings of the leaders of the member governments' departments, a pattern of "
            "consultation at every level."
        ),
    ),
    dict(
        slug="phase-3-2001-2002",
        ordinal=3,
        start_year=2001,
        end_year=2002,
        title_zh="正式成立合作組織，奠定法律基礎",
        title_en="Formal founding of the organisation, laying its legal basis",
        summary_zh=(
            "2001 年，烏茲別克加入上海五國機制，六國簽署「上海合作組織成立宣言」，成立新的區域性合作組織。"
            "2002 年制定「上海合作組織憲章」，使上海合作組織架構下的各項合作取得法源依據，成為國際法意義上的國際政治行為主體。"
        ),
        summary_en=(
            "In 2001 Uzbekistan joined the Shanghai Five and the six states signed the Declaration on the founding of the "
            "SCO, a new regional organisation. The 2002 Charter gave all cooperation within the SCO a legal basis and made "
            "the SCO an actor in international politics under international law."
        ),
    ),
    dict(
        slug="phase-4-2003-2004",
        ordinal=4,
        start_year=2003,
        end_year=2004,
        title_zh="強化組織結構時期",
        title_en="Strengthening the organisational structure",
        summary_zh=(
            "在這個階段，上海合作組織開始加強建設常設機構，以促進在組織結構，以落實各成員國在各方面的合作。"
            "這表現在 2004 年，上海合作組織架構下的兩個常設機構秘書處與地區反恐機構執行委員會正式啓動。"
        ),
        summary_en=(
            "The SCO set about building its permanent bodies to strengthen its structure and carry out the member "
            "states' cooperation in every field; in 2004 its two permanent bodies, the Secretariat and the Executive "
            "Committee of the Regional Anti-Terrorist Structure, formally started work."
        ),
    ),
]

__all__ = ["APPOINTMENTS", "BORDER_INSTRUMENTS", "ORGANS", "PHASES", "STATISTICS"]

"""The works the chapter cites: one Source per distinct work, the footnotes that cite them, the footnotes' text.

Transcribed from ../shared/seed/000_60ccf258d93e3cbf.txt (chapter 2). Conventions:
- `title`, `authors`, `container`, `date_as_printed`, `pages`, `url` are copied from the footnote as printed
  (typos and mixed scripts kept); the enclosing 「」 or quotation marks of a title, the < > around a URL and
  a title's trailing citation comma are left out. Role words (主編, 著) are left out of `authors` and recorded
  in `note`. Nothing the footnote does not print is filled in: no author, date, year, page or URL is supplied.
- `title_en` is a translation unless the work is English (then it repeats the title).
- `as_printed` is the footnote's text for that work, with the italics markers (*) removed; where a footnote
  cites two works it is that work's part of the footnote. `FOOTNOTE_TEXT` keeps the whole footnote exactly as
  the seed text has it (italics markers and the seed's Markdown URL forms included). A footnote split by a page
  break (fn 18, 21) is joined with a space; other line breaks inside a footnote are kept as "\\n".
- `FOOTNOTES[n]` lists (source slug, pages as printed in footnote n). Purely explanatory footnotes
  (5, 22, 27, 32, 43, and the first part of 33) cite the chapter itself.
"""

CHAPTER_SLUG = "thesis-chapter-2"

SOURCES = [
    dict(
        slug=CHAPTER_SLUG,
        kind="thesis",
        title="第二章 上海合作組織的成立與合作基礎",
        title_en="Chapter 2: The founding of the Shanghai Cooperation Organisation and the foundations of its cooperation",
        language="zh",
        as_printed="第二章 上海合作組織的成立與合作基礎",
        note=(
            "The chapter itself: the archive's source of truth (../shared/seed/000_60ccf258d93e3cbf.txt). "
            "Cited for facts no footnote supports (by section and paragraph) and for the author's explanatory "
            "footnotes (5, 22, 27, 32, 43 and the first part of 33). The thesis's author, university and year are "
            "not given in the text and are not supplied here."
        ),
    ),
    # fn 1
    dict(
        slug="renmin-ribao-1989-05-19-sino-soviet-communique",
        kind="official",
        title="中蘇聯合公報",
        title_en="Sino-Soviet Joint Communiqué",
        container="人民日報",
        date_as_printed="1989年5月19日",
        year=1989,
        pages="第1版",
        language="zh",
        as_printed="「中蘇聯合公報」，人民日報，1989年5月19日，第1版。",
        note="An official communiqué, cited as printed in the newspaper 人民日報 (page 1).",
    ),
    # fn 2
    dict(
        slug="cicir-2002-sco-new-security-concept-new-mechanism",
        kind="book",
        authors="中國現代國際關係研究所民族與宗教研究中心",
        title="上海合作組織—新安全觀與新機制",
        title_en="The Shanghai Cooperation Organisation: a new security concept and a new mechanism",
        publisher="時事出版社",
        publication_place="北京",
        date_as_printed="2002",
        year=2002,
        pages="頁124-130",
        language="zh",
        as_printed="中國現代國際關係研究所民族與宗教研究中心著，上海合作組織—新安全觀與新機制（北京：時事出版社，2002），頁124-130。",
        note="Corporate author, printed with 著 (authored by): 中國現代國際關係研究所民族與宗教研究中心著.",
    ),
    # fn 3, fn 4
    dict(
        slug="xu-tao-2001-shanghai-five-mechanism",
        kind="article",
        authors="許濤",
        title="上海五國机制的由來及其運作",
        title_en="The origins and operation of the Shanghai Five mechanism",
        container="國際資料信息",
        date_as_printed="2001 年第 6 期",
        year=2001,
        issue="第 6 期",
        pages="頁 1-2",
        language="zh",
        as_printed="許濤，「上海五國机制的由來及其運作」，國際資料信息，2001 年第 6 期，頁 1。",
        note=(
            "Cited in fn 3 and fn 4. fn 3 prints the title with the simplified character 机 (上海五國机制的由來及其運作) "
            "and 頁 1; fn 4 prints 上海五國機制的由來及其運作 (traditional 機) and 頁 1-2. Same author, journal, year and "
            "issue, so one work; the title is kept as first printed (fn 3), the variant 機制 is recorded here. "
            "fn 4 as printed: 許濤，「上海五國機制的由來及其運作」，國際資料信息，2001 年第 6 期，頁 1-2。 "
            "`pages` gives the wider range (fn 4)."
        ),
    ),
    # fn 6
    dict(
        slug="xia-yishan-2001-developing-shanghai-five-mechanism",
        kind="article",
        authors="夏義善",
        title="發展中的上海五國機制",
        title_en="The developing Shanghai Five mechanism",
        container="國際問題研究",
        date_as_printed="2001 年第 3 期",
        year=2001,
        issue="第 3 期",
        pages="頁 34-38",
        language="zh",
        as_printed="夏義善，「發展中的上海五國機制」，國際問題研究，2001 年第 3 期，頁 34-38。",
    ),
    # fn 7
    dict(
        slug="sun-li-2001-shanghai-five-abc",
        kind="news",
        authors="孫力",
        title="上海五國 ABC",
        title_en="The ABC of the Shanghai Five",
        container="人民日報",
        date_as_printed="2001 年 06 月 01 日",
        year=2001,
        pages="第七版",
        language="zh",
        as_printed="孫力，「上海五國 ABC」，人民日報，2001 年 06 月 01 日，第七版。",
        note="Page printed in Chinese numerals (第七版), where fn 1 prints 第1版 and fn 45 第10版.",
    ),
    # fn 8
    dict(
        slug="xu-tao-2004-tashkent-summit-new-meaning",
        kind="article",
        authors="許濤",
        title="塔什干峰會的新意",
        title_en="What is new about the Tashkent summit",
        container="瞭望新聞週刊",
        date_as_printed="2004 年 6 月 14 日",
        year=2004,
        issue="第 24 期",
        pages="頁 14-15",
        language="zh",
        as_printed="許濤，「塔什干峰會的新意」，瞭望新聞週刊，2004 年 6 月 14 日，第 24 期，頁 14-15。",
    ),
    # fn 9
    dict(
        slug="china-org-cn-2002-09-24-foreign-ministers-joint-communique",
        kind="official",
        title=(
            "Совместное коммюнике по итогам встречи министров иностранных дел Республики Казахстан, Китайской "
            "Народной Республики, Кыргызской Республики, Российской Федерации и Республики Таджикистан"
        ),
        title_en=(
            "Joint communiqué on the results of the meeting of the ministers of foreign affairs of the Republic of "
            "Kazakhstan, the People's Republic of China, the Kyrgyz Republic, the Russian Federation and the Republic "
            "of Tajikistan"
        ),
        container="Китайский информационный Интернет-центр",
        date_as_printed="24/09/2002",
        year=2002,
        url="http://www.china.org.cn/russian/43607.htm",
        language="ru",
        as_printed=(
            '" Совместное коммюнике по итогам встречи министров иностранных дел Республики Казахстан, Китайской '
            "Народной Республики, Кыргызской Республики, Российской Федерации и Республики Таджикистан, \" "
            "Китайский информационный Интернет-центр, 24/09/2002, от: < <http://www.china.org.cn/russian/43607.htm> >, "
            "中國網俄文版"
        ),
        note=(
            "The footnote ends with the gloss 中國網俄文版 (Russian-language edition of China.org.cn). The title is "
            "printed with spaces inside the quotation marks. The footnote mark 9 stands on its own line after the "
            "paragraph on the first defence ministers' meeting (Astana, March 2000) and the first foreign ministers' "
            "meeting (Dushanbe, 4 July 2000); the date printed, 24/09/2002, is more than two years after that "
            "meeting (perhaps the date the page was posted): both kept as printed."
        ),
    ),
    # fn 10
    dict(
        slug="yan-yinghua-2000-shanghai-five-review-prospects",
        kind="article",
        authors="閻英華",
        title="上海五國機制的回顧與展望",
        title_en="The Shanghai Five mechanism: retrospect and prospects",
        container="當代世界",
        date_as_printed="2000 年第 8 期",
        year=2000,
        issue="第 8 期",
        pages="頁 9-11",
        language="zh",
        as_printed="閻英華，「上海五國機制的回顧與展望」，當代世界，2000 年第 8 期，頁 9-11。",
        note="The footnote mark 10 stands on its own line in the text, before the paragraph on Karimov attending as observer.",
    ),
    # fn 11
    dict(
        slug="xia-yishan-2000-shanghai-five-process-progress",
        kind="article",
        authors="夏義善",
        title="上海五國進程又有重大進展",
        title_en="Another major advance in the Shanghai Five process",
        container="瞭望新聞週刊",
        date_as_printed="2000 年 7 月 17 日",
        year=2000,
        issue="第 29 期",
        pages="頁 56-57",
        language="zh",
        as_printed="夏義善，「上海五國進程又有重大進展」，瞭望新聞週刊，2000 年 7 月 17 日，第 29 期，頁 56-57。",
    ),
    # fn 12 (first work)
    dict(
        slug="pannier-rferl-shanghai-five-to-admit-uzbekistan",
        kind="news",
        authors="Bruce Pannier",
        title="Central Asia: 'Shanghai Five' To Admit Uzbekistan As New Member",
        title_en="Central Asia: 'Shanghai Five' To Admit Uzbekistan As New Member",
        url="http://www.rferl.org/features/2001/06/14062001124606.asp",
        language="en",
        as_printed=(
            "Bruce Pannier, Central Asia: 'Shanghai Five' To Admit Uzbekistan As New Member, Online: "
            "<<http://www.rferl.org/features/2001/06/14062001124606.asp>>"
        ),
        note=(
            "First of the two works in fn 12. The title is printed without quotation marks. The footnote names no "
            "site and prints no date: the URL is on www.rferl.org (Radio Free Europe/Radio Liberty) and its path "
            "contains 2001/06/14062001, but no date or year is recorded from it."
        ),
    ),
    # fn 12 (second work)
    dict(
        slug="cacianalyst-2001-uzbekistan-joins-shanghai-five",
        kind="news",
        title="Uzbekistan Joins the Shanghai Five",
        title_en="Uzbekistan Joins the Shanghai Five",
        date_as_printed="May 11, 2001",
        year=2001,
        url="http://www.cacianalyst.org/view_article.php?articleid=992",
        language="en",
        as_printed="Uzbekistan Joins the Shanghai Five, May 11, 2001, Online: <http://www.cacianalyst.org/view_article.php?articleid=992>",
        note=(
            "Second of the two works in fn 12. No author and no site name printed: the URL is on www.cacianalyst.org "
            "(the CACI Analyst). The title is printed without quotation marks. Dated May 11, 2001, a month before the "
            "June 2001 Shanghai meeting at which the text says Uzbekistan joined."
        ),
    ),
    # fn 13
    dict(
        slug="sco-ec-declaration-on-establishment-of-sco",
        kind="official",
        title="ДЕКЛАРАЦИЯ О СОЗДАНИИ ШАНХАЙСКОЙ ОРГАНИЗАЦИИ СОТРУДНИЧЕСТВА",
        title_en="Declaration on the establishment of the Shanghai Cooperation Organisation",
        url="http://www.sco-ec.gov.cn/crweb/scor/info/Article.jsp?col_no=66&a_no=719",
        language="ru",
        as_printed=(
            '"ДЕКЛАРАЦИЯ О СОЗДАНИИ ШАНХАЙСКОЙ ОРГАНИЗАЦИИ СОТРУДНИЧЕСТВА," от: '
            "<http://www.sco-ec.gov.cn/crweb/scor/info/Article.jsp?col_no=66&a_no=719>"
        ),
        note="Title printed in capitals. No site name and no date printed; the URL is on www.sco-ec.gov.cn.",
    ),
    # fn 14
    dict(
        slug="shanghai-rfn-ru-signing-of-shanghai-convention",
        kind="official",
        title="О ПОДПИСАНИИ ШАНХАЙСКОЙ КОНВЕНЦИИ О БОРЬБЕ С ТЕРРОРИЗМОМ, СЕПАРАТИЗМОМ И ЭКСТРЕМИЗМОМ",
        title_en="On the signing of the Shanghai Convention on combating terrorism, separatism and extremism",
        url="http://shanghai.rfn.ru/doc/summit1.html",
        language="ru",
        as_printed=(
            '"О ПОДПИСАНИИ ШАНХАЙСКОЙ КОНВЕНЦИИ О БОРЬБЕ С ТЕРРОРИЗМОМ, СЕПАРАТИЗМОМ И ЭКСТРЕМИЗМОМ," от: '
            "<<http://shanghai.rfn.ru/doc/summit1.html>>, 2002年上海合作組織聖彼得堡高峰會官方網站。"
        ),
        note=(
            "The footnote describes the site as 2002年上海合作組織聖彼得堡高峰會官方網站 (official website of the 2002 "
            "St Petersburg SCO summit); it names no site otherwise and prints no date. Cited for the Shanghai "
            "Convention signed in June 2001, on the site of the 2002 summit. Title printed in capitals."
        ),
    ),
    # fn 15
    dict(
        slug="zhang-tiegang-2001-from-shanghai-five-to-sco",
        kind="article",
        authors="張鐵鋼",
        title="從「上海五國」到「上海合作組織」",
        title_en="From the 'Shanghai Five' to the 'Shanghai Cooperation Organisation'",
        container="瞭望新聞週刊",
        date_as_printed="2001年6月18日",
        year=2001,
        issue="第25期",
        pages="頁3-5",
        language="zh",
        as_printed="張鐵鋼，「從「上海五國」到「上海合作組織」」，瞭望新聞週刊，2001年6月18日，第25期，頁3-5。",
        note=(
            "Author printed 張鐵鋼 (鋼); fn 25, another article in the same weekly, prints 張鐵剛 (剛). Probably the same "
            "person; each is kept as printed. The inner 「」 belong to the title."
        ),
    ),
    # fn 16
    dict(
        slug="vesti-2002-04-26-sco-foreign-ministers-meeting-moscow",
        kind="news",
        title="В Москве открылось совещание глав МИД Шанхайской организации сотрудничества",
        title_en="A meeting of the foreign ministers of the Shanghai Cooperation Organisation opened in Moscow",
        container="Вести",
        date_as_printed="26.04.2002",
        year=2002,
        url="http://www.vesti.ru/news.html?id=4873",
        language="ru",
        as_printed=(
            '"В Москве открылось совещание глав МИД Шанхайской организации сотрудничества," Вести, 26.04.2002, от: '
            "<<http://www.vesti.ru/news.html?id=4873>>"
        ),
        note=(
            "Mismatch kept as printed: fn 16 supports the statement issued after the foreign ministers' meeting of "
            "2002 年 1 月 7 日 (7 January 2002), but the item it cites reports a meeting of SCO foreign ministers "
            "opening in Moscow and is dated 26.04.2002 (26 April 2002)."
        ),
    ),
    # fn 17
    dict(
        slug="shanghai-rfn-ru-putin-opens-expanded-session",
        kind="news",
        title="Путин открыл заседание ШОС в расширенном составе",
        title_en="Putin opened the SCO session in expanded format",
        url="http://shanghai.rfn.ru/news/doc.html?id=445",
        language="ru",
        as_printed='"Путин открыл заседание ШОС в расширенном составе", от: <<http://shanghai.rfn.ru/news/doc.html?id=445>>',
        note=(
            "No site name and no date printed; the URL is on shanghai.rfn.ru, the site fn 14 describes as "
            "2002年上海合作組織聖彼得堡高峰會官方網站. Cited for the SCO Charter (Хартия) signed at St Petersburg in June 2002; "
            "the item's title reports Putin opening the session in expanded format."
        ),
    ),
    # fn 18
    dict(
        slug="shanghai-rfn-ru-st-petersburg-summit-documents-signed",
        kind="news",
        title="В Петербурге подписаны документы по итогам саммита",
        title_en="Documents signed in St Petersburg on the results of the summit",
        url="http://shanghai.rfn.ru/news/doc.html?id=446",
        language="ru",
        as_printed='"В Петербурге подписаны документы по итогам саммита", от: <<http://shanghai.rfn.ru/news/doc.html?id=446>>',
        note=(
            "fn 18 is split by a page break: the URL is printed a page later. No site name and no date printed; the "
            "URL is on shanghai.rfn.ru (see fn 14)."
        ),
    ),
    # fn 19
    dict(
        slug="logvinov-2002-sco-qualitative-step-forward",
        kind="article",
        authors="Г. Логвинов",
        title=(
            "Шанхайская организация Сотрудничества – качественный шаг вперед. К итогом Санкт-Петербургского самита ШОС"
        ),
        title_en=(
            "The Shanghai Cooperation Organisation: a qualitative step forward. On the results of the St Petersburg "
            "SCO summit"
        ),
        container="Проблемы Дальнего Востока",
        date_as_printed="2002г",
        year=2002,
        issue="но.5",
        pages="стр. 7-14",
        language="ru",
        as_printed=(
            'Г. Логвинов, "Шанхайская организация Сотрудничества – качественный шаг вперед. К итогом '
            'Санкт-Петербургского самита ШОС", Проблемы Дальнего Востока, но.5, 2002г, стр. 7-14.'
        ),
        note=(
            "Irregular Russian kept as printed: 'К итогом' (for К итогам), 'самита' (for саммита); the issue is "
            "printed 'но.5' (Cyrillic но where № would be expected)."
        ),
    ),
    # fn 20
    dict(
        slug="russia-org-cn-sco-heads-of-state-declaration",
        kind="official",
        title="ДЕКЛАРАЦИЯ ГЛАВ ГОСУДАРСТВ-ЧЛЕНОВ ШАНХАЙСКОЙ ОРГАНИЗАЦИИ СОТРУДНИЧЕСТВА",
        title_en="Declaration of the heads of state of the member states of the Shanghai Cooperation Organisation",
        url="http://www.russia.org.cn/rus/?SID=76&ID=150",
        language="ru",
        as_printed=(
            '"ДЕКЛАРАЦИЯ ГЛАВ ГОСУДАРСТВ-ЧЛЕНОВ ШАНХАЙСКОЙ ОРГАНИЗАЦИИ СОТРУДНИЧЕСТВА" от: '
            "<<http://www.russia.org.cn/rus/?SID=76&ID=150>>, 俄羅斯駐中國大使館俄文網頁。"
        ),
        note=(
            "The footnote describes the page as 俄羅斯駐中國大使館俄文網頁 (Russian-language web page of the Russian "
            "Embassy in China). No date printed, and the title gives no year: fn 20 is attached to the 2003 Moscow "
            "declaration (上海合作組織成員國元首宣言), while the chapter gives the same Chinese title to a 2002 St Petersburg "
            "declaration (совместная Декларация); the printed title alone does not tell them apart. Title printed in "
            "capitals, with no comma before от:."
        ),
    ),
    # fn 21
    dict(
        slug="uza-2004-03-10-sco-secretary-meets-rats-director",
        kind="news",
        title=(
            "Исполнительный секретарь ШОС встретился с директором Исполкома Региональной антитеррористической структуры"
        ),
        title_en=(
            "The SCO executive secretary met the director of the Executive Committee of the Regional Anti-Terrorist "
            "Structure"
        ),
        container="Национальное информационное агентство Узбекистана",
        date_as_printed="10.03.2004",
        year=2004,
        url="http://www.uza.uz/politics/?id1=556",
        language="ru",
        as_printed=(
            '" Исполнительный секретарь ШОС встретился с директором Исполкома Региональной антитеррористической '
            'структуры," Национальное информационное агентство Узбекистана, 10.03.2004, от: < <http://www.uza.uz/politics/?id1=556>>'
        ),
        note=(
            "fn 21 is split by a page break in the middle of the title (…Региональной / антитеррористической "
            "структуры). Cited for the May 2003 decision to seat the RATS executive committee in Tashkent and appoint "
            "Kasymov; the item is dated 10.03.2004. The title is printed with a space after the opening quotation mark."
        ),
    ),
    # fn 23
    dict(
        slug="wang-yingqiang-2003-china-multinational-counterterrorism-exercise",
        kind="article",
        authors="王英強",
        title="中國參加多國反恐軍演",
        title_en="China takes part in a multinational counter-terrorism military exercise",
        container="國家安全通訊",
        date_as_printed="2003 年第 10 期",
        year=2003,
        issue="第 10 期",
        pages="頁 12-15",
        language="zh",
        as_printed="王英強，「中國參加多國反恐軍演」，國家安全通訊，2003 年第 10 期，頁 12-15。",
    ),
    # fn 24
    dict(
        slug="jahon-2003-08-25-forthcoming-sco-foreign-ministers-meeting",
        kind="news",
        title=(
            "К предстоящему внеочередному заседанию. Совета министров иностранных дел стран-членов (СМИД) Шанхайской "
            "организации сотрудничества"
        ),
        title_en=(
            "On the forthcoming extraordinary meeting of the Council of Ministers of Foreign Affairs (CMFA) of the "
            "member states of the Shanghai Cooperation Organisation"
        ),
        container="Информационное агентство ЖАХОН при МИД Руз",
        date_as_printed="25 августа 2003 г",
        year=2003,
        url="http://jahon.mfa.uz/russian/press2508.htm",
        language="ru",
        as_printed=(
            '" К предстоящему внеочередному заседанию. Совета министров иностранных дел стран-членов (СМИД) Шанхайской '
            'организации сотрудничества," Информационное агентство ЖАХОН при МИД Руз, 25 августа 2003 г, от: '
            "< <http://jahon.mfa.uz/russian/press2508.htm>>"
        ),
        note=(
            "Kept as printed: the stray full stop in 'заседанию. Совета' and 'Руз' (for РУз, Republic of Uzbekistan) in "
            "the agency's name. Dated 25 August 2003, before the 4–5 September 2003 Tashkent meeting it announces."
        ),
    ),
    # fn 25
    dict(
        slug="zhang-tiegang-2003-sco-prime-ministers-meeting",
        kind="article",
        authors="張鐵剛",
        title="上海合作組織總理會晤兩大看點",
        title_en="Two things to watch at the SCO prime ministers' meeting",
        container="瞭望新聞週刊",
        date_as_printed="2003 年 9 月 29 日",
        year=2003,
        issue="第 39 期",
        pages="頁 62",
        language="zh",
        as_printed="張鐵剛，「上海合作組織總理會晤兩大看點」，瞭望新聞週刊，2003 年 9 月 29 日，第 39 期，頁 62。",
        note="Author printed 張鐵剛 (剛); fn 15 prints 張鐵鋼 (鋼). Probably the same person; each kept as printed.",
    ),
    # fn 26
    dict(
        slug="xinhua-2004-01-15-sco-secretariat-inauguration",
        kind="news",
        title="上海合作組織秘書處成立儀式在北京舉行",
        title_en="SCO Secretariat inauguration ceremony held in Beijing",
        container="新華網",
        date_as_printed="2004年1月15日",
        year=2004,
        url="http://news.xinhuanet.com/newscenter/2004-01/15/content_1277637.htm",
        language="zh",
        as_printed=(
            "上海合作組織秘書處成立儀式在北京舉行，新華網，2004年1月15日，\n"
            "<http://news.xinhuanet.com/newscenter/2004-01/15/content_1277637.htm>"
        ),
        note="Title printed without 「」.",
    ),
    # fn 28
    dict(
        slug="vesti-2004-06-17-sco-leaders-open-antiterrorist-centre",
        kind="news",
        title="Лидеры ШОС открыли антитеррористический центр",
        title_en="SCO leaders opened the anti-terrorist centre",
        container="Вестни",
        date_as_printed="17.06.2004",
        year=2004,
        url="http://www.vesti.ru/news.html?id=56487",
        language="ru",
        as_printed='"Лидеры ШОС открыли антитеррористический центр," Вестни, 17.06.2004, от:\n<<http://www.vesti.ru/news.html?id=56487>>',
        note="Container printed 'Вестни'; fn 16 and fn 30 print Вести and the URL is on www.vesti.ru. Kept as printed.",
    ),
    # fn 29
    dict(
        slug="sco-site-tashkent-declaration-heads-of-state",
        kind="official",
        title="ТАШКЕНТСКАЯ ДЕКЛАРАЦИЯ ГЛАВ ГОСУДАРСТВ-ЧЛЕНОВ ШАНХАЙСКОЙ ОРГАНИЗАЦИИ СОТРУДНИЧЕСТВА",
        title_en="Tashkent Declaration of the heads of state of the member states of the Shanghai Cooperation Organisation",
        url="http://www.sectso.org/news_detail.asp?id=117&LanguageID=3",
        language="ru",
        as_printed=(
            '"ТАШКЕНТСКАЯ ДЕКЛАРАЦИЯ ГЛАВ ГОСУДАРСТВ-ЧЛЕНОВ ШАНХАЙСКОЙ ОРГАНИЗАЦИИ СОТРУДНИЧЕСТВА," от:\n'
            "<http://www.sectso.org/news_detail.asp?id=117&LanguageID=3>"
        ),
        note=(
            "No site name and no date printed. The host is printed www.sectso.org, where fn 33 prints www.sectSCO.org "
            "(上海合作組織官方網站): possibly a misprint of the same site, kept as printed. Title printed in capitals."
        ),
    ),
    # fn 30
    dict(
        slug="vesti-2004-06-17-mongolia-sco-observer-status",
        kind="news",
        title="Монголия получила статус наблюдателя при ШОС",
        title_en="Mongolia received observer status with the SCO",
        container="Вести",
        date_as_printed="17.06.2004",
        year=2004,
        url="http://www.vesti.ru/news.html?id=56505&tid=22224",
        language="ru",
        as_printed="“Монголия получила статус наблюдателя при ШОС,” Вести, 17.06.2004, от: <\n<http://www.vesti.ru/news.html?id=56505&tid=22224>>",
    ),
    # fn 31 (first work)
    dict(
        slug="xing-guangcheng-2003-sco-new-development",
        kind="article",
        authors="邢廣程",
        title="上海合作組織的新發展",
        title_en="New developments in the Shanghai Cooperation Organisation",
        container="求是",
        date_as_printed="2003 年第 14 期",
        year=2003,
        issue="第 14 期",
        pages="頁 59-60",
        language="zh",
        as_printed="邢廣程，「上海合作組織的新發展」，求是，2003 年第 14 期，頁 59-60",
        note=(
            "First of the two works in fn 31, which reads 參考：… ；或 … (see … or …): the two are offered as "
            "alternatives. The journal name 求是 is not italicised."
        ),
    ),
    # fn 31 (second work)
    dict(
        slug="xinhua-sco-institutional-structure",
        kind="web",
        title="上海合作組織的機構設置",
        title_en="The institutional set-up of the Shanghai Cooperation Organisation",
        container="新華網",
        url="http://news.xinhuanet.com/ziliao/2004-01/15/content_1277262.htm",
        language="zh",
        as_printed="新華網網頁「上海合作組織的機構設置」\n<http://news.xinhuanet.com/ziliao/2004-01/15/content_1277262.htm>",
        note=(
            "Second of the two works in fn 31, printed as 新華網網頁「上海合作組織的機構設置」 (新華網 web page). No date "
            "printed. The 資料來源 line under 表 2-1 prints a URL differing only by the suffix _1 "
            "(content_1277262_1.htm): see xinhuanet-table-2-1-source-page."
        ),
    ),
    # 表 2-1 資料來源 (no footnote number)
    dict(
        slug="xinhuanet-table-2-1-source-page",
        kind="web",
        title="[表 2-1 資料來源：網頁標題未印出]",
        title_en="[Source of Table 2-1: web page, title not printed]",
        url="http://news.xinhuanet.com/ziliao/2004-01/15/content_1277262_1.htm",
        language="zh",
        as_printed="資料來源：<http://news.xinhuanet.com/ziliao/2004-01/15/content_1277262_1.htm>",
        note=(
            "Cited by the chapter without a footnote number: the 資料來源 line under 表 2-1：上海合作組織會議機制架構圖 "
            "prints only this URL (no title, site name or date); the bracketed title is supplied. The URL is on "
            "news.xinhuanet.com and differs from fn 31's 上海合作組織的機構設置 page (content_1277262.htm) only by the suffix "
            "_1, perhaps a further page of the same item, which the chapter does not say: kept as a separate source. "
            "The text refers to this chart as 圖 2-1 (參考圖 2-1) while its caption reads 表 2-1; the chart itself is not "
            "reproduced in the transcribed text. Language zh assumed from the Chinese-language host."
        ),
    ),
    # fn 33 (second part)
    dict(
        slug="sco-site-rats-introduction",
        kind="web",
        title="上海合作組織地區反恐怖機構簡介",
        title_en="Introduction to the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation",
        container="上海合作組織官方網站",
        url="http://www.sectSCO.org/fk-01.html",
        language="zh",
        as_printed="參見：上海合作組織官方網站，「上海合作組織地區反恐怖機構簡介」，網址：<http://www.sectSCO.org/fk-01.html>",
        note=(
            "fn 33 opens with an explanatory note of the author (cited to the chapter) and then refers to this page "
            "with 參見 (see). No date printed. URL casing 'sectSCO' kept as printed (fn 29 prints www.sectso.org)."
        ),
    ),
    # fn 34
    dict(
        slug="diplomaticheskii-vestnik-1993-01",
        kind="official",
        title="Дипломатический вестник",
        title_en="Diplomatic Bulletin",
        date_as_printed="январь 1993",
        year=1993,
        language="ru",
        as_printed="Дипломатический вестник, январь 1993",
        note=(
            "The footnote prints only the periodical's title (in italics) and the issue month, январь 1993 (January "
            "1993). It supports the text on 1993年的「俄羅斯聯邦對外政策構想」 (the 1993 foreign policy concept of the "
            "Russian Federation); the item, its pages and the publisher are not printed."
        ),
    ),
    # fn 35
    dict(
        slug="wang-pei-1993-four-central-asian-states-overview",
        kind="book",
        authors="王沛",
        title="中亞四國概況",
        title_en="An overview of the four Central Asian states",
        publisher="新疆人民出版社",
        date_as_printed="1993",
        year=1993,
        pages="頁 53",
        language="zh",
        as_printed="王沛主編，中亞四國概況，（新疆人民出版社，1993），頁 53。",
        note="Printed 王沛主編 (王沛, editor). No place of publication printed.",
    ),
    # fn 36
    dict(
        slug="fmprc-2004-10-14-sino-russian-joint-statement",
        kind="official",
        title="中俄聯合聲明",
        title_en="Sino-Russian Joint Statement",
        date_as_printed="2004年10月14日",
        year=2004,
        url="http://www.fmprc.gov.cn/chn/wjb/zjzg/dozys/gjlb/1706/1707/t164522.htm",
        language="zh",
        as_printed="「中俄聯合聲明」，2004年10月14日，網址：\n<http://www.fmprc.gov.cn/chn/wjb/zjzg/dozys/gjlb/1706/1707/t164522.htm>",
        note=(
            "No site name printed; the URL is on www.fmprc.gov.cn. The path segment is printed 'zjzg' here and in fn 37, "
            "'zzjg' in fn 38, 40 and 41: kept as printed."
        ),
    ),
    # fn 37
    dict(
        slug="fmprc-china-kazakhstan-bilateral-relations",
        kind="web",
        title="中國與哈薩克斯坦共和國雙邊關係",
        title_en="Bilateral relations between China and the Republic of Kazakhstan",
        url="http://www.fmprc.gov.cn/chn/wjb/zjzg/dozys/gjlb/1716/default.htm",
        language="zh",
        as_printed="「中國與哈薩克斯坦共和國雙邊關係」，網址：\n<http://www.fmprc.gov.cn/chn/wjb/zjzg/dozys/gjlb/1716/default.htm>",
        note="No site name or date printed; the URL is on www.fmprc.gov.cn. Path segment 'zjzg' as printed (fn 38, 40, 41: 'zzjg').",
    ),
    # fn 38
    dict(
        slug="fmprc-china-kyrgyzstan-bilateral-relations",
        kind="web",
        title="中國與吉爾吉斯共和國雙邊關係",
        title_en="Bilateral relations between China and the Kyrgyz Republic",
        url="http://www.fmprc.gov.cn/chn/wjb/zzjg/dozys/gjlb/1721/default.htm",
        language="zh",
        as_printed="「中國與吉爾吉斯共和國雙邊關係」，網址：<\n<http://www.fmprc.gov.cn/chn/wjb/zzjg/dozys/gjlb/1721/default.htm>>",
        note="No site name or date printed; the URL is on www.fmprc.gov.cn.",
    ),
    # fn 39
    dict(
        slug="fmprc-china-kyrgyzstan-joint-communique-signed",
        kind="news",
        title="中國和吉爾吉斯共和國簽署聯合公報",
        title_en="China and the Kyrgyz Republic sign a joint communiqué",
        url="http://www.fmprc.gov.cn/chn/wjdt/1179/t162174.htm",
        language="zh",
        as_printed="「中國和吉爾吉斯共和國簽署聯合公報」，網址：<\n<http://www.fmprc.gov.cn/chn/wjdt/1179/t162174.htm>>",
        note="No site name or date printed; the URL is on www.fmprc.gov.cn.",
    ),
    # fn 40
    dict(
        slug="fmprc-china-tajikistan-bilateral-relations",
        kind="web",
        title="中國與塔吉克斯坦共和國雙邊關係",
        title_en="Bilateral relations between China and the Republic of Tajikistan",
        url="http://www.fmprc.gov.cn/chn/wjb/zzjg/dozys/gjlb/1776/default.htm",
        language="zh",
        as_printed="「中國與塔吉克斯坦共和國雙邊關係」，網址：<\n<http://www.fmprc.gov.cn/chn/wjb/zzjg/dozys/gjlb/1776/default.htm>>",
        note=(
            "No site name or date printed; the URL is on www.fmprc.gov.cn. fn 41 prints the identical URL under a "
            "different title (江澤民會見吉爾吉斯斯坦總統阿卡耶夫)."
        ),
    ),
    # fn 41
    dict(
        slug="fmprc-jiang-zemin-meets-akayev",
        kind="news",
        title="江澤民會見吉爾吉斯斯坦總統阿卡耶夫",
        title_en="Jiang Zemin meets Kyrgyz President Akayev",
        url="http://www.fmprc.gov.cn/chn/wjb/zzjg/dozys/gjlb/1776/default.htm",
        language="zh",
        as_printed="「江澤民會見吉爾吉斯斯坦總統阿卡耶夫」，網址：<\n<http://www.fmprc.gov.cn/chn/wjb/zzjg/dozys/gjlb/1776/default.htm>>",
        note=(
            "The title does not match the URL: the URL printed is identical to fn 40's (…/gjlb/1776/default.htm), "
            "which fn 40 gives as 中國與塔吉克斯坦共和國雙邊關係. Kept as a separate work with the URL as printed. "
            "No date printed."
        ),
    ),
    # fn 42, fn 48, fn 57
    dict(
        slug="zhang-buren-2001-regional-security-main-theme",
        kind="article",
        authors="張步仁",
        title="維護地區安全是上海五國合作的主旋律",
        title_en="Maintaining regional security is the main theme of Shanghai Five cooperation",
        container="現代國際關係",
        date_as_printed="2001 年第 3 期",
        year=2001,
        issue="第 3 期",
        pages="頁 27-29",
        language="zh",
        as_printed="張步仁，「維護地區安全是上海五國合作的主旋律」，現代國際關係，2001 年第 3 期，頁 27-29。",
        note=(
            "Cited in fn 42, fn 48 and fn 57, each time with pages 27-29. fn 42 prints '2001 年第 3 期，頁 27-29' (with "
            "spaces); fn 48 and fn 57 print '2001年第3期，頁27-29'."
        ),
    ),
    # fn 44
    dict(
        slug="xinjiang-peoples-2003-ethnic-religion-conflicts",
        kind="book",
        title="Ethnic, Religion and Conflicts in Central and South Asia",
        title_en="Ethnic, Religion and Conflicts in Central and South Asia",
        publisher="Xinjiang People's Publishing House",
        date_as_printed="2003",
        year=2003,
        pages="p.302",
        language="en",
        as_printed="Ethnic, Religion and Conflicts in Central and South Asia (Xinjiang People's Publishing House, 2003), p.302.",
        note=(
            "No author or editor and no place of publication printed. The title and publisher are printed in English "
            "only; no Chinese title is given."
        ),
    ),
    # fn 45
    dict(
        slug="wang-chengzong-2001-sco-takes-shape",
        kind="news",
        authors="王承宗",
        title="上海合作組織成形",
        title_en="The Shanghai Cooperation Organisation takes shape",
        container="中央日報",
        date_as_printed="2001年6月25日",
        year=2001,
        pages="第10版",
        language="zh",
        as_printed="王承宗，「上海合作組織成形」，中央日報，2001年6月25日，第10版。",
    ),
    # fn 46
    dict(
        slug="state-council-information-office-xinjiang-white-paper",
        kind="official",
        title="新疆的發展與歷史白皮書",
        title_en="White paper on the development and history of Xinjiang",
        container="中華人民共和國國務院新聞辦公室",
        url="http://www.xinjiang.gov.cn/1$001/1$001$023/62.jsp?articleid=2004-4-8-0021",
        language="zh",
        as_printed=(
            "關於「東突厥斯坦」問題，參見：「新疆的發展與歷史白皮書」，中華人民共和國國務院新聞辦公室，"
            "<[http://www.xinjiang.gov.cn/1\\\\$001/1\\\\$001\\\\$023/62.jsp?articleid=2004-4-8-0021]"
            "(http://www.xinjiang.gov.cn/1$001/1$001$023/62.jsp?articleid=2004-4-8-0021)>"
        ),
        note=(
            "The footnote opens 關於「東突厥斯坦」問題，參見： (on the 'East Turkestan' question, see:). The issuing office "
            "中華人民共和國國務院新聞辦公室 is printed in italics in the container position. No date printed; the URL is on "
            "www.xinjiang.gov.cn. The seed text renders the URL as a Markdown link whose visible text escapes the $ "
            "signs (1\\\\$001…); `url` gives the link target, with plain $."
        ),
    ),
    # fn 47
    dict(
        slug="peoples-daily-2002-01-22-east-turkestan-terrorist-forces",
        kind="news",
        title="‘East Turkestan’ Terrorist Forces Cannot Get Away with Impunity",
        title_en="‘East Turkestan’ Terrorist Forces Cannot Get Away with Impunity",
        container="People’s Daily",
        date_as_printed="22 Jan 2002",
        year=2002,
        language="en",
        as_printed="“‘East Turkestan’ Terrorist Forces Cannot Get Away with Impunity,” People’s Daily, 22 Jan 2002.",
        note="No URL or page printed.",
    ),
    # fn 49
    dict(
        slug="mofcom-research-group-2004-sco-regional-economic-cooperation",
        kind="article",
        authors="商務部歐洲司和國際貿易經濟合作研究院聯合課題組",
        title="上海合作組織區域經濟合作研究",
        title_en="A study of regional economic cooperation in the Shanghai Cooperation Organisation",
        container="俄羅斯中亞東歐研究",
        date_as_printed="2004年第1期",
        year=2004,
        issue="第1期",
        pages="頁2-5",
        language="zh",
        as_printed="商務部歐洲司和國際貿易經濟合作研究院聯合課題組，「上海合作組織區域經濟合作研究」，俄羅斯中亞東歐研究，2004年第1期，頁2-5。",
        note=(
            "Corporate author: the joint research group of the Ministry of Commerce's Department of European Affairs "
            "and the research institute of international trade and economic cooperation (商務部歐洲司和國際貿易經濟合作研究院聯合課題組)."
        ),
    ),
    # fn 50
    dict(
        slug="wang-yongyi-2003-central-asia-western-development",
        kind="article",
        authors="王永益",
        title="中亞地區對我國經濟發展和西部開發的重要意義",
        title_en="The importance of Central Asia for our country's economic development and the development of the West",
        container="俄羅斯中亞東歐市場",
        date_as_printed="2003年第2期",
        year=2003,
        issue="第2期",
        pages="頁27-29",
        language="zh",
        as_printed="王永益，「中亞地區對我國經濟發展和西部開發的重要意義」，俄羅斯中亞東歐市場，2003年第2期，頁27-29。",
    ),
    # fn 51
    dict(
        slug="eia-china-energy-demand-exceeds-domestic-supply",
        kind="web",
        title="China's Energy Demand Now Exceeds Domestic Supply",
        title_en="China's Energy Demand Now Exceeds Domestic Supply",
        container="United States Energy Information Administration",
        url="http://www.eia.doe.gov/emeu/cabs/archives/china/part2.html#ENERGY",
        language="en",
        as_printed=(
            "“China's Energy Demand Now Exceeds Domestic Supply,” United States Energy Information Administration, "
            "Online: <<http://www.eia.doe.gov/emeu/cabs/archives/china/part2.html#ENERGY>>"
        ),
        note="No date printed. The text draws from it the 美國能源署 forecast for 2015 (每天1015萬桶).",
    ),
    # fn 52 and the 資料來源 line under 表 2-2
    dict(
        slug="eia-caspian-sea-region-survey",
        kind="web",
        title="Caspian Sea Region: Survey of Key Oil and Gas Statistics and Forecasts",
        title_en="Caspian Sea Region: Survey of Key Oil and Gas Statistics and Forecasts",
        container="United States Energy Information Administration",
        url="http://www.eia.doe.gov/emeu/cabs/caspian_balances.htm",
        language="en",
        as_printed=(
            "“Caspian Sea Region: Survey of Key Oil and Gas Statistics and Forecasts,” United States Energy Information "
            "Administration, Online: <http://www.eia.doe.gov/emeu/cabs/caspian_balances.htm>"
        ),
        note=(
            "Cited in fn 52 and in the 資料來源 line under 表 2-2：中亞國家能源儲藏量 (same title, container and URL; there "
            "the URL is on a second line): 資料來源：“Caspian Sea Region: Survey of Key Oil and Gas Statistics and "
            "Forecasts,” United States Energy Information Administration, Online: "
            "<http://www.eia.doe.gov/emeu/cabs/caspian_balances.htm>. No date printed in either; the text calls its "
            "figures 美國官方資料在 2004 年 12 月的統計資料 (US official statistics of December 2004). The text's range "
            "for proven Caspian oil reserves is printed 1170 億—330 億桶 (low end above high end), kept in the text."
        ),
    ),
    # fn 53 (first work)
    dict(
        slug="xue-jundu-xing-guangcheng-1999-china-and-central-asia",
        kind="book",
        authors="薛君度與邢廣程",
        title="中國與中亞",
        title_en="China and Central Asia",
        publisher="社會科學文獻出版社",
        publication_place="北京",
        date_as_printed="1999年6月",
        year=1999,
        pages="頁18-29",
        language="zh",
        as_printed="薛君度與邢廣程主編，中國與中亞（北京：社會科學文獻出版社，1999年6月），頁18-29。",
        note="First of the two works in fn 53. Printed 薛君度與邢廣程主編 (edited by 薛君度 and 邢廣程).",
    ),
    # fn 53 (second work)
    dict(
        slug="xing-guangcheng-1993-rise-of-central-asia",
        kind="book",
        authors="邢廣程",
        title="崛起的中亞",
        title_en="The rise of Central Asia",
        publisher="五南",
        publication_place="台北市",
        date_as_printed="1993年",
        year=1993,
        pages="頁201-203",
        language="zh",
        as_printed="邢廣程，崛起的中亞，（台北市：五南，1993年），頁201-203。",
        note="Second of the two works in fn 53, printed on its own line under the first.",
    ),
    # fn 54
    dict(
        slug="fairbanks-starr-2001-strategic-assessment-central-eurasia",
        kind="book",
        authors="C. Fairbanks and S. F. Starr",
        title="Strategic Assessment Of Central Eurasia",
        title_en="Strategic Assessment Of Central Eurasia",
        publisher="The Atlantic Council Of The United Stated",
        publication_place="Washington D. C.",
        date_as_printed="January 2001",
        year=2001,
        pages="pp.71-73",
        language="en",
        as_printed=(
            "C. Fairbanks and S. F. Starr, Strategic Assessment Of Central Eurasia (Washington D. C.: The Atlantic "
            "Council Of The United Stated), January 2001, pp.71-73."
        ),
        note="Publisher printed 'The Atlantic Council Of The United Stated' (for States); the date is printed after the closing parenthesis.",
    ),
    # fn 55
    dict(
        slug="li-lifan-2004-china-russia-us-triangle-central-asia",
        kind="article",
        authors="李立凡",
        title="中俄美大三角與中亞的地緣政治戰略",
        title_en="The China–Russia–US great triangle and geopolitical strategy in Central Asia",
        container="西伯利亞研究",
        date_as_printed="2004年4月第31卷第2期",
        year=2004,
        volume="第31卷",
        issue="第2期",
        pages="頁20",
        language="zh",
        as_printed="李立凡，「中俄美大三角與中亞的地緣政治戰略」，西伯利亞研究，2004年4月第31卷第2期，頁20。",
    ),
    # fn 56
    dict(
        slug="weitz-2003-why-russia-china-no-anti-american-alliance",
        kind="article",
        authors="Richard Weitz",
        title="Why Russia and China have not formed an anti-American alliance",
        title_en="Why Russia and China have not formed an anti-American alliance",
        container="Naval war college review",
        publication_place="Washington",
        date_as_printed="autumn 2003",
        year=2003,
        volume="vol.56",
        issue="iss.4",
        pages="pg.39",
        language="en",
        as_printed=(
            'Richard Weitz, "Why Russia and China have not formed an anti-American alliance", Naval war college review, '
            "Washington: autumn 2003, vol.56, iss.4, pg.39"
        ),
        note="Journal name printed in lower case ('Naval war college review').",
    ),
    # fn 58
    dict(
        slug="deng-hao-2002-china-central-asia-relations",
        kind="article",
        authors="鄧浩",
        title="中國與中亞國家關係",
        title_en="Relations between China and the Central Asian states",
        container="國際問題研究",
        date_as_printed="2002年第3期",
        year=2002,
        issue="第3期",
        pages="頁8-12",
        language="zh",
        as_printed="鄧浩，「中國與中亞國家關係」，國際問題研究，2002年第3期，頁8-12。",
    ),
    # fn 59
    dict(
        slug="trofimov-2002-shanghai-progress",
        kind="article",
        authors="Dmitri Trofimov",
        title='Shanghai progress: from the "five" to the cooperation. Summing up the 1990s and looking ahead',
        title_en='Shanghai progress: from the "five" to the cooperation. Summing up the 1990s and looking ahead',
        container="Central Asia and Caucasus",
        date_as_printed="2002",
        year=2002,
        issue="no. 2(14)",
        pages="68",
        language="en",
        as_printed=(
            'Dmitri Trofimov, "Shanghai progress: from the "five" to the cooperation. Summing up the 1990s and looking '
            'ahead," Central Asia and Caucasus, no. 2(14), 2002, 68'
        ),
        note="The page is printed as a bare number (68). The title's inner quotation marks around 'five' are kept.",
    ),
]

_SOURCE_FIELDS = (
    "authors", "title_en", "container", "publisher", "publication_place", "date_as_printed", "volume", "issue",
    "pages", "url", "language", "as_printed", "note",
)
for _source in SOURCES:
    for _field in _SOURCE_FIELDS:
        _source.setdefault(_field, "")
    _source.setdefault("year", None)

_EXPLANATORY = [(CHAPTER_SLUG, "")]

FOOTNOTES = {
    1: [("renmin-ribao-1989-05-19-sino-soviet-communique", "第1版")],
    2: [("cicir-2002-sco-new-security-concept-new-mechanism", "頁124-130")],
    3: [("xu-tao-2001-shanghai-five-mechanism", "頁 1")],
    4: [("xu-tao-2001-shanghai-five-mechanism", "頁 1-2")],
    5: _EXPLANATORY,
    6: [("xia-yishan-2001-developing-shanghai-five-mechanism", "頁 34-38")],
    7: [("sun-li-2001-shanghai-five-abc", "第七版")],
    8: [("xu-tao-2004-tashkent-summit-new-meaning", "頁 14-15")],
    9: [("china-org-cn-2002-09-24-foreign-ministers-joint-communique", "")],
    10: [("yan-yinghua-2000-shanghai-five-review-prospects", "頁 9-11")],
    11: [("xia-yishan-2000-shanghai-five-process-progress", "頁 56-57")],
    12: [("pannier-rferl-shanghai-five-to-admit-uzbekistan", ""), ("cacianalyst-2001-uzbekistan-joins-shanghai-five", "")],
    13: [("sco-ec-declaration-on-establishment-of-sco", "")],
    14: [("shanghai-rfn-ru-signing-of-shanghai-convention", "")],
    15: [("zhang-tiegang-2001-from-shanghai-five-to-sco", "頁3-5")],
    16: [("vesti-2002-04-26-sco-foreign-ministers-meeting-moscow", "")],
    17: [("shanghai-rfn-ru-putin-opens-expanded-session", "")],
    18: [("shanghai-rfn-ru-st-petersburg-summit-documents-signed", "")],
    19: [("logvinov-2002-sco-qualitative-step-forward", "стр. 7-14")],
    20: [("russia-org-cn-sco-heads-of-state-declaration", "")],
    21: [("uza-2004-03-10-sco-secretary-meets-rats-director", "")],
    22: _EXPLANATORY,
    23: [("wang-yingqiang-2003-china-multinational-counterterrorism-exercise", "頁 12-15")],
    24: [("jahon-2003-08-25-forthcoming-sco-foreign-ministers-meeting", "")],
    25: [("zhang-tiegang-2003-sco-prime-ministers-meeting", "頁 62")],
    26: [("xinhua-2004-01-15-sco-secretariat-inauguration", "")],
    27: _EXPLANATORY,
    28: [("vesti-2004-06-17-sco-leaders-open-antiterrorist-centre", "")],
    29: [("sco-site-tashkent-declaration-heads-of-state", "")],
    30: [("vesti-2004-06-17-mongolia-sco-observer-status", "")],
    31: [("xing-guangcheng-2003-sco-new-development", "頁 59-60"), ("xinhua-sco-institutional-structure", "")],
    32: _EXPLANATORY,
    33: [(CHAPTER_SLUG, ""), ("sco-site-rats-introduction", "")],
    34: [("diplomaticheskii-vestnik-1993-01", "")],
    35: [("wang-pei-1993-four-central-asian-states-overview", "頁 53")],
    36: [("fmprc-2004-10-14-sino-russian-joint-statement", "")],
    37: [("fmprc-china-kazakhstan-bilateral-relations", "")],
    38: [("fmprc-china-kyrgyzstan-bilateral-relations", "")],
    39: [("fmprc-china-kyrgyzstan-joint-communique-signed", "")],
    40: [("fmprc-china-tajikistan-bilateral-relations", "")],
    41: [("fmprc-jiang-zemin-meets-akayev", "")],
    42: [("zhang-buren-2001-regional-security-main-theme", "頁 27-29")],
    43: _EXPLANATORY,
    44: [("xinjiang-peoples-2003-ethnic-religion-conflicts", "p.302")],
    45: [("wang-chengzong-2001-sco-takes-shape", "第10版")],
    46: [("state-council-information-office-xinjiang-white-paper", "")],
    47: [("peoples-daily-2002-01-22-east-turkestan-terrorist-forces", "")],
    48: [("zhang-buren-2001-regional-security-main-theme", "頁27-29")],
    49: [("mofcom-research-group-2004-sco-regional-economic-cooperation", "頁2-5")],
    50: [("wang-yongyi-2003-central-asia-western-development", "頁27-29")],
    51: [("eia-china-energy-demand-exceeds-domestic-supply", "")],
    52: [("eia-caspian-sea-region-survey", "")],
    53: [("xue-jundu-xing-guangcheng-1999-china-and-central-asia", "頁18-29"), ("xing-guangcheng-1993-rise-of-central-asia", "頁201-203")],
    54: [("fairbanks-starr-2001-strategic-assessment-central-eurasia", "pp.71-73")],
    55: [("li-lifan-2004-china-russia-us-triangle-central-asia", "頁20")],
    56: [("weitz-2003-why-russia-china-no-anti-american-alliance", "pg.39")],
    57: [("zhang-buren-2001-regional-security-main-theme", "頁27-29")],
    58: [("deng-hao-2002-china-central-asia-relations", "頁8-12")],
    59: [("trofimov-2002-shanghai-progress", "68")],
}

# The 資料來源 lines under the chapter's two tables (no footnote number).
TABLE_2_1_SOURCE = "xinhuanet-table-2-1-source-page"
TABLE_2_2_SOURCE = "eia-caspian-sea-region-survey"
TABLE_2_1_SOURCE_TEXT = "資料來源：<http://news.xinhuanet.com/ziliao/2004-01/15/content_1277262_1.htm>"
TABLE_2_2_SOURCE_TEXT = (
    "資料來源：“Caspian Sea Region: Survey of Key Oil and Gas Statistics and Forecasts,” *United States Energy "
    "Information Administration*, Online:\n<http://www.eia.doe.gov/emeu/cabs/caspian_balances.htm>"
)

# The footnotes as the seed text prints them (superscript number left out).
FOOTNOTE_TEXT = {
    1: '「中蘇聯合公報」，*人民日報*，1989年5月19日，第1版。',
    2: '中國現代國際關係研究所民族與宗教研究中心著，*上海合作組織—新安全觀與新機制*（北京：時事出版社，2002），頁124-130。',
    3: '許濤，「上海五國机制的由來及其運作」，*國際資料信息*，2001 年第 6 期，頁 1。',
    4: '許濤，「上海五國機制的由來及其運作」，*國際資料信息*，2001 年第 6 期，頁 1-2。',
    5: '俄羅斯總統葉爾欽由於健康因素未出席會議，由外交部長普利馬可夫代表參加與各國元首的會晤。',
    6: '夏義善，「發展中的上海五國機制」，*國際問題研究*，2001 年第 3 期，頁 34-38。',
    7: '孫力，「上海五國 ABC」，*人民日報*，2001 年 06 月 01 日，第七版。',
    8: '許濤，「塔什干峰會的新意」，*瞭望新聞週刊*，2004 年 6 月 14 日，第 24 期，頁 14-15。',
    9: '" Совместное коммюнике по итогам встречи министров иностранных дел Республики Казахстан, Китайской Народной Республики, Кыргызской Республики, Российской Федерации и Республики Таджикистан, " *Китайский информационный Интернет-центр*, 24/09/2002, от: < <http://www.china.org.cn/russian/43607.htm> >, 中國網俄文版',
    10: '閻英華，「上海五國機制的回顧與展望」，*當代世界*，2000 年第 8 期，頁 9-11。',
    11: '夏義善，「上海五國進程又有重大進展」，*瞭望新聞週刊*，2000 年 7 月 17 日，第 29 期，頁 56-57。',
    12: "Bruce Pannier, Central Asia: 'Shanghai Five' To Admit Uzbekistan As New Member, Online: <<http://www.rferl.org/features/2001/06/14062001124606.asp>>, Uzbekistan Joins the Shanghai Five, May 11, 2001, Online: <http://www.cacianalyst.org/view_article.php?articleid=992>",
    13: '"ДЕКЛАРАЦИЯ О СОЗДАНИИ ШАНХАЙСКОЙ ОРГАНИЗАЦИИ СОТРУДНИЧЕСТВА," от: <http://www.sco-ec.gov.cn/crweb/scor/info/Article.jsp?col_no=66&a_no=719>',
    14: '"О ПОДПИСАНИИ ШАНХАЙСКОЙ КОНВЕНЦИИ О БОРЬБЕ С ТЕРРОРИЗМОМ, СЕПАРАТИЗМОМ И ЭКСТРЕМИЗМОМ," от: <<http://shanghai.rfn.ru/doc/summit1.html>>, 2002年上海合作組織聖彼得堡高峰會官方網站。',
    15: '張鐵鋼，「從「上海五國」到「上海合作組織」」，*瞭望新聞週刊*，2001年6月18日，第25期，頁3-5。',
    16: '"В Москве открылось совещание глав МИД Шанхайской организации сотрудничества," *Вести*, 26.04.2002, от: <<http://www.vesti.ru/news.html?id=4873>>',
    17: '"Путин открыл заседание ШОС в расширенном составе", от: <<http://shanghai.rfn.ru/news/doc.html?id=445>>',
    18: '"В Петербурге подписаны документы по итогам саммита", от: <<http://shanghai.rfn.ru/news/doc.html?id=446>>',
    19: 'Г. Логвинов, "Шанхайская организация Сотрудничества – качественный шаг вперед. К итогом Санкт-Петербургского самита ШОС", *Проблемы Дальнего Востока*, но.5, 2002г, стр. 7-14.',
    20: '"ДЕКЛАРАЦИЯ ГЛАВ ГОСУДАРСТВ-ЧЛЕНОВ ШАНХАЙСКОЙ ОРГАНИЗАЦИИ СОТРУДНИЧЕСТВА" от: <<http://www.russia.org.cn/rus/?SID=76&ID=150>>, 俄羅斯駐中國大使館俄文網頁。',
    21: '" Исполнительный секретарь ШОС встретился с директором Исполкома Региональной антитеррористической структуры," *Национальное информационное агентство Узбекистана*, 10.03.2004, от: < <http://www.uza.uz/politics/?id1=556>>',
    22: '在此次演習中，中國與哈薩克將派出主要兵力，俄羅斯、吉爾吉斯則派出少量兵力，塔吉克僅派軍事觀察員。五國兵力約為 1000 人。',
    23: '王英強，「中國參加多國反恐軍演」，*國家安全通訊*，2003 年第 10 期，頁 12-15。',
    24: '" К предстоящему внеочередному заседанию. Совета министров иностранных дел стран-членов (СМИД) Шанхайской организации сотрудничества," *Информационное агентство ЖАХОН при МИД Руз*, 25 августа 2003 г, от: < <http://jahon.mfa.uz/russian/press2508.htm>>',
    25: '張鐵剛，「上海合作組織總理會晤兩大看點」，*瞭望新聞週刊*，2003 年 9 月 29 日，第 39 期，頁 62。',
    26: '上海合作組織秘書處成立儀式在北京舉行，新華網，2004年1月15日，\n<http://news.xinhuanet.com/newscenter/2004-01/15/content_1277637.htm>',
    27: '秘書長由元首會議任命，由各成員國按國名的俄文字母順序輪流擔任，任期3年，不得連任。秘書長人選的遴選非常嚴格，要由上海合作組織外長會議商討推薦後，由元首會議討論批准任命，要求有15年以上外交工作經歷，精通俄文。',
    28: '"Лидеры ШОС открыли антитеррористический центр," *Вестни*, 17.06.2004, от:\n<<http://www.vesti.ru/news.html?id=56487>>',
    29: '"ТАШКЕНТСКАЯ ДЕКЛАРАЦИЯ ГЛАВ ГОСУДАРСТВ-ЧЛЕНОВ ШАНХАЙСКОЙ ОРГАНИЗАЦИИ СОТРУДНИЧЕСТВА," от:\n<http://www.sectso.org/news_detail.asp?id=117&LanguageID=3>',
    30: '“Монголия получила статус наблюдателя при ШОС,” *Вести*, 17.06.2004, от: <\n<http://www.vesti.ru/news.html?id=56505&tid=22224>>',
    31: '參考：邢廣程，「上海合作組織的新發展」，求是，2003 年第 14 期，頁 59-60；或新華網網頁「上海合作組織的機構設置」\n<http://news.xinhuanet.com/ziliao/2004-01/15/content_1277262.htm>',
    32: '國家協調員由各成員國依據各自國內規定和程序任命。',
    33: '各成員國向地區反恐怖機構派遣常駐代表。地區反恐怖機構執委會主任由成員國元首會議根據理事會的推薦從成員國公民中選任。任期三年。參見：上海合作組織官方網站，「上海合作組織地區反恐怖機構簡介」，網址：<http://www.sectSCO.org/fk-01.html>',
    34: '*Дипломатический вестник*, январь 1993',
    35: '王沛主編，*中亞四國概況*，（新疆人民出版社，1993），頁 53。',
    36: '「中俄聯合聲明」，2004年10月14日，網址：\n<http://www.fmprc.gov.cn/chn/wjb/zjzg/dozys/gjlb/1706/1707/t164522.htm>',
    37: '「中國與哈薩克斯坦共和國雙邊關係」，網址：\n<http://www.fmprc.gov.cn/chn/wjb/zjzg/dozys/gjlb/1716/default.htm>',
    38: '「中國與吉爾吉斯共和國雙邊關係」，網址：<\n<http://www.fmprc.gov.cn/chn/wjb/zzjg/dozys/gjlb/1721/default.htm>>',
    39: '「中國和吉爾吉斯共和國簽署聯合公報」，網址：<\n<http://www.fmprc.gov.cn/chn/wjdt/1179/t162174.htm>>',
    40: '「中國與塔吉克斯坦共和國雙邊關係」，網址：<\n<http://www.fmprc.gov.cn/chn/wjb/zzjg/dozys/gjlb/1776/default.htm>>',
    41: '「江澤民會見吉爾吉斯斯坦總統阿卡耶夫」，網址：<\n<http://www.fmprc.gov.cn/chn/wjb/zzjg/dozys/gjlb/1776/default.htm>>',
    42: '張步仁，「維護地區安全是上海五國合作的主旋律」，*現代國際關係*，2001 年第 3 期，頁 27-29。',
    43: '新疆的居民約由 47 個民族組成，以主要有維吾爾佔多數，其他還有、漢族、哈薩克、蒙古、柯爾克孜、塔吉克、烏茲別克、韃靼、俄羅斯等，是中國五個少數民族自治區之一。',
    44: "*Ethnic, Religion and Conflicts in Central and South Asia* (Xinjiang People's Publishing House, 2003), p.302.",
    45: '王承宗，「上海合作組織成形」，*中央日報*，2001年6月25日，第10版。',
    46: '關於「東突厥斯坦」問題，參見：「新疆的發展與歷史白皮書」，*中華人民共和國國務院新聞辦公室*，<[http://www.xinjiang.gov.cn/1\\\\$001/1\\\\$001\\\\$023/62.jsp?articleid=2004-4-8-0021](http://www.xinjiang.gov.cn/1$001/1$001$023/62.jsp?articleid=2004-4-8-0021)>',
    47: '“‘East Turkestan’ Terrorist Forces Cannot Get Away with Impunity,” *People’s Daily*, 22 Jan 2002.',
    48: '張步仁，「維護地區安全是上海五國合作的主旋律」，*現代國際關係*，2001年第3期，頁27-29。',
    49: '商務部歐洲司和國際貿易經濟合作研究院聯合課題組，「上海合作組織區域經濟合作研究」，*俄羅斯中亞東歐研究*，2004年第1期，頁2-5。',
    50: '王永益，「中亞地區對我國經濟發展和西部開發的重要意義」，*俄羅斯中亞東歐市場*，2003年第2期，頁27-29。',
    51: "“China's Energy Demand Now Exceeds Domestic Supply,” *United States Energy Information Administration*, Online: <<http://www.eia.doe.gov/emeu/cabs/archives/china/part2.html#ENERGY>>",
    52: '“Caspian Sea Region: Survey of Key Oil and Gas Statistics and Forecasts,” *United States Energy Information Administration*, Online: <http://www.eia.doe.gov/emeu/cabs/caspian_balances.htm>',
    53: '薛君度與邢廣程主編，中國與中亞（北京：社會科學文獻出版社，1999年6月），頁18-29。\n邢廣程，崛起的中亞，（台北市：五南，1993年），頁201-203。',
    54: 'C. Fairbanks and S. F. Starr, *Strategic Assessment Of Central Eurasia* (Washington D. C.: The Atlantic Council Of The United Stated), January 2001, pp.71-73.',
    55: '李立凡，「中俄美大三角與中亞的地緣政治戰略」，*西伯利亞研究*，2004年4月第31卷第2期，頁20。',
    56: 'Richard Weitz, "Why Russia and China have not formed an anti-American alliance", *Naval war college review*, Washington: autumn 2003, vol.56, iss.4, pg.39',
    57: '張步仁，「維護地區安全是上海五國合作的主旋律」，*現代國際關係*，2001年第3期，頁27-29。',
    58: '鄧浩，「中國與中亞國家關係」，*國際問題研究*，2002年第3期，頁8-12。',
    59: 'Dmitri Trofimov, "Shanghai progress: from the "five" to the cooperation. Summing up the 1990s and looking ahead," *Central Asia and Caucasus*, no. 2(14), 2002, 68',
}

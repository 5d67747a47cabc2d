"""States, places and topics shared by the other transcription modules."""

STATES = [
    dict(slug="china", name_zh="中國", name_en="China", name_ru="Китай", iso_code="CHN", ru_sort_key="Китай",
         aliases="中華人民共和國\nPeople's Republic of China\nКитайская Народная Республика\n中",
         note="The chapter's Russian forms appear in footnote 9 (Китайской Народной Республики)."),
    dict(slug="russia", name_zh="俄羅斯", name_en="Russia", name_ru="Россия", iso_code="RUS", ru_sort_key="Россия",
         aliases="俄羅斯聯邦\nRussian Federation\nРоссийская Федерация\n俄\n俄國"),
    dict(slug="kazakhstan", name_zh="哈薩克", name_en="Kazakhstan", name_ru="Казахстан", iso_code="KAZ", ru_sort_key="Казахстан",
         aliases="哈薩克斯坦\n哈薩克斯坦共和國\nRepublic of Kazakhstan\nРеспублика Казахстан\n哈"),
    dict(slug="kyrgyzstan", name_zh="吉爾吉斯", name_en="Kyrgyzstan", name_ru="Кыргызстан", iso_code="KGZ", ru_sort_key="Кыргызстан",
         aliases="吉爾吉斯共和國\n吉爾吉斯斯坦\nKyrgyz Republic\nКыргызская Республика\n吉"),
    dict(slug="tajikistan", name_zh="塔吉克", name_en="Tajikistan", name_ru="Таджикистан", iso_code="TJK", ru_sort_key="Таджикистан",
         aliases="塔吉克斯坦\n塔吉克斯坦共和國\nRepublic of Tajikistan\nРеспублика Таджикистан\n塔"),
    dict(slug="uzbekistan", name_zh="烏茲別克", name_en="Uzbekistan", name_ru="Узбекистан", iso_code="UZB", ru_sort_key="Узбекистан",
         aliases="烏茲別克斯坦\nРеспублика Узбекистан"),
    dict(slug="ussr", name_zh="蘇聯", name_en="Soviet Union", name_ru="СССР", iso_code="", ru_sort_key="СССР",
         aliases="USSR\n中蘇\nСоюз Советских Социалистических Республик", note="Dissolved in December 1991 (引言)."),
    dict(slug="mongolia", name_zh="蒙古", name_en="Mongolia", name_ru="Монголия", iso_code="MNG", ru_sort_key="Монголия",
         aliases="蒙古國"),
    dict(slug="afghanistan", name_zh="阿富汗", name_en="Afghanistan", name_ru="Афганистан", iso_code="AFG", ru_sort_key="Афганистан",
         aliases="阿富汗過渡政府\nAfghan Transitional Administration"),
    dict(slug="turkmenistan", name_zh="土庫曼", name_en="Turkmenistan", name_ru="Туркменистан", iso_code="TKM",
         ru_sort_key="Туркменистан", aliases="土庫曼斯坦"),
]
# None of these Russian state names is printed by the chapter in this form: they are supplied.
for _state in STATES:
    _state.setdefault("note", "")
    _state["note"] = (_state["note"] + "\n" if _state["note"] else "") + "Russian name supplied (not printed in the chapter in this form)."

PLACES = [
    dict(slug="shanghai", name_zh="上海", name_en="Shanghai", state="china"),
    dict(slug="beijing", name_zh="北京", name_en="Beijing", state="china"),
    dict(slug="moscow", name_zh="莫斯科", name_en="Moscow", name_ru="Москва", state="russia", aliases="В Москве"),
    dict(slug="st-petersburg", name_zh="聖彼得堡", name_en="St Petersburg", name_ru="Санкт-Петербург", state="russia",
         aliases="彼得堡\nSaint Petersburg\nПетербург\nВ Петербурге"),
    dict(slug="almaty", name_zh="阿拉木圖", name_en="Almaty", name_en_is_translation=False,
         name_ru="Алматы", name_ru_latn="Almaty", state="kazakhstan",
         aliases="哈薩克斯坦前首都", note="The chapter calls it Kazakhstan's former capital (哈薩克斯坦前首都)."),
    dict(slug="astana", name_zh="阿斯塔納", name_en="Astana", state="kazakhstan", aliases="哈薩克首都"),
    dict(slug="bishkek", name_zh="比什凱克", name_en="Bishkek", name_en_is_translation=False,
         name_ru="Бишкек", name_ru_latn="Bishkek", state="kyrgyzstan"),
    dict(slug="dushanbe", name_zh="杜尚別", name_en="Dushanbe", name_en_is_translation=False,
         name_ru="Душанбе", name_ru_latn="Dushanbe", state="tajikistan"),
    dict(slug="tashkent", name_zh="塔什干", name_en="Tashkent", name_ru="Ташкент", state="uzbekistan"),
    dict(slug="xinjiang", name_zh="新疆", name_en="Xinjiang", state="china", kind="region",
         aliases="新疆維吾爾自治區\nXinjiang Uyghur Autonomous Region"),
    dict(slug="eastern-kazakhstan", name_zh="哈薩克東部", name_en="Eastern Kazakhstan", state="kazakhstan", kind="region"),
    dict(slug="china-kyrgyzstan-border", name_zh="中吉邊界", name_en="China–Kyrgyzstan border area", kind="site",
         note="The chapter: 演習的地點在兩國邊界 (the exercise took place on the two countries' border)."),
]
for _place in PLACES:
    _place.setdefault("kind", "city")
    if _place["slug"] in {"moscow", "st-petersburg", "tashkent"}:
        # The chapter prints Алматы, Бишкек and Душанбе; these Russian names are supplied.
        _place["note"] = (_place.get("note", "") + "\n" if _place.get("note") else "") + "Russian name supplied (not printed in the chapter)."

TOPICS = [
    dict(slug="border", name_zh="邊界問題", name_en="Border settlement"),
    dict(slug="confidence-building", name_zh="軍事領域信任", name_en="Military confidence-building"),
    dict(slug="force-reduction", name_zh="邊境裁軍", name_en="Border force reduction"),
    dict(slug="regional-security", name_zh="地區安全", name_en="Regional security"),
    dict(slug="counter-terrorism", name_zh="反恐（三股勢力）", name_en="Counter-terrorism (the three evil forces)",
         aliases="三股惡勢力\n三股勢力\nterrorism, separatism and extremism"),
    dict(slug="economy-trade", name_zh="經貿合作", name_en="Economic and trade cooperation"),
    dict(slug="energy", name_zh="能源", name_en="Energy"),
    dict(slug="geopolitics", name_zh="地緣政治", name_en="Geopolitics"),
    dict(slug="institution-building", name_zh="組織建設", name_en="Institution-building"),
    dict(slug="military-exercises", name_zh="聯合軍事演習", name_en="Joint military exercises"),
    dict(slug="narcotics", name_zh="毒品與走私", name_en="Narcotics and smuggling"),
    dict(slug="membership", name_zh="成員與觀察員", name_en="Membership and observers"),
]

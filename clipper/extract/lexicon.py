"""Words in several languages that both extract stages recognise.

The HTML stage (rules in ``extract/html/rules.py``) and the plain-text stage
(rules in ``extract/text/rules.py``) read some of the same words: the names of
the months and of the days of the week, the words that join authors' names,
and the labels of links to other stories ("read also"). They are listed once
here, and each rules module takes what it needs and says where it differs. To teach clipper a language, add its words here.

All values are immutable (strings, tuples and read-only mappings).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# Month names and abbreviations by language: the twelve months in order,
# separated by commas, each month's forms by spaces; lower-case, no final dot.
# A month left empty has a name that is another language's other month, or a
# common word that would stop names reading as names (see the comment there).
# Russian has the nominative ("январь") and the genitive a date uses ("января").
MONTH_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "en": "january jan, february feb, march mar, april apr, may, june jun, july jul, august aug, september sep sept, october oct, november nov, december dec",
        "de": "januar, februar febr, märz maerz, april, mai, juni, juli, august, september, oktober okt, november, dezember dez",
        "fr": "janvier janv, février fevrier févr fevr, mars, avril avr, mai, juin, juillet juil, août aout, septembre, octobre, novembre, décembre decembre déc",
        "es": "enero ene, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre setiembre, octubre, noviembre, diciembre dic",
        "it": "gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre dic",
        "pt": "janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro dez",
        "nl": "januari, februari, maart mrt, april, mei, juni, juli, augustus, september, oktober, november, december",
        "ru": "января январь янв, февраля февраль фев, марта март, апреля апрель апр, мая май, июня июнь июн, июля июль июл, августа август авг, сентября сентябрь сен сент, октября октябрь окт, ноября ноябрь ноя нояб, декабря декабрь дек",
        "uk": "січня січень, лютого лютий, березня березень, квітня квітень, травня травень, червня червень, липня липень, серпня серпень, вересня вересень, жовтня жовтень, листопада листопад, грудня грудень",
        "pl": "stycznia styczeń, lutego luty, marca marzec, kwietnia kwiecień, maja, czerwca czerwiec, lipca lipiec, sierpnia sierpień, września wrzesień, października październik, listopada, grudnia grudzień",
        "cs": "ledna leden, února únor, března březen, dubna duben, května květen, června červen, července červenec, srpna srpen, září, října říjen, listopadu listopad, prosince prosinec",
        "sv": "januari, februari, mars, april, maj, juni, juli, augusti, september, oktober, november, december",
        "da": "januar, februar, marts, april, maj, juni, juli, august, september, oktober, november, december",
        "nb": "januar, februar, mars, april, mai, juni, juli, august, september, oktober, november, desember",
        "fi": "tammikuuta tammikuu, helmikuuta helmikuu, maaliskuuta maaliskuu, huhtikuuta huhtikuu, toukokuuta toukokuu, kesäkuuta kesäkuu, heinäkuuta heinäkuu, elokuuta elokuu, syyskuuta syyskuu, lokakuuta lokakuu, marraskuuta marraskuu, joulukuuta joulukuu",
        "hu": "január, február, március, április, május, június, július, augusztus, szeptember, október, november, december",
        "ro": "ianuarie, februarie, martie, aprilie, mai, iunie, iulie, august, septembrie, octombrie, noiembrie, decembrie",
        "ca": "gener, febrer, març, abril, maig, juny, juliol, agost, setembre, octubre, novembre, desembre",
        "tr": "ocak, şubat, mart, nisan, mayıs, haziran, temmuz, ağustos, eylül, ekim, kasım, aralık",
        "id": "januari, februari, maret, april, mei, juni, juli, agustus, september, oktober, november, desember",
        "el": "ιανουαρίου, φεβρουαρίου, μαρτίου, απριλίου, μαΐου, ιουνίου, ιουλίου, αυγούστου, σεπτεμβρίου, οκτωβρίου, νοεμβρίου, δεκεμβρίου",
        "is": "janúar, febrúar, mars, apríl, maí, júní, júlí, ágúst, september, október, nóvember, desember",
        "sk": "januára január, februára február, marca marec, apríla apríl, mája máj, júna jún, júla júl, augusta august, septembra september, októbra október, novembra november, decembra december",
        "sl": "januarja januar, februarja februar, marca marec, aprila april, maja maj, junija junij, julija julij, avgusta avgust, septembra september, oktobra oktober, novembra november, decembra december",
        # Croatian "listopad(a)" is October, Czech and Polish November: left
        # out, a date unread rather than read a month late
        "hr": "siječnja siječanj, veljače veljača, ožujka ožujak, travnja travanj, svibnja svibanj, lipnja lipanj, srpnja srpanj, kolovoza kolovoz, rujna rujan, , studenoga studenog studeni, prosinca prosinac",
        # Serbian and Bosnian in Latin letters, then Serbian in Cyrillic
        "sr": "januara januar, februara februar, marta mart, aprila april, maja maj, juna jun juni, jula jul juli, avgusta avgust augusta, septembra septembar, oktobra oktobar, novembra novembar, decembra decembar",
        "sr-cyrl": "јануара јануар, фебруара фебруар, марта март, априла април, маја мај, јуна јун, јула јул, августа август, септембра септембар, октобра октобар, новембра новембар, децембра децембар",
        "mk": "јануари, февруари, март, април, мај, јуни, јули, август, септември, октомври, ноември, декември",
        "bg": "януари, февруари, март, април, май, юни, юли, август, септември, октомври, ноември, декември",
        "be": "студзеня студзень, лютага люты, сакавіка сакавік, красавіка красавік, мая травень, чэрвеня чэрвень, ліпеня ліпень, жніўня жнівень, верасня верасень, кастрычніка кастрычнік, лістапада лістапад, снежня снежань",
        "lt": "sausio, vasario, kovo, balandžio, gegužės, birželio, liepos, rugpjūčio, rugsėjo, spalio, lapkričio, gruodžio",
        "lv": "janvārī janvāris, februārī februāris, martā marts, aprīlī aprīlis, maijā maijs, jūnijā jūnijs, jūlijā jūlijs, augustā augusts, septembrī septembris, oktobrī oktobris, novembrī novembris, decembrī decembris",
        "et": "jaanuar jaan, veebruar veebr, märts, aprill, mai, juuni, juuli, august aug, september sept, oktoober okt, november nov, detsember dets",
        "sq": "janar, shkurt, mars, prill, maj, qershor, korrik, gusht, shtator, tetor, nëntor, dhjetor",
        # Malay: "mac" (March) is left out, a name's part too ("Mac Jones")
        "ms": "januari, februari, , april, mei, jun, julai, ogos, september, oktober, november, disember",
        "tl": "enero, pebrero, marso, abril, mayo, hunyo, hulyo, agosto, setyembre, oktubre, nobyembre, disyembre",
        "sw": "januari, februari, machi, aprili, mei, juni, julai, agosti, septemba, oktoba, novemba, desemba",
        "gl": "xaneiro, febreiro, marzo, abril, maio, xuño, xullo, agosto, setembro, outubro, novembro, decembro",
        # Hebrew dates put "ב" ("in") before the month: "2 בדצמבר 2026"
        "he": "ינואר בינואר, פברואר בפברואר, מרץ במרץ, אפריל באפריל, מאי במאי, יוני ביוני, יולי ביולי, אוגוסט באוגוסט, ספטמבר בספטמבר, אוקטובר באוקטובר, נובמבר בנובמבר, דצמבר בדצמבר",
        # Arabic: the Egyptian names, then the Levantine ones of one word
        "ar": "يناير, فبراير شباط, مارس آذار, أبريل ابريل إبريل نيسان, مايو أيار, يونيو حزيران, يوليو تموز, أغسطس اغسطس, سبتمبر أيلول, أكتوبر اكتوبر, نوفمبر, ديسمبر",
        "ur": "جنوری, فروری, مارچ, اپریل, مئی, جون, جولائی, اگست, ستمبر, اکتوبر, نومبر, دسمبر",
    }
)


def month_numbers(*languages: str) -> Mapping[str, int]:
    """Every month name of ``languages`` -> its number (1-12), read-only."""
    return MappingProxyType(
        {
            name: number
            for language in languages
            for number, forms in enumerate(MONTH_NAMES[language].split(","), start=1)
            for name in forms.split()
        }
    )


# Every language above: for dates written out in a text dump.
MONTHS: Mapping[str, int] = month_numbers(*MONTH_NAMES)
# The languages whose dates the HTML stage reads beside a headline. The
# languages added after these (Ukrainian onwards) are the text stage's: in a
# copy an unread date hides the article's head, while the HTML stage has the
# page's markup and metadata for its dates, and reading these there changed
# no page's date.
HEADLINE_MONTHS: Mapping[str, int] = month_numbers("en", "de", "fr", "es", "it", "pt", "nl", "ru")
# English only: for dates written out in an HTML page's byline or dateline.
ENGLISH_MONTHS: Mapping[str, int] = month_numbers("en")

# Day names by language, Monday first, separated by commas; a day's full name
# first, then its abbreviations, by spaces; lower-case, no final dot.
WEEKDAY_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "en": "monday mon, tuesday tue, wednesday wed, thursday thu, friday fri, saturday sat, sunday sun",
        "de": "montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonntag",
        "fr": "lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche",
        "es": "lunes, martes, miércoles, jueves, viernes, sábado, domingo",
        "nl": "maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag, zondag",
    }
)


def weekday_names(*languages: str, abbreviated: bool = True) -> frozenset[str]:
    """The day names of ``languages``; without ``abbreviated``, only the full names."""
    return frozenset(
        name
        for language in languages
        for forms in WEEKDAY_NAMES[language].split(",")
        for name in (forms.split() if abbreviated else forms.split()[:1])
    )


# Every language above, abbreviations too: for dates written out in a text dump.
WEEKDAYS: frozenset[str] = weekday_names(*WEEKDAY_NAMES)
# The seven English names in full: for bylines in an HTML page ("Staff Writer Monday").
ENGLISH_WEEKDAYS: frozenset[str] = weekday_names("en", abbreviated=False)

# The label a news site puts before a link to another of its stories ("Read
# also: <headline>") or over a list of them, by language (one key for the
# languages that share them): regular-expression alternatives, lower-case,
# written so that upper-casing them spells the label in capitals ("LES OGSÅ"):
# letters, spaces, "?", "(?:" and character classes only, no backslash escapes. English and the languages the rules
# modules had before keep their own forms there (``extract/text/rules.py``
# SOFT_END_MARKERS and "chrome: related link", ``extract/html/rules.py``
# _PHRASES).
READ_ALSO: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "nb nn": (
            "les (?:også|òg|meir|mer)",
            "relaterte (?:saker|artikler|nyheter)",
            "mer om saken",
        ),
        "sv": ("läs (?:också|även|mer)", "relaterade (?:artiklar|nyheter)"),
        "da": ("læs (?:også|mere)", "relaterede (?:artikler|nyheder)"),
        "is": ("lestu (?:einnig|líka|meira)", "tengdar fréttir"),
        "sk": ("čítajte (?:aj|tiež)", "prečítajte si (?:aj|tiež)", "súvisiace (?:články|správy)"),
        "sl": ("preberite (?:še|tudi)", "preberi (?:še|tudi)", "(?:povezane|sorodne) novice"),
        "hr bs sr": (
            "pročitajte (?:još|i|također|takođe)",
            "pročitaj(?:te)? više",
            "(?:povezane|vezane|srodne) (?:vijesti|vesti)",
            "povezani (?:članci|tekstovi)",
        ),
        "sr-cyrl": ("прочитајте (?:још|и|такође)", "(?:повезане|сродне) вести"),
        "mk": ("прочитајте (?:уште|повеќе|и)", "поврзани (?:вести|написи)"),
        "bg": (
            "прочетете (?:още|също)",
            "още по темата",
            "свързани (?:новини|статии)",
            "вижте (?:още|също)",
        ),
        "uk": (
            "читайте (?:також|ще)",
            "дивіться також",
            "(?:схожі|пов['’]язані) новини",
            "за темою",
        ),
        "be": ("чытайце (?:таксама|яшчэ)", "глядзіце таксама", "па тэме"),
        "lt": (
            "taip pat skaitykite",
            "skaitykite (?:taip pat|daugiau)",
            "susiję straipsniai",
            "susijusios naujienos",
        ),
        "lv": ("lasi(?:et)? arī", "saistītie raksti", "saistītās ziņas"),
        "et": ("loe (?:ka|lisaks)", "seotud (?:artiklid|uudised|lood)", "vaata ka"),
        "hu": (
            "ezt is olvassa el",
            "olvassa el (?:ezt is|még)",
            "kapcsolódó (?:cikkek|cikk|hírek)",
            "ajánlott cikkek",
        ),
        "ro": (
            "cite[șşs]te (?:[șşs]i|mai mult)",
            "vezi [șşs]i",
            "articole (?:similare|asemănătoare)",
            "[șşs]tiri similare",
        ),
        # capitals drop the accents: "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ"
        "el": (
            "διαβ[άα]στε (?:επ[ίι]σης|ακ[όο]μα|ακ[όο]μη)",
            "σχετικ[άα] [άα]ρθρα",
            "σχετικ[έε]ς ειδ[ήη]σεις",
        ),
        # "[iİ]": the Turkish capital of "i" is "İ"
        "tr": (
            "ayrıca (?:okuyun|bakınız)",
            "bunu da okuyun",
            "[iİ]lg[iİ]l[iİ] haber(?:ler)?",
            "benzer haberler",
            "[iİ]lg[iİ]n[iİ]z[iİ] çekeb[iİ]l[iİ]r",
        ),
        "sq": ("lexo(?:ni)? (?:edhe|gjithashtu|më shumë)", "lajme (?:të ngjashme|të lidhura)"),
        "he": ("קראו גם", "קרא גם", "עוד בנושא", "כתבות (?:נוספות|קשורות)"),
        "ar": (
            "[اإ]قر[أا] (?:[أا]يض[اً]+|المزيد)",
            "(?:مقالات|أخبار|اخبار) ذات صلة",
            "طالع (?:أيضا|أيضاً|ايضا)",
        ),
        "fa": ("بیشتر بخوانید", "همچنین بخوانید", "(?:مطالب|اخبار) مرتبط"),
        "ur": ("یہ بھی پڑھیں", "مزید پڑھیں", "متعلقہ خبریں"),
        "hi": ("(?:यह|ये|इसे) भी पढ़ें", "और पढ़ें", "संबंधित (?:खबरें|ख़बरें)"),
        "mr": ("हेही वाचा", "हे (?:पण|ही) वाचा", "अधिक वाचा", "संबंधित बातम्या"),
        "bn": ("আর[ওো] পড়ুন", "এটাও পড়ুন", "সম্পর্কিত খবর"),
        "ta": ("மேலும் படிக்க", "இதையும் (?:படிக்க|படியுங்கள்)", "தொடர்புடைய செய்திகள்"),
        "te": ("(?:ఇది|ఇవి) కూడా చదవండి", "మరింత చదవండి", "సంబంధిత వార్తలు"),
        "th": ("อ่าน(?:เพิ่มเติม|ต่อ)", "(?:อ่าน)?ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง"),
        "vi": ("xem thêm", "đọc thêm", "(?:tin|bài) liên quan", "có thể bạn quan tâm"),
        "id ms": ("baca (?:juga|lagi)", "lihat juga", "(?:berita|artikel) (?:terkait|berkaitan)"),
        "tl": ("basahin (?:din|rin)", "kaugnay na (?:balita|artikulo)"),
        "sw": ("soma (?:pia|zaidi)", "habari (?:zinazohusiana|zaidi)"),
        "ca": (
            "llegiu també",
            "llegeix també",
            "notícies relacionades",
            "articles relacionats",
            "també et pot interessar",
        ),
        "gl": ("l[ée]a? tamén", "(?:noticias|artigos) relacionad[ao]s"),
        "eu": ("irakurri (?:ere|gehiago)", "(?:lotutako|erlazionatutako) (?:albisteak|berriak)"),
        "ko": ("관련 ?기사", "관련 ?뉴스", "함께 (?:보면 좋은 기사|읽기)", "같이 보기"),
    }
)
# Every language's labels as one alternation, compiled into both stages' joined patterns.
READ_ALSO_LABELS = "|".join(label for labels in READ_ALSO.values() for label in labels)
# The same labels in capitals, for scripts that have them ("BACA JUGA Headline").
READ_ALSO_CAPITALS = "|".join(
    label.upper() for labels in READ_ALSO.values() for label in labels if label.upper() != label
)

# What stands between such a label and its headline on one line.
READ_ALSO_MARK = r"[:：»>›|–—]"

# An advertisement's label, alone on its line, by language: regular-expression
# alternatives, lower-case. The languages the rules modules had before keep
# theirs there ("chrome: advertisement", the HTML stage's _PHRASES).
ADVERTISEMENT: Mapping[str, str] = MappingProxyType(
    {
        "nb nn": "annonse",
        "sv": "annons",
        "da": "annonce",
        "is": "auglýsing",
        "nl": "advertentie",
        "fi": "mainos",
        "pt gl": "publicidade",
        "sl hr bs sr": "oglas",
        "sr-cyrl mk": "оглас",
        "be": "рэклама",
        "lv": "reklāma",
        "et": "reklaam",
        "hu": "hirdetés",
        "ro": "publicitate",
        "el": "διαφ[ήη]μιση",
        "tr": "reklam",
        "sq": "reklamë",
        "he": "פרסומת",
        "ar": "[إا]علان",
        "fa": "تبلیغات|آگهی",
        "ur": "اشتہار",
        "hi": "विज्ञापन",
        "mr": "जाहिरात",
        "bn": "বিজ্ঞাপন",
        "ta": "விளம்பரம்",
        "te": "ప్రకటన",
        "th": "โฆษณา",
        "vi": "quảng cáo",
        "id ms": "iklan",
        "tl": "patalastas|anunsyo",
        "sw": "tangazo",
        "ca": "publicitat",
        "eu": "publizitatea|iragarkia",
        "ko": "광고",
    }
)
ADVERTISEMENT_LABELS = "|".join(ADVERTISEMENT.values())

# What a page's notice says of JavaScript when a reader's browser runs none
# ("Please enable JavaScript", "JavaScript ist deaktiviert", "Activez JavaScript"):
# the words for switching it on, for it being off and for needing it, by
# language; regular-expression alternatives, lower-case, as whole words.
SCRIPT_SWITCH: Mapping[str, str] = MappingProxyType(
    {
        "en": "enable|enabled|turn on|turned on|activate|disabled|turned off|required|requires",
        "de": "aktivieren|aktiviere|aktiviert|einschalten|eingeschaltet|deaktiviert|ausgeschaltet"
        "|erforderlich|benötigt|benötigen",
        "fr": "activez|activer|activé|désactivé|nécessite|nécessaire|requis",
        "es": "habilita|habilite|habilitar|habilitado|deshabilitado|activa|active|activar"
        "|activado|desactivado|requiere",
        "it": "abilita|abilitare|abilitato|disabilitato|attiva|attivare|attivato|richiede",
        "pt": "ative|ativar|ativado|desativado|habilite|desabilitado|requer",
        "nl": "inschakelen|ingeschakeld|uitgeschakeld|schakel|vereist",
        "pl": "włącz|włączyć|włączony|wyłączony|wymaga",
        "sv nb nn da": "aktivera|aktiverat|aktiver|aktiveret|aktivert|avstängt|inaktiverat"
        "|deaktiveret|deaktivert|kräver|kræver|krever",
        "cs sk": "povolte|povoľte|zapněte|zapnite|vypnutý|vypnutý|vyžaduje",
        "ru uk": "включите|включить|включен|отключен|выключен|требуется|увімкніть|вимкнено",
        "tr": "etkinleştirin|etkinleştir|devre dışı",
        "hu ro": "engedélyezze|kapcsolja be|activați|dezactivat",
    }
)
SCRIPT_SWITCH_WORDS = "|".join(SCRIPT_SWITCH.values())
# The same in scripts without spaces, right beside the word ("JavaScriptを有効にして",
# "请启用JavaScript", "JavaScript를 활성화").
SCRIPT_SWITCH_CJK = "有効|無効|启用|啟用|开启|開啟|禁用|停用|활성화|비활성화|사용 설정"

# The heading of a "most read" or "most popular" list, by language: regular-
# expression alternatives, lower-case (the older languages' are in the rules
# modules, "popular and recent lists").
MOST_READ: Mapping[str, str] = MappingProxyType(
    {
        "nb nn": "mest (?:lest|leste|lesne|populære)",
        "sv": "mest (?:lästa|läst)",
        "da": "mest (?:læste|læst)",
        "is": "mest lesið|mest lesnu fréttir",
        "sk": "najčítanejšie(?: články| správy)?",
        "sl": "najbolj bran[eo](?: novice)?",
        "hr bs sr": "najčitanij[ie](?: vijesti| vesti)?|najpopularnij[ie]",
        "sr-cyrl mk": "најчитаниј[ие]|најчитани",
        "bg": "най-четени(?:те)?|най-четено",
        "uk": "найпопулярніше|найчитаніше|найпопулярніші новини",
        "be": "самае папулярнае|найбольш чытаныя",
        "lt": "skaitomiausi(?: straipsniai)?|populiariausi",
        "lv": "lasītākie(?: raksti)?|populārākie",
        "et": "loetumad(?: lood| uudised)?|populaarseimad",
        "hu": "(?:a )?legolvasottabb(?:ak| cikkek| hírek)?|legnépszerűbb(?:ek)?",
        "ro": "cele mai (?:citite|populare)(?: articole| știri| ştiri)?",
        "el": "τα πιο (?:δημοφιλ[ήη]|διαβασμ[έε]να)",
        "tr": "en çok (?:okunan(?:lar)?|okunan haberler)|en popüler",
        "sq": "më të lexuar(?:at|a)",
        "he": "הנקראים ביותר|הכי נקראים|הנצפים ביותר",
        "ar": "ال[أا]كثر (?:قراءة|مشاهدة)",
        "fa": "پربازدیدترین(?:[\u200c ]?ها)?|پربیننده[\u200c ]?ترین(?:[\u200c ]?ها)?",
        "ur": "سب سے زیادہ پڑھی جانے والی(?: خبریں)?",
        "hi": "सबसे (?:ज्यादा|ज़्यादा|अधिक) पढ़ी (?:गई|गयी)(?: खबरें)?",
        "mr": "सर्वाधिक वाचलेल्या(?: बातम्या)?",
        "bn": "সর্বাধিক পঠিত|সবচেয়ে বেশি পঠিত",
        "ta": "அதிகம் (?:படிக்கப்பட்டவை|வாசிக்கப்பட்டவை)",
        "te": "ఎక్కువగా చదివినవి",
        "th": "(?:ข่าว)?ยอดนิยม|อ่านมากที่สุด",
        "vi": "(?:tin )?(?:đọc|xem) nhiều(?: nhất)?",
        "id ms": "(?:berita )?terpopuler|paling (?:banyak dibaca|popular|ramai dibaca)",
        "tl": "pinakabinasa|pinakasikat",
        "sw": "(?:habari )?(?:zilizosomwa|maarufu) zaidi",
        "ca": "(?:les )?més (?:llegides|llegits|vistes)",
        "gl": "(?:as )?máis (?:lidas|vistas)",
        "eu": "irakurrienak|ikusienak",
        "ko": "많이 본 (?:뉴스|기사)|인기 ?기사",
    }
)
MOST_READ_LABELS = "|".join(MOST_READ.values())

# What joins several authors' names in a byline ("A, B and C", "A und B",
# "A et B", "A y B", "A e B", "A и B", "A、B"), as regular-expression alternatives.
AUTHOR_JOINERS: tuple[str, ...] = (
    ",",
    ";",
    "&",
    r"\band\b",
    r"\bund\b",
    r"\bet\b",
    # one lower-case letter only: a capital "Y" or "E" is a middle initial
    r"(?-i:\by\b)",
    r"(?-i:\be\b)",
    r"\bи\b",
    "、",
)
# Degree and professional letters after a name ("Brenda Goodman, MA"): not a
# second author.
NAME_SUFFIXES: frozenset[str] = frozenset(
    {"MA", "MS", "MSc", "MBA", "MD", "M.D.", "PhD", "Ph.D.", "RN", "JD", "BSc", "BA", "DDS", "MPH"}
)

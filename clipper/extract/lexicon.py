"""Words in several languages that both extract stages recognise.

The HTML stage (rules in ``extract/html/rules.py``) and the plain-text stage
(rules in ``extract/text/rules.py``) read some of the same words: the names of
the months and of the days of the week, the words that join authors' names,
and the labels of links to other stories ("read also"). They are listed once
here, and each rules module takes what it needs and says where it differs. To teach clipper a language, add its words here.

All values are immutable (strings, tuples and read-only mappings).
"""

from __future__ import annotations

import unicodedata
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
        # Turkish, then as capitals lower-case ("ARALIK" -> "aralik")
        "tr": "ocak, şubat subat, mart, nisan, mayıs mayis, haziran, temmuz, ağustos agustos, eylül eylul, ekim, kasım kasim, aralık aralik",
        # (not "des" for desember: French "12 des 2000 candidats" is no date)
        "id": "januari, februari, maret, april, mei, juni, juli, agustus agu agt ags, september, oktober, november, desember",
        # Greek: the genitive a date uses, then as capitals print it (no accent:
        # "ΔΕΚΕΜΒΡΙΟΥ"), then the abbreviations
        "el": "ιανουαρίου ιανουαριου ιαν, φεβρουαρίου φεβρουαριου φεβ, μαρτίου μαρτιου, απριλίου απριλιου απρ, μαΐου μαιου μαϊου, ιουνίου ιουνιου, ιουλίου ιουλιου, αυγούστου αυγουστου αυγ, σεπτεμβρίου σεπτεμβριου σεπ, οκτωβρίου οκτωβριου οκτ, νοεμβρίου νοεμβριου νοε, δεκεμβρίου δεκεμβριου δεκ",
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
        # (the Levantine names of two words are MONTH_PHRASES), then the Maghreb's
        "ar": "يناير جانفي, فبراير شباط فيفري, مارس آذار, أبريل ابريل إبريل نيسان أفريل افريل, مايو أيار ماي, يونيو حزيران جوان, يوليو تموز جويلية يوليوز, أغسطس اغسطس آب أوت اوت غشت, سبتمبر أيلول ايلول شتنبر, أكتوبر اكتوبر, نوفمبر نونبر, ديسمبر دجنبر",
        "ur": "جنوری, فروری, مارچ, اپریل, مئی, جون, جولائی, اگست, ستمبر, اکتوبر, نومبر, دسمبر",
        # Indic scripts: their vowel signs are combining marks, so these are read by
        # name (rules.DATE_PATTERNS' script months), not as a run of letters
        "hi": "जनवरी, फ़रवरी फरवरी, मार्च, अप्रैल अप्रेल, मई, जून, जुलाई, अगस्त, सितंबर सितम्बर, अक्टूबर अक्तूबर, नवंबर नवम्बर, दिसंबर दिसम्बर",
        "mr": "जानेवारी, फेब्रुवारी, मार्च, एप्रिल, मे, जून, जुलै, ऑगस्ट, सप्टेंबर, ऑक्टोबर, नोव्हेंबर, डिसेंबर",
        "bn": "জানুয়ারি জানুয়ারী, ফেব্রুয়ারি ফেব্রুয়ারী, মার্চ, এপ্রিল, মে, জুন, জুলাই, আগস্ট আগষ্ট, সেপ্টেম্বর, অক্টোবর, নভেম্বর, ডিসেম্বর",
        "ta": "ஜனவரி, பிப்ரவரி, மார்ச், ஏப்ரல், மே, ஜூன், ஜூலை, ஆகஸ்ட், செப்டம்பர், அக்டோபர், நவம்பர், டிசம்பர்",
        "te": "జనవరి, ఫిబ్రవరి, మార్చి, ఏప్రిల్, మే, జూన్, జూలై, ఆగస్టు ఆగస్ట్, సెప్టెంబర్ సెప్టెంబరు, అక్టోబర్ అక్టోబరు, నవంబర్ నవంబరు, డిసెంబర్ డిసెంబరు",
        "gu": "જાન્યુઆરી, ફેબ્રુઆરી, માર્ચ, એપ્રિલ, મે, જૂન, જુલાઈ, ઓગસ્ટ ઑગસ્ટ, સપ્ટેમ્બર, ઓક્ટોબર ઑક્ટોબર, નવેમ્બર, ડિસેમ્બર",
        "pa": "ਜਨਵਰੀ, ਫ਼ਰਵਰੀ ਫਰਵਰੀ, ਮਾਰਚ, ਅਪ੍ਰੈਲ ਅਪਰੈਲ, ਮਈ, ਜੂਨ, ਜੁਲਾਈ, ਅਗਸਤ, ਸਤੰਬਰ, ਅਕਤੂਬਰ, ਨਵੰਬਰ, ਦਸੰਬਰ",
        "kn": "ಜನವರಿ, ಫೆಬ್ರವರಿ, ಮಾರ್ಚ್, ಏಪ್ರಿಲ್, ಮೇ, ಜೂನ್, ಜುಲೈ, ಆಗಸ್ಟ್, ಸೆಪ್ಟೆಂಬರ್, ಅಕ್ಟೋಬರ್, ನವೆಂಬರ್, ಡಿಸೆಂಬರ್",
        "ml": "ജനുവരി, ഫെബ്രുവരി, മാർച്ച്, ഏപ്രിൽ, മേയ് മെയ്, ജൂൺ, ജൂലൈ, ഓഗസ്റ്റ് ആഗസ്റ്റ്, സെപ്റ്റംബർ, ഒക്ടോബർ, നവംബർ, ഡിസംബർ",
        # Thai: full names and the dotted abbreviations ("ธ.ค."); years are the Buddhist
        # era's (2569 = 2026), read by rules.DATE_PATTERNS' Thai pattern
        "th": "มกราคม ม.ค, กุมภาพันธ์ ก.พ, มีนาคม มี.ค, เมษายน เม.ย, พฤษภาคม พ.ค, มิถุนายน มิ.ย, กรกฎาคม ก.ค, สิงหาคม ส.ค, กันยายน ก.ย, ตุลาคม ต.ค, พฤศจิกายน พ.ย, ธันวาคม ธ.ค",
        # Persian names of the Gregorian months (the solar months are SOLAR_MONTH_NAMES)
        "fa": "ژانویه ژانویهٔ, فوریه, مارس, آوریل, مه می, ژوئن, ژوئیه جولای, اوت آگوست اگوست, سپتامبر, اکتبر, نوامبر, دسامبر",
    }
)


# Month names of two words: the Levantine Arabic "كانون الثاني" (January) and its
# kin, with and without the hamza.
MONTH_PHRASES: Mapping[str, int] = MappingProxyType(
    {
        "كانون الثاني": 1,
        "كانون الأول": 12,
        "كانون الاول": 12,
        "تشرين الأول": 10,
        "تشرين الاول": 10,
        "تشرين الثاني": 11,
    }
)

# The solar Hijri months (Iran's and Afghanistan's calendar: "۱۲ آذر ۱۴۰۵"), Farvardin
# first: the Persian names, then the Dari zodiac names Afghanistan uses.
SOLAR_MONTH_NAMES: str = (
    "فروردین حمل, اردیبهشت ثور, خرداد جوزا, تیر سرطان, مرداد اسد, شهریور سنبله,"
    " مهر میزان, آبان عقرب, آذر قوس, دی جدی, بهمن دلو, اسفند حوت"
)


def month_numbers(*languages: str) -> Mapping[str, int]:
    """Every month name of ``languages`` -> its number (1-12), read-only (in NFC,
    as a text dump's lines are: "फ़रवरी" keeps its nukta as a mark)."""
    return MappingProxyType(
        {
            unicodedata.normalize("NFC", name): number
            for language in languages
            for number, forms in enumerate(MONTH_NAMES[language].split(","), start=1)
            for name in forms.split()
        }
    )


# Every language above, and the names of two words: for dates written out in a text dump.
MONTHS: Mapping[str, int] = MappingProxyType({**month_numbers(*MONTH_NAMES), **MONTH_PHRASES})
SOLAR_MONTHS: Mapping[str, int] = MappingProxyType(
    {
        name: number
        for number, forms in enumerate(SOLAR_MONTH_NAMES.split(","), start=1)
        for name in forms.split()
    }
)
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
        "it": "lunedì, martedì, mercoledì, giovedì, venerdì, sabato, domenica",
        "pt": "segunda-feira, terça-feira, quarta-feira, quinta-feira, sexta-feira, sábado, domingo",
        "pl": "poniedziałek, wtorek, środa, czwartek, piątek, sobota, niedziela",
        "cs": "pondělí, úterý, středa, čtvrtek, pátek, sobota, neděle",
        "sv": "måndag, tisdag, onsdag, torsdag, fredag, lördag, söndag",
        "da nb": "mandag, tirsdag, onsdag, torsdag, fredag, lørdag, søndag",
        "fi": "maanantai, tiistai, keskiviikko, torstai, perjantai, lauantai, sunnuntai",
        "hu": "hétfő, kedd, szerda, csütörtök, péntek, szombat, vasárnap",
        "ro": "luni, marți marţi, miercuri, joi, vineri, sâmbătă, duminică",
        "tr": "pazartesi, salı, çarşamba, perşembe, cuma, cumartesi, pazar",
        "id ms": "senin isnin, selasa, rabu, kamis khamis, jumat jumaat, sabtu, minggu ahad",
        "ru": "понедельник, вторник, среда, четверг, пятница, суббота, воскресенье",
        "uk": "понеділок, вівторок, середа, четвер, п'ятниця пʼятниця, субота, неділя",
        "el": "δευτέρα, τρίτη, τετάρτη, πέμπτη, παρασκευή, σάββατο, κυριακή",
        "ar": "الاثنين الإثنين, الثلاثاء, الأربعاء, الخميس, الجمعة, السبت, الأحد",
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
        "ka": ("ასევე (?:წაიკითხეთ|იხილეთ)", "მსგავსი (?:სიახლეები|სტატიები)"),
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
        "tl": ("basahin(?: (?:din|rin))?", "kaugnay na (?:balita|artikulo)"),
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
        "it": (
            "leggi (?:anche|pure|tutto)",
            "potrebbe interessarti",
            "(?:articoli|notizie) correlat[ei]",
        ),
        "nl": ("lees (?:ook|meer|verder)", "gerelateerde (?:artikelen|berichten)", "meer over"),
        "cs": (
            "čtěte (?:také|též|i)",
            "přečtěte si (?:také|též|i)",
            "související (?:články|zprávy)",
            "mohlo by vás zajímat",
        ),
        "fi": ("lue (?:myös|lisää)", "aiheesta lisää", "aiheeseen liittyvät"),
        "zh": (
            "相关阅读",
            "延伸阅读",
            "推荐阅读",
            "相关新闻",
            "相關閱讀",
            "延伸閱讀",
            "推薦閱讀",
            "相關新聞",
        ),
    }
)
# Every language's labels as one alternation, compiled into both stages' joined patterns.
READ_ALSO_LABELS = "|".join(label for labels in READ_ALSO.values() for label in labels)
# The same labels in capitals, for scripts that have them ("BACA JUGA Headline").
READ_ALSO_CAPITALS = "|".join(
    label.upper() for labels in READ_ALSO.values() for label in labels if label.upper() != label
)

# The labels of the languages the rules modules had before (their own patterns read the
# label alone and with a mark), in capitals over a headline with no mark between: "LIRE
# AUSSI Le pont…", "LESEN SIE AUCH …", "LEIA TAMBÉM …" (text dumps' related links).
READ_ALSO_BEFORE: tuple[str, ...] = (
    "read (?:also|more)",
    "also read",
    "see also",
    "lesen sie (?:auch|mehr)",
    "mehr zum thema",
    "(?:à )?lire aussi",
    "lee (?:también|más)",
    "leer más",
    "mir[aá] también",  # "Mirá también": the voseo of Argentina and Uruguay
    "leia (?:também|mais)",
    "veja (?:também|mais)",
    "czytaj (?:też|także|więcej)",
    "zobacz (?:też|także)",
)
READ_ALSO_CAPITALS = "|".join([READ_ALSO_CAPITALS, *(label.upper() for label in READ_ALSO_BEFORE)])
# Every label of every language, read in any case: "Lire aussi Le pont…", "Mirá
# tambiénLa tabla…", and over a headline with no mark between ("Lesen Sie auch
# Wärmepumpe: Was sie kostet", "อ่านเพิ่มเติม ค่าเงินบาท…"), where the headline's first
# letter is no small letter and it ends no sentence.
READ_ALSO_ANY = "|".join([READ_ALSO_LABELS, *READ_ALSO_BEFORE])

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
        # sponsored content's labels, and the languages' other words for an ad
        "es pt it": "anuncio|anúncio|contenido patrocinado|conteúdo patrocinado|contenuto sponsorizzato",
        "nl sv da nb": "gesponsord|sponsrad|sponsoreret|sponset",
        "fi hu": "sponsoroitu|szponzorált(?: tartalom)?",
        "pl cs sk": "artykuł sponsorowany|sponsorowane|komerční sdělení|sponzorované",
        "uk bg": "реклама|на правах реклами|спонсорирано",
        "tr el": "sponsorlu(?: içerik)?|χορηγούμενο",
        "gu pa kn ml": "જાહેરાત|ਇਸ਼ਤਿਹਾਰ|ਇਸ਼ਤਿਹਾਰ|ಜಾಹೀರಾತು|പരസ്യം",
        "ar fa": "محتوى (?:مدفوع|ممول)|رپرتاژ آگهی",
        "id ms vi": "konten bersponsor|nội dung tài trợ",
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

# A share button's label, alone on its line or its block ("Teilen", "Paylaş", "Chia sẻ",
# "शेयर करें"), by language: regular-expression alternatives, lower-case. English,
# German, French, Spanish, Russian, Chinese and Japanese keep theirs in the rules
# modules (SHARE_WIDGET, the HTML stage's _PHRASES).
SHARE: Mapping[str, str] = MappingProxyType(
    {
        # "Invia per email" ends a row of them ("Condividi su FacebookCondividi su WhatsApp...")
        "it": "condividi(?: (?:l['’]articolo|su \\w+))?|invia (?:per|via|tramite) e-?mail",
        "pt gl": "compartilh(?:ar|e)|partilh(?:ar|e)|compartir|enviar por e-?mail",
        "nl": "delen|deel (?:dit artikel|dit bericht|op \\w+)",
        "sv": "dela(?: artikeln| på \\w+)?",
        "da nb nn": "del (?:artiklen|artikkelen|saken|på \\w+)",
        "fi": "jaa(?: artikkeli| juttu)?",
        "et": "jaga(?: artiklit)?",
        "lv": "dalīties|kopīgot",
        "lt": "dalintis|pasidalinti|pasidalink",
        "hu": "megosztás|megosztom|oszd meg",
        "ro": "distribuie|distribuiți",
        "ca": "comparteix",
        "eu": "partekatu",
        "pl": "udostępnij|podziel się",
        "cs": "sdílet",
        "sk": "zdieľať",
        "sl": "deli(?: članek)?",
        "hr bs sr": "podijeli(?:te)?|podeli(?:te)?",
        "sr-cyrl mk bg": "подели(?:те)?|сподели|споделяне",
        "uk": "поділитися|поділіться",
        "be": "падзяліцца",
        "el": "κοινοποίηση|κοινοποιήστε|μοιραστείτε",
        "tr": "paylaş(?:ın)?|haberi paylaş",
        "sq": "shpërndaj|shpërndaje",
        "he": "שתפו|שתף|שיתוף",
        "ar": "مشاركة|شارك(?: الخبر| المقال)?|شاركها",
        "fa": "اشتراک[\u200c ]?گذاری|به اشتراک بگذارید|همرسانی",
        "ur": "شیئر(?: کریں)?",
        "hi": "शेयर(?: करें)?|साझा करें",
        "mr": "शेअर(?: करा)?",
        "bn": "শেয়ার(?: করুন)?",
        "ta": "பகிர்(?:வு|க)?|பகிரவும்",
        "te": "షేర్(?: చేయండి)?",
        "gu": "શેર(?: કરો)?",
        "pa": "ਸ਼ੇਅਰ(?: ਕਰੋ)?|ਸਾਂਝਾ ਕਰੋ",
        "kn": "ಹಂಚಿಕೊಳ್ಳಿ|ಶೇರ್(?: ಮಾಡಿ)?",
        "ml": "പങ്കിടുക|ഷെയർ(?: ചെയ്യുക)?",
        "th": "แชร์|แบ่งปัน",
        "vi": "chia sẻ(?: bài viết)?",
        "id ms": "bagikan(?: artikel| berita)?|kongsi",
        "tl": "ibahagi",
        "sw": "shiriki",
        "ko": "공유(?:하기)?",
    }
)
SHARE_LABELS = "|".join(SHARE.values())
# The networks' names as other scripts write them, and "copy link": a share row
# names several ("فيسبوك تويتر واتساب نسخ الرابط").
SHARE_NETWORKS: Mapping[str, str] = MappingProxyType(
    {
        "ar": "فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|تلغرام|لينكد إن|نسخ الرابط",
        "fa": "فیسبوک|توییتر|تلگرام|واتساپ|کپی لینک|کپی پیوند",
        "ur": "فیس بک|ٹوئٹر|واٹس ایپ",
        "hi": "फेसबुक|फ़ेसबुक|ट्विटर|व्हाट्सएप|व्हाट्सऐप|टेलीग्राम|लिंक कॉपी करें",
        "bn": "ফেসবুক|টুইটার|হোয়াটসঅ্যাপ",
        "ta": "ஃபேஸ்புக்|ட்விட்டர்|வாட்ஸ்அப்",
        "ru uk bg": "вконтакте|одноклассники|телеграм|скопировать ссылку|копировать ссылку"
        "|скопіювати посилання|копирай линка",
        "he": "פייסבוק|טוויטר|וואטסאפ|העתק(?:ת)? קישור",
        "el": "αντιγραφή (?:συνδέσμου|link)",
        "th": "เฟซบุ๊ก|เฟสบุ๊ค|ทวิตเตอร์|ไลน์|คัดลอกลิงก์",
        "ko": "페이스북|트위터|카카오톡|카카오스토리|링크 ?복사|url ?복사",
        "zh": "复制链接|複製連結",
        "latin": "kopieer (?:de )?link|copier le lien|copiar (?:el )?(?:enlace|link)|copia (?:il )?link"
        "|kopiuj link|zkopírovat odkaz|kopiera länk(?:en)?|kopier link(?:en)?|kopioi linkki"
        "|link másolása|copiază linkul|bağlantıyı kopyala|linki kopyala|salin (?:tautan|link|pautan)"
        "|sao chép liên kết|sao chép link",
    }
)
SHARE_NETWORK_LABELS = "|".join(SHARE_NETWORKS.values())

# "Follow us" and its kin, opening a line of the site's accounts ("Bizi takip edin",
# "تابعونا على", "ติดตามเรา"), by language. The older languages' are in the rules modules.
FOLLOW_US: Mapping[str, str] = MappingProxyType(
    {
        "nl": "volg ons",
        "sv": "följ oss",
        "da nb nn": "følg (?:os|oss)",
        "fi": "seuraa meitä",
        "hu": "kövess(?:en)? minket",
        "ro": "urmărește-ne|urmăriți-ne",
        "ca": "segueix-nos",
        "pt gl": "siga-nos|segue-nos|sígannos",
        "pl": "obserwuj nas",
        "cs sk": "sledujte nás",
        "sl": "sledite nam",
        "hr bs sr": "pratite nas",
        "sr-cyrl mk bg": "пратите нас|следете ни|последвайте ни",
        "ru": "подписывайтесь на нас|следите за нами",
        "uk": "слідкуйте за нами|стежте за нами|підписуйтеся на нас",
        "lt lv et": "sekite mus|seko mums|jälgi meid",
        "el": "ακολουθήστε μας|ακολουθήστε το \\S+ (?:στο|στα|στη|στις)",  # "... το site.gr στο Google News"
        "tr": "bizi takip edin|takip edin",
        "sq": "na ndiqni",
        "he": "עקבו אחרינו",
        "ar": "تابعونا|تابعنا",
        "fa": "ما را دنبال کنید|ما را در .{1,20} دنبال کنید",
        "ur": "ہمیں فالو کریں",
        "hi": "हमें फॉलो करें|हमें फ़ॉलो करें",
        "bn": "আমাদের (?:ফলো|অনুসরণ) করুন",
        "ta": "எங்களைப் பின்தொடர(?:வும்|ுங்கள்)",
        "th": "ติดตามเรา",
        "vi": "theo dõi (?:chúng tôi|chúng tôi trên)",
        "id ms": "ikuti kami",
        "tl": "sundan kami",
        "sw": "tufuate",
        "ko": "팔로우하세요",
        "zh": "关注我们|關注我們",
    }
)
FOLLOW_US_LABELS = "|".join(FOLLOW_US.values())

# A page's comments, as the section's heading or a count's noun ("Yorumlar",
# "تعليقات", "댓글"), by language: whole words, lower-case. The older languages' nouns
# are the text stage's _COMMENT_NOUN and the HTML stage's comments phrase.
COMMENTS: Mapping[str, str] = MappingProxyType(
    {
        "is": "athugasemdir",
        "sk": "komentáre|komentárov",
        "sl": "komentarji|komentarjev",
        "hr bs sr": "komentari|komentara",
        "sr-cyrl mk bg": "коментари|коментара",
        "be": "каментары|каментараў",
        "lt": "komentarai|komentarų",
        "lv": "komentāri|komentāru",
        "et": "kommentaarid|kommentaari",
        "sq": "komente",
        "ar": "التعليقات|تعليقات",
        "hi": "टिप्पणियां|टिप्पणियाँ|कमेंट्स",
        "te": "వ్యాఖ్యలు|కామెంట్స్",
        "gu": "ટિપ્પણીઓ|કોમેન્ટ્સ",
        "pa": "ਟਿੱਪਣੀਆਂ",
        "kn": "ಕಾಮೆಂಟ್‌ಗಳು",
        "ml": "കമന്റുകൾ",
        "ms": "komen",
        "tl": "mga komento",
        "eu": "iruzkinak",
        "ko": "댓글",
        "zh": "評論|评论|留言",
    }
)
COMMENTS_LABELS = "|".join(COMMENTS.values())
# Words for a page's comments that also mean a story's "reactions", "views" or "commentary"
# (a Hebrew story's closing "תגובות" section of politicians' reactions, a Vietnamese "bình
# luận" analysis): a comment thread's heading only with its count ("תגובות (12)", "12 bình
# luận"), never alone.
COMMENTS_COUNTED: Mapping[str, str] = MappingProxyType(
    {
        "he": "תגובות",
        "fa": "نظرات|دیدگاه[\u200c ]?ها",
        "ur": "تبصرے",
        "bn": "মন্তব্য(?:সমূহ)?",
        "ta": "கருத்துகள்|கருத்துக்கள்",
        "kn": "ಪ್ರತಿಕ್ರಿಯೆಗಳು",
        "ml": "അഭിപ്രായങ്ങൾ",
        "th": "ความคิดเห็น",
        "vi": "bình luận",
        "sw": "maoni",
    }
)
COMMENTS_COUNTED_LABELS = "|".join(COMMENTS_COUNTED.values())
# A call to write one ("Yorum yap", "اترك تعليقا", "Viết bình luận"), opening its line.
COMMENT_PROMPTS: Mapping[str, str] = MappingProxyType(
    {
        "nl": "laat een reactie achter|plaats een reactie|reageer",
        "sv da nb nn": "skriv en kommentar|lämna en kommentar|legg igjen en kommentar",
        "fi": "kirjoita kommentti|jätä kommentti",
        "hu": "írj(?:on)? (?:hozzászólást|kommentet)|szólj hozzá",
        "ro": "lasă un comentariu|adaugă un comentariu|scrie un comentariu",
        "ca": "deixa un comentari|escriu un comentari",
        "pl": "napisz komentarz|dodaj komentarz|skomentuj",
        "cs sk": "napište komentář|přidat komentář|pridať komentár|napíšte komentár",
        "hr bs sr sl": "ostavite komentar|napišite komentar|dodaj komentar|komentiraj|napiši komentar",
        "ru": "оставить комментарий|оставьте комментарий|написать комментарий|комментировать",
        "uk": "залишити коментар|залиште коментар|написати коментар|коментувати",
        "bg sr-cyrl mk": "оставете коментар|напишете коментар|коментирай|коментирајте",
        "el": "αφήστε (?:ένα )?σχόλιο|γράψτε (?:ένα )?σχόλιο|σχολιάστε",
        "tr": "yorum (?:yap|yaz|ekle)|yorumunuzu (?:yazın|bırakın)",
        "he": "(?:השאר|הוסף|הוסיפו|כתבו) תגובה",
        "ar": "(?:اترك|أضف|اضف|اكتب) (?:تعليقا|تعليقاً|تعليق|تعليقك)",
        "fa": "(?:ارسال|ثبت) (?:نظر|دیدگاه)|دیدگاهتان را بنویسید|نظر دهید",
        "ur": "اپنی رائے دیں|تبصرہ کریں",
        "hi": "(?:अपनी )?(?:राय|प्रतिक्रिया) दें|कमेंट करें|टिप्पणी करें",
        "bn": "মন্তব্য করুন|মন্তব্য লিখুন",
        "ta": "கருத்து (?:தெரிவிக்க|பதிவிட|எழுத)",
        "th": "แสดงความคิดเห็น",
        "vi": "(?:viết|gửi) bình luận",
        "id ms": "(?:tulis|beri|tinggalkan) (?:komentar|komen)",
        "ko": "댓글 ?(?:쓰기|달기|작성)",
    }
)
COMMENT_PROMPT_LABELS = "|".join(COMMENT_PROMPTS.values())

# A sign-in or subscribe button, or a newsletter's call, as its whole line or block
# ("Abone ol", "اشترك الآن", "Đăng ký", "구독"), by language.
SUBSCRIBE: Mapping[str, str] = MappingProxyType(
    {
        "it": "iscriviti(?: alla newsletter| ora)?|accedi|registrati|abbonati ora",
        "pt": "assine já|inscreva-se|entrar|faça login|cadastre-se",
        "nl": "abonneer(?: nu| je)?|inloggen|log in|registreren|word abonnee",
        "sv": "prenumerera|logga in|bli prenumerant",
        "da": "abonnér|abonner|log ind|bliv abonnent",
        "nb nn": "abonner|logg inn|bli abonnent",
        "fi": "tilaa(?: uutiskirje)?|kirjaudu(?: sisään)?",
        "hu": "feliratkozás|feliratkozom|bejelentkezés|előfizetés",
        "ro": "abonează-te|abonare|autentificare|conectare",
        "ca": "subscriu-te|inicia la sessió|entra",
        "pl": "subskrybuj|zaprenumeruj|zarejestruj się|wykup dostęp",
        "cs": "přihlásit se|přihlášení|odebírat|předplatné",
        "sk": "prihlásiť sa|odoberať|predplatné",
        "sl": "prijava|naročite se|naroči se",
        "hr bs sr": "prijavi se|prijava|pretplati se|pretplatite se",
        "sr-cyrl mk bg": "пријави се|пријава|абонирай се|абонамент|вход",
        "uk": "підписатися|підпишіться|увійти|вхід|реєстрація",
        "be": "падпісацца|увайсці",
        "lt lv et": "prenumeruoti|prisijungti|abonēt|pieslēgties|telli|logi sisse",
        "el": "εγγραφή|σύνδεση|γίνετε συνδρομητής",
        "tr": "abone ol(?:un)?|giriş yap|üye ol|kayıt ol",
        "sq": "abonohu|hyr",
        "he": "הירשמו|הרשמה|התחברות|התחבר|הצטרפו",
        "ar": "اشترك(?: الآن)?|اشترك في النشرة(?: البريدية)?|تسجيل الدخول|سجل الدخول|تسجيل",
        "fa": "عضویت|ورود|اشتراک در خبرنامه|ثبت[\u200c ]?نام",
        "ur": "سبسکرائب کریں|لاگ ان",
        "hi": "सब्सक्राइब करें|सब्सक्राइब|लॉग इन|लॉगिन|साइन इन",
        "mr": "सबस्क्राईब करा|लॉग इन",
        "bn": "সাবস্ক্রাইব করুন|লগ ইন|লগইন",
        "ta": "சந்தா செலுத்த|உள்நுழை(?:க|யவும்)?",
        "te": "సబ్‌స్క్రైబ్ చేయండి|లాగిన్",
        "th": "สมัครสมาชิก|เข้าสู่ระบบ|ลงทะเบียน",
        "vi": "đăng ký(?: nhận tin)?|đăng nhập",
        "id ms": "berlangganan|langgan|masuk|daftar(?: sekarang)?|log masuk",
        "tl": "mag-subscribe|mag-log in",
        "sw": "jiandikishe|ingia",
        "ko": "구독(?:하기)?|로그인|회원가입",
        "zh": "订阅|訂閱|登录|登入|注册",
    }
)
SUBSCRIBE_LABELS = "|".join(SUBSCRIBE.values())
# A newsletter's name, alone or after such a call ("Nieuwsbrief", "Abone ol bülten").
NEWSLETTER = (
    "nieuwsbrief|nyhetsbrev(?:et)?|nyhedsbrev(?:et)?|uutiskirje(?:en)?|hírlevél|hírlevelünk"
    "|buletin(?:ul)? informativ|butlletí|bülten|newslettera?|ενημερωτικό δελτίο"
    "|розсилк[аиу]|рассылк[аиу]|бюлетин|naujienlaiškis|uudiskiri"
    "|النشرة البريدية|خبرنامه|न्यूजलेटर|न्यूज़लेटर|নিউজলেটার|จดหมายข่าว|뉴스레터"
)

# The label of the story's tags or topics, before a colon ("Etiketler:", "Từ khóa:",
# "الوسوم:", "태그:"), by language. The older languages' are in TAGS_LINE and _PHRASES.
TAGS: Mapping[str, str] = MappingProxyType(
    {
        "it": "argomenti|parole chiave",
        "pt": "tópicos|assuntos|palavras-chave",
        "nl": "trefwoorden|onderwerpen",
        "sv": "taggar|ämnen|nyckelord",
        "da nb nn": "emner|stikkord|stikord",
        "fi": "aiheet|avainsanat|tunnisteet",
        "hu": "címkék|témák",
        "ro": "etichete|subiecte|cuvinte cheie",
        "ca": "etiquetes|temes",
        "pl": "tagi|tematy|słowa kluczowe",
        "cs sk": "štítky|témata|témy|klíčová slova|kľúčové slová",
        "sl hr bs sr": "oznake|tagovi|teme|ključne riječi|ključne reči",
        "sr-cyrl mk bg": "ознаке|тагови|теми|етикети|тагове|ключови думи",
        "uk be": "мітки|тэгі|тэмы",
        "lt lv et": "žymės|temos|birkas|tēmas|sildid|teemad|märksõnad",
        "el": "ετικέτες|θέματα",
        "tr": "etiketler|konular|anahtar kelimeler",
        "sq": "etiketa",
        "he": "תגיות",
        "ar": "الوسوم|وسوم|كلمات مفتاحية|الكلمات المفتاحية",
        "fa": "برچسب[\u200c ]?ها|برچسب|کلیدواژه[\u200c ]?ها|کلید واژه ها",
        "ur": "ٹیگز",
        "hi mr": "टैग्स|टैग|टॅग्स",
        "bn": "ট্যাগ(?:সমূহ)?",
        "ta": "குறிச்சொற்கள்",
        "te": "ట్యాగ్స్",
        "th": "แท็ก|คำค้น|คำค้นหา",
        "vi": "từ khóa|từ khoá|thẻ",
        "id ms": "topik|kata kunci",
        "tl": "mga tag",
        "sw": "lebo",
        "ko": "태그|키워드",
        "zh": "标签|標籤|关键词|關鍵詞",
        "eu": "etiketak|gaiak",
    }
)
TAGS_LABELS = "|".join(TAGS.values())

# The label of a photo's credit or an image's source, before a colon ("Fotoğraf:",
# "Ảnh:", "صورة:", "फोटो:", "사진:"), by language. The older languages' are in the
# rules modules' credit patterns.
CREDITS: Mapping[str, str] = MappingProxyType(
    {
        "it pt": "fonte|immagine",
        "nl": "beeld|bron",
        "sv da nb nn": "källa|kilde",
        "fi": "kuva",
        "hu": "fotó|kép|forrás",
        "ro": "sursa|sursă",
        "cs sk": "zdroj",
        "sl hr bs sr": "izvor|vir",
        "sr-cyrl mk bg": "извор|снимка|източник",
        "uk": "джерело",
        "lt lv et": "nuotr\\.|nuotrauka|šaltinis|attēls|avots|allikas",
        "el": "φωτογραφία|φωτ\\.|πηγή",
        "tr": "fotoğraf|kaynak",
        "he": "צילום|קרדיט",
        "ar": "صورة|الصورة|تصوير|المصدر",
        "fa": "عکس|منبع|تصویر",
        "ur": "تصویر|فائل فوٹو",
        "hi mr": "फोटो|फ़ोटो|फाइल फोटो|तस्वीर|चित्र|स्रोत",
        "bn": "ছবি|সূত্র",
        "ta": "படம்|புகைப்படம்",
        "te": "ఫోటో|ఫైల్ ఫోటో",
        "th": "ภาพ|ภาพจาก|ที่มา|เครดิตภาพ",
        "vi": "ảnh|ảnh minh họa|nguồn",
        "id ms": "sumber|gambar|ilustrasi",
        "tl": "larawan",
        "sw": "picha",
        "ko": "사진|출처",
        "zh": "图片来源|圖片來源|图|摄影|攝影",
    }
)
CREDITS_LABELS = "|".join(CREDITS.values())

# An audio player's label over the story ("Makaleyi dinle", "استمع إلى المقال", "Nghe bài
# viết", "기사 듣기"), by language: the whole line or block. The older languages' are in
# the rules modules (the listen widget, the HTML stage's audio player phrase).
LISTEN: Mapping[str, str] = MappingProxyType(
    {
        "sv": "lyssna(?: på (?:artikeln|texten))?",
        "da nb nn": "lyt til (?:artiklen|historien)|lytt til (?:saken|artikkelen)",
        "fi": "kuuntele(?: artikkeli| juttu)?",
        "pl": "(?:po)?słuchaj(?: artykułu)?",
        "cs sk": "poslechnout si článek|poslechněte si článek|vypočuť si článok|vypočujte si článok",
        "hu": "hallgasd meg(?: a cikket)?|hallgassa meg(?: a cikket)?",
        "ro": "ascultă(?: articolul)?",
        "ca": "escolta(?: l['’]article)?",
        "tr": "(?:makaleyi|haberi) dinle",
        "el": "ακούστε (?:το άρθρο|την είδηση)",
        "uk": "(?:про)?слухати(?: статтю| новину)?",
        "bg sr-cyrl mk": "слушайте(?: статията)?|послушај(?:те)?",
        "hr bs sr sl": "poslušajte(?: članak| vijest)?|poslušaj(?: članek)?",
        "lt lv et": "klausyti(?: straipsnio)?|klausīties(?: rakstu)?|kuula(?: artiklit)?",
        "he": "האזינו (?:לכתבה|לכתבה זו)|האזנה לכתבה",
        "ar": "استمع (?:إلى |الى |ل)(?:ال)?(?:مقال|خبر)|استمع",
        "fa": "(?:به این )?(?:خبر|مطلب) (?:را )?گوش (?:دهید|کنید)|شنیدن (?:خبر|مطلب)",
        "hi": "(?:खबर|ख़बर|लेख) सुनें|सुनें",
        "bn": "(?:খবরটি )?শুনুন",
        "th": "ฟัง(?:บทความ|ข่าว)(?:นี้)?",
        "vi": "nghe (?:bài viết|đọc bài|tin)",
        "id ms": "dengarkan(?: artikel| berita)?",
        "ko": "기사 ?듣기",
        "zh": "收听(?:本文|新闻)?|听新闻",
    }
)
LISTEN_LABELS = "|".join(LISTEN.values())

# A reading time: its label before the minutes ("Okuma süresi: 3 dk", "زمن القراءة: 3
# دقائق"), or the minutes and a word after ("3 phút đọc", "3 menit baca"), by language.
READING_TIME: Mapping[str, str] = MappingProxyType(
    {
        "cs sk": "doba čtení|čas čtení|čas čítania",
        "hu": "olvasási idő",
        "ro": "timp de citire|durata citirii",
        "ca": "temps de lectura",
        "tr": "okuma süresi",
        "el": "χρόνος ανάγνωσης",
        "bg": "време за четене",
        "hr bs sr sl": "vrijeme čitanja|vreme čitanja|čas branja",
        "lt lv et": "skaitymo laikas|lasīšanas laiks|lugemisaeg",
        "he": "זמן קריאה",
        "ar": "(?:زمن|وقت|مدة) القراءة",
        "fa": "زمان (?:مطالعه|خواندن)",
        "hi": "पढ़ने का समय",
        "bn": "পড়ার সময়|পড়তে সময় লাগবে",
        "th": "เวลา(?:ในการ)?อ่าน",
        "vi": "thời gian đọc",
        "id ms": "waktu (?:baca|membaca)|masa membaca",
        "ko": "읽는 시간|읽기 시간",
        "zh": "阅读时间|閱讀時間|阅读时长",
    }
)
READING_TIME_LABELS = "|".join(READING_TIME.values())
# The minutes' words such a time counts in ("dk", "λεπτά", "دقائق", "मिनट", "นาที", "분").
MINUTE_WORDS = (
    "min\\.?|minut[ey]?|minuty|minút|perc|dk\\.?|dakika|λεπτά|λεπτό|минут[аи]?|минути|minuta"
    "|minučių|minūtes|minutit|דקות|דקה|دقائق|دقيقة|دقیقه|मिनट|মিনিট|นาที|phút|menit|minit|분|分钟|分鐘"
)
# ... and the minutes first, a word for "reading" after: "3 phút đọc", "3 dk okuma".
MINUTES_READ = (
    "okuma|đọc|baca|membaca|ανάγνωση|czytania|čtení|čítania|olvasás|קריאה|قراءة|मिनट पढ़ें|읽기"
)

# Labels over a box of recommended stories ("Aanbevolen", "Önerilen haberler", "قد يعجبك
# أيضا", "추천 기사"), by language: the whole line or block; in a copy a box's label,
# which ends the article only where little prose follows.
RECOMMENDED: Mapping[str, str] = MappingProxyType(
    {
        "nl": "aanbevolen(?: artikelen| voor jou)?|aanraders",
        "sv da nb nn": "rekommenderat|rekommenderade artiklar|anbefalet|anbefalt(?: for deg)?",
        "fi": "suositellut|suosittelemme",
        "ro": "recomandări|recomandate|vă recomandăm",
        "ca": "et recomanem|recomanats",
        "pl": "polecane(?: artykuły)?|polecamy",
        "cs sk": "doporučujeme|doporučené články|odporúčame|odporúčané",
        "hr bs sr sl": "preporučujemo|preporuka urednika|priporočamo",
        "sr-cyrl mk bg": "препоръчано|препоръчваме|препорачуваме|препоручујемо",
        "uk": "рекомендуємо|рекомендовані",
        "lt lv et": "rekomenduojame|iesakām|soovitame",
        "el": "προτεινόμενα(?: άρθρα)?|προτείνουμε",
        "tr": "önerilen(?: haberler)?|sizin için seçtiklerimiz|editörün seçtikleri",
        "he": "מומלצים|מומלץ בשבילך",
        "ar": "قد يعجبك(?: أيضا| أيضاً)?|قد يهمك|مقترحات(?: لك)?|اختيارات المحرر",
        "fa": "پیشنهاد سردبیر|پیشنهاد ما",
        "hi": "आपके लिए|सुझाए गए|आपको ये भी पसंद आ सकता है|ये भी पसंद आएगा",
        "bn": "প্রস্তাবিত|আপনার জন্য",
        "th": "(?:บทความ|ข่าว)แนะนำ|แนะนำสำหรับคุณ",
        "vi": "gợi ý cho bạn|đề xuất cho bạn|tin đề xuất",
        "id ms": "rekomendasi(?: untuk anda)?|pilihan editor|disyorkan",
        "ko": "추천 ?(?:기사|뉴스)",
        "zh": "为你推荐|為你推薦|编辑推荐|編輯推薦",
    }
)
RECOMMENDED_LABELS = "|".join(RECOMMENDED.values())

# The line that announces the next story an infinite-scroll page appends below the
# article ("Next article", "Nächster Artikel", "Article suivant"), alone on its line or
# in its block, by language: regular-expression alternatives, lower-case. The next
# story starts under it (clipper.extract.html.appended; in a copy, a list marker).
NEXT_STORY: Mapping[str, str] = MappingProxyType(
    {
        "en": "next (?:article|story)|up next|read next",
        "de": "nächster (?:artikel|beitrag)|nächste (?:meldung|nachricht|geschichte)",
        "fr": "article suivant|(?:à )?lire ensuite",
        "es": "siguiente (?:artículo|noticia)|próxima noticia",
        "pt": "próxim[ao] (?:notícia|matéria|artigo|reportagem)",
        "it": "articolo successivo|prossimo articolo",
        "nl": "volgend(?:e)? (?:artikel|bericht)",
        "ru": "следующ(?:ая|ий) (?:новость|статья|материал)",
        "ka": "შემდეგი (?:სტატია|სიახლე|ამბავი)",
    }
)
NEXT_STORY_LABELS = "|".join(NEXT_STORY.values())

# The label before a date that says it is the publication's ("Pubblicato il", "Yayınlanma
# tarihi:", "نشر في:", "प्रकाशित:", "입력") or the last update's ("Aggiornato il",
# "Güncelleme:", "آخر تحديث:", "अपडेटेड:", "수정"), by language: regular-expression
# alternatives, lower-case, the label's whole words (a colon may follow). The
# languages the rules modules had before keep theirs there (PUBLISHED_PREFIX).
PUBLISHED: Mapping[str, str] = MappingProxyType(
    {
        "it": "pubblicato(?: il)?",
        "pt": "publicado(?: em)?|publicada em",
        "nl": "gepubliceerd(?: op)?",
        "pl": "opublikowano|publikacja|data publikacji",
        "cs sk": "publikováno|publikované|zveřejněno|uverejnené",
        "sv da nb": "publicerad|publiceret|publisert",
        "fi": "julkaistu",
        "hu": "közzétéve|publikálva|megjelent",
        "ro": "publicat(?: la)?|data publicării",
        "ca": "publicat(?: el)?",
        "tr": "yayınlanma(?: tarihi)?|yayınlandı|yayın tarihi|giriş",
        "el": "δημοσιεύθηκε|δημοσιεύτηκε|δημοσίευση",
        "uk": "опубліковано|дата публікації",
        "bg": "публикувано|публикуван",
        "hr bs sr sl": "objavljeno",
        "sr-cyrl mk": "објављено|објавено",
        "lt lv et": "paskelbta|publicēts|avaldatud",
        "ar": "نشر في|نُشر في|نشر بتاريخ|نُشر بتاريخ|تاريخ النشر",
        "he": "פורסם(?: ב)?|פורסם בתאריך",
        "fa": "تاریخ انتشار|منتشر شده(?: در)?|انتشار",
        "ur": "شائع(?: ہوا)?|اشاعت",
        "hi mr": "प्रकाशित(?: तिथि)?|प्रकाशन",
        "bn": "প্রকাশিত|প্রকাশ",
        "ta": "வெளியிடப்பட்டது|வெளியீடு|பதிவு",
        "te": "ప్రచురించబడింది|ప్రచురణ",
        "th": "เผยแพร่(?:เมื่อ)?|โพสต์(?:เมื่อ)?",
        "vi": "đăng lúc|ngày đăng|đăng ngày|xuất bản",
        "id ms": "diterbitkan|dipublikasikan|diterbitkan pada|terbit|diterbitkan pada",
        "tl": "inilathala|nailathala",
        "sw": "imechapishwa",
        "ko": "입력|기사입력|등록",
        "zh": "发布时间|发布于|發布時間|发表于|發表於",
    }
)
PUBLISHED_LABELS = "|".join(PUBLISHED.values())
UPDATED: Mapping[str, str] = MappingProxyType(
    {
        "it": "aggiornato(?: il| alle)?|ultimo aggiornamento",
        "pt": "atualizado(?: em)?|atualizada em|actualizado em",
        "nl": "bijgewerkt(?: op)?|laatst bijgewerkt",
        "pl": "zaktualizowano|aktualizacja",
        "cs sk": "aktualizováno|aktualizované",
        "sv da nb": "uppdaterad|opdateret|oppdatert",
        "fi": "päivitetty",
        "hu": "frissítve|frissítés",
        "ro": "actualizat(?: la)?",
        "ca": "actualitzat(?: el)?",
        "tr": "güncelleme(?: tarihi)?|güncellendi|son güncelleme",
        "el": "ενημερώθηκε|ενημέρωση|τελευταία ενημέρωση",
        "uk": "оновлено",
        "bg": "обновено|актуализирано|последна промяна",
        "hr bs sr": "ažurirano|azurirano",
        "sl": "posodobljeno",
        "sr-cyrl mk": "ажурирано",
        "lt lv et": "atnaujinta|atjaunots|atjaunināts|uuendatud",
        "ar": "آخر تحديث|اخر تحديث|تم التحديث|تحديث",
        "he": "עודכן(?: ב)?|עדכון אחרון",
        "fa": "آخرین به[\u200c ]?روزرسانی|به[\u200c ]?روزرسانی|بروزرسانی",
        "ur": "اپ ڈیٹ|تازہ ترین",
        "hi mr": "अपडेटेड|अपडेट(?: किया गया)?|अद्यतन",
        "bn": "আপডেট|হালনাগাদ",
        "ta": "புதுப்பிக்கப்பட்டது|புதுப்பிப்பு",
        "te": "అప్‌డేట్|నవీకరించబడింది",
        "th": "อัปเดต(?:เมื่อ)?|อัพเดท(?:เมื่อ)?|ปรับปรุง(?:เมื่อ)?|แก้ไขล่าสุด",
        "vi": "cập nhật(?: lúc)?",
        "id ms": "diperbarui(?: pada)?|diperbaharui|dikemaskini",
        "tl": "na-update",
        "sw": "imesasishwa",
        "ko": "수정|최종수정|업데이트",
        "zh": "更新时间|更新於|更新于|更新時間",
    }
)
UPDATED_LABELS = "|".join(UPDATED.values())

# The word before a byline's names that says "by" or "author" ("Oleh", "Yazar:", "Tác giả:",
# "بقلم", "लेखक:", "โดย"), by language: regular-expression alternatives, lower-case; a
# colon may follow. BY_LABELS are such words only with their colon ("द्वारा:" is "by"
# after a name as often as before one; "Muhabir:" is a reporter's label). English,
# German, French, Spanish, Russian, Chinese and Japanese keep theirs in the rules
# modules (BYLINE, BYLINE_PREFIX).
BY_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "nl": "door",
        "sv nb nn": "av",
        "da": "af",
        "pl": "przez",
        "id ms": "oleh|penulis",
        "tr": "yazar|yazan",
        "vi": "tác giả|bởi",
        "hu": "szerző",
        "fi": "kirjoittaja",
        "lt lv": "autorius|autors",
        "el": "συντάκτης|συντάκτρια|γράφει (?:ο|η)",
        "uk": "автор(?:ка)?",
        "ar": "بقلم|الكاتب|كتب|كتبت",
        "fa": "نویسنده|به قلم",
        "ur": "تحریر",
        "he": "מאת",
        "hi mr": "लेखक|लेखिका",
        "bn": "লেখক",
        "ta": "எழுதியவர்",
        "te": "రచయిత",
        "th": "โดย|ผู้เขียน",
    }
)
BY_WORD_LABELS = "|".join(BY_WORDS.values())
BY_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "tr": "muhabir|haber",
        "hi": "द्वारा|रिपोर्ट|रिपोर्टर|संवाददाता",
        "bn": "প্রতিবেদক|প্রতিবেদন",
        "ta": "செய்தியாளர்",
        "ar": "إعداد|تقرير|مراسل",
        "fa": "گزارش|خبرنگار",
        "ur": "رپورٹ",
        "vi": "phóng viên|bài",
        "id ms": "reporter|wartawan|penulis",
        "ko": "글",
    }
)
BY_LABEL_LABELS = "|".join(BY_LABELS.values())

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

# A player's controls, each the whole text of its button ("00:00 / 32:10", "1x", "-15 s"), read
# by the copies' line rules and by the HTML reader's player rule.
PLAYER_CONTROLS = (
    r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|\d(?:[.,]\d{1,2})?\s*[x×]"
    r"|[-+−]\s?\d{1,2}\s?s(?:ec)?|download(?: (?:episode|mp3|audio))?"
    r"|télécharger|herunterladen|descargar|scarica|downloaden"
)

"""Words in several languages that both extract stages recognise.

The HTML stage (rules in ``extract/html/rules.py``) and the plain-text stage
(rules in ``extract/text/rules.py``) read some of the same words: the names of
the months and of the days of the week, and the words that join authors'
names. They are listed once here, and each rules module takes what it needs
and says where it differs. To teach clipper a language, add its words here.

All values are immutable (strings, tuples and read-only mappings).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# Month names and abbreviations by language: the twelve months in order,
# separated by commas, each month's forms by spaces; lower-case, no final dot.
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

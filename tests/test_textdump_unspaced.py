"""Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar): a copied
paragraph splits into a handful of space-separated pieces, yet it is prose."""

from __future__ import annotations

from clipper.extract.text.lines import word_count
from clipper.extract.text.unspaced import spaced_words
from clipper.textdump import parse_text_dump

# An invented Thai story: a menu, its headline, a byline, three paragraphs with
# spaces only between clauses and no full stops, then a footer.
THAI_COPY = """หน้าหลัก
ข่าวท้องถิ่น
กีฬา
บันเทิง
เทศบาลเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ
โดย สมชาย ใจดี | 1 ธ.ค. 2569

เทศบาลนครเชียงใหม่เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำปิงอย่างเป็นทางการเมื่อเช้าวันจันทร์ โดยมีประชาชนในพื้นที่มาร่วมงานหลายร้อยคน และได้ร่วมกันปลูกต้นไม้มากกว่าห้าร้อยต้นตลอดแนวทางเดินริมน้ำ

นายกเทศมนตรีกล่าวว่า สวนแห่งนี้ใช้งบประมาณก่อสร้างราวสามสิบล้านบาท และออกแบบให้เป็นพื้นที่รับน้ำในฤดูฝน เพื่อช่วยลดปัญหาน้ำท่วมในชุมชนใกล้เคียงที่เกิดขึ้นเป็นประจำทุกปี

ชาวบ้านหลายคนบอกว่าดีใจที่มีพื้นที่สีเขียวให้เด็กๆ ได้วิ่งเล่น และหวังว่าเทศบาลจะดูแลรักษาความสะอาดของสวนอย่างต่อเนื่อง ไม่ปล่อยให้ทรุดโทรมเหมือนสวนเก่าในตัวเมือง

ลิขสิทธิ์ © 2569 ข่าวเหนือ
"""


def test_thai_paragraphs_are_the_body() -> None:
    article = parse_text_dump(THAI_COPY)
    assert "ปลูกต้นไม้มากกว่าห้าร้อยต้น" in article.text
    assert "ลดปัญหาน้ำท่วม" in article.text
    assert "ดูแลรักษาความสะอาด" in article.text
    assert "ข่าวท้องถิ่น" not in article.text  # the menu stays out
    assert "ลิขสิทธิ์" not in article.text


def test_a_thai_menu_line_is_not_prose() -> None:
    # Menu items, each a word or two, on one line: a few words, not a paragraph.
    assert spaced_words("หน้าหลัก ข่าวท้องถิ่น กีฬา บันเทิง") < 8


def test_spaced_scripts_count_as_before() -> None:
    line = "The council opened a new park by the river on Monday morning."
    assert spaced_words(line) == len(line.split()) == word_count(line)
    assert spaced_words("Grüße aus München, schöne Stadt") == 5

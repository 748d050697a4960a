"""What a column's comment says it holds, read where its name says nothing the rules know.

Schemas that name their columns by codes, initials or abbreviations often say in each column's
comment what it holds: Chinese, Japanese and Korean hospital systems in their own script
(``BRXM COMMENT '患者姓名'``), others in English or their own language (Oracle's and
PostgreSQL's ``COMMENT ON COLUMN``, MySQL's ``COMMENT``, SQL Server's ``MS_Description``). A
comment is read as a name: its terms in those scripts become the English words the rules read
(:data:`TERMS`: the words of a patient's identifiers, dates and record in Chinese, Japanese and
Korean), its Latin words are read as they are. A comment of more words than :data:`MAX_WORDS`
is prose about the column, not its name, and is not read. A mark read from a comment quotes the
words read, never the comment itself.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["MAX_WORDS", "TERMS", "comment_name"]

MAX_WORDS = 6

TERMS: dict[str, str] = {
    # Chinese (simplified and traditional): the patient and their numbers
    "患者": "patient", "病人": "patient", "病患": "patient", "就诊人": "patient",
    "姓名": "name", "名字": "name", "曾用名": "former name", "性别": "sex", "年龄": "age",
    "出生日期": "birth date", "出生年月": "birth date", "生日": "birthday",
    "出生地": "birth place", "死亡日期": "death date", "死亡时间": "death time",
    "身份证号码": "ssn", "身份证号": "ssn", "身份证": "ssn", "證件號碼": "identity card number",
    "证件号码": "identity card number", "护照号": "passport number",
    "联系电话": "phone", "电话号码": "phone number", "電話號碼": "phone number", "电话": "phone",
    "電話": "phone", "手机号码": "mobile number", "手机号": "mobile number", "手机": "mobile",
    "家庭住址": "home address", "现住址": "address", "户籍地址": "address",
    "通讯地址": "address", "住址": "address", "地址": "address", "邮政编码": "postcode",
    "邮编": "postcode", "电子邮件": "email", "邮箱": "email",
    "住院号": "admission number", "门诊号": "visit number", "就诊号": "visit number",
    "病历号": "mrn", "病案号": "mrn", "医保卡号": "health insurance card number",
    "医保号": "health insurance number", "社保卡号": "health insurance card number",
    "工作单位": "employer", "联系人": "contact name", "监护人": "guardian", "母亲": "mother",
    "父亲": "father", "配偶": "spouse",
    # dates and times of care and of the record
    "入院日期": "admit date", "入院时间": "admit time", "出院日期": "discharge date",
    "出院时间": "discharge time", "就诊日期": "visit date", "就诊时间": "visit time",
    "检查日期": "examination date", "报告日期": "report date", "创建时间": "created time",
    "更新时间": "update time", "修改时间": "modified time", "日期": "date", "时间": "time",
    # the narrative of a record
    "主诉": "complaint", "现病史": "present illness history", "既往史": "past history",
    "病史": "history", "诊断": "diagnosis", "备注": "remarks", "描述": "description",
    "结论": "conclusion",
    # staff and things, whose names are not a patient's
    "医生": "doctor", "医师": "doctor", "护士": "nurse", "操作员": "operator",
    "科室": "department", "医院": "hospital", "编码": "code", "代码": "code", "名称": "title",
    # Japanese
    "氏名": "name", "名前": "name", "生年月日": "birth date", "住所": "address",
    "電話番号": "phone number", "携帯電話": "mobile", "郵便番号": "postcode",
    "被保険者番号": "health insurance number", "カルテ番号": "mrn", "患者番号": "patient number",
    "入院日": "admit date", "退院日": "discharge date", "受診日": "visit date", "日付": "date",
    "日時": "date time", "備考": "remarks", "病名": "diagnosis", "所見": "findings",
    # Korean
    "환자": "patient", "성명": "name", "이름": "name", "생년월일": "birth date",
    "주민등록번호": "ssn", "주민번호": "ssn", "주소": "address", "전화번호": "phone number",
    "휴대폰": "mobile", "우편번호": "postcode", "이메일": "email", "차트번호": "mrn",
    "진료일": "visit date", "입원일": "admit date", "퇴원일": "discharge date",
    "일자": "date", "일시": "date time", "비고": "remarks", "진단": "diagnosis",
}  # fmt: skip
# Longest first: 出生日期 is a birth date before 日期 is a date.
_TERMS = re.compile("|".join(sorted(map(re.escape, TERMS), key=len, reverse=True)))
_WORD = re.compile(r"[A-Za-z]+")


@cache
def comment_name(comment: str | None) -> str | None:
    """The comment read as a name of English words the rules read, or None when it has no word
    to read or is prose (more than :data:`MAX_WORDS` words).

    >>> comment_name("患者姓名"), comment_name("出生日期"), comment_name("Date of birth")
    ('patient name', 'birth date', 'date of birth')
    >>> comment_name("The date on which the record was last changed by the nightly job") is None
    True
    """
    if not comment:
        return None
    read = _TERMS.sub(lambda found: f" {TERMS[found.group(0)]} ", comment)
    words = _WORD.findall(read)
    if not 1 <= len(words) <= MAX_WORDS:
        return None
    return " ".join(word.lower() for word in words)

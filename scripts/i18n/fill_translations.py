#!/usr/bin/env python3
"""Fill the <translation> elements of a Qt .ts file from a numbered list.

Used once to bring in the Turkish and Arabic translations; kept because the
glossary below is what later translators must stay consistent with, and the
checks catch the usual mistakes (lost placeholders, accelerators, plurals).

    fill_translations.py FILE.ts TRANSLATIONS.tsv [...]

Each TSV line is "<index>\t<text>", index = position of the message in FILE.ts
(document order, as lupdate writes it). "\\n" in the text is a line break.
Numerus messages take their forms separated by " ||| " (one form fills all).
Afterwards run the rathaus_ui_lupdate target, which rewrites the file in
lupdate's own layout.

Glossary (en -> tr / ar), formal address throughout (tr "siz", ar MSA):
  application          başvuru                  طلب
  case (staff)         dosya                    ملف / قضية -> ملف
  office (Amt)         daire                    الدائرة
  caseworker           memur                    الموظف المختص / موظف
  head of office       daire amiri              رئيس الدائرة
  administrator        yönetici                 المسؤول
  citizen              vatandaş                 المواطن
  service              hizmet                   خدمة
  fee                  ücret                    الرسوم
  reference            dosya numarası           الرقم المرجعي
  city (the authority) belediye                 البلدية
  city server          belediye sunucusu        خادم البلدية
  sign in / out        oturum aç / kapat        تسجيل الدخول / الخروج
  draft                taslak                   مسودة
  access log           erişim kaydı             سجل الاطلاع
  record               kayıt                    سجل
  legal basis          yasal dayanak            الأساس القانوني
  transfer             aktarım                  نقل
  consent              onay                     الموافقة
  statuses: Awaiting payment/Fee open  Ödeme bekleniyor / Ücret ödenmedi   بانتظار الدفع / الرسوم غير مدفوعة
            Submitted      Gönderildi     مُقدَّم
            In review      İnceleniyor    قيد المراجعة
            Information needed Bilgi gerekli  مطلوب معلومات
            On hold        Beklemede      معلّق
            Approved       Onaylandı      تمت الموافقة
            Rejected       Reddedildi     مرفوض
            Completed      Tamamlandı     مكتمل
            Withdrawn      Geri çekildi   مسحوب
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def accelerators(text):
    return len(re.findall(r"&(?!&|amp;|lt;|gt;|quot;|#)\S", text))


def load(paths):
    table = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                index, _, text = line.partition("\t")
                if int(index) in table:
                    sys.exit(f"{path}:{number}: index {index} given twice")
                table[int(index)] = text.replace("\\n", "\n")
    return table


def check(index, source, text, numerus, problems):
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    got = sorted(set(PLACEHOLDER.findall(text)))
    if numerus:
        wanted = [p for p in wanted if p != "%n"]
        got = [p for p in got if p != "%n"]
    if wanted != got:
        problems.append(f"{index}: placeholders {wanted} != {got}: {text!r}")
    if accelerators(source) != accelerators(text):
        problems.append(f"{index}: accelerator count differs: {source!r} -> {text!r}")
    if source.count("<") != text.count("<"):
        problems.append(f"{index}: HTML tags differ: {text!r}")


def main():
    ts_path, tsv_paths = sys.argv[1], sys.argv[2:]
    table = load(tsv_paths)
    tree = ET.parse(ts_path)
    messages = list(tree.getroot().iter("message"))
    problems = []
    filled = 0
    for index, message in enumerate(messages):
        if index not in table:
            continue
        source = message.find("source").text or ""
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        text = table[index]
        if numerus:
            forms = translation.findall("numerusform")
            values = text.split(" ||| ")
            if len(values) == 1:
                values = values * len(forms)
            if len(values) != len(forms):
                problems.append(f"{index}: {len(forms)} plural forms wanted, {len(values)} given")
                continue
            for form, value in zip(forms, values):
                form.text = value
            # At least one form must carry the number itself.
            if "%n" in source and not any("%n" in v for v in values):
                problems.append(f"{index}: no plural form shows %n")
            for value in values:
                check(index, source, value, True, problems)
        else:
            translation.text = text
            check(index, source, text, False, problems)
        translation.attrib.pop("type", None)
        filled += 1
    extra = sorted(set(table) - set(range(len(messages))))
    if extra:
        problems.append(f"indexes beyond the file: {extra}")
    for problem in problems:
        print("warning:", problem, file=sys.stderr)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    missing = len(messages) - filled
    print(f"{ts_path}: {filled} filled, {missing} left unfinished")


if __name__ == "__main__":
    main()

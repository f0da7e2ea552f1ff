"""Held-out check of the life-problem lists: 70 sentences (2 per category in de, en, uk, ar, tr)
written after the lists and never used to tune them. Prints how many flag with their category.

    .venv/bin/python benchmarks/triage_heldout.py

The in-sample sets (tests/data/triage/) were written next to the terms, so their recall says
the lists work as written, not how well they generalise; this figure does. Once these
sentences are used to add terms they are no longer held out: write new ones then.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from triage_recall import ROOT, FlagRules, judge

H = {
    "de": {
        "residence": [
            "die behörde sagt ich soll zurück in mein land",
            "mein visum ist abgelaufen was soll ich tun",
        ],
        "housing": [
            "wir sollen bis ende des monats raus aus der wohnung",
            "der hausbesitzer hat uns rausgeschmissen",
        ],
        "wages": ["seit 6 wochen kein geld vom chef", "ich bekomme für meine arbeit nichts bezahlt"],
        "energy": [
            "bei uns ist der strom aus weil die rechnung offen ist",
            "sie haben uns das gas abgedreht",
        ],
        "debts": ["ich habe 3000 euro schulden bei otto", "wieder ein brief von einem inkassounternehmen"],
        "child": [
            "das jugendamt hat meine kleine tochter mitgenommen",
            "meine kinder wohnen jetzt bei einer pflegemutter",
        ],
        "insurance": ["ich habe keine kasse mehr und mein zahn tut weh", "ich bin nicht mehr versichert"],
    },
    "en": {
        "residence": ["immigration office said i must go back", "my permit is over and they say leave"],
        "housing": ["landlord changed the locks we are outside", "we have to get out of the flat by friday"],
        "wages": ["6 weeks and still no pay from my boss", "i get nothing paid for my work"],
        "energy": ["the lights are off because bill not paid", "they shut off our gas"],
        "debts": ["i owe 3000 euro to otto", "another letter from collection company"],
        "child": ["jugendamt took my little girl", "my kids live with a foster mother now"],
        "insurance": ["i have no insurance card and my tooth hurts", "i am not insured anymore"],
    },
    "uk": {
        "residence": ["мені кажуть повертатися в україну", "закінчився мій дозвіл і кажуть виїжджати"],
        "housing": ["хазяїн змінив замки ми на вулиці", "до п’ятниці треба звільнити квартиру"],
        "wages": ["вже шість тижнів шеф не дає грошей", "за роботу мені нічого не заплатили"],
        "energy": ["у нас вимкнули електрику за несплату", "нам перекрили газ"],
        "debts": ["я заборгувала 3000 євро", "знову лист від колекторської фірми"],
        "child": ["югендамт забрав мою маленьку доньку", "мої діти тепер у прийомної мами"],
        "insurance": ["у мене нема медичного страхування і болить зуб", "я більше не застрахована"],
    },
    "ar": {
        "residence": ["قالولي لازم ارجع على بلدي", "الفيزا خلصت وقالولي اطلع"],
        "housing": ["صاحب البيت غير القفل وصرنا برا", "لازم نفضي البيت قبل الجمعة"],
        "wages": ["ست اسابيع ما عطاني الشيف مصاري", "ما حدا دفعلي شي عن شغلي"],
        "energy": ["طفولنا الكهربا لأنو الفاتورة ما انصرفت", "سكروا علينا الغاز"],
        "debts": ["علي 3000 يورو لأوتو", "كمان مكتوب من شركة تحصيل ديون"],
        "child": ["اليوغندامت أخد بنتي الصغيرة", "ولادي هلق عند أم حاضنة"],
        "insurance": ["ما عندي كرت تأمين وسني عم يوجعني", "ما عاد عندي تأمين"],
    },
    "tr": {
        "residence": ["memleketine dön dediler", "vizem bitti gitmem gerekiyor"],
        "housing": ["ev sahibi kilidi değiştirdi dışarıdayız", "cumaya kadar evi boşaltmamız lazım"],
        "wages": ["altı haftadır patron para vermedi", "çalışmama rağmen bana hiç ödeme yapılmadı"],
        "energy": ["fatura ödenmediği için elektrikler kapalı", "gazımızı kapattılar"],
        "debts": ["ottoya 3000 euro borcum var", "yine tahsilat şirketinden mektup"],
        "child": ["jugendamt küçük kızımı götürdü", "çocuklarım şimdi koruyucu annede"],
        "insurance": ["sigorta kartım yok ve dişim ağrıyor", "artık sigortalı değilim"],
    },
}


def main() -> None:
    rules = FlagRules.load(ROOT / "content")
    total = hits = 0
    for lang, cats in H.items():
        row = []
        for cat, sentences in cats.items():
            found = sum(judge(rules, s, lang, cat)[1] for s in sentences)
            total, hits = total + len(sentences), hits + found
            row.append(f"{cat}:{found}/{len(sentences)}")
        print(lang, " ".join(row))
    print(f"held-out, flagged with their category: {hits}/{total}")


if __name__ == "__main__":
    main()

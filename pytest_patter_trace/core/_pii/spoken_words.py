"""Words only a speaker says, in about a hundred languages: thanks, greetings, goodbyes.

A developer's short value ("Done", "not found", "OK") and a caller's short turn ("Jó,
köszi.", "Sige po, salamat.") differ by such a word: thanks, a greeting, a goodbye or a
polite "please" is said to a person, never logged for a developer. "Yes" and "okay" are
weaker (a status says "OK"): they count only beside another word. Kept by hand: no
library on the package index lists the courtesy words of these languages together.
"""

from __future__ import annotations

from .vocabulary import words

__all__ = ["ASSENT", "COURTESY"]

#: Thanks, greetings, goodbyes, "please", one token each (lower case, no punctuation).
COURTESY = words(
    """thanks thank cheers bye goodbye hello please gracias adiós adios hola porfa
    obrigado obrigada valeu tchau olá merci bonjour bonsoir salut danke bitte tschüss
    tschüs hallo servus grazie ciao prego arrivederci bedankt dank doei hoi tack hej takk
    tak kiitos moi kiitti aitäh tänan tere paldies sveiki ačiū labas dziękuję dzięki
    cześć proszę děkuji díky ahoj ďakujem vďaka hvala živjo zdravo хвала здраво спасибо
    благодарю привет пока дякую привіт бувай благодаря рахмет сәлем баярлалаа köszönöm
    köszi szia mulțumesc mulţumesc mersi teşekkürler teşekkür teşekkürederim sağol
    merhaba təşəkkür rahmat ευχαριστώ γεια faleminderit მადლობა გამარჯობა
    շնորհակալություն բարև תודה שלום شكرا شكراً مرحبا ممنون مرسی سلام شکریہ
    धन्यवाद शुक्रिया नमस्ते नमस्कार ধন্যবাদ নমস্কার ਧੰਨਵਾਦ ਸ਼ੁਕਰੀਆ આભાર நன்றி வணக்கம்
    ధన్యవాదాలు ధన్యవాదం నమస్కారం ಧನ್ಯವಾದ ಧನ್ಯವಾದಗಳು ನಮಸ್ಕಾರ നന്ദി ස්තූතියි
    ස්තුතියි ขอบคุณ สวัสดี ຂອບໃຈ ສະບາຍດີ អរគុណ ជំរាបសួរ ကျေးဇူးတင်ပါတယ် ကျေးဇူး
    cảm xin chào salamat asante karibu nagode daalụ ngiyabonga siyabonga enkosi
    mahadsanid አመሰግናለሁ ሰላም dankie eskerrik kaixo gràcies grazas diolch mèsi grazzi
    terima makasih 谢谢 謝謝 多谢 ありがとう ありがとうございます 감사합니다 고맙습니다
    안녕하세요"""
)

#: Yes, okay, fine: a turn only beside another word ("Jó, köszi."; not "OK" alone).
ASSENT = words(
    """yes yeah yep okay sure alright vale claro perfecto sim beleza oui genau sì
    perfetto graag joo kyllä jah gerai taip dobrze ano dobře áno dobre važi može добро
    важи ага хорошо ладно так добре жақсы за igen jó bine evet tamam bəli yaxşı ναι
    εντάξει mirë კი დიახ კარგი այո լավ כן בסדר نعم حسنا طيب تمام بله باشه ہاں ٹھیک
    हाँ हां ठीक हुन्छ बरं হ্যাঁ ঠিক ਹਾਂ ਠੀਕ હા બરાબર ஆமாம் சரி అవును సరే ಹೌದು ಸರಿ ശരി
    അതെ ඔව් හරි ครับ ค่ะ ใช่ โอเค ແມ່ນ បាទ ចាស ဟုတ်ကဲ့ vâng dạ được oke baik sige opo
    sawa ndiyo yebo kulungile ewe haa እሺ አዎ ados reg iawn dakò tajjeb aye"""
)

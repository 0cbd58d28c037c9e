# Interface strings of the One Provence theme, in Modern Standard Arabic.
# Arabic has six plural categories (zero, one, two, few, many, other): PLURAL() gives the
# right one for every number, 103 and 111 included.

skip-link = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
lang-switch-label = اختيار اللغة
lang-not-available = الصفحة غير مترجمة
home-label = الرئيسية
breadcrumb-label = مسار التنقل
site-tagline = وكالة التسويق الترابي لمتروبول إيكس مرسيليا بروفانس

latest-stories = أحدث القصص
all-stories = جميع القصص
read-more = اقرأ «{ $title }»
published-on = نُشر في { $date }
reading-time = { PLURAL($count) ->
    [zero] أقل من دقيقة للقراءة
    [one] دقيقة واحدة للقراءة
    [two] دقيقتان للقراءة
    [few] { $count } دقائق للقراءة
    [many] { $count } دقيقة للقراءة
   *[other] { $count } دقيقة للقراءة
}
stories-count = { PLURAL($count) ->
    [zero] لا توجد قصص
    [one] قصة واحدة
    [two] قصتان
    [few] { $count } قصص
    [many] { $count } قصة
   *[other] { $count } قصة
}
toc-title = المحتويات
source-label = المصادر:
sectors-label = القطاعات
audiences-label = الجماهير المستهدفة
back-to-section = العودة إلى «{ $title }»

pagination-label = ترقيم الصفحات
pagination-prev = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-page = الصفحة { $number }
pagination-status = الصفحة { $current } من { $total }

fallback-notice = لم تُترجم هذه الصفحة إلى العربية بعد، لذا تُعرض بالفرنسية.

not-found-title = الصفحة غير موجودة
not-found-text = الصفحة المطلوبة غير موجودة أو نُقلت إلى عنوان آخر.
not-found-home = العودة إلى الصفحة الرئيسية
choose-language = اختر لغتك

footer-about = تُبرز One Provence منظومة الابتكار في متروبول إيكس مرسيليا بروفانس.
footer-feed = موجز Atom للقصص
footer-accessibility = إمكانية الوصول: غير مطابق
footer-fonts = خطوط Noto بموجب رخصة SIL Open Font License.
feed-subtitle = قصص الابتكار في إيكس مرسيليا بروفانس

quote-source = المصدر: { $source }

sectors-sante = الصحة والتكنولوجيا الحيوية
sectors-industrie = صناعة المستقبل
sectors-aeronautique = الطيران والفضاء والطائرات المسيّرة
sectors-numerique = الرقمنة والإلكترونيات الدقيقة
sectors-energie = الطاقة والهيدروجين
sectors-environnement = البيئة والتقنيات النظيفة
sectors-maritime = البحر والموانئ والخدمات اللوجستية
sectors-ville = المدينة الذكية والمستدامة

audiences-grands-comptes = الشركات الكبرى
audiences-institutionnels-investisseurs = المؤسسات والمستثمرون
audiences-talents = الكفاءات
audiences-offreurs-solutions = الشركات المبتكرة المزوّدة للحلول

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-long = { $day } { $month } { $year }

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

## Directories
kinds-label = أنواع الفاعلين
needs-label = الاحتياجات
stages-label = مراحل المشروع
site-kinds-label = أنواع المواقع
scheme-kinds-label = أنواع الآليات
commune-label = البلدية
operators-label = الجهة المسؤولة
amount-label = المبلغ
cited-by-title = ورد ذكره في
actors-title = الفاعلون المذكورون
finder-title = اعثر على المورد المناسب
finder-intro = أجب عن ثلاثة أسئلة وستتحدّث القائمة فورًا.
finder-question-needs = ما الذي تحتاج إليه؟
finder-question-stages = في أي مرحلة مشروعك؟
finder-question-sectors = في أي قطاع؟
finder-any = الكل
finder-reset = عرض الكل
finder-results = { PLURAL($count) ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
browse-title = تصفّح حسب الموضوع
entries-count = { PLURAL($count) ->
    [zero] لا توجد بطاقات
    [one] بطاقة واحدة
    [two] بطاقتان
    [few] { $count } بطاقات
    [many] { $count } بطاقة
   *[other] { $count } بطاقة
}

kinds-incubateur = حاضنة أعمال
kinds-accelerateur = مسرّعة أعمال
kinds-technopole = قطب تكنولوجي
kinds-financeur = جهة تمويل
kinds-pole = قطب تنافسية أو عنقود
kinds-universite = جامعة وبحث ومدارس
kinds-tiers-lieu = فضاء ثالث
kinds-plateforme = منصة ابتكار
kinds-reseau = شبكة أو جمعية
kinds-institution = مؤسسة أو وكالة
kinds-amenagement = مشروع تهيئة
kinds-entreprise = شركة

needs-financement = التمويل
needs-hebergement = الاستضافة
needs-recrutement = التوظيف
needs-accompagnement = المرافقة
needs-experimentation = التجريب
needs-recherche = البحث
needs-international = التوسع الدولي
needs-mise-en-relation = التشبيك

stages-idee = الفكرة
stages-creation = التأسيس
stages-amorcage = الانطلاق
stages-croissance = النمو
stages-international = التدويل

site-kinds-lab-5g = مختبر الجيل الخامس
site-kinds-demonstrateur = منصة عرض تجريبية
site-kinds-plateforme-technologique = منصة تكنولوجية
site-kinds-technopole = قطب تكنولوجي
site-kinds-zone-industrielle = منطقة صناعية
site-kinds-espace-urbain = فضاء حضري
site-kinds-tiers-lieu = فضاء ثالث
site-kinds-campus = حرم جامعي

scheme-kinds-guichet-unique = شباك موحّد
scheme-kinds-pret-honneur = قرض شرف
scheme-kinds-subvention = منحة
scheme-kinds-appel-a-projets = دعوة لتقديم المشاريع
scheme-kinds-programme = برنامج مرافقة
scheme-kinds-evenement = فعالية
scheme-kinds-investissement = استثمار
scheme-kinds-labellisation = علامة اعتماد

## Narrative and audiences
chapter-progress = الفصل { $position } من { $total }
chapter-prev = الفصل السابق
chapter-next = الفصل التالي
chapters-title = الركائز الخمس
objectives-title = الأهداف
promises-title = وعودنا
proof-title = الأدلة بالأرقام
tagged-title = ما يهمّك في هذا الموقع
audiences-title = لكل جمهور رسالته

## Search
search-label = بحث
search-title = البحث في الموقع
search-placeholder = هيدروجين، CISAM، تمويل…
search-button = بحث
search-results = { PLURAL($count) ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-nojs = يتطلب البحث تفعيل JavaScript؛ ويمكنك بدونه تصفّح أقسام القائمة.

## Short menu labels (nav-<menu entry of site.toml>)
nav-icapital = عاصمة الابتكار
nav-audiences = لمن؟
nav-ecosystem = الدليل
nav-stories = القصص
nav-about = من نحن

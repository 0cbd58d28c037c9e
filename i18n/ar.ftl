# Interface strings of the One Provence theme, in Modern Standard Arabic.
# Arabic has six plural categories (zero, one, two, few, many, other): PLURAL() gives the
# right one for every number, 103 and 111 included.

skip-link = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
lang-switch-label = اختيار اللغة
lang-not-available = الصفحة غير مترجمة
home-label = الرئيسية
breadcrumb-label = مسار التنقل
site-tagline = وكالة التسويق الإقليمي لحاضرة إكس-مرسيليا-بروفانس

latest-stories = أحدث القصص
all-stories = جميع القصص
published-on = نُشر في { $date }
reported-on = تاريخ الوقائع: { $date }
date-month = { $month } { $year }
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

footer-about = تُبرز One Provence منظومة الابتكار في حاضرة إكس-مرسيليا-بروفانس.
footer-feed = موجز Atom للقصص
footer-accessibility = إمكانية الوصول: غير مطابق
footer-fonts = خطوط Noto بموجب رخصة SIL Open Font License.
feed-subtitle = قصص الابتكار في إكس-مرسيليا-بروفانس

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
finder-relaxed = لا توجد بطاقة تستوفي جميع إجاباتك؛ إليك البطاقات التي تستوفيها كلها باستثناء «{ $question }».
finder-cross-sector = جميع القطاعات
directories-other = أدلة أخرى
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
kinds-initiative = مشروع أو مبادرة
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
site-kinds-lieu-innovation = فضاء ابتكار
site-kinds-campus = حرم جامعي

scheme-kinds-guichet-unique = شباك موحّد
scheme-kinds-pret-honneur = قرض شرف
scheme-kinds-subvention = منحة
scheme-kinds-appel-a-projets = نداء المشاريع
scheme-kinds-programme = برنامج مرافقة
scheme-kinds-evenement = فعالية
scheme-kinds-investissement = استثمار
scheme-kinds-labellisation = علامة اعتماد

## Narrative and audiences
chapter-progress = الفصل { $position } من { $total }
chapter-prev = الفصل السابق
chapter-next = الفصل التالي
chapters-title = الركائز الخمس
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
nav-kit = الحقيبة

## Communication kit (documents, kit page, zip)
kit-promises = وعودنا
kit-proof = بالأرقام
kit-actors = أبرز الفاعلين
kit-more = لمعرفة المزيد
kit-scan = امسح الرمز لقراءة الصفحة كاملة على الإنترنت.
kit-sectors-title = قطاعات التميز
kit-contact-title = التواصل
kit-audience-more = صفحة هذه الفئة:
kit-qr-alt = رمز QR يؤدي إلى
kit-emblem-alt = شعار One Provence (شمس فوق موجتين) داخل منطقة الحماية
kit-figures-title = أرقام رئيسية
figures-theme-positioning = التموضع والجاذبية
figures-theme-one-provence = One Provence
figures-theme-public-buying = الشراء العام ومنصة الابتكار
figures-theme-smart-metropole = Smart Métropole
figures-theme-transitions = التحولات
figures-theme-research = البحث وأماكن الابتكار والصناعة
kit-presentation-title = تعريف بإكس-مرسيليا-بروفانس
kit-numbers-title = المنظومة بالأرقام
kit-brand-title = دليل الهوية البصرية
kit-palette = الألوان
kit-cmyk-note = * CMYK: قيم تقريبية محسوبة من RGB، يتحقق منها المطبعي بملفه الخاص.
kit-cmyk-label = CMYK*
kit-color-navy = أزرق بحري داكن
kit-color-ink = حبري
kit-color-sea = أزرق البحر
kit-color-sun = أصفر الشمس
kit-color-terracotta = قرميدي
kit-color-sand = رملي
kit-color-mist = رمادي الضباب
kit-color-white = أبيض
kit-type-h1 = عنوان المستوى 1
kit-type-h2 = عنوان المستوى 2
kit-type-body = النص الجاري
kit-type-card_title = عنوان البطاقات الاجتماعية
kit-font-latin = الحروف اللاتينية:
kit-font-arabic = الحروف العربية:
kit-variants = النسخ المتوفرة: الشعار الرمزي، الأفقي، العمودي، أحادي اللون، المعكوس (على خلفية داكنة).
kit-type = الخطوط
kit-logo-rules = الشعار: قواعد الاستخدام
kit-clear-space = المساحة الفارغة: ربع ارتفاع الرمز من كل جانب.
kit-min-size = أصغر حجم للرمز: 24 بكسل على الشاشة، و8 مم في الطباعة.
kit-do = افعل
kit-dont = تجنّب
kit-do-1 = استخدم ملفات الحقيبة كما هي، دون إعادة رسمها.
kit-do-2 = ضع الشعار على خلفية فاتحة، أو النسخة المعكوسة على الأزرق الداكن.
kit-do-3 = احترم المساحة الفارغة والحجم الأدنى.
kit-dont-1 = تمديد الشعار أو إمالته أو قصّه.
kit-dont-2 = تغيير ألوانه أو إضافة مؤثرات إليه.
kit-dont-3 = وضعه على صورة مزدحمة دون خلفية موحّدة.
kit-source = المصدر:
kit-manifest-title = حقيبة التواصل
kit-zip-note = حقيبة التواصل المشتركة لمنظومة الابتكار في إكس-مرسيليا-بروفانس. يمكن لكل فاعل استخدامها لتقديم الإقليم، دون تعديل الوثائق. نسخ «الطباعة» فيها 3 مم من الهامش الزائد وعلامات القص. يذكر الملف MANIFEST.txt حجم كل ملف وبصمته SHA-256.
kit-size-kb = { $size } ك.ب
kit-size-mb = { $size } م.ب
kit-documents = الوثائق
kit-logos = الشعارات
kit-slides = يتضمن ملف zip لكل لغة أيضًا كل شريحة من العرض التقديمي بصيغتي PNG ‏(1280 بكسل) و SVG، لإعداد عرضكم الخاص.
kit-cards = بطاقات لشبكات التواصل الاجتماعي
kit-card-square = مربعة، 1080 × 1080 بكسل
kit-card-vertical = عمودية، 1080 × 1920 بكسل
kit-download-all = تنزيل الكل
kit-zip-label = الحقيبة كاملة (zip)
kit-pages = { PLURAL($count) ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}
kit-variant-screen = للشاشة
kit-variant-print = للطباعة (هامش زائد 3 مم، علامات القص)
kit-variant-editable = قابلة للتعديل (PowerPoint أو Impress؛ العناوين والأرقام والمصادر في مربعات نص)
kit-toc = في هذه الصفحة
kit-cards-stories = القصص
kit-cards-count = { PLURAL($count) ->
    [zero] لا بطاقة
    [one] بطاقة واحدة
    [two] بطاقتان
    [few] { $count } بطاقات
   *[other] { $count } بطاقة
}
kit-preview = معاينة: { $title }
kit-kind-one-pager = ورقة A4 لكل جمهور
kit-kind-figures = ورقة الأرقام الرئيسية (A4)
kit-kind-presentation = عرض تقديمي 16:9
kit-kind-brand-sheet = دليل الهوية البصرية (A4)
kit-rules = قواعد الاستخدام
kit-png-width = PNG { $width } بكسل
kit-not-built = لا تنتج هذه النسخة من الموقع الحقيبة.
kit-pending = يجري إعداد وثائق الحقيبة، وستُحدَّث هذه الصفحة تلقائيًا فور جاهزيتها.
kit-logo-emblem = الرمز
kit-logo-horizontal = أفقي
kit-logo-stacked = عمودي
kit-logo-mono = أحادي اللون
kit-logo-reversed = معكوس (على خلفية داكنة)

## Orientation
nav-orientation = التوجيه
orientation-label = صِف حاجتك
orientation-placeholder = مثال: مقرّ لشركة ناشئة في التكنولوجيا الحيوية
orientation-button = ابحث
orientation-hint = اكتب بكلماتك، بالعربية أو الفرنسية أو الإنجليزية: حاجة أو قطاع أو مرحلة.
orientation-nojs = تحتاج هذه الأداة إلى JavaScript؛ من دونها، تصفّح الدليل والبرامج والمواقع أدناه.
orientation-results = { PLURAL($count) ->
    [zero] لا يوجد أي مورد
    [one] مورد واحد
    [two] موردان
    [few] { $count } موارد
    [many] { $count } موردًا
   *[other] { $count } مورد
}
orientation-relaxed = لا يوجد مورد يغطي { $all } معًا؛ إليك الموارد التي تغطي { $kept }.
orientation-unknown = لم نتعرّف على حاجة محددة في سؤالك؛ إليك الموارد الأقرب إليه نصًّا. جرّب أيضًا كلمة مثل «تمويل» أو «مقرّ» أو «توظيف».
orientation-why = يتوافق مع
orientation-reading = للقراءة أيضًا
orientation-browse = تصفّح الأدلة
related-title = في الأدلة الأخرى

## طلب التواصل (نماذج Netlify) وصفحة الشكر
contact-title = طلب تواصل
contact-intro-entry = هل تودّ التواصل مع { $name }؟ صِف طلبك، وسيصلك فريق { $site } بالشخص المناسب.
contact-intro-audience = لديك مشروع أو سؤال؟ صِفه لنا، وسيرشدك فريق { $site } إلى المورد المناسب والشخص المناسب.
contact-required = الحقول المُعلَّمة بنجمة (*) إلزامية.
contact-name = الاسم الكامل
contact-org = المؤسسة
contact-email = البريد الإلكتروني
contact-email-hint = الصيغة المطلوبة: name@example.com
contact-message = طلبك
contact-message-hint = مشروعك، وما تبحث عنه، وموعدك المرتقب.
contact-send = أرسل الطلب
contact-error-name = اكتب اسمك الكامل.
contact-error-email = اكتب عنوان بريد إلكتروني صالحًا، مثل name@example.com.
contact-error-message = صِف طلبك.
contact-errors = { PLURAL($count) ->
    [zero] لم يُرسَل النموذج.
    [one] لم يُرسَل النموذج: يجب تصحيح حقل واحد.
    [two] لم يُرسَل النموذج: يجب تصحيح حقلين.
    [few] لم يُرسَل النموذج: يجب تصحيح { $count } حقول.
   *[other] لم يُرسَل النموذج: يجب تصحيح { $count } حقلًا.
}
contact-honeypot = اترك هذا الحقل فارغًا:
contact-consent = تُرسَل بياناتك إلى { $controller }، المسؤول عن معالجتها، لغرض وحيد هو الرد على طلبك وتيسير التواصل. لا يطّلع عليها إلا المكلَّفون بطلبك، والجهة المعنية بموافقتك. تُحفَظ طوال مدة معالجة طلبك ثم تُحذَف. يحق لك الاطلاع عليها وتصحيحها ومحوها والاعتراض على معالجتها بمراسلة { $contact }، كما يحق لك تقديم شكوى إلى الهيئة الفرنسية لحماية البيانات (CNIL).
contact-controller-unset = ناشر الموقع المذكور في البيانات القانونية
contact-email-unset = العنوان المذكور في البيانات القانونية
contact-offline = لا يمكن إرسال هذا النموذج دون اتصال. لطلب التواصل، افتح هذه الصفحة على الإنترنت:
contact-offline-qr = رمز QR للصفحة على الإنترنت
thanks-title = شكرًا لك، أُرسل طلبك
thanks-text = تلقّى فريق { $site } طلبك، وسيردّ عليك على عنوان البريد الإلكتروني الذي ذكرته.
thanks-back = العودة إلى الصفحة الرئيسية
thanks-orientation = واصل البحث عن المورد المناسب

## ناشر الموقع (البيانات القانونية، بيان إمكانية الوصول)
publisher-name = الناشر
publisher-address = العنوان
publisher-director = مدير النشر
publisher-email = التواصل
publisher-host = جهة الاستضافة
publisher-unset = يُستكمَل لاحقًا

## الصفحة الرئيسية
home-figures-title = بالأرقام
home-audiences-lead = أنت
home-cta = اعثر على المورد المناسب
entry-links-title = على الإنترنت
entry-website = الموقع الإلكتروني
entry-contact-page = صفحة التواصل

## Agenda (events, delegations, calls for projects)
event-kinds-label = أنواع الفعاليات
event-kinds-salon = معرض
event-kinds-delegation = وفد
event-kinds-rencontre = لقاء
event-kinds-appel-a-projets = نداء المشاريع
event-kinds-webinaire = ندوة عبر الإنترنت
event-kinds-lancement = إطلاق
events-upcoming = القادمة
events-past = الماضية
events-nojs = الفعاليات مرتبة من الأحدث إلى الأقدم، والمواعيد بتوقيت مكان الفعالية.
events-filters = تصفية المواعيد
events-none-upcoming = لا توجد مواعيد معلنة حاليًا.
events-filter-all = الكل
events-feed = موجز Atom للمواعيد
events-ics-all = كل المواعيد في تقويمي (‎.ics‎)
event-add-calendar = أضف إلى تقويمي (‎.ics‎)
event-when = الموعد
event-where = المكان
event-online = عبر الإنترنت
event-organisers = التنظيم
event-partners = الشركاء
event-schemes = الآلية
event-link = معلومات وتسجيل
event-undated = الموعد سيُحدَّد لاحقًا
event-past = فعالية منتهية
event-ongoing = جارية الآن
event-at = { $date }، الساعة { $time }
event-range = من { $start } إلى { $end }
event-month = { $month } { $year }
call-open = باب الترشح مفتوح
call-closed = أُغلق باب الترشح
call-soon = يُفتح قريبًا
call-opens = يُفتح: { $date }
call-closes = يُغلق: { $date }
call-eligible = من يحق له الترشح
call-deadline = آخر أجل للترشح
upcoming-title = المواعيد القادمة
upcoming-all = كل المواعيد
tz-europe-paris = بتوقيت باريس
tz-america-los-angeles = بتوقيت المحيط الهادئ
country-FR = فرنسا
country-US = الولايات المتحدة

## Contact page, orientation form, empty states, phone menu (issue #29)
nav-contact = اتصل بنا
menu-button = القائمة
contact-title-general = راسلوا الفريق
contact-intro-general = صِفوا طلبكم: يردّ عليكم فريق { $site }، ويضعكم عند الحاجة على تواصل مع الشخص المناسب.
contact-title-orientation = تحدّثوا مع الفريق
contact-intro-orientation = لا تكفي هذه الإجابات، أو تفضّلون الحديث مع أحد؟ راسلوا فريق { $site }: يصله سؤالكم والإجابات المعروضة مع رسالتكم.
contact-publisher-title = ناشر الموقع
contact-audiences-title = حسب صفتكم
orientation-none = لا يوجد بعدُ مورد يطابق هذا الطلب. صِفوه للفريق عبر الاستمارة أدناه، أو تصفّحوا الأدلة.
upcoming-none-link = لا يوجد موعد قادم معلن: يحتفظ جدول المواعيد بالفعاليات السابقة وبدعوات تقديم المشاريع.

## Kiosk: attract loop, start screen, idle reset, take-away codes (issue #31)
kiosk-touch = المس الشاشة للبدء
kiosk-choose = اختر لغتك
kiosk-find = العثور على المورد المناسب
kiosk-browse = تصفّح الموقع
kiosk-take = خذ هذه الصفحة معك: امسح الرمز
kiosk-restart = البدء من جديد
kiosk-still = هل ما زلت هنا؟
kiosk-resume = متابعة
kiosk-link = امسح الرمز لفتح هذا الرابط
kiosk-figures = أرقام رئيسية
kiosk-audiences = لمن
kiosk-events = المواعيد القادمة
kiosk-back = رجوع
# Directory honesty (#29): with a sector chosen, the finder counts apart the entries specific
# to it and those serving every sector (no sector, or nearly all). { $total } is finder-results.
finder-split = { $total }: { $specific }، و{ $every }
finder-split-specific = { PLURAL($count) ->
    [zero] لا شيء منها خاص بقطاع «{ $sector }»
    [one] واحدة خاصة بقطاع «{ $sector }»
    [two] اثنتان خاصتان بقطاع «{ $sector }»
    [few] { $count } خاصة بقطاع «{ $sector }»
    [many] { $count } خاصة بقطاع «{ $sector }»
   *[other] { $count } خاصة بقطاع «{ $sector }»
}
finder-split-every = { PLURAL($count) ->
    [zero] لا شيء منها يخدم جميع القطاعات
    [one] واحدة تخدم جميع القطاعات
    [two] اثنتان تخدمان جميع القطاعات
    [few] { $count } تخدم جميع القطاعات
    [many] { $count } تخدم جميع القطاعات
   *[other] { $count } تخدم جميع القطاعات
}
finder-every-intro = لا تختص هذه البطاقات بقطاع بعينه، بل تخدم جميع القطاعات، ومنها «{ $sector }».
# Targets of the key figures and their due year (issue #29): when a target was set and for
# when; past its due year the reader's browser says so (js/targets.js).
figure-target-set = هدفٌ وُضع عام { $set }
figure-target-set-due = هدفٌ وُضع عام { $set } لعام { $due }
figure-target-ahead = هدفٌ وُضع عام { $set } لعام { $due }، ولم يحن موعده بعد
figure-target-past = هدفٌ وُضع عام { $set } لعام { $due }، وقد فات موعده
figure-forecast-set = توقّعٌ صدر عام { $set }
figure-forecast-set-due = توقّعٌ صدر عام { $set } لعام { $due }
figure-forecast-ahead = توقّعٌ صدر عام { $set } لعام { $due }، ولم يحن موعده بعد
figure-forecast-past = توقّعٌ صدر عام { $set } لعام { $due }، وقد فات موعده

## Videos of the kit (issue #32)
kit-videos = مقاطع الفيديو
kit-video-title = فيديو: التموضع والأرقام الرئيسية والجماهير المستهدفة
kit-video-closing = جميع موارد المنظومة على
kit-video-note = بلا صوت ولا حاجة إلى ترجمة مصاحبة: النص كله في الصورة. لكل فيديو ثلاث صيغ؛ والنسخة النصية تذكر ما يعرضه بالترتيب.
kit-video-text = ما يعرضه الفيديو (النسخة النصية)
kit-video-length = { $seconds } ثانية
kit-video-download = تنزيل الفيديو بالصيغة { $format }
kit-variant-vertical = عمودية، 1080 × 1920 (القصص والمقاطع القصيرة)
kit-variant-portrait = طولية، 1080 × 1350 (منشورات LinkedIn و Instagram)
kit-variant-landscape = أفقية، 1920 × 1080 (الشاشات والمعارض و X)
kit-video-track = النص المعروض

## التوجيه، الجولة الثانية (issue #30)
orientation-general = مورد عام يشمل أيضًا
orientation-lacks = لا يغطي
orientation-audience = ابدؤوا بالصفحة المخصصة لكم:
orientation-more = عرض المزيد من الإجابات (معروض { $shown } من { $total })

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Warning, this entry fails the check: %1</source>
        <extracomment>Read out by screen readers before the entry the log check names</extracomment>
        <translation>تحذير: هذا الإدخال لم يجتز الفحص: %1</translation>
    </message>
</context>
<context>
    <name>AccessLogSection</name>
    <message>
        <source>Who has seen my data</source>
        <translation>من اطّلع على بياناتي</translation>
    </message>
    <message>
        <source>Every time someone at the city reads, changes or passes on your data, it is written down here: who, when, why and on which legal basis. Each entry is sealed and linked to the one before it, so Rathaus can check on your computer that none was changed or removed afterwards.</source>
        <translation>في كل مرة يقرأ فيها أحد في البلدية بياناتك أو يغيّرها أو يحيلها، يُسجَّل ذلك هنا: من، ومتى، ولماذا، وعلى أي أساس قانوني. كل إدخال مختوم ومرتبط بالإدخال الذي قبله، لذا يستطيع Rathaus أن يتحقق على حاسوبك من أنه لم يُغيَّر أي إدخال أو يُحذف لاحقًا.</translation>
    </message>
    <message>
        <source>Check of the access log</source>
        <translation>فحص سجل الاطلاع</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>افحص مجددًا (&amp;A)</translation>
    </message>
    <message>
        <source>Check the access log again</source>
        <translation>افحص سجل الاطلاع مجددًا</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>الدائرة (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>ماذا حدث (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>الفترة (&amp;P)</translation>
    </message>
    <message>
        <source>Show entries of this office</source>
        <translation>عرض إدخالات هذه الدائرة</translation>
    </message>
    <message>
        <source>Show entries of this kind</source>
        <translation>عرض إدخالات من هذا النوع</translation>
    </message>
    <message>
        <source>Show entries of this period</source>
        <translation>عرض إدخالات هذه الفترة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>سجل الاطلاع</translation>
    </message>
    <message>
        <source>One sentence per access to your data, newest first. More entries load as you scroll.</source>
        <translation>جملة واحدة لكل اطلاع على بياناتك، الأحدث أولًا. تُحمَّل إدخالات أخرى عند التمرير.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>حاول مجددًا (&amp;T)</translation>
    </message>
</context>
<context>
    <name>AccessLogText</name>
    <message>
        <source>read</source>
        <translation>قرأ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>غيّر</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>أحال</translation>
    </message>
    <message>
        <source>received</source>
        <translation>استلم</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the access log (QDate::toString): &quot;3 May 2026&quot;; German &quot;d. MMMM yyyy&quot;</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>&quot;3 May 2026, 10:14&quot;: date, then time</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>your record “%1”</source>
        <translation>سجلك «%1»</translation>
    </message>
    <message>
        <source>%1, caseworker %2, read %3 on %4 at %5</source>
        <extracomment>%1 office, %2 caseworker pseudonym, %3 what, %4 date, %5 time</extracomment>
        <translation>%1، الموظف المختص %2، قرأ %3 في %4 الساعة %5</translation>
    </message>
    <message>
        <source>%1, caseworker %2, changed %3 on %4 at %5</source>
        <translation>%1، الموظف المختص %2، غيّر %3 في %4 الساعة %5</translation>
    </message>
    <message>
        <source>%1, caseworker %2, passed on %3 on %4 at %5</source>
        <translation>%1، الموظف المختص %2، أحال %3 في %4 الساعة %5</translation>
    </message>
    <message>
        <source>%1, caseworker %2, received %3 on %4 at %5</source>
        <translation>%1، الموظف المختص %2، استلم %3 في %4 الساعة %5</translation>
    </message>
    <message>
        <source>%1 read %2 automatically on %3 at %4</source>
        <extracomment>No person acted: %1 office, %2 what, %3 date, %4 time</extracomment>
        <translation>قرأ %1 %2 تلقائيًا في %3 الساعة %4</translation>
    </message>
    <message>
        <source>%1 marked its copy of %2 for deletion on %3 at %4</source>
        <translation>وضع %1 علامة الحذف على نسخته من %2 في %3 الساعة %4</translation>
    </message>
    <message>
        <source>%1 changed %2 automatically on %3 at %4</source>
        <translation>غيّر %1 %2 تلقائيًا في %3 الساعة %4</translation>
    </message>
    <message>
        <source>%1 passed on %2 automatically on %3 at %4</source>
        <translation>أحال %1 %2 تلقائيًا في %3 الساعة %4</translation>
    </message>
    <message>
        <source>%1 received %2 automatically on %3 at %4</source>
        <translation>استلم %1 %2 تلقائيًا في %3 الساعة %4</translation>
    </message>
    <message>
        <source> – for application %1</source>
        <translation> – للطلب %1</translation>
    </message>
    <message>
        <source> – purpose: “%1”</source>
        <translation> – الغرض: «%1»</translation>
    </message>
    <message>
        <source>; with your consent</source>
        <translation>؛ بموافقتك</translation>
    </message>
    <message>
        <source>; legal basis: %1</source>
        <translation>؛ الأساس القانوني: %1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The city&apos;s server sent an answer that could not be read.</source>
        <translation>أرسل خادم البلدية ردًا تعذرت قراءته.</translation>
    </message>
    <message>
        <source>The city&apos;s server did not answer in time.</source>
        <translation>لم يرد خادم البلدية في الوقت المحدد.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes.</source>
        <translation>يرجى المحاولة مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>The identity of the city&apos;s server could not be verified.</source>
        <translation>تعذر التحقق من هوية خادم البلدية.</translation>
    </message>
    <message>
        <source>The connection was stopped to protect your data. Check the server address in the settings.</source>
        <translation>أُوقف الاتصال لحماية بياناتك. تحقق من عنوان الخادم في الإعدادات.</translation>
    </message>
    <message>
        <source>The city&apos;s server cannot be reached.</source>
        <translation>لا يمكن الوصول إلى خادم البلدية.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>تحقق من اتصالك بالإنترنت وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The connection to the city&apos;s server was interrupted.</source>
        <translation>انقطع الاتصال بخادم البلدية.</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>يرجى المحاولة مجددًا.</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n second(s).</source>
        <translation>
            <numerusform>يرجى المحاولة مجددًا بعد %n ثانية.</numerusform>
            <numerusform>يرجى المحاولة مجددًا بعد ثانية واحدة.</numerusform>
            <numerusform>يرجى المحاولة مجددًا بعد ثانيتين.</numerusform>
            <numerusform>يرجى المحاولة مجددًا بعد %n ثوانٍ.</numerusform>
            <numerusform>يرجى المحاولة مجددًا بعد %n ثانية.</numerusform>
            <numerusform>يرجى المحاولة مجددًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please wait a moment and try again.</source>
        <translation>يرجى الانتظار قليلًا ثم المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Too many requests were sent.</source>
        <translation>أُرسل عدد كبير جدًا من الطلبات.</translation>
    </message>
    <message>
        <source>The city&apos;s server is not available right now.</source>
        <translation>خادم البلدية غير متاح حاليًا.</translation>
    </message>
    <message>
        <source>The city&apos;s server had a problem.</source>
        <translation>حدثت مشكلة في خادم البلدية.</translation>
    </message>
    <message>
        <source>Please try again later. If this keeps happening, contact your city.</source>
        <translation>يرجى المحاولة لاحقًا. إذا تكرر ذلك، فتواصل مع بلديتك.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>لم تسجّل الدخول.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>يرجى تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>غير مسموح لك بذلك.</translation>
    </message>
    <message>
        <source>This was not found.</source>
        <translation>لم يُعثر على هذا.</translation>
    </message>
    <message>
        <source>The city&apos;s server refused the request.</source>
        <translation>رفض خادم البلدية الطلب.</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>يرجى المحاولة لاحقًا.</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailPage</name>
    <message>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Back to &amp;my applications</source>
        <translation>العودة إلى طلباتي (&amp;M)</translation>
    </message>
    <message>
        <source>Back to my applications</source>
        <translation>العودة إلى طلباتي</translation>
    </message>
    <message>
        <source>&amp;Withdraw application…</source>
        <translation>سحب الطلب (&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw this application</source>
        <translation>سحب هذا الطلب</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
</context>
<context>
    <name>ApplicationFormPage</name>
    <message>
        <source>Application form</source>
        <translation>استمارة الطلب</translation>
    </message>
    <message>
        <source>Back to the service &amp;description</source>
        <translation>العودة إلى وصف الخدمة (&amp;D)</translation>
    </message>
    <message>
        <source>Back to the service description</source>
        <translation>العودة إلى وصف الخدمة</translation>
    </message>
    <message>
        <source>What you entered is kept.</source>
        <translation>ما أدخلته محفوظ.</translation>
    </message>
    <message>
        <source>Progress through the form</source>
        <translation>التقدم في الاستمارة</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>السابق (&amp;B)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي (&amp;N)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>&amp;Submit application</source>
        <translation>تقديم الطلب (&amp;S)</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translation>تقديم الطلب</translation>
    </message>
</context>
<context>
    <name>ApplicationListModel</name>
    <message numerus="yes">
        <source>%1 · • %n new message(s)</source>
        <extracomment>Status in the list with unread office messages, e.g. &quot;In review · • 1 new message&quot;</extracomment>
        <translation>
            <numerusform>%1 · • لا رسائل جديدة</numerusform>
            <numerusform>%1 · • رسالة جديدة واحدة</numerusform>
            <numerusform>%1 · • رسالتان جديدتان</numerusform>
            <numerusform>%1 · • %n رسائل جديدة</numerusform>
            <numerusform>%1 · • %n رسالة جديدة</numerusform>
            <numerusform>%1 · • %n رسالة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Fee and payment state in the list, e.g. &quot;5,00 € · Not paid yet&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>تاريخ التقديم</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Awaiting payment</source>
        <translation>بانتظار الدفع</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Information needed</source>
        <translation>مطلوب معلومات</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Pay the fee to submit your application. The office sees it once it is paid.</source>
        <translation>ادفع الرسوم لتقديم طلبك. ستطّلع الدائرة عليه بعد الدفع.</translation>
    </message>
    <message numerus="yes">
        <source>The office will start checking your application soon; usually within %n working days.</source>
        <translation>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال %n يوم عمل.</numerusform>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال يوم عمل واحد.</numerusform>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال يومَي عمل.</numerusform>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال %n أيام عمل.</numerusform>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال %n يوم عمل.</numerusform>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال %n يوم عمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office will start checking your application soon.</source>
        <translation>ستبدأ الدائرة قريبًا في فحص طلبك.</translation>
    </message>
    <message numerus="yes">
        <source>The office is checking your application; this usually takes %n working days.</source>
        <translation>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً %n يوم عمل.</numerusform>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً يوم عمل واحدًا.</numerusform>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً يومَي عمل.</numerusform>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً %n أيام عمل.</numerusform>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً %n يوم عمل.</numerusform>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً %n يوم عمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is checking your application.</source>
        <translation>تفحص الدائرة طلبك.</translation>
    </message>
    <message>
        <source>The office needs more information from you. Answer its message so it can continue.</source>
        <translation>تحتاج الدائرة إلى مزيد من المعلومات منك. أجب عن رسالتها لكي تتمكن من المتابعة.</translation>
    </message>
    <message>
        <source>The office has paused your application for now and will tell you when it continues.</source>
        <translation>علّقت الدائرة طلبك مؤقتًا وستخبرك عند استئنافه.</translation>
    </message>
    <message>
        <source>Your application was approved. The office is preparing your document.</source>
        <translation>تمت الموافقة على طلبك. تُعِدّ الدائرة وثيقتك.</translation>
    </message>
    <message>
        <source>Your application was rejected. The office&apos;s message explains why and how you can object.</source>
        <translation>رُفض طلبك. توضّح رسالة الدائرة السبب وكيفية الاعتراض.</translation>
    </message>
    <message>
        <source>Done. Any documents issued are attached to your application.</source>
        <translation>انتهى. الوثائق الصادرة مرفقة بطلبك.</translation>
    </message>
    <message>
        <source>You withdrew this application. The office will not process it further.</source>
        <translation>لقد سحبت هذا الطلب. لن تواصل الدائرة معالجته.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Document preview</source>
        <translation>معاينة الوثيقة</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>On hold &amp;until</source>
        <translation>معلّق حتى (&amp;U)</translation>
    </message>
    <message>
        <source>On hold until</source>
        <translation>معلّق حتى</translation>
    </message>
    <message>
        <source>&amp;Amount to refund (EUR)</source>
        <translation>المبلغ المسترد (EUR) (&amp;A)</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>المبلغ المسترد</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>a colleague</source>
        <translation>زميل</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>المواطن</translation>
    </message>
    <message>
        <source>the payment provider</source>
        <translation>مزوّد خدمة الدفع</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>موظف مختص</translation>
    </message>
    <message>
        <source>head of office</source>
        <translation>رئيس الدائرة</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaseDataLayout</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Further details</source>
        <translation>تفاصيل أخرى</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChainBanner</name>
    <message>
        <source>The log could not be checked this time.</source>
        <translation>تعذر فحص السجل هذه المرة.</translation>
    </message>
    <message>
        <source>Checking that the log is complete and unchanged…</source>
        <translation>جارٍ التحقق من أن السجل كامل ولم يُغيَّر…</translation>
    </message>
    <message numerus="yes">
        <source>Checking that the log is complete and unchanged… (%n entries so far)</source>
        <translation>
            <numerusform>جارٍ التحقق من أن السجل كامل ولم يُغيَّر… (%n إدخال حتى الآن)</numerusform>
            <numerusform>جارٍ التحقق من أن السجل كامل ولم يُغيَّر… (إدخال واحد حتى الآن)</numerusform>
            <numerusform>جارٍ التحقق من أن السجل كامل ولم يُغيَّر… (إدخالان حتى الآن)</numerusform>
            <numerusform>جارٍ التحقق من أن السجل كامل ولم يُغيَّر… (%n إدخالات حتى الآن)</numerusform>
            <numerusform>جارٍ التحقق من أن السجل كامل ولم يُغيَّر… (%n إدخالًا حتى الآن)</numerusform>
            <numerusform>جارٍ التحقق من أن السجل كامل ولم يُغيَّر… (%n إدخال حتى الآن)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody at the city has accessed your data so far.</source>
        <translation>لم يطّلع أحد في البلدية على بياناتك حتى الآن.</translation>
    </message>
    <message numerus="yes">
        <source>Log complete and unchanged (%n entries checked).</source>
        <translation>
            <numerusform>السجل كامل ولم يُغيَّر (فُحص %n إدخال).</numerusform>
            <numerusform>السجل كامل ولم يُغيَّر (فُحص إدخال واحد).</numerusform>
            <numerusform>السجل كامل ولم يُغيَّر (فُحص إدخالان).</numerusform>
            <numerusform>السجل كامل ولم يُغيَّر (فُحصت %n إدخالات).</numerusform>
            <numerusform>السجل كامل ولم يُغيَّر (فُحص %n إدخالًا).</numerusform>
            <numerusform>السجل كامل ولم يُغيَّر (فُحص %n إدخال).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the entry of %1 was changed after it was written - its content no longer matches the seal it got when it was written.</source>
        <translation>تحذير: غُيّر إدخال %1 بعد كتابته - لم يعد محتواه يطابق الختم الذي حصل عليه عند كتابته.</translation>
    </message>
    <message>
        <source>Warning: the entry of %1 does not fit its predecessor - entries before it were removed or the log was changed afterwards. (An office may also be allowed by law to show an entry only later.)</source>
        <translation>تحذير: إدخال %1 لا يتوافق مع الإدخال السابق له - حُذفت إدخالات قبله أو غُيّر السجل لاحقًا. (قد يُسمح لدائرة قانونًا أيضًا بإظهار إدخال في وقت لاحق.)</translation>
    </message>
    <message>
        <source>Warning: the log starts with the entry of %1, but older entries are missing although they must still be kept.</source>
        <translation>تحذير: يبدأ السجل بإدخال %1، لكن الإدخالات الأقدم مفقودة رغم وجوب الاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Please tell the city&apos;s data protection officer.</source>
        <translation>يرجى إبلاغ مسؤول حماية البيانات في البلدية.</translation>
    </message>
</context>
<context>
    <name>CockpitDirectory</name>
    <message>
        <source>your registration data</source>
        <translation>بيانات تسجيل إقامتك</translation>
    </message>
    <message>
        <source>a birth record</source>
        <translation>سجل ولادة</translation>
    </message>
    <message>
        <source>your marriage record</source>
        <translation>سجل زواجك</translation>
    </message>
    <message>
        <source>your vehicle registration</source>
        <translation>تسجيل مركبتك</translation>
    </message>
    <message>
        <source>your dog tax record</source>
        <translation>سجل ضريبة الكلاب الخاص بك</translation>
    </message>
    <message>
        <source>your data</source>
        <translation>بياناتك</translation>
    </message>
</context>
<context>
    <name>CockpitPage</name>
    <message>
        <source>My data</source>
        <translation>بياناتي</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع (&amp;B)</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>العودة إلى صفحة البداية</translation>
    </message>
    <message>
        <source>Parts of your data cockpit</source>
        <translation>أقسام لوحة بياناتك</translation>
    </message>
</context>
<context>
    <name>CockpitReport</name>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>refunded: %1</source>
        <translation>مُسترد: %1</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>الوثائق الصادرة</translation>
    </message>
    <message>
        <source>%1, issued by %2 on %3</source>
        <translation>%1، أصدرته %2 في %3</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>My data at the city</source>
        <translation>بياناتي لدى البلدية</translation>
    </message>
    <message>
        <source>%1 – created on %2</source>
        <translation>%1 – أُنشئ في %2</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>الأساس القانوني: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>آخر تغيير: %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Your city does not offer the complete export yet: applications, payments, documents, messages and transfers are missing here.</source>
        <translation>لا تقدّم بلديتك التصدير الكامل بعد: الطلبات والمدفوعات والوثائق والرسائل وعمليات النقل غير موجودة هنا.</translation>
    </message>
    <message>
        <source>No applications.</source>
        <translation>لا توجد طلبات.</translation>
    </message>
    <message>
        <source>Transfers between offices</source>
        <translation>عمليات النقل بين الدوائر</translation>
    </message>
    <message>
        <source>No transfers.</source>
        <translation>لا توجد عمليات نقل.</translation>
    </message>
    <message>
        <source>for application %1</source>
        <translation>للطلب %1</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>من اطّلع على بياناتي</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>لا توجد إدخالات.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>This draft cannot be read.</source>
        <translation>تتعذر قراءة هذه المسودة.</translation>
    </message>
    <message>
        <source>It was saved with another key or was changed on disk. You can discard it and start again.</source>
        <translation>حُفظت بمفتاح آخر أو غُيّرت على القرص. يمكنك حذفها والبدء من جديد.</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>تعذر حفظ المسودة.</translation>
    </message>
    <message>
        <source>Check that there is free space on this computer.</source>
        <translation>تحقق من وجود مساحة فارغة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This draft is gone.</source>
        <translation>لم تعد هذه المسودة موجودة.</translation>
    </message>
</context>
<context>
    <name>EmbeddedBackend</name>
    <message>
        <source>The folder for the demo city could not be created: %1</source>
        <translation>تعذر إنشاء مجلد المدينة التجريبية: %1</translation>
    </message>
    <message>
        <source>This build contains no demo city. Set a server address in the settings.</source>
        <translation>لا يحتوي هذا الإصدار على مدينة تجريبية. أدخل عنوان خادم في الإعدادات.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Suggest an improvement</source>
        <translation>اقترح تحسينًا</translation>
    </message>
    <message>
        <source>What could the city do better online? Your suggestion goes to the team that runs the digital services. Please do not include personal data such as your address or account numbers.</source>
        <translation>ما الذي يمكن أن تحسّنه البلدية عبر الإنترنت؟ يصل اقتراحك إلى الفريق المسؤول عن الخدمات الرقمية. يرجى عدم إدراج بيانات شخصية مثل عنوانك أو أرقام حساباتك.</translation>
    </message>
    <message>
        <source>Your &amp;suggestion</source>
        <translation>اقتراحك (&amp;S)</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>اقتراحك</translation>
    </message>
    <message>
        <source>Between 10 and 4000 characters.</source>
        <translation>بين 10 و4000 حرف.</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>This value is not valid.</source>
        <translation>هذه القيمة غير صالحة.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n characters.</source>
        <translation>
            <numerusform>أدخل %n حرف على الأقل.</numerusform>
            <numerusform>أدخل حرفًا واحدًا على الأقل.</numerusform>
            <numerusform>أدخل حرفين على الأقل.</numerusform>
            <numerusform>أدخل %n أحرف على الأقل.</numerusform>
            <numerusform>أدخل %n حرفًا على الأقل.</numerusform>
            <numerusform>أدخل %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n characters.</source>
        <translation>
            <numerusform>أدخل %n حرف على الأكثر.</numerusform>
            <numerusform>أدخل حرفًا واحدًا على الأكثر.</numerusform>
            <numerusform>أدخل حرفين على الأكثر.</numerusform>
            <numerusform>أدخل %n أحرف على الأكثر.</numerusform>
            <numerusform>أدخل %n حرفًا على الأكثر.</numerusform>
            <numerusform>أدخل %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a single line.</source>
        <translation>أدخل سطرًا واحدًا.</translation>
    </message>
    <message>
        <source>Enter a value in the expected format.</source>
        <translation>أدخل قيمة بالتنسيق المتوقع.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>أدخل عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation>أدخل رقم هاتف صالحًا.</translation>
    </message>
    <message>
        <source>Enter a valid IBAN.</source>
        <translation>أدخل رقم IBAN صالحًا.</translation>
    </message>
    <message>
        <source>Enter a valid licence plate, for example LG-AB 123.</source>
        <translation>أدخل لوحة أرقام صالحة، مثل LG-AB 123.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>أدخل رقمًا.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>أدخل رقمًا لا يقل عن %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>أدخل رقمًا لا يزيد عن %1.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>أدخل تاريخًا صالحًا.</translation>
    </message>
    <message>
        <source>Choose a date on or after %1.</source>
        <translation>اختر تاريخًا في %1 أو بعده.</translation>
    </message>
    <message>
        <source>Choose a date on or before %1.</source>
        <translation>اختر تاريخًا في %1 أو قبله.</translation>
    </message>
    <message>
        <source>Choose one of the offered options.</source>
        <translation>اختر أحد الخيارات المعروضة.</translation>
    </message>
    <message>
        <source>Choose only from the offered options.</source>
        <translation>اختر من الخيارات المعروضة فقط.</translation>
    </message>
    <message>
        <source>Choose each option only once.</source>
        <translation>اختر كل خيار مرة واحدة فقط.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n options.</source>
        <translation>
            <numerusform>اختر %n خيار على الأقل.</numerusform>
            <numerusform>اختر خيارًا واحدًا على الأقل.</numerusform>
            <numerusform>اختر خيارين على الأقل.</numerusform>
            <numerusform>اختر %n خيارات على الأقل.</numerusform>
            <numerusform>اختر %n خيارًا على الأقل.</numerusform>
            <numerusform>اختر %n خيار على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n options.</source>
        <translation>
            <numerusform>اختر %n خيار على الأكثر.</numerusform>
            <numerusform>اختر خيارًا واحدًا على الأكثر.</numerusform>
            <numerusform>اختر خيارين على الأكثر.</numerusform>
            <numerusform>اختر %n خيارات على الأكثر.</numerusform>
            <numerusform>اختر %n خيارًا على الأكثر.</numerusform>
            <numerusform>اختر %n خيار على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter street, postal code and city.</source>
        <translation>أدخل الشارع والرمز البريدي والمدينة.</translation>
    </message>
    <message>
        <source>Enter a postal code of five digits.</source>
        <translation>أدخل رمزًا بريديًا من خمسة أرقام.</translation>
    </message>
    <message numerus="yes">
        <source>Attach at least %n files.</source>
        <translation>
            <numerusform>أرفق %n ملف على الأقل.</numerusform>
            <numerusform>أرفق ملفًا واحدًا على الأقل.</numerusform>
            <numerusform>أرفق ملفين على الأقل.</numerusform>
            <numerusform>أرفق %n ملفات على الأقل.</numerusform>
            <numerusform>أرفق %n ملفًا على الأقل.</numerusform>
            <numerusform>أرفق %n ملف على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach at most %n files.</source>
        <translation>
            <numerusform>أرفق %n ملف على الأكثر.</numerusform>
            <numerusform>أرفق ملفًا واحدًا على الأكثر.</numerusform>
            <numerusform>أرفق ملفين على الأكثر.</numerusform>
            <numerusform>أرفق %n ملفات على الأكثر.</numerusform>
            <numerusform>أرفق %n ملفًا على الأكثر.</numerusform>
            <numerusform>أرفق %n ملف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>حقل غير معروف.</translation>
    </message>
    <message>
        <source>Tick this box to continue.</source>
        <translation>ضع علامة في هذا المربع للمتابعة.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>free of charge</source>
        <translation>مجانًا</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A fee that depends on the application, e.g. &quot;from €0.00&quot;</extracomment>
        <translation>ابتداءً من %1</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>فورًا</translation>
    </message>
    <message>
        <source>about 1 working day</source>
        <translation>يوم عمل واحد تقريبًا</translation>
    </message>
    <message>
        <source>about %1 working days</source>
        <translation>%1 أيام عمل تقريبًا</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Services of your city</source>
        <translation>خدمات بلديتك</translation>
    </message>
    <message>
        <source>Which service do you need? Search the services of your city or choose one from the list.</source>
        <translation>ما الخدمة التي تحتاجها؟ ابحث في خدمات بلديتك أو اختر واحدة من القائمة.</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>طلباتي (&amp;M)</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>طلباتي</translation>
    </message>
    <message>
        <source>The applications you have filed and their status</source>
        <translation>الطلبات التي قدّمتها وحالتها</translation>
    </message>
    <message>
        <source>Your unfinished applications</source>
        <translation>طلباتك غير المكتملة</translation>
    </message>
    <message>
        <source>Unfinished applications</source>
        <translation>الطلبات غير المكتملة</translation>
    </message>
    <message>
        <source>Drafts saved on this computer. Press Enter to continue one.</source>
        <translation>مسودات محفوظة على هذا الحاسوب. اضغط Enter لمتابعة إحداها.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>حذف (&amp;D)…</translation>
    </message>
    <message>
        <source>Discard the selected draft</source>
        <translation>حذف المسودة المحددة</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>متابعة (&amp;C)</translation>
    </message>
    <message>
        <source>Continue the selected draft</source>
        <translation>متابعة المسودة المحددة</translation>
    </message>
    <message>
        <source>&amp;Search services</source>
        <translation>ابحث في الخدمات (&amp;S)</translation>
    </message>
    <message>
        <source>For example: parking permit, certificate, dog</source>
        <translation>مثلًا: تصريح وقوف، شهادة، كلب</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>ابحث في الخدمات</translation>
    </message>
    <message>
        <source>Type words to narrow the list of services below</source>
        <translation>اكتب كلمات لتضييق قائمة الخدمات أدناه</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>The services of your city with office, fee and processing time. Press Enter to see the details of a service.</source>
        <translation>خدمات بلديتك مع الدائرة والرسوم ومدة المعالجة. اضغط Enter لعرض تفاصيل خدمة.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>حاول مجددًا (&amp;T)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>عرض التفاصيل (&amp;D)</translation>
    </message>
    <message>
        <source>Show details of the selected service</source>
        <translation>عرض تفاصيل الخدمة المحددة</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in with your account to use the services of your city online.</source>
        <translation>سجّل الدخول بحسابك لاستخدام خدمات بلديتك عبر الإنترنت.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>اسم المستخدم (&amp;U)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>The username of your account</source>
        <translation>اسم المستخدم الخاص بحسابك</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>كلمة المرور (&amp;P)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>The password of your account</source>
        <translation>كلمة مرور حسابك</translation>
    </message>
    <message>
        <source>Your account is protected with a second factor. Please enter the current code from your authenticator app.</source>
        <translation>حسابك محمي بعامل ثانٍ. يرجى إدخال الرمز الحالي من تطبيق المصادقة لديك.</translation>
    </message>
    <message>
        <source>&amp;One-time code</source>
        <translation>الرمز لمرة واحدة (&amp;O)</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>الرمز لمرة واحدة</translation>
    </message>
    <message>
        <source>The six-digit code from your authenticator app</source>
        <translation>الرمز المكوّن من ستة أرقام من تطبيق المصادقة لديك</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 أرقام</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>رسالة الخطأ</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>جارٍ تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rathaus</source>
        <translation>Rathaus</translation>
    </message>
    <message>
        <source>Demo city: not a real authority. Applications and data here are examples only.</source>
        <translation>مدينة تجريبية: ليست جهة رسمية حقيقية. الطلبات والبيانات هنا أمثلة فقط.</translation>
    </message>
    <message>
        <source>Demo city: not a real authority</source>
        <translation>مدينة تجريبية: ليست جهة رسمية حقيقية</translation>
    </message>
    <message>
        <source>&amp;Understood</source>
        <translation>فهمت (&amp;U)</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>إغلاق الإشعار</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>البداية (&amp;T)</translation>
    </message>
    <message>
        <source>The start page: services and your unfinished applications</source>
        <translation>صفحة البداية: الخدمات وطلباتك غير المكتملة</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>طلباتي (&amp;M)</translation>
    </message>
    <message>
        <source>The applications you have filed and their status</source>
        <translation>الطلبات التي قدّمتها وحالتها</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإعدادات (&amp;S)</translation>
    </message>
    <message>
        <source>Language and city server</source>
        <translation>اللغة وخادم البلدية</translation>
    </message>
    <message>
        <source>Suggest an &amp;improvement</source>
        <translation>اقترح تحسينًا (&amp;I)</translation>
    </message>
    <message>
        <source>Tell the city what could work better online</source>
        <translation>أخبر البلدية بما يمكن أن يعمل بشكل أفضل عبر الإنترنت</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج (&amp;O)</translation>
    </message>
    <message>
        <source>End your session on this computer</source>
        <translation>إنهاء جلستك على هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>MyApplicationsPage</name>
    <message>
        <source>My applications</source>
        <translation>طلباتي</translation>
    </message>
    <message>
        <source>Back to the &amp;start page</source>
        <translation>العودة إلى صفحة البداية (&amp;S)</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>العودة إلى صفحة البداية</translation>
    </message>
    <message>
        <source>Your applications</source>
        <translation>طلباتك</translation>
    </message>
    <message>
        <source>Reference, service, status, fee and filing date of each application. Press Enter to see one.</source>
        <translation>الرقم المرجعي والخدمة والحالة والرسوم وتاريخ التقديم لكل طلب. اضغط Enter لعرض أحدها.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>تحديث القائمة</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>عرض التفاصيل (&amp;D)</translation>
    </message>
    <message>
        <source>Show the selected application</source>
        <translation>عرض الطلب المحدد</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Not paid yet</source>
        <translation>لم يُدفع بعد</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>الدفع جارٍ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>أُلغي الدفع.</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>مدفوع، مُسترد جزئيًا</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مُسترد</translation>
    </message>
    <message>
        <source>Your card was declined. You can try again with another card.</source>
        <translation>رُفضت بطاقتك. يمكنك المحاولة مجددًا ببطاقة أخرى.</translation>
    </message>
    <message>
        <source>Your card has expired. You can try again with another card.</source>
        <translation>انتهت صلاحية بطاقتك. يمكنك المحاولة مجددًا ببطاقة أخرى.</translation>
    </message>
    <message>
        <source>The payment service did not answer in time. If money was taken, the payment will show as paid within a few minutes; otherwise you can try again.</source>
        <translation>لم ترد خدمة الدفع في الوقت المحدد. إذا خُصم المبلغ، فسيظهر الدفع مدفوعًا خلال بضع دقائق؛ وإلا يمكنك المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>You cancelled the payment. You can start it again at any time.</source>
        <translation>لقد ألغيت الدفع. يمكنك بدؤه مجددًا في أي وقت.</translation>
    </message>
    <message>
        <source>The payment service had a problem. Please try again in a few minutes.</source>
        <translation>حدثت مشكلة في خدمة الدفع. يرجى المحاولة مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>The payment did not go through. You can try again.</source>
        <translation>لم يتم الدفع. يمكنك المحاولة مجددًا.</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time, e.g. &quot;29. November 2026, 11:05 Uhr&quot;</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>المبلغ المدفوع</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Application reference</source>
        <translation>الرقم المرجعي للطلب</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Payment number</source>
        <translation>رقم الدفع</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مُسترد</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>إيصال الدفع</translation>
    </message>
    <message>
        <source>This receipt was created by Rathaus from the city&apos;s payment records. Keep it for your files.</source>
        <translation>أنشأ Rathaus هذا الإيصال من سجلات الدفع في البلدية. احتفظ به في ملفاتك.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>صاحب الوثيقة</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالح من</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>جهة الإصدار</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Electronically signed by %1. The signature was checked when this copy was printed: valid.</source>
        <translation>موقَّع إلكترونيًا من %1. فُحص التوقيع عند طباعة هذه النسخة: صالح.</translation>
    </message>
    <message>
        <source>Warning: the signature of this document could not be confirmed. Do not rely on this copy.</source>
        <translation>تحذير: تعذر تأكيد توقيع هذه الوثيقة. لا تعتمد على هذه النسخة.</translation>
    </message>
    <message>
        <source>Anyone can check this document: ask the city&apos;s server for serial number %1 at %2</source>
        <translation>يمكن لأي شخص فحص هذه الوثيقة: اسأل خادم البلدية عن الرقم التسلسلي %1 على %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”. Please choose another folder.</source>
        <translation>تعذرت كتابة ملف PDF في «%1». يرجى اختيار مجلد آخر.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Citizen</source>
        <translation>مواطن</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>موظف مختص</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>رئيس الدائرة</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>المسؤول</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPage</name>
    <message>
        <source>Service details</source>
        <translation>تفاصيل الخدمة</translation>
    </message>
    <message>
        <source>&amp;Back to all services</source>
        <translation>العودة إلى جميع الخدمات (&amp;B)</translation>
    </message>
    <message>
        <source>Back to all services</source>
        <translation>العودة إلى جميع الخدمات</translation>
    </message>
    <message>
        <source>About this service</source>
        <translation>عن هذه الخدمة</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>ما تحتاج إليه</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>مدة المعالجة</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>الدائرة المختصة</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>&amp;Apply online</source>
        <translation>قدّم عبر الإنترنت (&amp;A)</translation>
    </message>
    <message>
        <source>Fill in the application form step by step.</source>
        <translation>املأ استمارة الطلب خطوة بخطوة.</translation>
    </message>
    <message>
        <source>Apply online</source>
        <translation>قدّم عبر الإنترنت</translation>
    </message>
    <message>
        <source>Opens the application form. You check all your answers before you submit them.</source>
        <translation>يفتح استمارة الطلب. تراجع جميع إجاباتك قبل تقديمها.</translation>
    </message>
    <message>
        <source>You fill in the form step by step and check all your answers before you submit them.</source>
        <translation>تملأ الاستمارة خطوة بخطوة وتراجع جميع إجاباتك قبل تقديمها.</translation>
    </message>
    <message>
        <source>Suggest an &amp;improvement</source>
        <translation>اقترح تحسينًا (&amp;I)</translation>
    </message>
    <message>
        <source>Tell the city what could work better in this service.</source>
        <translation>أخبر البلدية بما يمكن أن يعمل بشكل أفضل في هذه الخدمة.</translation>
    </message>
    <message>
        <source>Suggest an improvement for this service</source>
        <translation>اقترح تحسينًا لهذه الخدمة</translation>
    </message>
</context>
<context>
    <name>ServiceSchemaCheck</name>
    <message>
        <source>Name the legal basis.</source>
        <translation>اذكر الأساس القانوني.</translation>
    </message>
    <message>
        <source>The form is missing.</source>
        <translation>الاستمارة مفقودة.</translation>
    </message>
    <message>
        <source>The fee is missing.</source>
        <translation>الرسوم مفقودة.</translation>
    </message>
    <message>
        <source>Unknown member.</source>
        <translation>عنصر غير معروف.</translation>
    </message>
    <message>
        <source>Use 1 to 64 lower-case letters, digits and hyphens (e.g. &quot;dog-tax&quot;).</source>
        <translation>استخدم من 1 إلى 64 حرفًا لاتينيًا صغيرًا وأرقامًا وشرطات (مثلًا &quot;dog-tax&quot;).</translation>
    </message>
    <message>
        <source>Choose the office.</source>
        <translation>اختر الدائرة.</translation>
    </message>
    <message>
        <source>Use basic, substantial or high.</source>
        <translation>استخدم basic أو substantial أو high.</translation>
    </message>
    <message>
        <source>Enter a whole number of days from 0 to 3650.</source>
        <translation>أدخل عددًا صحيحًا من الأيام من 0 إلى 3650.</translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <translation>أدخل نصًا.</translation>
    </message>
    <message>
        <source>The German text is missing.</source>
        <translation>النص الألماني مفقود.</translation>
    </message>
    <message>
        <source>The English text is missing.</source>
        <translation>النص الإنجليزي مفقود.</translation>
    </message>
    <message>
        <source>Give a list of texts.</source>
        <translation>أدخل قائمة نصوص.</translation>
    </message>
    <message>
        <source>The version is a positive whole number.</source>
        <translation>الإصدار عدد صحيح موجب.</translation>
    </message>
    <message>
        <source>The form needs at least one step.</source>
        <translation>تحتاج الاستمارة إلى خطوة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>A step is an object.</source>
        <translation>الخطوة كائن.</translation>
    </message>
    <message>
        <source>A step needs at least one field.</source>
        <translation>تحتاج الخطوة إلى حقل واحد على الأقل.</translation>
    </message>
    <message>
        <source>A field is an object.</source>
        <translation>الحقل كائن.</translation>
    </message>
    <message>
        <source>Use a lower-case letter, then letters, digits or underscores (e.g. &quot;dog_name&quot;).</source>
        <translation>ابدأ بحرف لاتيني صغير، ثم أحرف أو أرقام أو شرطات سفلية (مثلًا &quot;dog_name&quot;).</translation>
    </message>
    <message>
        <source>This key is already used by another field.</source>
        <translation>هذا المفتاح مستخدم بالفعل في حقل آخر.</translation>
    </message>
    <message>
        <source>Unknown field type.</source>
        <translation>نوع حقل غير معروف.</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>استخدم true أو false.</translation>
    </message>
    <message>
        <source>Not allowed for this field type.</source>
        <translation>غير مسموح به لنوع الحقل هذا.</translation>
    </message>
    <message>
        <source>Enter a whole number of days.</source>
        <translation>أدخل عددًا صحيحًا من الأيام.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>أدخل رقمًا.</translation>
    </message>
    <message>
        <source>The maximum is below the minimum.</source>
        <translation>الحد الأقصى أقل من الحد الأدنى.</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation>أدخل عددًا صحيحًا، 0 أو أكثر.</translation>
    </message>
    <message>
        <source>This is not a valid regular expression.</source>
        <translation>هذا ليس تعبيرًا نمطيًا صالحًا.</translation>
    </message>
    <message>
        <source>Give a list of MIME types (e.g. &quot;application/pdf&quot;).</source>
        <translation>أدخل قائمة بأنواع MIME (مثلًا &quot;application/pdf&quot;).</translation>
    </message>
    <message>
        <source>A choice field needs at least one option.</source>
        <translation>يحتاج حقل الاختيار إلى خيار واحد على الأقل.</translation>
    </message>
    <message>
        <source>Enter the stored value.</source>
        <translation>أدخل القيمة المخزنة.</translation>
    </message>
    <message>
        <source>This value is already used by another option.</source>
        <translation>هذه القيمة مستخدمة بالفعل في خيار آخر.</translation>
    </message>
    <message>
        <source>Write it as {&quot;field&quot;: key, &quot;equals&quot;: value}.</source>
        <translation>اكتبه بالشكل {&quot;field&quot;: key, &quot;equals&quot;: value}.</translation>
    </message>
    <message>
        <source>Name a field that comes before this one.</source>
        <translation>اذكر حقلًا يأتي قبل هذا الحقل.</translation>
    </message>
    <message>
        <source>Enter an amount in cents, 0 or more.</source>
        <translation>أدخل مبلغًا بالسنتات، 0 أو أكثر.</translation>
    </message>
    <message>
        <source>Fees are in EUR.</source>
        <translation>الرسوم باليورو (EUR).</translation>
    </message>
    <message>
        <source>Give a list of rules.</source>
        <translation>أدخل قائمة قواعد.</translation>
    </message>
    <message>
        <source>Name a number field of the form.</source>
        <translation>اذكر حقلًا رقميًا من الاستمارة.</translation>
    </message>
    <message>
        <source>Name a choice field of the form.</source>
        <translation>اذكر حقل اختيار من الاستمارة.</translation>
    </message>
    <message>
        <source>Give an amount in cents for each option.</source>
        <translation>أدخل مبلغًا بالسنتات لكل خيار.</translation>
    </message>
    <message>
        <source>The field has no such option.</source>
        <translation>لا يحتوي الحقل على هذا الخيار.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>لغة البرنامج. تتغير فورًا.</translation>
    </message>
    <message>
        <source>City &amp;server</source>
        <translation>خادم البلدية (&amp;S)</translation>
    </message>
    <message>
        <source>Empty: the built-in demo city</source>
        <translation>فارغ: المدينة التجريبية المدمجة</translation>
    </message>
    <message>
        <source>City server</source>
        <translation>خادم البلدية</translation>
    </message>
    <message>
        <source>The address of your city&apos;s server, starting with https://. Leave it empty for the built-in demo city.</source>
        <translation>عنوان خادم بلديتك، ويبدأ بـ https://. اتركه فارغًا لاستخدام المدينة التجريبية المدمجة.</translation>
    </message>
    <message>
        <source>A new server address is used the next time you start Rathaus.</source>
        <translation>يُستخدم عنوان الخادم الجديد في المرة القادمة التي تشغّل فيها Rathaus.</translation>
    </message>
</context>
<context>
    <name>StaffCasePage</name>
    <message>
        <source>Case</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>&amp;Back to the inbox</source>
        <translation>العودة إلى صندوق الوارد (&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>إعادة التحميل (&amp;L)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>أقسام الملف</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>الطلب (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>السجل التاريخي (&amp;H)</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>السجل التاريخي للملف</translation>
    </message>
    <message>
        <source>Internal &amp;notes</source>
        <translation>ملاحظات داخلية (&amp;N)</translation>
    </message>
    <message>
        <source>Internal notes are seen only by the office, never by the citizen.</source>
        <translation>لا يرى الملاحظات الداخلية إلا الدائرة، ولا يراها المواطن أبدًا.</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>ملاحظات داخلية</translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation>ملاحظة داخلية جديدة</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>إضافة ملاحظة (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>الرسائل (&amp;M)</translation>
    </message>
    <message>
        <source>Messages with the citizen</source>
        <translation>الرسائل مع المواطن</translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation>رسالة إلى المواطن</translation>
    </message>
    <message>
        <source>&amp;Send message</source>
        <translation>إرسال الرسالة (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>الدفع (&amp;P)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>Data &amp;transfers</source>
        <translation>نقل البيانات (&amp;T)</translation>
    </message>
    <message>
        <source>Ask another office for a record of this citizen. The citizen decides whether it is passed on.</source>
        <translation>اطلب من دائرة أخرى سجلًا لهذا المواطن. يقرر المواطن ما إذا كان سيُحال.</translation>
    </message>
    <message>
        <source>Data transfers of this case</source>
        <translation>عمليات نقل البيانات لهذا الملف</translation>
    </message>
    <message>
        <source>&amp;Request a record…</source>
        <translation>طلب سجل (&amp;R)…</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Caseworker&apos;s workspace</source>
        <translation>مساحة عمل الموظف المختص</translation>
    </message>
</context>
<context>
    <name>StaffInboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <source>Saved &amp;filters</source>
        <translation>المرشحات المحفوظة (&amp;F)</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>المرشحات المحفوظة</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>حفظ المرشح…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the saved filter</source>
        <translation>حذف المرشح المحفوظ</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>الإحصاءات (&amp;T)</translation>
    </message>
    <message>
        <source>Su&amp;ggestions</source>
        <translation>الاقتراحات (&amp;G)</translation>
    </message>
    <message>
        <source>Suggestions from citizens</source>
        <translation>اقتراحات المواطنين</translation>
    </message>
    <message>
        <source>Reference or name</source>
        <translation>الرقم المرجعي أو الاسم</translation>
    </message>
    <message>
        <source>Search by reference or name</source>
        <translation>البحث بالرقم المرجعي أو الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسند إلى</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>المتأخرة فقط (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;R)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>حاول مجددًا (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>فتح الملف (&amp;O)</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Rathaus: the city hall on your desktop.</source>
        <translation>Rathaus: البلدية على سطح مكتبك.</translation>
    </message>
    <message>
        <source>The city server to use (https://...). Without it: the built-in demo city.</source>
        <translation>خادم البلدية المراد استخدامه (https://...). بدونه: المدينة التجريبية المدمجة.</translation>
    </message>
    <message>
        <source>The language of the program: de or en.</source>
        <translation>لغة البرنامج: de أو en أو tr أو ar.</translation>
    </message>
    <message>
        <source>Print the milliseconds from launch until the first window shows data, then quit.</source>
        <translation>اطبع عدد الملّي ثانية من التشغيل حتى تعرض النافذة الأولى البيانات، ثم اخرج.</translation>
    </message>
    <message>
        <source>The folder for the demo city&apos;s data.</source>
        <translation>مجلد بيانات المدينة التجريبية.</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>عنوان URL غير صالح: %1</translation>
    </message>
    <message>
        <source>Unknown language: %1 (use de or en)</source>
        <translation>لغة غير معروفة: %1 (استخدم de أو en أو tr أو ar)</translation>
    </message>
    <message>
        <source>Kiosk mode for the citizens&apos; office: full screen, citizens only, signed out after inactivity, nothing kept.</source>
        <translation>وضع الكشك لمكتب المواطنين: ملء الشاشة، للمواطنين فقط، تسجيل الخروج بعد عدم النشاط، ولا يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Kiosk mode: seconds without input before the sign-out countdown starts (default 120).</source>
        <translation>وضع الكشك: عدد الثواني دون إدخال قبل بدء العد التنازلي لتسجيل الخروج (الافتراضي 120).</translation>
    </message>
    <message>
        <source>Not a number of seconds (1 or more): %1</source>
        <translation>ليس عددًا صالحًا من الثواني (1 أو أكثر): %1</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Fee open</source>
        <translation>الرسوم غير مدفوعة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Information needed</source>
        <translation>مطلوب معلومات</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>The fee is still open. The office starts once it is paid.</source>
        <translation>الرسوم لم تُدفع بعد. تبدأ الدائرة بعد الدفع.</translation>
    </message>
    <message numerus="yes">
        <source>The office will start checking your application soon; usually within %n working day(s).</source>
        <translation>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال %n يوم عمل.</numerusform>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال يوم عمل واحد.</numerusform>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال يومَي عمل.</numerusform>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال %n أيام عمل.</numerusform>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال %n يوم عمل.</numerusform>
            <numerusform>ستبدأ الدائرة قريبًا في فحص طلبك؛ عادةً خلال %n يوم عمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office will start checking your application soon.</source>
        <translation>ستبدأ الدائرة قريبًا في فحص طلبك.</translation>
    </message>
    <message numerus="yes">
        <source>The office is checking your application; this usually takes %n working day(s).</source>
        <translation>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً %n يوم عمل.</numerusform>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً يوم عمل واحدًا.</numerusform>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً يومَي عمل.</numerusform>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً %n أيام عمل.</numerusform>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً %n يوم عمل.</numerusform>
            <numerusform>تفحص الدائرة طلبك؛ يستغرق ذلك عادةً %n يوم عمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is checking your application.</source>
        <translation>تفحص الدائرة طلبك.</translation>
    </message>
    <message>
        <source>The office needs more information from you. Answer its message so it can continue.</source>
        <translation>تحتاج الدائرة إلى مزيد من المعلومات منك. أجب عن رسالتها لكي تتمكن من المتابعة.</translation>
    </message>
    <message>
        <source>The office has paused your application and will tell you when it continues.</source>
        <translation>علّقت الدائرة طلبك وستخبرك عند استئنافه.</translation>
    </message>
    <message>
        <source>Your application was approved. The office is preparing your document.</source>
        <translation>تمت الموافقة على طلبك. تُعِدّ الدائرة وثيقتك.</translation>
    </message>
    <message>
        <source>Your application was rejected. The office&apos;s message explains why and how you can object.</source>
        <translation>رُفض طلبك. توضّح رسالة الدائرة السبب وكيفية الاعتراض.</translation>
    </message>
    <message>
        <source>Done. Any documents issued are attached to your application.</source>
        <translation>انتهى. الوثائق الصادرة مرفقة بطلبك.</translation>
    </message>
    <message>
        <source>You withdrew this application. The office will not process it further.</source>
        <translation>لقد سحبت هذا الطلب. لن تواصل الدائرة معالجته.</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>بلا رسوم</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>لم يُدفع بعد</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>الدفع جارٍ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>فشل الدفع</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>أُلغي الدفع</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>مدفوع، مُسترد جزئيًا</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مُسترد</translation>
    </message>
</context>
<context>
    <name>SubmissionResultPage</name>
    <message>
        <source>Your application</source>
        <translation>طلبك</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>To the &amp;start page</source>
        <translation>إلى صفحة البداية (&amp;S)</translation>
    </message>
    <message>
        <source>To the start page</source>
        <translation>إلى صفحة البداية</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>طلباتي (&amp;M)</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>طلباتي</translation>
    </message>
</context>
<context>
    <name>TransferStatus</name>
    <message>
        <source>Waiting for your decision</source>
        <translation>بانتظار قرارك</translation>
    </message>
    <message>
        <source>Approved by you</source>
        <translation>وافقت عليه</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Declined by you</source>
        <translation>رفضته</translation>
    </message>
    <message>
        <source>Expired without a decision</source>
        <translation>انتهت المهلة دون قرار</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>سُحبت الموافقة</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s decision</source>
        <translation>بانتظار قرار المواطن</translation>
    </message>
    <message>
        <source>Approved by the citizen</source>
        <translation>وافق عليه المواطن</translation>
    </message>
    <message>
        <source>Declined by the citizen</source>
        <translation>رفضه المواطن</translation>
    </message>
    <message>
        <source>Consent withdrawn by the citizen</source>
        <translation>سحب المواطن موافقته</translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <source>You sent %3 from %1 to %2</source>
        <extracomment>%1 sending office, %2 receiving office, %3 what</extracomment>
        <translation>أرسلتَ %3 من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 asks %2 for %3</source>
        <extracomment>%1 receiving office (asks), %2 sending office, %3 what</extracomment>
        <translation>يطلب %1 من %2 %3</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>The server address is not valid.</source>
        <translation>عنوان الخادم غير صالح.</translation>
    </message>
    <message>
        <source>Check the server address in the settings.</source>
        <translation>تحقق من عنوان الخادم في الإعدادات.</translation>
    </message>
    <message>
        <source>The connection to the server would not be encrypted.</source>
        <translation>لن يكون الاتصال بالخادم مشفرًا.</translation>
    </message>
    <message>
        <source>Rathaus only connects to a city server over HTTPS. Ask your city for the correct address (it starts with https://).</source>
        <translation>لا يتصل Rathaus بخادم البلدية إلا عبر HTTPS. اسأل بلديتك عن العنوان الصحيح (يبدأ بـ https://).</translation>
    </message>
</context>
<context>
    <name>UploadCheck</name>
    <message>
        <source>The file cannot be read. Please choose another one.</source>
        <translation>تتعذر قراءة الملف. يرجى اختيار ملف آخر.</translation>
    </message>
    <message>
        <source>This file is not a %1 document. Please choose a %1 file.</source>
        <translation>هذا الملف ليس مستند %1. يرجى اختيار ملف %1.</translation>
    </message>
    <message>
        <source>This file is a %1 document, but its name ends in “.%2”. Please rename it to end in “.%3” or choose another file.</source>
        <translation>هذا الملف مستند %1، لكن اسمه ينتهي بـ «.%2». يرجى إعادة تسميته لينتهي بـ «.%3» أو اختيار ملف آخر.</translation>
    </message>
    <message>
        <source>A %1 document is not accepted here. Please choose a %2 file.</source>
        <translation>مستندات %1 غير مقبولة هنا. يرجى اختيار ملف %2.</translation>
    </message>
    <message>
        <source>The file is too large (%1). At most %2 are accepted.</source>
        <translation>الملف كبير جدًا (%1). الحد الأقصى المقبول %2.</translation>
    </message>
</context>
<context>
    <name>rathaus::client::CaseListModel</name>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>زميل</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (متأخر)</translation>
    </message>
    <message>
        <source>The legal deadline has passed.</source>
        <translation>انقضت المهلة القانونية.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>المواطن</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسند إلى</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Click to sort by “%1”.</source>
        <translation>انقر للترتيب حسب «%1».</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>الأقدم أولًا</translation>
    </message>
    <message>
        <source>latest deadline first</source>
        <translation>آخر موعد نهائي أولًا</translation>
    </message>
    <message>
        <source>earliest deadline first</source>
        <translation>أقرب موعد نهائي أولًا</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>تنازليًا</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>تصاعديًا</translation>
    </message>
    <message>
        <source>Sorted by “%1”, %2. Click to reverse.</source>
        <translation>مرتب حسب «%1»، %2. انقر لعكس الترتيب.</translation>
    </message>
</context>
<context>
    <name>rathaus::client::FeedbackListModel</name>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>الاقتراح</translation>
    </message>
</context>
<context>
    <name>rathaus::client::FormFieldTableModel</name>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Label (German)</source>
        <translation>التسمية (بالألمانية)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>التسمية (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Help (German)</source>
        <translation>المساعدة (بالألمانية)</translation>
    </message>
</context>
<context>
    <name>rathaus::client::ServiceCatalogueModel</name>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>مدة المعالجة</translation>
    </message>
</context>
<context>
    <name>rathaus::client::StaffAccountsModel</name>
    <message>
        <source>all offices</source>
        <translation>جميع الدوائر</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
</context>
<context>
    <name>rathaus::client::UploadJob</name>
    <message>
        <source>The file could not be read any more. Please choose it again.</source>
        <translation>لم تعد قراءة الملف ممكنة. يرجى اختياره مجددًا.</translation>
    </message>
    <message>
        <source>The city&apos;s server sent an answer that could not be read.</source>
        <translation>أرسل خادم البلدية ردًا تعذرت قراءته.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AccessLogSection</name>
    <message>
        <source>All offices</source>
        <translation>جميع الدوائر</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>read</source>
        <translation>قرأ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>غيّر</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>أحال</translation>
    </message>
    <message>
        <source>received</source>
        <translation>استلم</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>كل الأوقات</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>اختر التواريخ…</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>تعذر تحميل السجل.</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>جارٍ تحميل الإدخالات…</translation>
    </message>
    <message>
        <source>No entries: nobody has accessed your data.</source>
        <translation>لا توجد إدخالات: لم يطّلع أحد على بياناتك.</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>لا توجد إدخالات تطابق المرشح.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries - all shown.</source>
        <translation>
            <numerusform>%n إدخال - معروضة كلها.</numerusform>
            <numerusform>إدخال واحد - معروض.</numerusform>
            <numerusform>إدخالان - معروضان كلاهما.</numerusform>
            <numerusform>%n إدخالات - معروضة كلها.</numerusform>
            <numerusform>%n إدخالًا - معروضة كلها.</numerusform>
            <numerusform>%n إدخال - معروضة كلها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown - scroll down for older ones.</source>
        <translation>
            <numerusform>عُرض %n إدخال - مرّر لأسفل للأقدم.</numerusform>
            <numerusform>عُرض إدخال واحد - مرّر لأسفل للأقدم.</numerusform>
            <numerusform>عُرض إدخالان - مرّر لأسفل للأقدم.</numerusform>
            <numerusform>عُرضت %n إدخالات - مرّر لأسفل للأقدم.</numerusform>
            <numerusform>عُرض %n إدخالًا - مرّر لأسفل للأقدم.</numerusform>
            <numerusform>عُرض %n إدخال - مرّر لأسفل للأقدم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AdminHomePage</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationDetailPage</name>
    <message>
        <source>The application could not be loaded.</source>
        <translation>تعذر تحميل الطلب.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>%1 · filed on %2</source>
        <extracomment>Under the title of an application: &quot;LUN-2026-000123 · filed on 29.11.26 11:20&quot;</extracomment>
        <translation>%1 · قُدّم في %2</translation>
    </message>
    <message>
        <source>Fee: %1 (%2)</source>
        <translation>الرسوم: %1 (%2)</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>الرسوم: %1</translation>
    </message>
    <message>
        <source>Filed · %1</source>
        <extracomment>The first entry of an application&apos;s history, e.g. &quot;Filed · Fee open&quot;</extracomment>
        <translation>قُدّم · %1</translation>
    </message>
    <message>
        <source>Withdraw the application?</source>
        <translation>سحب الطلب؟</translation>
    </message>
    <message>
        <source>Withdraw your application %1?</source>
        <translation>هل تريد سحب طلبك %1؟</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>The office will not process it further. This cannot be undone; you can file a new application at any time.</source>
        <translation>لن تواصل الدائرة معالجته. لا يمكن التراجع عن ذلك؛ يمكنك تقديم طلب جديد في أي وقت.</translation>
    </message>
    <message>
        <source>The application could not be withdrawn.</source>
        <translation>تعذر سحب الطلب.</translation>
    </message>
    <message>
        <source>Your application was withdrawn.</source>
        <translation>سُحب طلبك.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationFormPage</name>
    <message>
        <source>Fee: %1</source>
        <translation>الرسوم: %1</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>المراجعة والتقديم</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Step indicator, e.g. &quot;Step 2 of 3: Vehicle&quot;</extracomment>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>جارٍ إرسال طلبك…</translation>
    </message>
    <message>
        <source>&amp;Check answers &gt;</source>
        <translation>مراجعة الإجابات (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي (&amp;N)</translation>
    </message>
    <message>
        <source>Check answers</source>
        <translation>مراجعة الإجابات</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationReview</name>
    <message>
        <source>Please check your answers. You can change them before you submit the application.</source>
        <translation>يرجى مراجعة إجاباتك. يمكنك تغييرها قبل تقديم الطلب.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>تعديل «%1»</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>لم يُذكر</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>الرسوم: %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApproveDialog</name>
    <message>
        <source>Approve only some records</source>
        <translation>الموافقة على بعض السجلات فقط</translation>
    </message>
    <message>
        <source>Choose what may be passed on. Only the records you tick are sent.</source>
        <translation>اختر ما يجوز إحالته. لن يُرسل إلا السجلات التي تضع عليها علامة.</translation>
    </message>
    <message>
        <source>Records that may be passed on</source>
        <translation>السجلات التي يجوز إحالتها</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>تنتهي الموافقة في</translation>
    </message>
    <message>
        <source>&amp;Approve the chosen</source>
        <translation>الموافقة على المحدد (&amp;A)</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>معاينة الصورة</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>This file cannot be shown here. Open it with the system&apos;s viewer.</source>
        <translation>لا يمكن عرض هذا الملف هنا. افتحه بعارض النظام.</translation>
    </message>
    <message>
        <source>Open with the &amp;system viewer</source>
        <translation>فتح بعارض النظام (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <source>The file could not be saved for the viewer.</source>
        <translation>تعذر حفظ الملف للعارض.</translation>
    </message>
    <message>
        <source>No viewer for this kind of file was found on this computer.</source>
        <translation>لم يُعثر على هذا الحاسوب على عارض لهذا النوع من الملفات.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CaseActionDialog</name>
    <message>
        <source>Take the case</source>
        <translation>تولّي الملف</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>بدء المراجعة</translation>
    </message>
    <message>
        <source>Ask the citizen</source>
        <translation>سؤال المواطن</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>تعليق الملف</translation>
    </message>
    <message>
        <source>Resume review</source>
        <translation>استئناف المراجعة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>إصدار الوثيقة</translation>
    </message>
    <message>
        <source>Refund the fee</source>
        <translation>استرداد الرسوم</translation>
    </message>
    <message>
        <source>You have taken the case.</source>
        <translation>توليتَ الملف.</translation>
    </message>
    <message>
        <source>Review started.</source>
        <translation>بدأت المراجعة.</translation>
    </message>
    <message>
        <source>Your question was sent; the case waits for the answer.</source>
        <translation>أُرسل سؤالك؛ الملف بانتظار الإجابة.</translation>
    </message>
    <message>
        <source>The case is on hold.</source>
        <translation>الملف معلّق.</translation>
    </message>
    <message>
        <source>Review resumed.</source>
        <translation>استُؤنفت المراجعة.</translation>
    </message>
    <message>
        <source>The application is approved. Issue the document to complete the case.</source>
        <translation>تمت الموافقة على الطلب. أصدر الوثيقة لإكمال الملف.</translation>
    </message>
    <message>
        <source>The application is rejected; the citizen has been told why.</source>
        <translation>رُفض الطلب؛ أُبلغ المواطن بالسبب.</translation>
    </message>
    <message>
        <source>The document is signed and issued; the case is complete.</source>
        <translation>وُقّعت الوثيقة وأُصدرت؛ اكتمل الملف.</translation>
    </message>
    <message>
        <source>The refund has been made.</source>
        <translation>تم الاسترداد.</translation>
    </message>
    <message>
        <source>The citizen receives your question and the case waits for the answer. Ask for exactly what is missing.</source>
        <translation>يتلقى المواطن سؤالك وينتظر الملف الإجابة. اسأل عمّا هو ناقص بالضبط.</translation>
    </message>
    <message>
        <source>&amp;Question to the citizen</source>
        <translation>سؤال إلى المواطن (&amp;Q)</translation>
    </message>
    <message>
        <source>Send &amp;question</source>
        <translation>إرسال السؤال (&amp;Q)</translation>
    </message>
    <message>
        <source>The case pauses until the date you set. The citizen is told that it is on hold, with your reason.</source>
        <translation>يتوقف الملف حتى التاريخ الذي تحدده. يُبلَّغ المواطن بأنه معلّق مع ذكر سببك.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>السبب (&amp;R)</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>تعليق (&amp;H)</translation>
    </message>
    <message>
        <source>The application is approved. Then issue the signed document to complete the case.</source>
        <translation>تتم الموافقة على الطلب. ثم أصدر الوثيقة الموقّعة لإكمال الملف.</translation>
    </message>
    <message>
        <source>&amp;Note to the citizen (optional)</source>
        <translation>ملاحظة إلى المواطن (اختيارية) (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>موافقة (&amp;A)</translation>
    </message>
    <message>
        <source>The application is rejected. The citizen receives your reason; state the legal grounds and how to object.</source>
        <translation>يُرفض الطلب. يتلقى المواطن سببك؛ اذكر الأسس القانونية وطريقة الاعتراض.</translation>
    </message>
    <message>
        <source>&amp;Reason for the rejection</source>
        <translation>سبب الرفض (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>رفض (&amp;R)</translation>
    </message>
    <message>
        <source>The office signs the document with its key and the citizen receives it. The case is then completed. This cannot be undone.</source>
        <translation>توقّع الدائرة الوثيقة بمفتاحها ويتلقاها المواطن. ثم يكتمل الملف. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&amp;Issue and complete</source>
        <translation>إصدار وإكمال (&amp;I)</translation>
    </message>
    <message>
        <source>The amount goes back to the citizen&apos;s card. A refund cannot be undone.</source>
        <translation>يُعاد المبلغ إلى بطاقة المواطن. لا يمكن التراجع عن الاسترداد.</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>استرداد (&amp;R)</translation>
    </message>
    <message>
        <source>Please write your question.</source>
        <translation>يرجى كتابة سؤالك.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>يرجى ذكر سبب.</translation>
    </message>
    <message>
        <source>Please choose a date in the future.</source>
        <translation>يرجى اختيار تاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>Please enter an amount.</source>
        <translation>يرجى إدخال مبلغ.</translation>
    </message>
    <message>
        <source>Your text is kept. Check the current state, then send it again.</source>
        <translation>نصّك محفوظ. تحقق من الحالة الحالية، ثم أرسله مجددًا.</translation>
    </message>
    <message>
        <source>This step is no longer possible in the case&apos;s current state. Your text is kept so you can copy it.</source>
        <translation>لم تعد هذه الخطوة ممكنة في الحالة الحالية للملف. نصّك محفوظ لكي تتمكن من نسخه.</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>إرسال مجددًا (&amp;A)</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CheckboxFieldEditor</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ChoiceFieldEditor</name>
    <message>
        <source>Please choose…</source>
        <translation>يرجى الاختيار…</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CockpitPage</name>
    <message>
        <source>My data</source>
        <translation>بياناتي</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>من اطّلع على بياناتي</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>الطلبات الواردة (%1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات الواردة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision</source>
        <translation>
            <numerusform>لا توجد طلبات بانتظار قرارك</numerusform>
            <numerusform>طلب واحد بانتظار قرارك</numerusform>
            <numerusform>طلبان بانتظار قرارك</numerusform>
            <numerusform>%n طلبات بانتظار قرارك</numerusform>
            <numerusform>%n طلبًا بانتظار قرارك</numerusform>
            <numerusform>%n طلب بانتظار قرارك</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CorrectionDialog</name>
    <message>
        <source>Ask for a correction</source>
        <translation>طلب تصحيح</translation>
    </message>
    <message>
        <source>What is wrong in “%1”? Describe what should be corrected; the office that holds the record will answer you.</source>
        <translation>ما الخطأ في «%1»؟ صِف ما يجب تصحيحه؛ وستجيبك الدائرة التي تحتفظ بالسجل.</translation>
    </message>
    <message>
        <source>What should be corrected</source>
        <translation>ما يجب تصحيحه</translation>
    </message>
    <message>
        <source>For example: my name is spelled with ä, not ae.</source>
        <translation>مثلًا: يُكتب اسمي بـ ä وليس ae.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>إرسال (&amp;S)</translation>
    </message>
    <message>
        <source>Asking for a correction online is not available yet at your city. Your text is kept here: copy it, or try again later.</source>
        <translation>طلب التصحيح عبر الإنترنت غير متاح بعد في بلديتك. نصّك محفوظ هنا: انسخه أو حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>Your text is kept.</source>
        <translation>نصّك محفوظ.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>You will be signed out in %n second(s). Everything you entered here is then deleted from this kiosk. Touch the screen to continue.</source>
        <translation>
            <numerusform>سيتم تسجيل خروجك خلال %n ثانية. ستُحذف عندها كل البيانات التي أدخلتها هنا من هذا الكشك. المس الشاشة للمتابعة.</numerusform>
            <numerusform>سيتم تسجيل خروجك خلال ثانية واحدة. ستُحذف عندها كل البيانات التي أدخلتها هنا من هذا الكشك. المس الشاشة للمتابعة.</numerusform>
            <numerusform>سيتم تسجيل خروجك خلال ثانيتين. ستُحذف عندها كل البيانات التي أدخلتها هنا من هذا الكشك. المس الشاشة للمتابعة.</numerusform>
            <numerusform>سيتم تسجيل خروجك خلال %n ثوانٍ. ستُحذف عندها كل البيانات التي أدخلتها هنا من هذا الكشك. المس الشاشة للمتابعة.</numerusform>
            <numerusform>سيتم تسجيل خروجك خلال %n ثانية. ستُحذف عندها كل البيانات التي أدخلتها هنا من هذا الكشك. المس الشاشة للمتابعة.</numerusform>
            <numerusform>سيتم تسجيل خروجك خلال %n ثانية. ستُحذف عندها كل البيانات التي أدخلتها هنا من هذا الكشك. المس الشاشة للمتابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Sign out now</source>
        <translation>تسجيل الخروج الآن</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CreateStaffDialog</name>
    <message>
        <source>&amp;Create account</source>
        <translation>إنشاء الحساب (&amp;C)</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>حساب موظف جديد</translation>
    </message>
    <message>
        <source>The new colleague signs in with this username and password, and with an authenticator app: its secret is shown once, right after the account is created.</source>
        <translation>يسجّل الزميل الجديد الدخول باسم المستخدم وكلمة المرور هذين، وبتطبيق مصادقة: يُعرض مفتاحه السري مرة واحدة فور إنشاء الحساب.</translation>
    </message>
    <message>
        <source>e.g. sb.steueramt2</source>
        <translation>مثلًا sb.steueramt2</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>اسم المستخدم (&amp;U)</translation>
    </message>
    <message>
        <source>as colleagues and citizens see it</source>
        <translation>كما يراه الزملاء والمواطنون</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>الدور (&amp;R)</translation>
    </message>
    <message>
        <source>Choose an office</source>
        <translation>اختر دائرة</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>الدائرة (&amp;O)</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>كلمة المرور (&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>تكرار كلمة المرور (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
    <message>
        <source>Administrators belong to no office.</source>
        <translation>لا ينتمي مسؤولو النظام إلى أي دائرة.</translation>
    </message>
    <message>
        <source>3 to 64 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>من 3 إلى 64 حرفًا: أحرف a-z وأرقام و&apos;.&apos; و&apos;_&apos; و&apos;-&apos;.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>يرجى إدخال الاسم.</translation>
    </message>
    <message>
        <source>Caseworkers and heads of office belong to an office.</source>
        <translation>ينتمي الموظفون المختصون ورؤساء الدوائر إلى دائرة.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>%n حرف على الأقل.</numerusform>
            <numerusform>حرف واحد على الأقل.</numerusform>
            <numerusform>حرفان على الأقل.</numerusform>
            <numerusform>%n أحرف على الأقل.</numerusform>
            <numerusform>%n حرفًا على الأقل.</numerusform>
            <numerusform>%n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>This username is taken. Please choose another.</source>
        <translation>اسم المستخدم هذا مستخدم. يرجى اختيار اسم آخر.</translation>
    </message>
    <message>
        <source>Please enter the name (at most 200 characters).</source>
        <translation>يرجى إدخال الاسم (200 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>Please choose a role.</source>
        <translation>يرجى اختيار دور.</translation>
    </message>
    <message>
        <source>Please choose an office of the city.</source>
        <translation>يرجى اختيار دائرة من دوائر البلدية.</translation>
    </message>
    <message>
        <source>At least 8 characters, and not one of the most common passwords.</source>
        <translation>8 أحرف على الأقل، وألا تكون من كلمات المرور الأكثر شيوعًا.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::DateFieldEditor</name>
    <message>
        <source>not chosen</source>
        <translation>لم يُختر</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::DocumentPanel</name>
    <message>
        <source>Signature valid – issued by the %1 on %2.</source>
        <extracomment>%1 the office (&quot;Straßenverkehrsamt&quot;), %2 the date</extracomment>
        <translation>التوقيع صالح – أصدرتها %1 في %2.</translation>
    </message>
    <message>
        <source>Warning: this document names an office the city does not know. Its signature cannot be checked; do not rely on it.</source>
        <translation>تحذير: تذكر هذه الوثيقة دائرة لا تعرفها البلدية. لا يمكن فحص توقيعها؛ لا تعتمد عليها.</translation>
    </message>
    <message>
        <source>Warning: the signature does not match. This document was changed or was not issued by the %1. Do not rely on it and contact the office.</source>
        <translation>تحذير: التوقيع غير مطابق. غُيّرت هذه الوثيقة أو لم تُصدرها %1. لا تعتمد عليها وتواصل مع الدائرة.</translation>
    </message>
    <message>
        <source>Your documents</source>
        <translation>وثائقك</translation>
    </message>
    <message>
        <source>Checking the documents&apos; signatures…</source>
        <translation>جارٍ فحص توقيعات الوثائق…</translation>
    </message>
    <message>
        <source>%1 · No. %2</source>
        <translation>%1 · رقم %2</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>فحص التوقيع</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>حفظ «%1» بصيغة PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>طباعة «%1»</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ExportSection</name>
    <message>
        <source>Fetching everything the city holds about you…</source>
        <translation>جارٍ جلب كل ما تحتفظ به البلدية عنك…</translation>
    </message>
    <message>
        <source>Exporting everything as a file is not available yet at your city. The PDF report already works.</source>
        <translation>تصدير كل شيء كملف غير متاح بعد في بلديتك. تقرير PDF يعمل بالفعل.</translation>
    </message>
    <message>
        <source>Save all my data</source>
        <translation>حفظ جميع بياناتي</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>حُفظ باسم %1.</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another folder.</source>
        <translation>تعذر حفظ الملف. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Collecting the access log for the report…</source>
        <translation>جارٍ جمع سجل الاطلاع للتقرير…</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>تعذر إنشاء التقرير.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Take your data with you: a PDF report to read and print, or everything the city holds about you as a file (JSON) for other programs.</source>
        <translation>خذ بياناتك معك: تقرير PDF للقراءة والطباعة، أو كل ما تحتفظ به البلدية عنك كملف (JSON) للبرامج الأخرى.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF report…</source>
        <translation>حفظ كتقرير PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;everything (JSON)…</source>
        <translation>تصدير كل شيء (JSON) (&amp;E)…</translation>
    </message>
    <message>
        <source>My data at the city</source>
        <translation>بياناتي لدى البلدية</translation>
    </message>
    <message>
        <source>&amp;Print a report…</source>
        <translation>طباعة تقرير… (&amp;P)</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::FeedbackDialog</name>
    <message>
        <source>&amp;Send suggestion</source>
        <translation>إرسال الاقتراح (&amp;S)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Thank you! Your suggestion has been received. The team reads every suggestion; you will not get a personal answer.</source>
        <translation>شكرًا لك! وصل اقتراحك. يقرأ الفريق كل اقتراح؛ لن تتلقى ردًا شخصيًا.</translation>
    </message>
    <message>
        <source>Your suggestion was not sent. %1</source>
        <translation>لم يُرسل اقتراحك. %1</translation>
    </message>
    <message>
        <source>About: the city&apos;s online services in general</source>
        <translation>بخصوص: خدمات البلدية عبر الإنترنت عمومًا</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>بخصوص: %1</translation>
    </message>
    <message>
        <source>Please write at least %1 characters.</source>
        <translation>يرجى كتابة %1 حرف على الأقل.</translation>
    </message>
    <message>
        <source>%1 characters: please shorten it to at most %2.</source>
        <translation>%1 حرف: يرجى تقصيره إلى %2 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 من %2 حرف كحد أقصى</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::FileFieldEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>إزالة الملف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>إلغاء الرفع</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <source>Send the file again</source>
        <translation>إرسال الملف مجددًا</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>تقدم الرفع</translation>
    </message>
    <message>
        <source>Accepted documents (%1)</source>
        <translation>المستندات المقبولة (%1)</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>اختر مستندًا</translation>
    </message>
    <message>
        <source>Files cannot be sent right now. Please sign in again.</source>
        <translation>لا يمكن إرسال الملفات الآن. يرجى تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر ملف</translation>
    </message>
    <message>
        <source>%1 – uploaded</source>
        <translation>%1 – تم الرفع</translation>
    </message>
    <message>
        <source>%1 – waiting to be sent…</source>
        <translation>%1 – بانتظار الإرسال…</translation>
    </message>
    <message>
        <source>%1 – sending…</source>
        <translation>%1 – جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>%1 – upload cancelled</source>
        <translation>%1 – أُلغي الرفع</translation>
    </message>
    <message>
        <source>%1 – not sent</source>
        <translation>%1 – لم يُرسل</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>اختيار ملف آخر…</translation>
    </message>
    <message>
        <source>The file could not be sent: %1</source>
        <translation>تعذر إرسال الملف: %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::HomePage</name>
    <message>
        <source>Cannot be read</source>
        <translation>تتعذر القراءة</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <extracomment>Progress of a draft, e.g. &quot;50 % done&quot;</extracomment>
        <translation>اكتمل %1 %</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>حذف المسودة؟</translation>
    </message>
    <message>
        <source>Discard your unfinished application “%1”?</source>
        <translation>هل تريد حذف طلبك غير المكتمل «%1»؟</translation>
    </message>
    <message>
        <source>What you entered is deleted from this computer. This cannot be undone.</source>
        <translation>يُحذف ما أدخلته من هذا الحاسوب. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Loading the services of your city…</source>
        <translation>جارٍ تحميل خدمات بلديتك…</translation>
    </message>
    <message>
        <source>The services could not be loaded.</source>
        <translation>تعذر تحميل الخدمات.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>لا توجد خدمات</numerusform>
            <numerusform>خدمة واحدة</numerusform>
            <numerusform>خدمتان</numerusform>
            <numerusform>%n خدمات</numerusform>
            <numerusform>%n خدمة</numerusform>
            <numerusform>%n خدمة</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches your search. Try another word.</source>
        <translation>لا توجد خدمة تطابق بحثك. جرّب كلمة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services match your search.</source>
        <translation>
            <numerusform>%n من %1 خدمة تطابق بحثك.</numerusform>
            <numerusform>خدمة واحدة من %1 تطابق بحثك.</numerusform>
            <numerusform>خدمتان من %1 تطابقان بحثك.</numerusform>
            <numerusform>%n خدمات من %1 تطابق بحثك.</numerusform>
            <numerusform>%n خدمة من %1 تطابق بحثك.</numerusform>
            <numerusform>%n خدمة من %1 تطابق بحثك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent. They go out by themselves as soon as the city&apos;s server can be reached.</source>
        <translation>
            <numerusform>%n طلب بانتظار الإرسال. سيُرسل تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
            <numerusform>طلب واحد بانتظار الإرسال. سيُرسل تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
            <numerusform>طلبان بانتظار الإرسال. سيُرسلان تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
            <numerusform>%n طلبات بانتظار الإرسال. ستُرسل تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
            <numerusform>%n طلبًا بانتظار الإرسال. ستُرسل تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
            <numerusform>%n طلب بانتظار الإرسال. ستُرسل تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>طاب يومك</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>طاب يومك، %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::LineFieldEditor</name>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>e.g. 04131 123456</source>
        <translation>مثلًا 04131 123456</translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>مثلًا DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>e.g. LG-AB 123</source>
        <translation>مثلًا LG-AB 123</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::LoginPage</name>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Starting the demo city…</source>
        <translation>جارٍ تشغيل المدينة التجريبية…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>Connected to the demo city on this computer.</source>
        <translation>متصل بالمدينة التجريبية على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>متصل بـ %1.</translation>
    </message>
    <message>
        <source>The demo city could not be started.</source>
        <translation>تعذر تشغيل المدينة التجريبية.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at the moment.</source>
        <translation>لا يمكن الوصول إلى %1 حاليًا.</translation>
    </message>
    <message>
        <source>Please enter your username.</source>
        <translation>يرجى إدخال اسم المستخدم.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>يرجى إدخال كلمة المرور.</translation>
    </message>
    <message>
        <source>Please enter the 6-digit code from your authenticator app.</source>
        <translation>يرجى إدخال الرمز المكوّن من 6 أرقام من تطبيق المصادقة لديك.</translation>
    </message>
    <message>
        <source>The username or the password is not correct. Please check your entry and try again.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة. يرجى التحقق مما أدخلته والمحاولة مجددًا.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed. Please check your password and enter the current code from your authenticator app.</source>
        <translation>لم ينجح تسجيل الدخول. يرجى التحقق من كلمة المرور وإدخال الرمز الحالي من تطبيق المصادقة لديك.</translation>
    </message>
    <message>
        <source>This account has been disabled. Please contact your administrator.</source>
        <translation>عُطّل هذا الحساب. يرجى التواصل مع مسؤول النظام.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Please wait a few minutes and try again.</source>
        <translation>محاولات تسجيل دخول كثيرة جدًا. يرجى الانتظار بضع دقائق والمحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Staff accounts cannot sign in at this kiosk: it is for citizens. Please use Rathaus on your office computer.</source>
        <translation>لا يمكن لحسابات الموظفين تسجيل الدخول في هذا الكشك: فهو مخصص للمواطنين. يُرجى استخدام Rathaus على حاسوب مكتبك.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MainWindow</name>
    <message>
        <source>Demo city</source>
        <translation>مدينة تجريبية</translation>
    </message>
    <message>
        <source>Your application was sent: %1</source>
        <extracomment>A submission that waited in the outbox has gone out</extracomment>
        <translation>أُرسل طلبك: %1</translation>
    </message>
    <message>
        <source>An application that waited to be sent was refused by the city&apos;s server. Open it from your unfinished applications to see why.</source>
        <translation>رفض خادم البلدية طلبًا كان بانتظار الإرسال. افتحه من طلباتك غير المكتملة لمعرفة السبب.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>حُذفت المسودة.</translation>
    </message>
    <message>
        <source>Rathaus – Demo city</source>
        <translation>Rathaus – مدينة تجريبية</translation>
    </message>
    <message>
        <source>Rathaus</source>
        <translation>Rathaus</translation>
    </message>
    <message>
        <source>Rathaus · Demo city</source>
        <translation>Rathaus · مدينة تجريبية</translation>
    </message>
    <message>
        <source>My &amp;data (%1)</source>
        <translation>بياناتي (%1) (&amp;D)</translation>
    </message>
    <message>
        <source>My &amp;data</source>
        <translation>بياناتي (&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to pass on your data wait for your decision</source>
        <translation>
            <numerusform>لا توجد طلبات لإحالة بياناتك بانتظار قرارك</numerusform>
            <numerusform>طلب واحد لإحالة بياناتك بانتظار قرارك</numerusform>
            <numerusform>طلبان لإحالة بياناتك بانتظار قرارك</numerusform>
            <numerusform>%n طلبات لإحالة بياناتك بانتظار قرارك</numerusform>
            <numerusform>%n طلبًا لإحالة بياناتك بانتظار قرارك</numerusform>
            <numerusform>%n طلب لإحالة بياناتك بانتظار قرارك</numerusform>
        </translation>
    </message>
    <message>
        <source>What the city knows about you, and who has seen it</source>
        <translation>ما تعرفه البلدية عنك، ومن اطّلع عليه</translation>
    </message>
    <message>
        <source>This computer has no keychain that Rathaus can use, so your sign-in is kept only while Rathaus is open. The next time you start Rathaus, please sign in again.</source>
        <translation>لا يوجد على هذا الحاسوب مخزن مفاتيح يمكن لـ Rathaus استخدامه، لذلك يُحتفظ بتسجيل دخولك فقط ما دام Rathaus مفتوحًا. يرجى تسجيل الدخول مجددًا في المرة القادمة التي تشغّل فيها Rathaus.</translation>
    </message>
    <message>
        <source>Without a keychain, unfinished applications cannot be kept safely either: they are kept only until Rathaus is closed. Submit them before you quit.</source>
        <translation>بدون مخزن مفاتيح لا يمكن أيضًا حفظ الطلبات غير المكتملة بأمان: يُحتفظ بها فقط حتى إغلاق Rathaus. قدّمها قبل الخروج.</translation>
    </message>
    <message>
        <source>This computer has no keychain that Rathaus can use.</source>
        <translation>لا يوجد على هذا الحاسوب مخزن مفاتيح يمكن لـ Rathaus استخدامه.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>انتهت جلستك. يرجى تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>your application</source>
        <translation>طلبك</translation>
    </message>
    <message>
        <source>New message from the office about %1</source>
        <translation>رسالة جديدة من الدائرة بخصوص %1</translation>
    </message>
    <message>
        <source>New message from %1 about %2</source>
        <translation>رسالة جديدة من %1 بخصوص %2</translation>
    </message>
    <message>
        <source>The office has a question about %1</source>
        <translation>لدى الدائرة سؤال بخصوص %1</translation>
    </message>
    <message>
        <source>The status of %1 changed</source>
        <translation>تغيّرت حالة %1</translation>
    </message>
    <message>
        <source>New status of %1: %2</source>
        <extracomment>%1 the reference, %2 the new status in words (&quot;Approved&quot;)</extracomment>
        <translation>الحالة الجديدة لـ %1: %2</translation>
    </message>
    <message>
        <source>A document was issued for %1</source>
        <translation>صدرت وثيقة لـ %1</translation>
    </message>
    <message>
        <source>An office asks to receive your data. See &quot;My data&quot;.</source>
        <translation>تطلب دائرة استلام بياناتك. راجع «بياناتي».</translation>
    </message>
    <message>
        <source>%1 asks to receive your data from %2 for %3. Please decide in &quot;My data&quot;.</source>
        <translation>يطلب %1 استلام بياناتك من %2 لأجل %3. يرجى اتخاذ القرار في «بياناتي».</translation>
    </message>
    <message>
        <source>City administration</source>
        <translation>إدارة البلدية</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MessagesPanel</name>
    <message>
        <source>Attach a file (optional)</source>
        <translation>إرفاق ملف (اختياري)</translation>
    </message>
    <message>
        <source>The file could not be fetched: %1</source>
        <translation>تعذر جلب الملف: %1</translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation>تعذر حفظ الملف في %1.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>حُفظ: %1</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Question from the office · %1</source>
        <translation>سؤال من الدائرة · %1</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>مرفق: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>جارٍ تحميل الرسائل…</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <extracomment>A file in the thread: name, size · who sent it (&quot;You&quot; or the office)</extracomment>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>حفظ %1</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>حفظ الملف</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>The office has a question about this application. Please answer below.</source>
        <translation>لدى الدائرة سؤال بخصوص هذا الطلب. يرجى الإجابة أدناه.</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>لا توجد رسائل بعد</translation>
    </message>
    <message>
        <source>Your message to the office</source>
        <translation>رسالتك إلى الدائرة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Files in this conversation</source>
        <translation>الملفات في هذه المحادثة</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MyApplicationsPage</name>
    <message>
        <source>Loading your applications…</source>
        <translation>جارٍ تحميل طلباتك…</translation>
    </message>
    <message>
        <source>Your applications could not be loaded.</source>
        <translation>تعذر تحميل طلباتك.</translation>
    </message>
    <message>
        <source>You have not filed an application yet.</source>
        <translation>لم تقدّم أي طلب بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>عُرض %n طلب؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض طلب واحد؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض طلبان؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرضت %n طلبات؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض %n طلبًا؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض %n طلب؛ يُحمَّل المزيد عند التمرير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>لا توجد طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبًا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The selected application&apos;s status and what happens next</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent. They go out by themselves as soon as the city&apos;s server can be reached.</source>
        <translation>
            <numerusform>%n طلب بانتظار الإرسال. سيُرسل تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
            <numerusform>طلب واحد بانتظار الإرسال. سيُرسل تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
            <numerusform>طلبان بانتظار الإرسال. سيُرسلان تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
            <numerusform>%n طلبات بانتظار الإرسال. ستُرسل تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
            <numerusform>%n طلبًا بانتظار الإرسال. ستُرسل تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
            <numerusform>%n طلب بانتظار الإرسال. ستُرسل تلقائيًا حالما يمكن الوصول إلى خادم البلدية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::PaymentPanel</name>
    <message>
        <source>Receipt %1.pdf</source>
        <translation>إيصال %1.pdf</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>إيصال الدفع</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>مدفوع، مُسترد جزئيًا</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مُسترد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>الدفع جارٍ</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Card expired</source>
        <translation>البطاقة منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Error at the payment provider</source>
        <translation>خطأ لدى مزوّد خدمة الدفع</translation>
    </message>
    <message>
        <source>No answer from the payment provider</source>
        <translation>لا رد من مزوّد خدمة الدفع</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>غير مدفوع</translation>
    </message>
    <message>
        <source>Preparing the payment…</source>
        <translation>جارٍ تجهيز الدفع…</translation>
    </message>
    <message>
        <source>Waiting for the payment provider…</source>
        <translation>بانتظار مزوّد خدمة الدفع…</translation>
    </message>
    <message>
        <source>The payment page has opened in your browser. Complete the payment there; this page shows the result as soon as it arrives.</source>
        <translation>فُتحت صفحة الدفع في متصفحك. أكمل الدفع هناك؛ تعرض هذه الصفحة النتيجة فور وصولها.</translation>
    </message>
    <message>
        <source>The payment could not be started.</source>
        <translation>تعذر بدء الدفع.</translation>
    </message>
    <message>
        <source>Thank you. Your application has been passed on to the office.</source>
        <translation>شكرًا لك. أُحيل طلبك إلى الدائرة.</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>لم يُدفع بعد</translation>
    </message>
    <message>
        <source>Your application will be passed on to the office once the fee is paid. You pay on the payment provider&apos;s page in your browser.</source>
        <translation>سيُحال طلبك إلى الدائرة بعد دفع الرسوم. تدفع على صفحة مزوّد خدمة الدفع في متصفحك.</translation>
    </message>
    <message>
        <source>Pay &amp;again</source>
        <translation>الدفع مجددًا (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Pay now</source>
        <translation>ادفع الآن (&amp;P)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Open the payment page again</source>
        <translation>فتح صفحة الدفع مجددًا</translation>
    </message>
    <message>
        <source>Check the status now</source>
        <translation>التحقق من الحالة الآن</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>حفظ الإيصال (&amp;S)…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>حفظ الإيصال بصيغة PDF</translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation>طباعة الإيصال (&amp;R)…</translation>
    </message>
    <message>
        <source>Pay the fee on the payment provider&apos;s page</source>
        <translation>ادفع الرسوم على صفحة مزوّد خدمة الدفع</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the address of the payment page below and open it in a browser to pay; this page shows the result as soon as it arrives.</source>
        <translation>تعذّر فتح المتصفح. انسخ عنوان صفحة الدفع أدناه وافتحه في متصفح للدفع؛ تعرض هذه الصفحة النتيجة فور وصولها.</translation>
    </message>
    <message>
        <source>Complete the payment on the payment provider&apos;s page (address below); this page shows the result as soon as it arrives.</source>
        <translation>أكمل الدفع على صفحة مزوّد خدمة الدفع (العنوان أدناه)؛ تعرض هذه الصفحة النتيجة فور وصولها.</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>تم نسخ الرابط</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <source>Address of the payment page</source>
        <translation>عنوان صفحة الدفع</translation>
    </message>
    <message>
        <source>Copy the address of the payment page</source>
        <translation>نسخ عنوان صفحة الدفع</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::PostalAddressFieldEditor</name>
    <message>
        <source>Street and house number</source>
        <translation>الشارع ورقم المنزل</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::RecordsSection</name>
    <message>
        <source>What the offices hold about you</source>
        <translation>ما تحتفظ به الدوائر عنك</translation>
    </message>
    <message>
        <source>What the offices of your city hold about you, and why they may hold it. If something is wrong, ask the office to correct it.</source>
        <translation>ما تحتفظ به دوائر بلديتك عنك، ولماذا يجوز لها الاحتفاظ به. إذا كان هناك خطأ، فاطلب من الدائرة تصحيحه.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>حاول مجددًا (&amp;T)</translation>
    </message>
    <message>
        <source>Loading your data…</source>
        <translation>جارٍ تحميل بياناتك…</translation>
    </message>
    <message>
        <source>Your data could not be loaded.</source>
        <translation>تعذر تحميل بياناتك.</translation>
    </message>
    <message>
        <source>The offices of your city hold no records about you.</source>
        <translation>لا تحتفظ دوائر بلديتك بأي سجلات عنك.</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1 لدى %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>لا توجد سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>لا توجد دوائر</numerusform>
            <numerusform>دائرة واحدة</numerusform>
            <numerusform>دائرتان</numerusform>
            <numerusform>%n دوائر</numerusform>
            <numerusform>%n دائرة</numerusform>
            <numerusform>%n دائرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for a &amp;correction…</source>
        <translation>طلب تصحيح (&amp;C)…</translation>
    </message>
    <message>
        <source>Ask %1 to correct “%2”</source>
        <translation>اطلب من %1 تصحيح «%2»</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>الأساس القانوني: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>آخر تغيير: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>مدة الاحتفاظ: %1</translation>
    </message>
    <message>
        <source>Your request for a correction was sent. The office will answer you.</source>
        <translation>أُرسل طلب التصحيح. ستجيبك الدائرة.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::RequestsSection</name>
    <message>
        <source>Who asks</source>
        <translation>الجهة الطالبة</translation>
    </message>
    <message>
        <source>Who would send</source>
        <translation>الجهة المرسِلة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>For application</source>
        <translation>للطلب</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Answer until</source>
        <translation>الرد حتى</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>رفض (&amp;D)</translation>
    </message>
    <message>
        <source>Approve &amp;only some…</source>
        <translation>الموافقة على البعض فقط (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>موافقة (&amp;A)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 application reference (LUN-2026-000123), %2 service (Elterngeld)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات الواردة</translation>
    </message>
    <message>
        <source>Offices may ask to receive data another office already holds about you, so you need not bring papers. Nothing is passed on without your approval, and you can withdraw it later.</source>
        <translation>يجوز للدوائر أن تطلب استلام بيانات تحتفظ بها دائرة أخرى عنك، فلا تحتاج إلى إحضار أوراق. لا يُحال شيء دون موافقتك، ويمكنك سحبها لاحقًا.</translation>
    </message>
    <message>
        <source>&amp;Send my data…</source>
        <translation>إرسال بياناتي (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة التحميل (&amp;R)</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>بانتظار قرارك</translation>
    </message>
    <message>
        <source>All transfers</source>
        <translation>جميع عمليات النقل</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>سحب الموافقة (&amp;W)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>جارٍ تحميل الطلبات…</translation>
    </message>
    <message>
        <source>Requests and transfers are not available yet at your city. Once they are, you will find here what offices ask for and decide about it.</source>
        <translation>الطلبات وعمليات النقل غير متاحة بعد في بلديتك. عندما تصبح متاحة، ستجد هنا ما تطلبه الدوائر وتتخذ قرارك بشأنه.</translation>
    </message>
    <message>
        <source>The requests could not be loaded.</source>
        <translation>تعذر تحميل الطلبات.</translation>
    </message>
    <message>
        <source>for application %1</source>
        <translation>للطلب %1</translation>
    </message>
    <message>
        <source>No office is waiting for your decision.</source>
        <translation>لا توجد دائرة بانتظار قرارك.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision.</source>
        <translation>
            <numerusform>لا توجد طلبات بانتظار قرارك.</numerusform>
            <numerusform>طلب واحد بانتظار قرارك.</numerusform>
            <numerusform>طلبان بانتظار قرارك.</numerusform>
            <numerusform>%n طلبات بانتظار قرارك.</numerusform>
            <numerusform>%n طلبًا بانتظار قرارك.</numerusform>
            <numerusform>%n طلب بانتظار قرارك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: the data will be passed on.</source>
        <translation>تمت الموافقة: ستُحال البيانات.</translation>
    </message>
    <message>
        <source>Declined: nothing is passed on.</source>
        <translation>مرفوض: لن يُحال شيء.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>سحب الموافقة؟</translation>
    </message>
    <message>
        <source>%1 will have to delete its copy of your data (from %2).</source>
        <translation>سيتعين على %1 حذف نسخته من بياناتك (الواردة من %2).</translation>
    </message>
    <message>
        <source>If your application still needs the data, the office may ask you again or ask for a paper certificate. The withdrawal is recorded in &quot;Who has seen my data&quot;.</source>
        <translation>إذا كان طلبك لا يزال يحتاج إلى البيانات، فقد تسألك الدائرة مجددًا أو تطلب شهادة ورقية. يُسجَّل السحب في «من اطّلع على بياناتي».</translation>
    </message>
    <message>
        <source>Consent withdrawn: the receiving office must delete its copy.</source>
        <translation>سُحبت الموافقة: يجب على الدائرة المستلمة حذف نسختها.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SendDataWizard</name>
    <message>
        <source>Send my data</source>
        <translation>إرسال بياناتي</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>إرسال (&amp;S)</translation>
    </message>
    <message>
        <source>What do you want to send?</source>
        <translation>ماذا تريد أن ترسل؟</translation>
    </message>
    <message>
        <source>Records to send</source>
        <translation>السجلات المراد إرسالها</translation>
    </message>
    <message>
        <source>From the office</source>
        <translation>من الدائرة</translation>
    </message>
    <message>
        <source>&amp;From the office</source>
        <translation>من الدائرة (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>السجلات (&amp;R)</translation>
    </message>
    <message>
        <source>To which office, and why?</source>
        <translation>إلى أي دائرة، ولماذا؟</translation>
    </message>
    <message>
        <source>For example: my application for parental benefit</source>
        <translation>مثلًا: طلبي للحصول على إعانة الوالدين</translation>
    </message>
    <message>
        <source>LUN-2026-000123</source>
        <translation>LUN-2026-000123</translation>
    </message>
    <message>
        <source>To the office</source>
        <translation>إلى الدائرة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Application (optional)</source>
        <translation>الطلب (اختياري)</translation>
    </message>
    <message>
        <source>&amp;To the office</source>
        <translation>إلى الدائرة (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>الغرض (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Application (optional)</source>
        <translation>الطلب (اختياري) (&amp;A)</translation>
    </message>
    <message>
        <source>Please check and send</source>
        <translation>يرجى المراجعة والإرسال</translation>
    </message>
    <message>
        <source>The receiving office gets a copy of exactly these records. You can withdraw your consent later under Requests; the office must then delete its copy.</source>
        <translation>تحصل الدائرة المستلمة على نسخة من هذه السجلات بالضبط. يمكنك سحب موافقتك لاحقًا في «الطلبات الواردة»؛ وعندها يجب على الدائرة حذف نسختها.</translation>
    </message>
    <message>
        <source>Please tick at least one record.</source>
        <translation>يرجى وضع علامة على سجل واحد على الأقل.</translation>
    </message>
    <message>
        <source>Please choose another office than the sending one.</source>
        <translation>يرجى اختيار دائرة غير الدائرة المرسِلة.</translation>
    </message>
    <message>
        <source>Please say what the data is for.</source>
        <translation>يرجى ذكر الغرض من البيانات.</translation>
    </message>
    <message>
        <source>%1 sends %2 to %3.
Purpose: %4</source>
        <translation>يرسل %1 %2 إلى %3.
الغرض: %4</translation>
    </message>
    <message>
        <source>Sending data between offices is not available yet at your city. Nothing was sent.</source>
        <translation>إرسال البيانات بين الدوائر غير متاح بعد في بلديتك. لم يُرسل شيء.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ServiceDetailPage</name>
    <message>
        <source>Loading the details…</source>
        <translation>جارٍ تحميل التفاصيل…</translation>
    </message>
    <message>
        <source>The details could not be loaded.</source>
        <translation>تعذر تحميل التفاصيل.</translation>
    </message>
    <message>
        <source>Nothing beyond your account.</source>
        <translation>لا شيء سوى حسابك.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير مذكور</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ServiceEditorPage</name>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>خدمة جديدة</translation>
    </message>
    <message>
        <source>Someone else changed this service meanwhile. Your text is still here: take over their version number and save again to replace their change with yours, or discard your changes and load theirs.</source>
        <translation>غيّر شخص آخر هذه الخدمة في الأثناء. نصّك لا يزال هنا: اعتمد رقم إصداره واحفظ مجددًا لاستبدال تغييره بتغييرك، أو تجاهل تغييراتك وحمّل نسخته.</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>الاحتفاظ بنصّي</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Title (German)</source>
        <translation>العنوان (بالألمانية)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Summary (German)</source>
        <translation>الملخص (بالألمانية)</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>الملخص (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Description (German)</source>
        <translation>الوصف (بالألمانية)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>الوصف (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Office (id)</source>
        <translation>الدائرة (المعرّف)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>مدة المعالجة</translation>
    </message>
    <message>
        <source>Basic (password)</source>
        <translation>أساسي (كلمة المرور)</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>جوهري</translation>
    </message>
    <message>
        <source>High (eID)</source>
        <translation>عالٍ (eID)</translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation>تسجيل الدخول المطلوب</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>الرسوم الأساسية</translation>
    </message>
    <message>
        <source>Texts and fee</source>
        <translation>النصوص والرسوم</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>حقول الاستمارة</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>إضافة حقل</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>إزالة الحقل</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Options, bounds, conditions (visible_if) and step titles are edited in the Schema (JSON) tab.</source>
        <translation>تُحرَّر الخيارات والحدود والشروط (visible_if) وعناوين الخطوات في علامة التبويب «المخطط (JSON)».</translation>
    </message>
    <message>
        <source>The service as JSON</source>
        <translation>الخدمة بصيغة JSON</translation>
    </message>
    <message>
        <source>Schema (JSON)</source>
        <translation>المخطط (JSON)</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>A fixed fee. Fees per unit or per chosen option are set in the Schema (JSON) tab.</source>
        <translation>رسوم ثابتة. تُحدَّد الرسوم لكل وحدة أو لكل خيار مختار في علامة التبويب «المخطط (JSON)».</translation>
    </message>
    <message numerus="yes">
        <source>Plus %n rule(s) per unit or per chosen option; edit them in the Schema (JSON) tab.</source>
        <translation>
            <numerusform>بالإضافة إلى %n قاعدة لكل وحدة أو لكل خيار مختار؛ حرّرها في علامة التبويب «المخطط (JSON)».</numerusform>
            <numerusform>بالإضافة إلى قاعدة واحدة لكل وحدة أو لكل خيار مختار؛ حرّرها في علامة التبويب «المخطط (JSON)».</numerusform>
            <numerusform>بالإضافة إلى قاعدتين لكل وحدة أو لكل خيار مختار؛ حرّرهما في علامة التبويب «المخطط (JSON)».</numerusform>
            <numerusform>بالإضافة إلى %n قواعد لكل وحدة أو لكل خيار مختار؛ حرّرها في علامة التبويب «المخطط (JSON)».</numerusform>
            <numerusform>بالإضافة إلى %n قاعدة لكل وحدة أو لكل خيار مختار؛ حرّرها في علامة التبويب «المخطط (JSON)».</numerusform>
            <numerusform>بالإضافة إلى %n قاعدة لكل وحدة أو لكل خيار مختار؛ حرّرها في علامة التبويب «المخطط (JSON)».</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON cannot be read (at character %1): %2</source>
        <translation>تتعذر قراءة JSON (عند الحرف %1): %2</translation>
    </message>
    <message>
        <source>Not saved: someone else saved a newer version.</source>
        <translation>لم يُحفظ: حفظ شخص آخر إصدارًا أحدث.</translation>
    </message>
    <message>
        <source>Saved. Citizens see the change the next time they open the service.</source>
        <translation>حُفظ. يرى المواطنون التغيير في المرة القادمة التي يفتحون فيها الخدمة.</translation>
    </message>
    <message>
        <source>Your text is kept on top of the newer version %1. Save to replace the other change with yours.</source>
        <translation>نصّك محفوظ فوق الإصدار الأحدث %1. احفظ لاستبدال التغيير الآخر بتغييرك.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>A new service: give it an id, texts, a fee and form fields, then save.</source>
        <translation>خدمة جديدة: أعطها معرّفًا ونصوصًا ورسومًا وحقول استمارة، ثم احفظ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A mistake in the service: &quot;where: what&quot;, e.g. &quot;Step 1, field 2 (type): Unknown type.&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n mistake(s) to correct (marked in red).</source>
        <translation>
            <numerusform>لم يُحفظ: %n خطأ يجب تصحيحه (مميّز بالأحمر).</numerusform>
            <numerusform>لم يُحفظ: خطأ واحد يجب تصحيحه (مميّز بالأحمر).</numerusform>
            <numerusform>لم يُحفظ: خطآن يجب تصحيحهما (مميّزان بالأحمر).</numerusform>
            <numerusform>لم يُحفظ: %n أخطاء يجب تصحيحها (مميّزة بالأحمر).</numerusform>
            <numerusform>لم يُحفظ: %n خطأً يجب تصحيحها (مميّزة بالأحمر).</numerusform>
            <numerusform>لم يُحفظ: %n خطأ يجب تصحيحها (مميّزة بالأحمر).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1, field %2</source>
        <translation>الخطوة %1، الحقل %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffAccountsPage</name>
    <message>
        <source>The account %1 was created.</source>
        <translation>أُنشئ الحساب %1.</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>تفعيل الحساب</translation>
    </message>
    <message>
        <source>Enable the account %1 (%2)? It can sign in again with its password and authenticator.</source>
        <translation>هل تريد تفعيل الحساب %1 (%2)؟ سيتمكن من تسجيل الدخول مجددًا بكلمة مروره وتطبيق المصادقة.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>تفعيل (&amp;E)</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>تعطيل الحساب</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? It is signed out everywhere at once and cannot sign in until it is enabled again.</source>
        <translation>هل تريد تعطيل الحساب %1 (%2)؟ سيُسجَّل خروجه من كل مكان فورًا ولن يتمكن من تسجيل الدخول حتى يُفعَّل مجددًا.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>تعطيل (&amp;D)</translation>
    </message>
    <message>
        <source>The account %1 is disabled; its sessions have ended.</source>
        <translation>عُطّل الحساب %1؛ انتهت جلساته.</translation>
    </message>
    <message>
        <source>The account %1 is enabled again.</source>
        <translation>فُعّل الحساب %1 مجددًا.</translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation>إعادة تعيين المصادقة</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new authenticator secret? Codes from the old one stop working at once; the new secret is shown only this once.</source>
        <translation>هل تريد منح %1 (%2) مفتاح مصادقة سريًا جديدًا؟ تتوقف رموز المفتاح القديم عن العمل فورًا؛ ويُعرض المفتاح الجديد هذه المرة فقط.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>إعادة التعيين (&amp;R)</translation>
    </message>
    <message>
        <source>The authenticator of %1 was reset.</source>
        <translation>أُعيد تعيين المصادقة لـ %1.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;nable…</source>
        <translation>تفعيل (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>تعطيل (&amp;D)…</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>لا يمكنك تعطيل حسابك الخاص.</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>جارٍ تحميل الحسابات…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>لا توجد حسابات</numerusform>
            <numerusform>حساب واحد</numerusform>
            <numerusform>حسابان</numerusform>
            <numerusform>%n حسابات</numerusform>
            <numerusform>%n حسابًا</numerusform>
            <numerusform>%n حساب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>لا يوجد معطّل</numerusform>
            <numerusform>واحد معطّل</numerusform>
            <numerusform>اثنان معطّلان</numerusform>
            <numerusform>%n معطّلة</numerusform>
            <numerusform>%n معطّلًا</numerusform>
            <numerusform>%n معطّل</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts could not be loaded. %1</source>
        <translation>تعذر تحميل الحسابات. %1</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>Caseworkers, heads of office and administrators. Every account signs in with its password and an authenticator app.</source>
        <translation>الموظفون المختصون ورؤساء الدوائر ومسؤولو النظام. يسجّل كل حساب الدخول بكلمة مروره وتطبيق مصادقة.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>حساب جديد (&amp;N)…</translation>
    </message>
    <message>
        <source>Reset &amp;authenticator…</source>
        <translation>إعادة تعيين المصادقة (&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>إعادة التحميل (&amp;L)</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffCasePage</name>
    <message>
        <source>The case could not be loaded. %1</source>
        <translation>تعذر تحميل الملف. %1</translation>
    </message>
    <message>
        <source>The note was added.</source>
        <translation>أُضيفت الملاحظة.</translation>
    </message>
    <message>
        <source>The message was sent to the citizen.</source>
        <translation>أُرسلت الرسالة إلى المواطن.</translation>
    </message>
    <message>
        <source>The request was sent. The citizen decides whether the record is passed on.</source>
        <translation>أُرسل الطلب. يقرر المواطن ما إذا كان السجل سيُحال.</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>جارٍ تحميل الملف…</translation>
    </message>
    <message>
        <source>Citizen unknown</source>
        <translation>المواطن غير معروف</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>استُلم %1</translation>
    </message>
    <message>
        <source>deadline %1 (overdue)</source>
        <translation>الموعد النهائي %1 (متأخر)</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>الموعد النهائي %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>زميل</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>مُسند إلى %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>لم يُذكر</translation>
    </message>
    <message>
        <source>Show file %1</source>
        <translation>عرض الملف %1</translation>
    </message>
    <message>
        <source>Show file %1 of “%2”</source>
        <translation>عرض الملف %1 من «%2»</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>الوثائق الصادرة</translation>
    </message>
    <message>
        <source>No document has been issued yet.</source>
        <translation>لم تصدر أي وثيقة بعد.</translation>
    </message>
    <message>
        <source>%1, serial number %2, issued %3</source>
        <translation>%1، الرقم التسلسلي %2، صدرت %3</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>المواطن</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>the payment provider</source>
        <translation>مزوّد خدمة الدفع</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>received as “%1”</source>
        <translation>استُلم باسم «%1»</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>بواسطة %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation>حتى: %1</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>لا توجد إدخالات بعد.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>No internal notes yet.</source>
        <translation>لا توجد ملاحظات داخلية بعد.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>المواطن</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>لا توجد رسائل بعد.</translation>
    </message>
    <message>
        <source>The message thread is not available on this server.</source>
        <translation>سلسلة الرسائل غير متاحة على هذا الخادم.</translation>
    </message>
    <message>
        <source>This service has no fee.</source>
        <translation>لا رسوم لهذه الخدمة.</translation>
    </message>
    <message>
        <source>Fee %1; no payment has been started.</source>
        <translation>الرسوم %1؛ لم يبدأ أي دفع.</translation>
    </message>
    <message>
        <source>Fee %1: %2</source>
        <translation>الرسوم %1: %2</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>مُسترد: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>آخر تغيير: %1</translation>
    </message>
    <message>
        <source>Payment number: %1</source>
        <translation>رقم الدفع: %1</translation>
    </message>
    <message>
        <source>Data transfers are not available on this server yet.</source>
        <translation>نقل البيانات غير متاح بعد على هذا الخادم.</translation>
    </message>
    <message>
        <source>No records were requested for this case.</source>
        <translation>لم تُطلب أي سجلات لهذا الملف.</translation>
    </message>
    <message>
        <source>Records: %1; purpose: %2</source>
        <translation>السجلات: %1؛ الغرض: %2</translation>
    </message>
    <message>
        <source>Delivered: the record is part of this case.</source>
        <translation>تم التسليم: السجل جزء من هذا الملف.</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>طُلب في %1</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s answer.</source>
        <translation>بانتظار رد المواطن.</translation>
    </message>
    <message>
        <source>No action is possible in this state.</source>
        <translation>لا يمكن اتخاذ أي إجراء في هذه الحالة.</translation>
    </message>
    <message>
        <source>The case was changed in the meantime by %1 (%2). The current state is shown.</source>
        <translation>غيّر %1 (%2) الملف في الأثناء. تُعرض الحالة الحالية.</translation>
    </message>
    <message>
        <source>The case was changed in the meantime by %1. The current state is shown.</source>
        <translation>غيّر %1 الملف في الأثناء. تُعرض الحالة الحالية.</translation>
    </message>
    <message>
        <source>Loading the file…</source>
        <translation>جارٍ تحميل الملف…</translation>
    </message>
    <message>
        <source>The file could not be loaded. %1</source>
        <translation>تعذر تحميل الملف. %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffHomePage</name>
    <message>
        <source>Good day</source>
        <translation>طاب يومك</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>طاب يومك، %1</translation>
    </message>
    <message>
        <source>all offices</source>
        <translation>جميع الدوائر</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffInboxPage</name>
    <message>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>Everyone&apos;s cases</source>
        <translation>ملفات الجميع</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>ملفاتي</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسند</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>جميع الخدمات</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(اختر)</translation>
    </message>
    <message>
        <source>The cases could not be loaded. %1</source>
        <translation>تعذر تحميل الملفات. %1</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>جارٍ تحميل الملفات…</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>لا توجد ملفات تطابق هذه المرشحات.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>عُرض %n ملف؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض ملف واحد؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض ملفان؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرضت %n ملفات؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض %n ملفًا؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض %n ملف؛ يُحمَّل المزيد عند التمرير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>لا توجد ملفات.</numerusform>
            <numerusform>ملف واحد.</numerusform>
            <numerusform>ملفان.</numerusform>
            <numerusform>%n ملفات.</numerusform>
            <numerusform>%n ملفًا.</numerusform>
            <numerusform>%n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>حفظ المرشح</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>اسم المرشح:</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StatisticsDialog</name>
    <message>
        <source>Statistics of the office</source>
        <translation>إحصاءات الدائرة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <source>Statistics are not available on this server yet.</source>
        <translation>الإحصاءات غير متاحة بعد على هذا الخادم.</translation>
    </message>
    <message>
        <source>Open in total</source>
        <translation>المفتوحة إجمالًا</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message numerus="yes">
        <source>Median processing time (cases closed in the last %n day(s))</source>
        <translation>
            <numerusform>الوسيط لمدة المعالجة (الملفات المغلقة في آخر %n يوم)</numerusform>
            <numerusform>الوسيط لمدة المعالجة (الملفات المغلقة في آخر يوم)</numerusform>
            <numerusform>الوسيط لمدة المعالجة (الملفات المغلقة في آخر يومين)</numerusform>
            <numerusform>الوسيط لمدة المعالجة (الملفات المغلقة في آخر %n أيام)</numerusform>
            <numerusform>الوسيط لمدة المعالجة (الملفات المغلقة في آخر %n يومًا)</numerusform>
            <numerusform>الوسيط لمدة المعالجة (الملفات المغلقة في آخر %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <source>no closed cases</source>
        <translation>لا توجد ملفات مغلقة</translation>
    </message>
    <message>
        <source>Received in the last 30 days</source>
        <translation>المستلمة في آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Closed in the last 30 days</source>
        <translation>المغلقة في آخر 30 يومًا</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SubmissionResultPage</name>
    <message>
        <source>Your application waits to be sent</source>
        <translation>طلبك بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>The city&apos;s server cannot be reached right now. Your application is kept safely on this computer and sent by itself as soon as the server answers again; it is filed only once. You can close Rathaus meanwhile.</source>
        <translation>لا يمكن الوصول إلى خادم البلدية الآن. طلبك محفوظ بأمان على هذا الحاسوب وسيُرسل تلقائيًا فور أن يرد الخادم مجددًا؛ ويُسجَّل مرة واحدة فقط. يمكنك إغلاق Rathaus في الأثناء.</translation>
    </message>
    <message>
        <source>Your application has been received</source>
        <translation>استُلم طلبك</translation>
    </message>
    <message>
        <source>Please quote the reference if you contact the office.</source>
        <translation>يرجى ذكر الرقم المرجعي عند التواصل مع الدائرة.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SuggestionsDialog</name>
    <message>
        <source>Suggestions from citizens</source>
        <translation>اقتراحات المواطنين</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>The chosen suggestion</source>
        <translation>الاقتراح المحدد</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <source>The suggestions could not be loaded. %1</source>
        <translation>تعذر تحميل الاقتراحات. %1</translation>
    </message>
    <message>
        <source>Loading suggestions…</source>
        <translation>جارٍ تحميل الاقتراحات…</translation>
    </message>
    <message>
        <source>No suggestions yet.</source>
        <translation>لا توجد اقتراحات بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>عُرض %n اقتراح؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض اقتراح واحد؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض اقتراحان؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرضت %n اقتراحات؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض %n اقتراحًا؛ يُحمَّل المزيد عند التمرير.</numerusform>
            <numerusform>عُرض %n اقتراح؛ يُحمَّل المزيد عند التمرير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>لا توجد اقتراحات.</numerusform>
            <numerusform>اقتراح واحد.</numerusform>
            <numerusform>اقتراحان.</numerusform>
            <numerusform>%n اقتراحات.</numerusform>
            <numerusform>%n اقتراحًا.</numerusform>
            <numerusform>%n اقتراح.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::TotpEnrolmentDialog</name>
    <message>
        <source>Account created</source>
        <translation>أُنشئ الحساب</translation>
    </message>
    <message>
        <source>Authenticator reset</source>
        <translation>أُعيد تعيين المصادقة</translation>
    </message>
    <message>
        <source>Authenticator for %1 (%2)</source>
        <translation>المصادقة لـ %1 (%2)</translation>
    </message>
    <message>
        <source>Add this secret to the colleague&apos;s authenticator app now: it is shown only this once. If it gets lost, reset the authenticator to issue a new one.</source>
        <translation>أضف هذا المفتاح السري إلى تطبيق المصادقة لدى الزميل الآن: يُعرض هذه المرة فقط. إذا فُقد، فأعد تعيين المصادقة لإصدار مفتاح جديد.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>رابط الإعداد</translation>
    </message>
    <message>
        <source>Time-based codes (TOTP): SHA-1, 6 digits, every 30 seconds.</source>
        <translation>رموز مبنية على الوقت (TOTP): SHA-1، 6 أرقام، كل 30 ثانية.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>تم (&amp;D)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::TransferRequestDialog</name>
    <message>
        <source>Request a record</source>
        <translation>طلب سجل</translation>
    </message>
    <message>
        <source>Request a record from another office</source>
        <translation>طلب سجل من دائرة أخرى</translation>
    </message>
    <message>
        <source>The citizen is asked first and decides. Say what you need the record for and on which legal basis.</source>
        <translation>يُسأل المواطن أولًا ويقرر. اذكر الغرض الذي تحتاج السجل من أجله والأساس القانوني.</translation>
    </message>
    <message>
        <source>From &amp;office</source>
        <translation>من الدائرة (&amp;O)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>e.g. checking the child&apos;s birth for parental benefit</source>
        <translation>مثلًا: التحقق من ولادة الطفل لإعانة الوالدين</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>الغرض (&amp;P)</translation>
    </message>
    <message>
        <source>e.g. § 1 BEEG</source>
        <translation>مثلًا § 1 BEEG</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>الأساس القانوني (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>إرسال الطلب (&amp;S)</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>الولادة</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>الإقامة</translation>
    </message>
    <message>
        <source>Marriage</source>
        <translation>الزواج</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>المركبة</translation>
    </message>
    <message>
        <source>Please choose the office that holds the record.</source>
        <translation>يرجى اختيار الدائرة التي تحتفظ بالسجل.</translation>
    </message>
    <message>
        <source>Please choose at least one kind of record.</source>
        <translation>يرجى اختيار نوع سجل واحد على الأقل.</translation>
    </message>
    <message>
        <source>Please state the purpose.</source>
        <translation>يرجى ذكر الغرض.</translation>
    </message>
    <message>
        <source>Please state the legal basis.</source>
        <translation>يرجى ذكر الأساس القانوني.</translation>
    </message>
    <message>
        <source>Kinds of record</source>
        <translation>أنواع السجلات</translation>
    </message>
</context>
</TS>

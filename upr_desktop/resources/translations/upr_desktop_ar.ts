<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <source>Sensitive fields included</source>
        <translation>تتضمن الحقول الحساسة</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>This PDF would list {rows} rows, hundreds of pages. Narrow it with --group or --theme (the Member group and Theme boxes), or write an .xlsx workbook instead.</source>
        <translation>سيضم ملف PDF هذا {rows} صفاً، أي مئات الصفحات. ضيّق النطاق باستخدام --group أو --theme (مربعا المجموعة العضو والموضوع)، أو احفظ مصنف .xlsx بدلاً من ذلك.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About UPR Desktop</source>
        <translation>حول UPR Desktop</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>حول (&amp;A)</translation>
    </message>
    <message>
        <source>Licence of UPR Desktop</source>
        <translation>ترخيص UPR Desktop</translation>
    </message>
    <message>
        <source>Licences of the software UPR Desktop includes</source>
        <translation>تراخيص البرمجيات المضمّنة في UPR Desktop</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>الترخيص (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Third-party software</source>
        <translation>برمجيات الجهات الخارجية (&amp;T)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول Qt (&amp;Q)</translation>
    </message>
    <message>
        <source>UPR Desktop %1</source>
        <translation>UPR Desktop %1</translation>
    </message>
    <message>
        <source>Follow up on Universal Periodic Review recommendations as a coalition, offline.</source>
        <translation>متابعة توصيات الاستعراض الدوري الشامل بوصفكم ائتلافاً، دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Copyright © UPR Desktop contributors.</source>
        <translation>حقوق النشر © المساهمون في UPR Desktop.</translation>
    </message>
    <message>
        <source>UPR Desktop is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The Licence tab has the full text; the Third-party software tab lists the libraries it includes and their licences.</source>
        <translation>UPR Desktop برنامج حر: يمكنك إعادة توزيعه وتعديله وفق شروط رخصة جنو العمومية العامة (GNU GPL)، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق. ولا يأتي بأي ضمان. يحتوي تبويب الترخيص على النص الكامل، ويسرد تبويب برمجيات الجهات الخارجية المكتبات المضمّنة فيه وتراخيصها.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add follow-up action</source>
        <translation>إضافة إجراء متابعة</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>تعديل إجراء متابعة</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(بلا مجموعة)</translation>
    </message>
    <message>
        <source>Has a &amp;due date</source>
        <translation>له تاريخ استحقاق (&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onfidential (kept out of shared exports)</source>
        <translation>سري (يُستبعد من الملفات المصدَّرة للمشاركة) (&amp;O)</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation>المشاورة:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>الإجراء (&amp;A):</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>وصف الإجراء</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>المجموعة (&amp;G):</translation>
    </message>
    <message>
        <source>Responsible group</source>
        <translation>المجموعة المسؤولة</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>الحالة (&amp;S):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>الاستحقاق:</translation>
    </message>
    <message>
        <source>Follow-up action saved</source>
        <translation>حُفظ إجراء المتابعة</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Follow-up actions</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>المتأخرة فقط (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>المجموعة (&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>الحالة (&amp;T):</translation>
    </message>
    <message>
        <source>Show the actions about one UPR cycle&apos;s recommendations</source>
        <translation>عرض إجراءات المتابعة المتعلقة بتوصيات جولة واحدة من الاستعراض</translation>
    </message>
    <message>
        <source>&amp;Add action...</source>
        <translation>إضافة إجراء (&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>تعديل (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>تعليم كمنجز (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>حذف (&amp;D)...</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up actions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;إجراءات المتابعة&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(بلا مجموعة)</translation>
    </message>
    <message>
        <source>%1 shown; %2 overdue as of %4 (marked %3).</source>
        <translation>عُرض %1؛ %2 متأخرة حتى %4 (مُعلَّمة بـ %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%Ln إجراء</numerusform>
            <numerusform>إجراء واحد</numerusform>
            <numerusform>إجراءان</numerusform>
            <numerusform>%Ln إجراءات</numerusform>
            <numerusform>%Ln إجراءً</numerusform>
            <numerusform>%Ln إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>عُلّم كمنجز: %1</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>حذف إجراء المتابعة</translation>
    </message>
    <message>
        <source>Delete this follow-up action?</source>
        <translation>هل تريد حذف إجراء المتابعة هذا؟</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>يمكنك التراجع عن ذلك باستخدام Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Delete action</source>
        <translation>حذف الإجراء (&amp;D)</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>no due date</source>
        <translation>بلا تاريخ استحقاق</translation>
    </message>
    <message>
        <source>%1 Overdue: %2</source>
        <translation>%1 متأخر: %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Add assessment of %1</source>
        <translation>إضافة تقييم للتوصية %1</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>اختر حالة…</translation>
    </message>
    <message>
        <source>(the coalition as a whole)</source>
        <translation>(الائتلاف ككل)</translation>
    </message>
    <message>
        <source>What shows this status: laws passed, budgets, cases, statistics...</source>
        <translation>ما يثبت هذه الحالة: قوانين صدرت، ميزانيات، قضايا، إحصاءات...</translation>
    </message>
    <message>
        <source>Links or documents</source>
        <translation>روابط أو وثائق</translation>
    </message>
    <message>
        <source>&amp;Confidential (never leaves this workspace in exports)</source>
        <translation>سري (لا يغادر مساحة العمل هذه أبداً عند التصدير) (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>الحالة (&amp;S):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>&amp;Assessed by:</source>
        <translation>قيّمها (&amp;A):</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>قيّمها</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>الأدلة (&amp;E):</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>المصادر (&amp;O):</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>تعليق (&amp;M):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>إضافة تقييم</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>Unassign %n recommendations</source>
        <translation>
            <numerusform>إلغاء إسناد %Ln توصية</numerusform>
            <numerusform>إلغاء إسناد توصية واحدة</numerusform>
            <numerusform>إلغاء إسناد توصيتين</numerusform>
            <numerusform>إلغاء إسناد %Ln توصيات</numerusform>
            <numerusform>إلغاء إسناد %Ln توصيةً</numerusform>
            <numerusform>إلغاء إسناد %Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n recommendations</source>
        <translation>
            <numerusform>إسناد %Ln توصية</numerusform>
            <numerusform>إسناد توصية واحدة</numerusform>
            <numerusform>إسناد توصيتين</numerusform>
            <numerusform>إسناد %Ln توصيات</numerusform>
            <numerusform>إسناد %Ln توصيةً</numerusform>
            <numerusform>إسناد %Ln توصية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member &amp;group:</source>
        <translation>المجموعة العضو (&amp;G):</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>المجموعة العضو</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>الموعد النهائي (&amp;D):</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور (&amp;R):</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>There are no member groups yet. Add them on the Member groups page.</source>
        <translation>لا توجد مجموعات أعضاء بعد. أضفها من صفحة المجموعات الأعضاء.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>إلغاء الإسناد</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
</context>
<context>
    <name>BarChartView</name>
    <message>
        <source>%1 — counting…</source>
        <translation>%1 — جارٍ العدّ…</translation>
    </message>
</context>
<context>
    <name>ConfirmAboveDialog</name>
    <message>
        <source>Confirm all above a score</source>
        <translation>تأكيد كل ما يتجاوز درجة معيّنة</translation>
    </message>
    <message>
        <source>Mi&amp;nimum score:</source>
        <translation>الحد الأدنى للدرجة (&amp;N):</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>الحد الأدنى للدرجة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>التوصية السابقة</translation>
    </message>
    <message>
        <source>Links that would be confirmed</source>
        <translation>الروابط التي سيتم تأكيدها</translation>
    </message>
    <message>
        <source>Looking for suggestions...</source>
        <translation>جارٍ البحث عن الاقتراحات...</translation>
    </message>
    <message numerus="yes">
        <source>Links that would be confirmed: %n (the best suggestion of each recommendation scoring at least this). Nothing is changed until you confirm; Undo takes them all back.</source>
        <translation>
            <numerusform>لن يُؤكَّد أي رابط (أفضل اقتراح لكل توصية بلغت هذه الدرجة). لا يتغير شيء قبل تأكيدك، والتراجع يلغيها كلها.</numerusform>
            <numerusform>سيُؤكَّد رابط واحد (أفضل اقتراح لكل توصية بلغت هذه الدرجة). لا يتغير شيء قبل تأكيدك، والتراجع يلغيه.</numerusform>
            <numerusform>سيُؤكَّد رابطان (أفضل اقتراح لكل توصية بلغت هذه الدرجة). لا يتغير شيء قبل تأكيدك، والتراجع يلغيهما.</numerusform>
            <numerusform>الروابط التي ستُؤكَّد: %Ln (أفضل اقتراح لكل توصية بلغت هذه الدرجة). لا يتغير شيء قبل تأكيدك، والتراجع يلغيها كلها.</numerusform>
            <numerusform>الروابط التي ستُؤكَّد: %Ln (أفضل اقتراح لكل توصية بلغت هذه الدرجة). لا يتغير شيء قبل تأكيدك، والتراجع يلغيها كلها.</numerusform>
            <numerusform>الروابط التي ستُؤكَّد: %Ln (أفضل اقتراح لكل توصية بلغت هذه الدرجة). لا يتغير شيء قبل تأكيدك، والتراجع يلغيها كلها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm: %n</source>
        <translation>
            <numerusform>تأكيد: لا شيء</numerusform>
            <numerusform>تأكيد رابط واحد</numerusform>
            <numerusform>تأكيد رابطين</numerusform>
            <numerusform>تأكيد: %Ln</numerusform>
            <numerusform>تأكيد: %Ln</numerusform>
            <numerusform>تأكيد: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Decide later</source>
        <translation>القرار لاحقاً</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>الإبقاء على قيمتنا</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ قيمتهم</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>القيمة المعدّلة</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>When exported (base)</source>
        <translation>عند التصدير (الأساس)</translation>
    </message>
    <message>
        <source>Ours (secretariat)</source>
        <translation>قيمتنا (الأمانة)</translation>
    </message>
    <message>
        <source>Theirs (group)</source>
        <translation>قيمتهم (المجموعة)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>القيمة المعتمدة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>الجهة الحكومية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation>المشاركون من الحكومة</translation>
    </message>
    <message>
        <source>Linked refs</source>
        <translation>المراجع المرتبطة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>لم يُتخذ قرار بعد</translation>
    </message>
    <message>
        <source>All &amp;ours</source>
        <translation>قيمنا كلها (&amp;O)</translation>
    </message>
    <message>
        <source>All t&amp;heirs</source>
        <translation>قيمهم كلها (&amp;H)</translation>
    </message>
    <message>
        <source>Conflicts side by side</source>
        <translation>التعارضات جنباً إلى جنب</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>مثلاً: وزارة العدل</translation>
    </message>
    <message>
        <source>Sensitive: names of officials are left out of exchange workbooks and shared exports.</source>
        <translation>حساس: تُحذف أسماء المسؤولين الحكوميين من مصنفات التبادل والملفات المصدَّرة للمشاركة.</translation>
    </message>
    <message>
        <source>Con&amp;fidential (kept out of shared exports)</source>
        <translation>سري (يُستبعد من الملفات المصدَّرة للمشاركة) (&amp;F)</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>التاريخ (&amp;A):</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>تاريخ الانعقاد</translation>
    </message>
    <message>
        <source>Government &amp;body:</source>
        <translation>الجهة الحكومية (&amp;B):</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>الجهة الحكومية</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>Kind of consultation</source>
        <translation>نوع المشاورة</translation>
    </message>
    <message>
        <source>Led by &amp;group:</source>
        <translation>بقيادة المجموعة (&amp;G):</translation>
    </message>
    <message>
        <source>Member group that led it</source>
        <translation>المجموعة العضو التي قادتها</translation>
    </message>
    <message>
        <source>&amp;Coalition participants:</source>
        <translation>المشاركون من الائتلاف (&amp;C):</translation>
    </message>
    <message>
        <source>Coalition participants</source>
        <translation>المشاركون من الائتلاف</translation>
    </message>
    <message>
        <source>Go&amp;vernment participants (sensitive):</source>
        <translation>المشاركون من الحكومة (حساس) (&amp;V):</translation>
    </message>
    <message>
        <source>Government participants, sensitive</source>
        <translation>المشاركون من الحكومة، حساس</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>التوصيات:</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>التوصيات التي نوقشت</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>الملخص (&amp;U):</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Co&amp;mmitments:</source>
        <translation>الالتزامات (&amp;M):</translation>
    </message>
    <message>
        <source>Commitments made</source>
        <translation>الالتزامات المقطوعة</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(بلا مجموعة)</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <source>&amp;New consultation</source>
        <translation>مشاورة جديدة (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>حذف (&amp;D)...</translation>
    </message>
    <message>
        <source>Show the consultations about one UPR cycle&apos;s recommendations</source>
        <translation>عرض المشاورات المتعلقة بتوصيات جولة واحدة من الاستعراض</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consultations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;المشاورات&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Save consultation</source>
        <translation>حفظ المشاورة (&amp;S)</translation>
    </message>
    <message>
        <source>Follow-up actions of this consultation</source>
        <translation>إجراءات المتابعة لهذه المشاورة</translation>
    </message>
    <message>
        <source>Add &amp;follow-up action...</source>
        <translation>إضافة إجراء متابعة (&amp;F)...</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message numerus="yes">
        <source>%n consultations logged.</source>
        <translation>
            <numerusform>لم تُسجَّل أي مشاورة.</numerusform>
            <numerusform>سُجِّلت مشاورة واحدة.</numerusform>
            <numerusform>سُجِّلت مشاورتان.</numerusform>
            <numerusform>سُجِّلت %Ln مشاورات.</numerusform>
            <numerusform>سُجِّلت %Ln مشاورةً.</numerusform>
            <numerusform>سُجِّلت %Ln مشاورة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultations about recommendations of cycle %1.</source>
        <translation>
            <numerusform>لا توجد أي مشاورة بشأن توصيات الجولة %1.</numerusform>
            <numerusform>مشاورة واحدة بشأن توصيات الجولة %1.</numerusform>
            <numerusform>مشاورتان بشأن توصيات الجولة %1.</numerusform>
            <numerusform>%Ln مشاورات بشأن توصيات الجولة %1.</numerusform>
            <numerusform>%Ln مشاورةً بشأن توصيات الجولة %1.</numerusform>
            <numerusform>%Ln مشاورة بشأن توصيات الجولة %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n follow-up actions are kept without a consultation. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>تُحفظ إجراءات المتابعة التابعة لها (%Ln) دون مشاورة. يمكنك التراجع بـ Ctrl+Z.</numerusform>
            <numerusform>يُحفظ إجراء المتابعة التابع لها دون مشاورة. يمكنك التراجع بـ Ctrl+Z.</numerusform>
            <numerusform>يُحفظ إجراءا المتابعة التابعان لها دون مشاورة. يمكنك التراجع بـ Ctrl+Z.</numerusform>
            <numerusform>تُحفظ إجراءات المتابعة الـ%Ln التابعة لها دون مشاورة. يمكنك التراجع بـ Ctrl+Z.</numerusform>
            <numerusform>تُحفظ إجراءات المتابعة الـ%Ln التابعة لها دون مشاورة. يمكنك التراجع بـ Ctrl+Z.</numerusform>
            <numerusform>تُحفظ إجراءات المتابعة الـ%Ln التابعة لها دون مشاورة. يمكنك التراجع بـ Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;New consultation&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;مشاورة جديدة&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Consultation with %1 on %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;مشاورة مع %1 بتاريخ %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Save the consultation first, then add its follow-up actions.</source>
        <translation>احفظ المشاورة أولاً، ثم أضف إجراءات المتابعة الخاصة بها.</translation>
    </message>
    <message>
        <source>Consultation saved</source>
        <translation>حُفظت المشاورة</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>حذف المشاورة</translation>
    </message>
    <message>
        <source>Delete the consultation with %1 on %2?</source>
        <translation>هل تريد حذف المشاورة مع %1 بتاريخ %2؟</translation>
    </message>
    <message>
        <source>&amp;Delete consultation</source>
        <translation>حذف المشاورة (&amp;D)</translation>
    </message>
</context>
<context>
    <name>ConsultationsTable</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>الجهة الحكومية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Recs</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
</context>
<context>
    <name>CycleChoice</name>
    <message>
        <source>Show the work of one UPR cycle</source>
        <translation>عرض عمل جولة واحدة من الاستعراض</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>كل الجولات</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>الجولة (&amp;Y):</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>الجولة %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>أوروبا الشرقية</translation>
    </message>
    <message>
        <source>Latin America and Caribbean</source>
        <translation>أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
    </message>
    <message>
        <source>Western Europe and others</source>
        <translation>أوروبا الغربية ودول أخرى</translation>
    </message>
    <message>
        <source>Observer States</source>
        <translation>الدول المراقبة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Show the figures of one member group</source>
        <translation>عرض أرقام مجموعة عضو واحدة</translation>
    </message>
    <message>
        <source>All member groups</source>
        <translation>كل المجموعات الأعضاء</translation>
    </message>
    <message>
        <source>Show the figures of one UPR cycle</source>
        <translation>عرض أرقام جولة واحدة من الاستعراض</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;R)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>تحظى بالتأييد</translation>
    </message>
    <message>
        <source>Assigned to a group</source>
        <translation>مسندة إلى مجموعة</translation>
    </message>
    <message>
        <source>With a lead group</source>
        <translation>لها مجموعة رائدة</translation>
    </message>
    <message>
        <source>Assessed in the last 6 months</source>
        <translation>قُيّمت خلال الأشهر الستة الماضية</translation>
    </message>
    <message>
        <source>Consultations with government</source>
        <translation>المشاورات مع الحكومة</translation>
    </message>
    <message>
        <source>Follow-up actions overdue</source>
        <translation>إجراءات المتابعة المتأخرة</translation>
    </message>
    <message>
        <source>Implementation status by theme</source>
        <translation>حالة التنفيذ حسب الموضوع</translation>
    </message>
    <message>
        <source>Recommendations by response</source>
        <translation>التوصيات حسب الرد عليها</translation>
    </message>
    <message>
        <source>Implementation status by member group</source>
        <translation>حالة التنفيذ حسب المجموعة العضو</translation>
    </message>
    <message>
        <source>Supported, by regional group of the recommending States</source>
        <translation>التوصيات التي تحظى بالتأييد حسب المجموعة الإقليمية للدول المقدِّمة لها</translation>
    </message>
    <message>
        <source>Recommending States (most recommendations)</source>
        <translation>الدول المقدِّمة للتوصيات (الأكثر توصيات)</translation>
    </message>
    <message>
        <source>Action categories</source>
        <translation>فئات الإجراءات</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Consultations per quarter</source>
        <translation>المشاورات حسب الربع</translation>
    </message>
    <message>
        <source>Point at a bar to see its number; click it to list those recommendations.</source>
        <translation>أشِر إلى عمود لترى رقمه، وانقر عليه لعرض تلك التوصيات.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>جارٍ عدّ الأرقام…</translation>
    </message>
    <message>
        <source>Situation as of %1</source>
        <translation>الوضع في %1</translation>
    </message>
    <message>
        <source>Situation as of %1; counting the rest…</source>
        <translation>الوضع في %1؛ جارٍ عدّ الباقي…</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>The Recommendations page cannot be filtered from here in this version.</source>
        <translation>لا يمكن تصفية صفحة التوصيات من هنا في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a recommendation to see its details.</source>
        <translation>اختر توصية لعرض تفاصيلها.</translation>
    </message>
    <message>
        <source>Recommendation details</source>
        <translation>تفاصيل التوصية</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>النص الكامل</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>مسندة إلى:</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>الإسنادات</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Assign to group...</source>
        <translation>إسناد إلى مجموعة...</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>إزالة الإسناد</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>نظرة عامة (&amp;O)</translation>
    </message>
    <message>
        <source>Assessment timeline</source>
        <translation>التسلسل الزمني للتقييمات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>&amp;Add assessment...</source>
        <translation>إضافة تقييم (&amp;A)...</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>التقييمات (&amp;M)</translation>
    </message>
    <message>
        <source>Linked consultations</source>
        <translation>المشاورات المرتبطة</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>الجهة الحكومية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Co&amp;nsultations</source>
        <translation>المشاورات (&amp;N)</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>السجل (&amp;H)</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>الرد: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>الجولة %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>المواضيع: %1</translation>
    </message>
    <message>
        <source>coalition</source>
        <translation>الائتلاف</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear all filters</source>
        <translation>مسح كل عوامل التصفية</translation>
    </message>
    <message>
        <source>No recommendation matches this search and these filters. Change the search or a filter, or clear them all to see every recommendation.</source>
        <translation>لا توصية تطابق هذا البحث وعوامل التصفية هذه. غيّر البحث أو أحد عوامل التصفية، أو امسحها كلها لرؤية كل التوصيات.</translation>
    </message>
    <message>
        <source>No recommendations yet. Import them with File → Import recommendations (Ctrl+I).</source>
        <translation>لا توصيات بعد. استوردها من ملف ← استيراد التوصيات (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>UPR Desktop hit an unexpected problem. The change in progress was not saved; everything saved before is intact. Please copy this report and send it to whoever supports your coalition&apos;s installation.</source>
        <translation>واجه UPR Desktop مشكلة غير متوقعة. لم يُحفظ التغيير الجاري؛ وكل ما حُفظ قبله سليم. يُرجى نسخ هذا التقرير وإرساله إلى من يتولى دعم تثبيت البرنامج لدى ائتلافكم.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>تقرير الخطأ</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>نسخ التقرير</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>تعذّر ذلك</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>E&amp;xport workbooks</source>
        <translation>تصدير المصنفات (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Merge returns</source>
        <translation>دمج الملفات المُعادة (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>السجل (&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;conflicts (%1)</source>
        <translation>التعارضات المفتوحة (%1) (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Member &amp;groups (choose one or several):</source>
        <translation>المجموعات الأعضاء (اختر واحدة أو أكثر) (&amp;G):</translation>
    </message>
    <message>
        <source>Member groups to export for</source>
        <translation>المجموعات الأعضاء المراد التصدير لها</translation>
    </message>
    <message>
        <source>Which recommendations</source>
        <translation>أي التوصيات</translation>
    </message>
    <message>
        <source>All &amp;assigned to the group</source>
        <translation>كل ما أُسند إلى المجموعة (&amp;A)</translation>
    </message>
    <message>
        <source>Only these &amp;refs:</source>
        <translation>هذه المراجع فقط (&amp;R):</translation>
    </message>
    <message>
        <source>Only the &amp;theme:</source>
        <translation>هذا الموضوع فقط (&amp;T):</translation>
    </message>
    <message>
        <source>e.g. 115.1, 115.4</source>
        <translation>مثلاً: 115.1، 115.4</translation>
    </message>
    <message>
        <source>Refs to export</source>
        <translation>المراجع المراد تصديرها</translation>
    </message>
    <message>
        <source>Theme to export</source>
        <translation>الموضوع المراد تصديره</translation>
    </message>
    <message>
        <source>Export the work of one UPR cycle</source>
        <translation>تصدير عمل جولة واحدة من الاستعراض</translation>
    </message>
    <message>
        <source>&amp;Deadline for the return:</source>
        <translation>الموعد النهائي للإعادة (&amp;D):</translation>
    </message>
    <message>
        <source>Deadline for the return</source>
        <translation>الموعد النهائي للإعادة</translation>
    </message>
    <message>
        <source>Workbook &amp;language:</source>
        <translation>لغة المصنف (&amp;L):</translation>
    </message>
    <message>
        <source>Language of the workbooks</source>
        <translation>لغة المصنفات</translation>
    </message>
    <message>
        <source>Each group&apos;s own language</source>
        <translation>لغة كل مجموعة</translation>
    </message>
    <message>
        <source>The Read me, column titles, dropdown values and messages of the workbook are in this language. Returns are read back whatever their language.</source>
        <translation>تكون صفحة «اقرأني» وعناوين الأعمدة وقيم القوائم المنسدلة ورسائل المصنف بهذه اللغة. وتُقرأ الملفات المُعادة أياً كانت لغتها.</translation>
    </message>
    <message>
        <source>Sent &amp;by (the secretariat):</source>
        <translation>المُرسِل (الأمانة) (&amp;B):</translation>
    </message>
    <message>
        <source>e.g. the coordinator&apos;s name, or the secretariat&apos;s</source>
        <translation>مثلاً: اسم المنسّق، أو اسم الأمانة</translation>
    </message>
    <message>
        <source>Written in each workbook&apos;s Read me; kept in the workspace</source>
        <translation>يُكتب في صفحة «اقرأني» لكل مصنف، ويُحفظ في مساحة العمل</translation>
    </message>
    <message>
        <source>Include &amp;sensitive information</source>
        <translation>تضمين المعلومات الحساسة (&amp;S)</translation>
    </message>
    <message>
        <source>Adds the government participants of consultations and every record marked confidential (recommendations, assessments, consultations, follow-up actions). Send such workbooks only to people who may see them.</source>
        <translation>يضيف المشاركين من الحكومة في المشاورات وكل سجل معلَّم بأنه سري (التوصيات، التقييمات، المشاورات، إجراءات المتابعة). لا ترسل هذه المصنفات إلا لمن يحق لهم الاطلاع عليها.</translation>
    </message>
    <message>
        <source>&amp;Export workbooks...</source>
        <translation>تصدير المصنفات (&amp;E)...</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%Ln مُسندة</numerusform>
            <numerusform>واحدة مُسندة</numerusform>
            <numerusform>اثنتان مُسندتان</numerusform>
            <numerusform>%Ln مُسندة</numerusform>
            <numerusform>%Ln مُسندة</numerusform>
            <numerusform>%Ln مُسندة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for the %n workbooks</source>
        <translation>
            <numerusform>مجلد المصنفات</numerusform>
            <numerusform>مجلد المصنف</numerusform>
            <numerusform>مجلد المصنفين</numerusform>
            <numerusform>مجلد المصنفات الـ%Ln</numerusform>
            <numerusform>مجلد المصنفات الـ%Ln</numerusform>
            <numerusform>مجلد المصنفات الـ%Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n workbooks</source>
        <translation>
            <numerusform>لم يُصدَّر أي مصنف</numerusform>
            <numerusform>صُدِّر مصنف واحد</numerusform>
            <numerusform>صُدِّر مصنفان</numerusform>
            <numerusform>صُدِّرت %Ln مصنفات</numerusform>
            <numerusform>صُدِّر %Ln مصنفًا</numerusform>
            <numerusform>صُدِّر %Ln مصنف</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the workbook for %1</source>
        <translation>حفظ المصنف الخاص بـ %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting workbooks</source>
        <translation>جارٍ تصدير المصنفات</translation>
    </message>
    <message>
        <source>✔ %1: %2 (%3 recommendations, %4 consultations, %5 actions)</source>
        <translation>✔ %1: %2 (التوصيات: %3، المشاورات: %4، الإجراءات: %5)</translation>
    </message>
    <message>
        <source>⚠ These workbooks include sensitive information: send them only to people who may see it.</source>
        <translation>⚠ تتضمن هذه المصنفات معلومات حساسة: لا ترسلها إلا لمن يحق لهم الاطلاع عليها.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search reference, text or State (Ctrl+F)</source>
        <translation>ابحث عن مرجع أو نص أو دولة (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search recommendations</source>
        <translation>البحث في التوصيات</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>أي رد</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>آخر حالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>أي موضوع</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>المجموعة العضو</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>أي مجموعة</translation>
    </message>
    <message>
        <source>Recommending State</source>
        <translation>الدولة المقدِّمة للتوصية</translation>
    </message>
    <message>
        <source>Any State</source>
        <translation>أي دولة</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>فئة الإجراء</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation>أي جولة</translation>
    </message>
    <message>
        <source>&amp;Unassigned only</source>
        <translation>غير المسندة فقط (&amp;U)</translation>
    </message>
    <message>
        <source>Not assessed &amp;since</source>
        <translation>لم تُقيَّم منذ (&amp;S)</translation>
    </message>
    <message>
        <source>Not assessed since this date</source>
        <translation>لم تُقيَّم منذ هذا التاريخ</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>مسح عوامل التصفية (&amp;L)</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>الجولة %1</translation>
    </message>
</context>
<context>
    <name>Fitting</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add member group</source>
        <translation>إضافة مجموعة عضو</translation>
    </message>
    <message>
        <source>Edit member group %1</source>
        <translation>تعديل المجموعة العضو %1</translation>
    </message>
    <message>
        <source>Sensitive: left out of exchange workbooks and shared exports.</source>
        <translation>حساس: يُستبعد من مصنفات التبادل والملفات المصدَّرة للمشاركة.</translation>
    </message>
    <message>
        <source>Not set (English)</source>
        <translation>غير محددة (الإنجليزية)</translation>
    </message>
    <message>
        <source>The exchange workbooks sent to this group are written in this language.</source>
        <translation>تُكتب مصنفات التبادل المرسلة إلى هذه المجموعة بهذه اللغة.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>الاختصار (&amp;A):</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>المنطقة (&amp;R):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>&amp;Focal point:</source>
        <translation>جهة الاتصال (&amp;F):</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Contact details (sensitive):</source>
        <translation>بيانات الاتصال (حساسة) (&amp;C):</translation>
    </message>
    <message>
        <source>Contact details, sensitive</source>
        <translation>بيانات الاتصال، حساسة</translation>
    </message>
    <message>
        <source>&amp;Workbook language:</source>
        <translation>لغة المصنف (&amp;W):</translation>
    </message>
    <message>
        <source>Language of the group&apos;s workbooks</source>
        <translation>لغة مصنفات المجموعة</translation>
    </message>
    <message>
        <source>The acronym is one word (at most 30 characters) and must differ from every other group&apos;s.</source>
        <translation>الاختصار كلمة واحدة (30 حرفاً على الأكثر) ويجب أن يختلف عن اختصار أي مجموعة أخرى.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Member groups</source>
        <translation>المجموعات الأعضاء</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Member groups&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;المجموعات الأعضاء&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Add group...</source>
        <translation>إضافة مجموعة (&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>تعديل (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>إزالة (&amp;R)...</translation>
    </message>
    <message>
        <source>Add a member group (Insert in the table)</source>
        <translation>إضافة مجموعة عضو (Insert في الجدول)</translation>
    </message>
    <message>
        <source>Edit the selected group (F2 or Enter)</source>
        <translation>تعديل المجموعة المحددة (F2 أو Enter)</translation>
    </message>
    <message>
        <source>Remove the selected group (Delete)</source>
        <translation>إزالة المجموعة المحددة (Delete)</translation>
    </message>
    <message>
        <source>Count the work of one UPR cycle</source>
        <translation>احتساب عمل جولة واحدة من الاستعراض</translation>
    </message>
    <message>
        <source>No member groups yet. Add the first one with Add group (Insert).</source>
        <translation>لا توجد مجموعات أعضاء بعد. أضف أولاها بالأمر «إضافة مجموعة» (Insert).</translation>
    </message>
    <message>
        <source>%1; %2 with overdue work (marked %3).</source>
        <translation>%1؛ %2 لديها عمل متأخر (مُعلَّمة بـ %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n member groups</source>
        <translation>
            <numerusform>%Ln مجموعة عضو</numerusform>
            <numerusform>مجموعة عضو واحدة</numerusform>
            <numerusform>مجموعتان عضوان</numerusform>
            <numerusform>%Ln مجموعات أعضاء</numerusform>
            <numerusform>%Ln مجموعةً عضوًا</numerusform>
            <numerusform>%Ln مجموعة عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3, %4 assessed; %5; %6, %7 overdue. Focal point: %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3، %4 مُقيَّمة؛ %5؛ %6، %7 متأخرة. جهة الاتصال: %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations assigned</source>
        <translation>
            <numerusform>%Ln توصية مُسندة</numerusform>
            <numerusform>توصية واحدة مُسندة</numerusform>
            <numerusform>توصيتان مُسندتان</numerusform>
            <numerusform>%Ln توصيات مُسندة</numerusform>
            <numerusform>%Ln توصيةً مُسندة</numerusform>
            <numerusform>%Ln توصية مُسندة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignments overdue</source>
        <translation>
            <numerusform>%Ln إسناد متأخر</numerusform>
            <numerusform>إسناد واحد متأخر</numerusform>
            <numerusform>إسنادان متأخران</numerusform>
            <numerusform>%Ln إسنادات متأخرة</numerusform>
            <numerusform>%Ln إسنادًا متأخرًا</numerusform>
            <numerusform>%Ln إسناد متأخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up actions</source>
        <translation>
            <numerusform>%Ln إجراء متابعة مفتوح</numerusform>
            <numerusform>إجراء متابعة واحد مفتوح</numerusform>
            <numerusform>إجراءا متابعة مفتوحان</numerusform>
            <numerusform>%Ln إجراءات متابعة مفتوحة</numerusform>
            <numerusform>%Ln إجراءَ متابعة مفتوحًا</numerusform>
            <numerusform>%Ln إجراء متابعة مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its load in detail.</source>
        <translation>اختر مجموعة لعرض أعبائها بالتفصيل.</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>لم تُحدَّد</translation>
    </message>
    <message>
        <source>Saved member group %1</source>
        <translation>حُفظت المجموعة العضو %1</translation>
    </message>
    <message>
        <source>Remove member group</source>
        <translation>إزالة المجموعة العضو</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>هل تريد إزالة %1 (%2)؟</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>يمكنك التراجع عن ذلك باستخدام Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>إزالة المجموعة (&amp;R)</translation>
    </message>
    <message>
        <source>Removed member group %1</source>
        <translation>أُزيلت المجموعة العضو %1</translation>
    </message>
</context>
<context>
    <name>GroupsTable</name>
    <message>
        <source>%1 assignments past their due date without an assessment; %2 follow-up actions past due</source>
        <translation>إسنادات تجاوزت تاريخ استحقاقها دون تقييم: %1؛ إجراءات متابعة متأخرة: %2</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>المسندة</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>المقيَّمة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>الإجراءات المفتوحة</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>↶ undone</source>
        <translation>↷ أُلغيت</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>changed nothing</source>
        <translation>لم يغيّر شيئاً</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>المحدَّثة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History of merges and imports</source>
        <translation>سجل عمليات الدمج والاستيراد</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>التفاصيل (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Send the rejected cells back…</source>
        <translation>إعادة الخلايا المرفوضة (&amp;S)…</translation>
    </message>
    <message>
        <source>A short workbook listing the cells this merge could not use, to send to the group</source>
        <translation>مصنف قصير يسرد الخلايا التي تعذّر على هذا الدمج استخدامها، لإرساله إلى المجموعة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>التراجع عن الدمج (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>التراجع عن الاستيراد (&amp;U)</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>دمج %1</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>Wrote the cells to fix to %1: send it to the group.</source>
        <translation>كُتبت الخلايا المطلوب تصحيحها في %1: أرسله إلى المجموعة.</translation>
    </message>
    <message>
        <source>Save the cells to fix for %1</source>
        <translation>حفظ الخلايا المطلوب تصحيحها لـ %1</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV (*.csv);;Text (*.txt)</source>
        <translation>مصنف (*.xlsx);;CSV (*.csv);;نص (*.txt)</translation>
    </message>
    <message>
        <source>Undid the merge of %1.</source>
        <translation>تم التراجع عن دمج %1.</translation>
    </message>
    <message>
        <source>Undid the import of %1.</source>
        <translation>تم التراجع عن استيراد %1.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>&amp;Force: undo anyway</source>
        <translation>فرض التراجع رغم ذلك (&amp;F)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>UPR Info database export</source>
        <translation>ملف مصدَّر من قاعدة بيانات UPR Info</translation>
    </message>
    <message>
        <source>OHCHR thematic matrix</source>
        <translation>مصفوفة المفوضية المواضيعية</translation>
    </message>
    <message>
        <source>UHRI export (Universal Human Rights Index)</source>
        <translation>ملف مصدَّر من UHRI (الفهرس العالمي لحقوق الإنسان)</translation>
    </message>
    <message>
        <source>Table with a header row</source>
        <translation>جدول بصف عناوين</translation>
    </message>
    <message>
        <source>Import recommendations</source>
        <translation>استيراد التوصيات</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>معاينة مرة أخرى (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>C&amp;hoose files...</source>
        <translation>اختيار ملفات (&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف (&amp;F):</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>التعرّف تلقائياً</translation>
    </message>
    <message>
        <source>Column &amp;mapping...</source>
        <translation>مطابقة الأعمدة (&amp;M)...</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>التنسيق (&amp;O):</translation>
    </message>
    <message>
        <source>Choose or drop a file (xlsx, xls, ods, csv, docx or json).</source>
        <translation>اختر ملفاً أو أفلته هنا (xlsx أو xls أو ods أو csv أو docx أو json).</translation>
    </message>
    <message>
        <source>Which recommendations</source>
        <translation>أي التوصيات</translation>
    </message>
    <message>
        <source>This workspace&apos;s State</source>
        <translation>دولة مساحة العمل هذه</translation>
    </message>
    <message>
        <source>Another &amp;State:</source>
        <translation>دولة أخرى (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;All States in the file</source>
        <translation>كل الدول في الملف (&amp;A)</translation>
    </message>
    <message>
        <source>Another State under Review</source>
        <translation>دولة أخرى موضوع الاستعراض</translation>
    </message>
    <message>
        <source>e.g. Viet Nam</source>
        <translation>مثلاً: Viet Nam</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أيّ</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>الجولة (&amp;Y):</translation>
    </message>
    <message>
        <source>Sessio&amp;n:</source>
        <translation>الدورة (&amp;N):</translation>
    </message>
    <message>
        <source>Responses took &amp;effect on:</source>
        <translation>تاريخ سريان الردود (&amp;E):</translation>
    </message>
    <message>
        <source>A response this file changes (pending, then supported or noted at the adoption) is kept in the recommendation&apos;s history with this day; otherwise with today&apos;s</source>
        <translation>الرد الذي يغيّره هذا الملف (قيد النظر ثم حظي بالتأييد أو أحيط به علماً عند الاعتماد) يُحفظ في سجل التوصية بهذا التاريخ، وإلا فبتاريخ اليوم</translation>
    </message>
    <message>
        <source>The day the file&apos;s responses took effect</source>
        <translation>اليوم الذي سرت فيه ردود الملف</translation>
    </message>
    <message>
        <source>Preview (nothing is written yet)</source>
        <translation>معاينة (لم يُكتب شيء بعد)</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>ستُضاف</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>ستُحدَّث</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Skipped (row errors)</source>
        <translation>ستُتخطّى (أخطاء في الصفوف)</translation>
    </message>
    <message>
        <source>Left out (other States, cycles, sessions)</source>
        <translation>مستبعدة (دول أو جولات أو دورات أخرى)</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>الصفوف التي لن تُستورد</translation>
    </message>
    <message>
        <source>Recommendation files (%1)</source>
        <translation>ملفات التوصيات (%1)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation>مصنفات (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Recognising %1...</source>
        <translation>جارٍ التعرّف على %1...</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>مرجَّح</translation>
    </message>
    <message>
        <source>✔ Recognised as: %1 (%2). Choose another format above if this is wrong.</source>
        <translation>✔ تم التعرّف عليه على أنه: %1 (%2). اختر تنسيقاً آخر أعلاه إن كان هذا خطأ.</translation>
    </message>
    <message>
        <source>⚠ Not recognised. If the file is a table, choose “Table with a header row” as the format, then Column mapping to say which column holds what.</source>
        <translation>⚠ لم يُتعرَّف عليه. إن كان الملف جدولاً، فاختر «جدول بصف عناوين» تنسيقاً له، ثم «مطابقة الأعمدة» لتحديد ما يحتويه كل عمود.</translation>
    </message>
    <message>
        <source>Cannot import %1: it is not a recognised format (a UPR Info export, an OHCHR matrix, a UHRI export, or a table with a column of recommendation texts). If it is a table, choose “Table with a header row” under Format, then Column mapping to say which column holds what.</source>
        <translation>تعذّر استيراد %1: ليس تنسيقًا معروفًا (تصدير من UPR Info أو مصفوفة المفوضية السامية أو تصدير من UHRI أو جدول فيه عمود لنصوص التوصيات). إن كان جدولًا، فاختر “جدول بصف عناوين” في التنسيق، ثم مطابقة الأعمدة لتحديد محتوى كل عمود.</translation>
    </message>
    <message>
        <source>%1 is a returned exchange workbook: it was opened in the merge preview (Exchange page).</source>
        <translation>‏%1 مصنف تبادل مُعاد: فُتح في معاينة الدمج (صفحة التبادل).</translation>
    </message>
    <message>
        <source>Only &amp;%1 (this workspace&apos;s State)</source>
        <translation>&amp;%1 فقط (دولة مساحة العمل هذه)</translation>
    </message>
    <message>
        <source>This format has fixed columns; there is no mapping to change.</source>
        <translation>لهذا التنسيق أعمدة ثابتة؛ لا توجد مطابقة لتغييرها.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>جارٍ قراءة %1</translation>
    </message>
    <message>
        <source>Imported (written to the workspace)</source>
        <translation>مستورد (كُتب في مساحة العمل)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>مُضافة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>مُحدَّثة</translation>
    </message>
    <message>
        <source>Format: %1.</source>
        <translation>التنسيق: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n “accepted in part” rows are merged into partially supported recommendations.</source>
        <translation>
            <numerusform>تُدمج الصفوف “المقبولة جزئيًا” (%Ln) في توصيات مؤيَّدة جزئيًا.</numerusform>
            <numerusform>يُدمج صف واحد “مقبول جزئيًا” في توصية مؤيَّدة جزئيًا.</numerusform>
            <numerusform>يُدمج صفان “مقبولان جزئيًا” في توصيات مؤيَّدة جزئيًا.</numerusform>
            <numerusform>تُدمج %Ln صفوف “مقبولة جزئيًا” في توصيات مؤيَّدة جزئيًا.</numerusform>
            <numerusform>يُدمج %Ln صفًا “مقبولًا جزئيًا” في توصيات مؤيَّدة جزئيًا.</numerusform>
            <numerusform>يُدمج %Ln صف “مقبول جزئيًا” في توصيات مؤيَّدة جزئيًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: this file adds or changes nothing.</source>
        <translation>لا شيء للاستيراد: هذا الملف لا يضيف شيئاً ولا يغيّر شيئاً.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>أُلغيت المعاينة.</translation>
    </message>
    <message>
        <source>⚠ This file cannot be imported as it is: %1</source>
        <translation>⚠ لا يمكن استيراد هذا الملف كما هو: %1</translation>
    </message>
    <message>
        <source>Cannot import %1: it is about %2 (its header says “%3”), but this workspace follows %4. Nothing was imported. To follow %2, create a workspace for it: File &gt; New workspace.</source>
        <translation>تعذّر استيراد %1: فهو يتعلق بـ%2 (يقول ترويسه «%3»)، لكن مساحة العمل هذه تتابع %4. لم يُستورد شيء. لمتابعة %2، أنشئ مساحة عمل لها: ملف &gt; مساحة عمل جديدة.</translation>
    </message>
    <message>
        <source>Cannot import %1: it holds recommendations to %2, none to %3. Nothing was imported. To keep them anyway, choose “Another State” or “All States in the file” above; to follow %4, create a workspace for it: File &gt; New workspace.</source>
        <translation>تعذّر استيراد %1: فهو يحوي توصيات موجّهة إلى %2، ولا شيء إلى %3. لم يُستورد شيء. للاحتفاظ بها رغم ذلك، اختر «دولة أخرى» أو «كل الدول في الملف» أعلاه؛ ولمتابعة %4، أنشئ مساحة عمل لها: ملف &gt; مساحة عمل جديدة.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>جارٍ استيراد %1</translation>
    </message>
    <message>
        <source>✔ Imported %1: added %2, updated %3, unchanged %4, skipped %5.</source>
        <translation>✔ استُورد %1: أُضيف %2، حُدِّث %3، دون تغيير %4، تُخطّي %5.</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>أُنشئت نسخة احتياطية أولاً: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>أُلغي الاستيراد: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>⚠ The import failed: nothing was changed.</source>
        <translation>⚠ فشل الاستيراد: لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <source>Reference (ref)</source>
        <translation>المرجع (ref)</translation>
    </message>
    <message>
        <source>Recommendation text</source>
        <translation>نص التوصية</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>الدولة موضوع الاستعراض</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>الدول المقدِّمة للتوصية</translation>
    </message>
    <message>
        <source>Response (supported/noted)</source>
        <translation>الرد (تحظى بالتأييد/أحيط بها علماً)</translation>
    </message>
    <message>
        <source>Action category (1-5)</source>
        <translation>فئة الإجراء (1-5)</translation>
    </message>
    <message>
        <source>UPR session</source>
        <translation>دورة الاستعراض</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>جولة الاستعراض</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>الأشخاص المتأثرون</translation>
    </message>
    <message>
        <source>Theme cluster</source>
        <translation>مجموعة المواضيع</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>الوثيقة المصدر</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>مطابقة بالاسم</translation>
    </message>
    <message>
        <source>matched by a known spelling</source>
        <translation>مطابقة بتهجئة معروفة</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>اختيارك</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>لم يُتعرَّف عليه</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>مساحة عمل جديدة (&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>فتح مساحة عمل (&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>إغلاق مساحة العمل (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import recommendations...</source>
        <translation>استيراد التوصيات (&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export workbooks for groups...</source>
        <translation>تصدير مصنفات للمجموعات (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Merge returned workbooks...</source>
        <translation>دمج المصنفات المُعادة (&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>نسخ احتياطي الآن (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>بحث (&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أكبر (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>نص أصغر (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص العادي (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>وضع العرض التقديمي (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>فتح مجلد السجلات (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About UPR Desktop</source>
        <translation>حول UPR Desktop (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>التراجع عن %1 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إعادة %1 (&amp;R)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UPR Desktop - %1</source>
        <translation>UPR Desktop - %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>This is not available in this version yet.</source>
        <translation>هذه الميزة غير متاحة في هذا الإصدار بعد.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>غير متاح بعد</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>أُعيد: %1</translation>
    </message>
    <message>
        <source>Text size: %1 points</source>
        <translation>حجم النص: %1 نقطة</translation>
    </message>
    <message>
        <source>Backing up the workspace</source>
        <translation>جارٍ النسخ الاحتياطي لمساحة العمل</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>نُسخ احتياطياً إلى %1</translation>
    </message>
    <message>
        <source>Could not open the log folder. It is %1</source>
        <translation>تعذّر فتح مجلد السجلات. مكانه: %1</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Column mapping</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Which field each column of %1 (table “%2”) goes into. Change a choice with its list; a column that is not imported is ignored.</source>
        <translation>الحقل الذي يذهب إليه كل عمود من %1 (الجدول «%2»). غيّر الاختيار من قائمته؛ ويُتجاهل العمود الذي لا يُستورد.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>يُستورد بوصفه</translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation>طريقة المطابقة</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>الحقل الخاص بالعمود %1</translation>
    </message>
    <message>
        <source>⚠ Choose the column that holds the recommendation text.</source>
        <translation>⚠ اختر العمود الذي يحتوي على نص التوصية.</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>&amp;Add returned workbooks...</source>
        <translation>إضافة مصنفات مُعادة (&amp;A)...</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>مسح (&amp;L)</translation>
    </message>
    <message>
        <source>Or drop several returned workbooks here at once.</source>
        <translation>أو أفلت هنا عدة مصنفات مُعادة دفعة واحدة.</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>المصنفات المُعادة</translation>
    </message>
    <message>
        <source>Add the workbooks member groups sent back to see what merging them would change.</source>
        <translation>أضف المصنفات التي أعادتها المجموعات الأعضاء لترى ما سيغيّره دمجها.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>الخلية</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>المضاف</translation>
    </message>
    <message>
        <source>Additions</source>
        <translation>الإضافات</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>يصبح</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>التحديثات</translation>
    </message>
    <message>
        <source>Why it is not used</source>
        <translation>سبب عدم استخدامه</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>الخلايا المرفوضة</translation>
    </message>
    <message>
        <source>A&amp;pply merge</source>
        <translation>تطبيق الدمج (&amp;P)</translation>
    </message>
    <message>
        <source>Merge returned workbooks</source>
        <translation>دمج المصنفات المُعادة</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the returned workbooks</source>
        <translation>جارٍ قراءة المصنفات المُعادة</translation>
    </message>
    <message>
        <source>✖ refused</source>
        <translation>✖ مرفوض</translation>
    </message>
    <message>
        <source>= already merged</source>
        <translation>= دُمج سابقاً</translation>
    </message>
    <message>
        <source>✔ merged</source>
        <translation>✔ دُمج</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%Ln تعارض</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>%Ln خلية مرفوضة</numerusform>
            <numerusform>خلية واحدة مرفوضة</numerusform>
            <numerusform>خليتان مرفوضتان</numerusform>
            <numerusform>%Ln خلايا مرفوضة</numerusform>
            <numerusform>%Ln خليةً مرفوضة</numerusform>
            <numerusform>%Ln خلية مرفوضة</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ will merge, %1</source>
        <translation>⚠ سيُدمج، %1</translation>
    </message>
    <message>
        <source>✔ will merge</source>
        <translation>✔ سيُدمج</translation>
    </message>
    <message>
        <source>Both sides changed these fields since the export. Choose per row, or for all:</source>
        <translation>غيّر الطرفان هذه الحقول منذ التصدير. اختر لكل صف، أو للجميع:</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>تقييم %1</translation>
    </message>
    <message>
        <source>= %1 was already merged; merging it again changes nothing. %2</source>
        <translation>= سبق دمج %1؛ ودمجه مرة أخرى لا يغيّر شيئاً. %2</translation>
    </message>
    <message>
        <source>%1 from %2: %3, %4, %5, %6.</source>
        <translation>%1 من %2: %3، %4، %5، %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n additions</source>
        <translation>
            <numerusform>%Ln إضافة</numerusform>
            <numerusform>إضافة واحدة</numerusform>
            <numerusform>إضافتان</numerusform>
            <numerusform>%Ln إضافات</numerusform>
            <numerusform>%Ln إضافةً</numerusform>
            <numerusform>%Ln إضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updates</source>
        <translation>
            <numerusform>%Ln تحديث</numerusform>
            <numerusform>تحديث واحد</numerusform>
            <numerusform>تحديثان</numerusform>
            <numerusform>%Ln تحديثات</numerusform>
            <numerusform>%Ln تحديثًا</numerusform>
            <numerusform>%Ln تحديث</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1: %2, %3; %4, %5.</source>
        <translation>✔ %1: %2، %3؛ %4، %5.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n files</source>
        <translation>
            <numerusform>لم يُدمج أي ملف</numerusform>
            <numerusform>دُمج ملف واحد</numerusform>
            <numerusform>دُمج ملفان</numerusform>
            <numerusform>دُمجت %Ln ملفات</numerusform>
            <numerusform>دُمج %Ln ملفًا</numerusform>
            <numerusform>دُمج %Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%Ln مُضاف</numerusform>
            <numerusform>واحد مُضاف</numerusform>
            <numerusform>اثنان مُضافان</numerusform>
            <numerusform>%Ln مُضافة</numerusform>
            <numerusform>%Ln مُضافًا</numerusform>
            <numerusform>%Ln مُضاف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%Ln محدَّث</numerusform>
            <numerusform>واحد محدَّث</numerusform>
            <numerusform>اثنان محدَّثان</numerusform>
            <numerusform>%Ln محدَّثة</numerusform>
            <numerusform>%Ln محدَّثًا</numerusform>
            <numerusform>%Ln محدَّث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>%Ln تعارض محسوم</numerusform>
            <numerusform>تعارض واحد محسوم</numerusform>
            <numerusform>تعارضان محسومان</numerusform>
            <numerusform>%Ln تعارضات محسومة</numerusform>
            <numerusform>%Ln تعارضًا محسومًا</numerusform>
            <numerusform>%Ln تعارض محسوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to resolve later</source>
        <translation>
            <numerusform>%Ln متبقٍّ للحسم لاحقًا</numerusform>
            <numerusform>واحد متبقٍّ للحسم لاحقًا</numerusform>
            <numerusform>اثنان متبقيان للحسم لاحقًا</numerusform>
            <numerusform>%Ln متبقية للحسم لاحقًا</numerusform>
            <numerusform>%Ln متبقيًا للحسم لاحقًا</numerusform>
            <numerusform>%Ln متبقٍّ للحسم لاحقًا</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>التعارضات (%1) (&amp;C)</translation>
    </message>
    <message>
        <source>✖ Will not be merged: %1</source>
        <translation>✖ لن يُدمج: %1</translation>
    </message>
    <message>
        <source>A&amp;dditions (%1)</source>
        <translation>الإضافات (%1) (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Updates (%1)</source>
        <translation>التحديثات (%1) (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rejected cells (%1)</source>
        <translation>الخلايا المرفوضة (%1) (&amp;R)</translation>
    </message>
    <message>
        <source>Your decision on %1 (%2)</source>
        <translation>قرارك بشأن %1 (%2)</translation>
    </message>
    <message>
        <source>Merging returned workbooks</source>
        <translation>جارٍ دمج المصنفات المُعادة</translation>
    </message>
    <message>
        <source>A backup was made first.</source>
        <translation>أُنشئت نسخة احتياطية أولاً.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>أُلغي: لم يُدمج شيء.</translation>
    </message>
    <message>
        <source>⚠ The merge failed: nothing was merged.</source>
        <translation>⚠ فشل الدمج: لم يُدمج شيء.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>عبارة المرور الحالية:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>أعد كتابتها:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>التذكّر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Nobody can recover the data if this passphrase is forgotten. Write it down and keep it somewhere safe.</source>
        <translation>لا يمكن لأحد استعادة البيانات إذا نُسيت عبارة المرور هذه. اكتبها واحفظها في مكان آمن.</translation>
    </message>
</context>
<context>
    <name>OpenConflictsPanel</name>
    <message>
        <source>&amp;Resolve the decided conflicts</source>
        <translation>حلّ التعارضات التي اتُّخذ فيها قرار (&amp;R)</translation>
    </message>
    <message>
        <source>Conflicts from earlier merges still waiting for a decision: %1.</source>
        <translation>تعارضات من عمليات دمج سابقة لا تزال تنتظر قراراً: %1.</translation>
    </message>
    <message>
        <source>No conflicts are waiting for a decision.</source>
        <translation>لا توجد تعارضات تنتظر قراراً.</translation>
    </message>
    <message>
        <source>Choose a decision for at least one conflict first.</source>
        <translation>اختر قراراً لتعارض واحد على الأقل أولاً.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Resolved %n conflicts.</source>
        <translation>
            <numerusform>✔ لم يُحسم أي تعارض.</numerusform>
            <numerusform>✔ حُسم تعارض واحد.</numerusform>
            <numerusform>✔ حُسم تعارضان.</numerusform>
            <numerusform>✔ حُسمت %Ln تعارضات.</numerusform>
            <numerusform>✔ حُسم %Ln تعارضًا.</numerusform>
            <numerusform>✔ حُسم %Ln تعارض.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Member groups</source>
        <translation>المجموعات الأعضاء</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>التبادل</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protected workspace</source>
        <translation>مساحة عمل محمية</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Enter it to continue.</source>
        <translation>‏%1 محمية بعبارة مرور. أدخلها للمتابعة.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>التذكّر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>عبارة المرور خاطئة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Could not open the workspace: %1</source>
        <translation>تعذّر فتح مساحة العمل: %1</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>انتظر %1 ث</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>جارٍ الإيقاف...</translation>
    </message>
</context>
<context>
    <name>RecommendationPicker</name>
    <message>
        <source>Type words or a reference, e.g. torture or 115.2</source>
        <translation>اكتب كلمات أو مرجعاً، مثلاً: التعذيب أو 115.2</translation>
    </message>
    <message>
        <source>Search recommendations to link</source>
        <translation>ابحث عن توصيات لربطها</translation>
    </message>
    <message>
        <source>Matching recommendations</source>
        <translation>التوصيات المطابقة</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>التوصيات التي نوقشت</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>إضافة المحدد (&amp;S)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>إزالة (&amp;V)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>بحث (&amp;D):</translation>
    </message>
    <message>
        <source>Discussed:</source>
        <translation>ما نوقش:</translation>
    </message>
    <message numerus="yes">
        <source>%n matching recommendations (Enter or Add selected links them).</source>
        <translation>
            <numerusform>لا توصيات مطابقة.</numerusform>
            <numerusform>توصية واحدة مطابقة (Enter أو إضافة المحدد لربطها).</numerusform>
            <numerusform>توصيتان مطابقتان (Enter أو إضافة المحدد لربطهما).</numerusform>
            <numerusform>%Ln توصيات مطابقة (Enter أو إضافة المحدد لربطها).</numerusform>
            <numerusform>%Ln توصيةً مطابقة (Enter أو إضافة المحدد لربطها).</numerusform>
            <numerusform>%Ln توصية مطابقة (Enter أو إضافة المحدد لربطها).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationTable</name>
    <message>
        <source>Ref</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>الدول المقدِّمة للتوصية</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Lead group</source>
        <translation>المجموعة الرائدة</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>آخر حالة</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>آخر تقييم</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>How many recommendations are shown</source>
        <translation>عدد التوصيات المعروضة</translation>
    </message>
    <message>
        <source>&amp;Assign to group...</source>
        <translation>إسناد إلى مجموعة (&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Unassign from group...</source>
        <translation>إلغاء الإسناد إلى مجموعة (&amp;U)...</translation>
    </message>
    <message>
        <source>Set &amp;themes...</source>
        <translation>تحديد المواضيع (&amp;T)...</translation>
    </message>
    <message>
        <source>Add assess&amp;ment...</source>
        <translation>إضافة تقييم (&amp;M)...</translation>
    </message>
    <message>
        <source>Recommended &amp;before</source>
        <translation>أوصي بها سابقاً (&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments to %1.</source>
        <translation>
            <numerusform>لم يُزل أي إسناد إلى %1.</numerusform>
            <numerusform>أُزيل إسناد واحد إلى %1.</numerusform>
            <numerusform>أُزيل إسنادان إلى %1.</numerusform>
            <numerusform>أُزيلت %Ln إسنادات إلى %1.</numerusform>
            <numerusform>أُزيل %Ln إسنادًا إلى %1.</numerusform>
            <numerusform>أُزيل %Ln إسناد إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the recommendations…</source>
        <translation>جارٍ تحميل التوصيات…</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%Ln توصية</numerusform>
            <numerusform>توصية واحدة</numerusform>
            <numerusform>توصيتان</numerusform>
            <numerusform>%Ln توصيات</numerusform>
            <numerusform>%Ln توصيةً</numerusform>
            <numerusform>%Ln توصية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>المحدد: %1</translation>
    </message>
    <message>
        <source>Assigned to %1: %2 new, %3 changed, %4 already assigned.</source>
        <translation>أُسندت إلى %1: جديدة %2، معدَّلة %3، مسندة سابقاً %4.</translation>
    </message>
    <message>
        <source>Add assessment of %1</source>
        <translation>إضافة تقييم للتوصية %1</translation>
    </message>
</context>
<context>
    <name>RecommendedBeforePanel</name>
    <message>
        <source>Select a recommendation to see what was recommended before.</source>
        <translation>اختر توصية لترى ما أوصي به سابقاً.</translation>
    </message>
    <message>
        <source>Recommended before</source>
        <translation>أوصي بها سابقاً</translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation>تأكيد الرابط (&amp;C)</translation>
    </message>
    <message>
        <source>The selected earlier recommendation was recommended before this one</source>
        <translation>التوصية السابقة المختارة أوصي بها قبل هذه التوصية</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>رفض (&amp;R)</translation>
    </message>
    <message>
        <source>Not the same recommendation: it is not suggested again</source>
        <translation>ليست التوصية نفسها: لن تُقترح مرة أخرى</translation>
    </message>
    <message>
        <source>Confirm all abo&amp;ve...</source>
        <translation>تأكيد كل ما يتجاوز... (&amp;V)</translation>
    </message>
    <message>
        <source>Preview, then confirm the best suggestion of every recommendation of this cycle above a score</source>
        <translation>معاينة ثم تأكيد أفضل اقتراح لكل توصية في هذه الجولة يتجاوز درجة معيّنة</translation>
    </message>
    <message>
        <source>Assign its cl&amp;uster...</source>
        <translation>إسناد مجموعتها... (&amp;U)</translation>
    </message>
    <message>
        <source>Near-duplicates from other States in the same cycle: assign them all to a group at once</source>
        <translation>توصيات شبه مكررة من دول أخرى في الجولة نفسها: إسنادها كلها إلى مجموعة دفعة واحدة</translation>
    </message>
    <message>
        <source>Nothing recommended in an earlier cycle of this State comes close to %1.</source>
        <translation>لا توجد توصية في جولة سابقة لهذه الدولة قريبة من %1.</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed predecessors of %1: %n. Select a suggestion, then confirm or reject it.</source>
        <translation>
            <numerusform>لا توجد توصيات سابقة مؤكدة لـ %1. اختر اقتراحاً ثم أكّده أو ارفضه.</numerusform>
            <numerusform>توصية سابقة واحدة مؤكدة لـ %1. اختر اقتراحاً ثم أكّده أو ارفضه.</numerusform>
            <numerusform>توصيتان سابقتان مؤكدتان لـ %1. اختر اقتراحاً ثم أكّده أو ارفضه.</numerusform>
            <numerusform>التوصيات السابقة المؤكدة لـ %1: %Ln. اختر اقتراحاً ثم أكّده أو ارفضه.</numerusform>
            <numerusform>التوصيات السابقة المؤكدة لـ %1: %Ln. اختر اقتراحاً ثم أكّده أو ارفضه.</numerusform>
            <numerusform>التوصيات السابقة المؤكدة لـ %1: %Ln. اختر اقتراحاً ثم أكّده أو ارفضه.</numerusform>
        </translation>
    </message>
    <message>
        <source>No near-duplicate of this recommendation in its cycle.</source>
        <translation>لا توجد توصية شبه مكررة لهذه التوصية في جولتها.</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>المجموعة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Links to earlier cycles confirmed: %n.</source>
        <translation>
            <numerusform>لم يُؤكَّد أي رابط بجولات سابقة.</numerusform>
            <numerusform>أُكِّد رابط واحد بجولات سابقة.</numerusform>
            <numerusform>أُكِّد رابطان بجولات سابقة.</numerusform>
            <numerusform>الروابط المؤكدة بجولات سابقة: %Ln.</numerusform>
            <numerusform>الروابط المؤكدة بجولات سابقة: %Ln.</numerusform>
            <numerusform>الروابط المؤكدة بجولات سابقة: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Implementation (mid-term assessment)</source>
        <translation>التنفيذ (تقييم منتصف المدة)</translation>
    </message>
    <message>
        <source>Coverage by member groups</source>
        <translation>تغطية المجموعات الأعضاء</translation>
    </message>
    <message>
        <source>Consultations and follow-up actions</source>
        <translation>المشاورات وإجراءات المتابعة</translation>
    </message>
    <message>
        <source>Cycle to cycle (latest cycle: response history, recommended before)</source>
        <translation>من جولة إلى أخرى (آخر جولة: سجل الردود، أوصي بها سابقاً)</translation>
    </message>
    <message>
        <source>All member groups</source>
        <translation>كل المجموعات الأعضاء</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>كل المواضيع</translation>
    </message>
    <message>
        <source>All cycles (the cycle report: the latest)</source>
        <translation>كل الجولات (تقرير الجولة: الأخيرة)</translation>
    </message>
    <message>
        <source>Only since</source>
        <translation>منذ تاريخ فقط</translation>
    </message>
    <message>
        <source>Only assessments, consultations and actions since this date</source>
        <translation>التقييمات والمشاورات والإجراءات منذ هذا التاريخ فقط</translation>
    </message>
    <message>
        <source>Include sensitive fields (government participants, contact details, confidential records)</source>
        <translation>تضمين الحقول الحساسة (المشاركون من الحكومة، بيانات الاتصال، السجلات السرية)</translation>
    </message>
    <message>
        <source>The report will say that it contains sensitive fields. Share it only inside the coalition.</source>
        <translation>سيذكر التقرير أنه يتضمن حقولاً حساسة. لا تشاركه إلا داخل الائتلاف.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>التقرير (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Member group:</source>
        <translation>المجموعة العضو (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>الموضوع (&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>الجولة (&amp;Y):</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>معاينة (&amp;P)</translation>
    </message>
    <message>
        <source>Save as &amp;Excel workbook...</source>
        <translation>حفظ كمصنف Excel (&amp;E)...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>حفظ كملف PDF (&amp;D)...</translation>
    </message>
    <message>
        <source>Save as &amp;HTML page...</source>
        <translation>حفظ كصفحة HTML (&amp;H)...</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>معاينة التقرير</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>الجولة %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more sections in the saved report.</source>
        <translation>
            <numerusform>… ولا أقسام أخرى.</numerusform>
            <numerusform>… وقسم آخر في التقرير المحفوظ.</numerusform>
            <numerusform>… وقسمان آخران في التقرير المحفوظ.</numerusform>
            <numerusform>… و%Ln أقسام أخرى في التقرير المحفوظ.</numerusform>
            <numerusform>… و%Ln قسمًا آخر في التقرير المحفوظ.</numerusform>
            <numerusform>… و%Ln قسم آخر في التقرير المحفوظ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>جارٍ كتابة التقرير</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>حُفظ التقرير في %1</translation>
    </message>
</context>
<context>
    <name>RowErrorsModel</name>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>سبب عدم استيراده</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>%1 is locked. Enter its passphrase to continue.</source>
        <translation>‏%1 مقفلة. أدخل عبارة المرور الخاصة بها للمتابعة.</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>الأمان (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase...</source>
        <translation>الحماية بعبارة مرور (&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Change passphrase...</source>
        <translation>تغيير عبارة المرور (&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase...</source>
        <translation>إزالة عبارة المرور (&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Forget the key on this computer</source>
        <translation>نسيان المفتاح على هذا الحاسوب (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>القفل الآن (&amp;L)</translation>
    </message>
    <message>
        <source>Cannot remember the passphrase on this computer: %1.</source>
        <translation>تعذّر تذكّر عبارة المرور على هذا الحاسوب: %1.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>الحماية بعبارة مرور</translation>
    </message>
    <message>
        <source>The workspace and its backups will be encrypted. A backup is taken first.</source>
        <translation>ستُشفَّر مساحة العمل ونسخها الاحتياطية. تُؤخذ نسخة احتياطية أولاً.</translation>
    </message>
    <message>
        <source>The workspace is now protected by a passphrase.</source>
        <translation>مساحة العمل محمية الآن بعبارة مرور.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The workspace and its backups will be re-encrypted with the new passphrase. A backup is taken first.</source>
        <translation>ستُعاد تشفير مساحة العمل ونسخها الاحتياطية بعبارة المرور الجديدة. تُؤخذ نسخة احتياطية أولاً.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>إزالة عبارة المرور</translation>
    </message>
    <message>
        <source>The workspace and its backups will be stored without encryption: anyone with this computer can read them.</source>
        <translation>ستُخزَّن مساحة العمل ونسخها الاحتياطية دون تشفير: يستطيع أي شخص لديه هذا الحاسوب قراءتها.</translation>
    </message>
    <message>
        <source>The workspace is no longer encrypted.</source>
        <translation>لم تعد مساحة العمل مشفَّرة.</translation>
    </message>
    <message>
        <source>The key was removed from this computer.</source>
        <translation>أُزيل المفتاح من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No key was remembered on this computer.</source>
        <translation>لا يوجد مفتاح محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring; anyone using this computer account can open the workspace.</source>
        <translation>يُحفظ المفتاح في حلقة مفاتيح هذا الحاسوب؛ ويستطيع أي شخص يستخدم حساب المستخدم هذا فتح مساحة العمل.</translation>
    </message>
    <message>
        <source>Cannot remember the passphrase on this computer: %1. You will be asked for it each time.</source>
        <translation>تعذّر تذكّر عبارة المرور على هذا الحاسوب: %1. ستُطلب منك في كل مرة.</translation>
    </message>
    <message>
        <source>Wait a moment before trying again.</source>
        <translation>انتظر لحظة قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>أدخل عبارة المرور الحالية.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters; a few unrelated words are best.</source>
        <translation>تحتاج عبارة المرور الجديدة إلى %1 حرفاً على الأقل؛ ويُفضَّل استخدام بضع كلمات لا رابط بينها.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>عبارة المرور الجديدة مطابقة للحالية.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Same as the computer</source>
        <translation>مثل الحاسوب</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Next to the workspace file (default)</source>
        <translation>بجوار ملف مساحة العمل (الافتراضي)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>استعراض (&amp;B)...</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>اختر مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Checking the keyring...</source>
        <translation>جارٍ التحقق من حلقة المفاتيح...</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>تطبيق (&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>استرجاع (&amp;V)</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>حجم النص (&amp;T):</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>حجم النص بالنقاط</translation>
    </message>
    <message>
        <source>Ctrl+= and Ctrl+- change it from anywhere; Ctrl+0 goes back to normal.</source>
        <translation>يغيّره Ctrl+=‎ وCtrl+-‎ من أي مكان؛ ويعيده Ctrl+0 إلى الحجم العادي.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>مجلد النسخ الاحتياطية (&amp;F):</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Where automatic and manual backups go. Choose a folder on another disk to survive a disk failure.</source>
        <translation>مكان النسخ الاحتياطية التلقائية واليدوية. اختر مجلداً على قرص آخر لتنجو النسخ إن تعطّل القرص.</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>القفل بعد عدم النشاط (&amp;I):</translation>
    </message>
    <message>
        <source>Minutes before the workspace locks</source>
        <translation>الدقائق قبل قفل مساحة العمل</translation>
    </message>
    <message>
        <source>A protected workspace locks itself after this many minutes without use.</source>
        <translation>تُقفل مساحة العمل المحمية نفسها بعد هذا العدد من الدقائق دون استخدام.</translation>
    </message>
    <message>
        <source>Keyring:</source>
        <translation>حلقة المفاتيح:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;الإعدادات&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A new language applies when you press Apply: the window is rebuilt and your workspace stays open.</source>
        <translation>تُطبَّق اللغة الجديدة عند الضغط على «تطبيق»: يُعاد بناء النافذة وتبقى مساحة العمل مفتوحة.</translation>
    </message>
    <message>
        <source>A new language applies the next time UPR Desktop starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل UPR Desktop في المرة القادمة.</translation>
    </message>
    <message>
        <source>✔ Passphrases can be remembered on this computer (%1).</source>
        <translation>✔ يمكن تذكّر عبارات المرور على هذا الحاسوب (%1).</translation>
    </message>
    <message>
        <source>✖ Passphrases cannot be remembered on this computer: %1. You will type the passphrase when you open a protected workspace.</source>
        <translation>✖ لا يمكن تذكّر عبارات المرور على هذا الحاسوب: %1. ستكتب عبارة المرور عند فتح مساحة عمل محمية.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it first or choose another folder.</source>
        <translation>مجلد النسخ الاحتياطية %1 غير موجود. أنشئه أولاً أو اختر مجلداً آخر.</translation>
    </message>
    <message>
        <source>UPR Desktop cannot write in the backup folder %1. Choose a folder you can write to.</source>
        <translation>لا يستطيع UPR Desktop الكتابة في مجلد النسخ الاحتياطية %1. اختر مجلداً يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>Settings saved; switching the language...</source>
        <translation>حُفظت الإعدادات؛ جارٍ تبديل اللغة...</translation>
    </message>
    <message>
        <source>Settings saved. Restart UPR Desktop to see the new language.</source>
        <translation>حُفظت الإعدادات. أعد تشغيل UPR Desktop لترى اللغة الجديدة.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>التوصية السابقة</translation>
    </message>
    <message>
        <source>Response then</source>
        <translation>الرد آنذاك</translation>
    </message>
    <message>
        <source>Status then</source>
        <translation>الحالة منذ ذلك الحين</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>مقترَح</translation>
    </message>
    <message>
        <source>%1 (cycle %2)</source>
        <translation>%1 (الجولة %2)</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Asylum-seekers - refugees</source>
        <translation>طالبو اللجوء - اللاجئون</translation>
    </message>
    <message>
        <source>Business &amp; Human rights</source>
        <translation>الأعمال التجارية وحقوق الإنسان</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <source>Cooperation with OHCHR</source>
        <translation>التعاون مع المفوضية السامية لحقوق الإنسان</translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation>الفساد</translation>
    </message>
    <message>
        <source>Counter-terrorism</source>
        <translation>مكافحة الإرهاب</translation>
    </message>
    <message>
        <source>CP rights - general</source>
        <translation>الحقوق المدنية والسياسية - عام</translation>
    </message>
    <message>
        <source>Death penalty</source>
        <translation>عقوبة الإعدام</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>الاحتجاز</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>التنمية</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <source>Enforced disappearances</source>
        <translation>الاختفاء القسري</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>ESC rights - general</source>
        <translation>الحقوق الاقتصادية والاجتماعية والثقافية - عام</translation>
    </message>
    <message>
        <source>Extrajudicial executions</source>
        <translation>الإعدام خارج نطاق القضاء</translation>
    </message>
    <message>
        <source>Freedom of association and peaceful assembly</source>
        <translation>حرية تكوين الجمعيات والتجمع السلمي</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>حرية التنقل</translation>
    </message>
    <message>
        <source>Freedom of opinion and expression</source>
        <translation>حرية الرأي والتعبير</translation>
    </message>
    <message>
        <source>Freedom of religion and belief</source>
        <translation>حرية الدين والمعتقد</translation>
    </message>
    <message>
        <source>Freedom of the press</source>
        <translation>حرية الصحافة</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>HIV - Aids</source>
        <translation>فيروس نقص المناعة البشرية - الإيدز</translation>
    </message>
    <message>
        <source>Human rights defenders</source>
        <translation>المدافعون عن حقوق الإنسان</translation>
    </message>
    <message>
        <source>Human rights education and training</source>
        <translation>التثقيف والتدريب في مجال حقوق الإنسان</translation>
    </message>
    <message>
        <source>Human rights violations by state agents</source>
        <translation>انتهاكات حقوق الإنسان من قبل موظفي الدولة</translation>
    </message>
    <message>
        <source>Impunity</source>
        <translation>الإفلات من العقاب</translation>
    </message>
    <message>
        <source>Indigenous peoples</source>
        <translation>الشعوب الأصلية</translation>
    </message>
    <message>
        <source>Internally displaced persons</source>
        <translation>المشردون داخليًا</translation>
    </message>
    <message>
        <source>International humanitarian law</source>
        <translation>القانون الإنساني الدولي</translation>
    </message>
    <message>
        <source>International instruments</source>
        <translation>الصكوك الدولية</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>العدالة</translation>
    </message>
    <message>
        <source>Juvenile justice</source>
        <translation>قضاء الأحداث</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>المهاجرون</translation>
    </message>
    <message>
        <source>Minorities</source>
        <translation>الأقليات</translation>
    </message>
    <message>
        <source>National plan of action</source>
        <translation>خطة العمل الوطنية</translation>
    </message>
    <message>
        <source>NHRI</source>
        <translation>المؤسسة الوطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>الفقر</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>الأمن العام</translation>
    </message>
    <message>
        <source>Racial discrimination</source>
        <translation>التمييز العنصري</translation>
    </message>
    <message>
        <source>Right to education</source>
        <translation>الحق في التعليم</translation>
    </message>
    <message>
        <source>Right to food</source>
        <translation>الحق في الغذاء</translation>
    </message>
    <message>
        <source>Right to health</source>
        <translation>الحق في الصحة</translation>
    </message>
    <message>
        <source>Right to housing</source>
        <translation>الحق في السكن</translation>
    </message>
    <message>
        <source>Right to land</source>
        <translation>الحق في الأرض</translation>
    </message>
    <message>
        <source>Right to water</source>
        <translation>الحق في المياه</translation>
    </message>
    <message>
        <source>Rights of the Child</source>
        <translation>حقوق الطفل</translation>
    </message>
    <message>
        <source>Sexual Orientation and Gender Identity</source>
        <translation>التوجه الجنسي والهوية الجنسانية</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>الإجراءات الخاصة</translation>
    </message>
    <message>
        <source>Statelessness</source>
        <translation>انعدام الجنسية</translation>
    </message>
    <message>
        <source>Technical assistance and cooperation</source>
        <translation>المساعدة التقنية والتعاون</translation>
    </message>
    <message>
        <source>Torture and other CID treatment</source>
        <translation>التعذيب وغيره من ضروب المعاملة القاسية أو اللاإنسانية أو المهينة</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>الاتجار بالبشر</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>هيئات المعاهدات</translation>
    </message>
    <message>
        <source>UPR process</source>
        <translation>عملية الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <source>Women&apos;s rights</source>
        <translation>حقوق المرأة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Scope of international obligations</source>
        <translation>نطاق الالتزامات الدولية</translation>
    </message>
    <message>
        <source>Acceptance of international norms</source>
        <translation>قبول المعايير الدولية</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>التحفظات</translation>
    </message>
    <message>
        <source>Cooperation with human rights mechanisms and institutions</source>
        <translation>التعاون مع آليات ومؤسسات حقوق الإنسان</translation>
    </message>
    <message>
        <source>Cooperation with treaty bodies</source>
        <translation>التعاون مع هيئات المعاهدات</translation>
    </message>
    <message>
        <source>Cooperation with special procedures</source>
        <translation>التعاون مع الإجراءات الخاصة</translation>
    </message>
    <message>
        <source>Cooperation with other international mechanisms and institutions</source>
        <translation>التعاون مع الآليات والمؤسسات الدولية الأخرى</translation>
    </message>
    <message>
        <source>Inter-State cooperation &amp; development assistance</source>
        <translation>التعاون بين الدول والمساعدة الإنمائية</translation>
    </message>
    <message>
        <source>Legal, institutional and policy framework</source>
        <translation>الإطار القانوني والمؤسسي والسياساتي</translation>
    </message>
    <message>
        <source>Constitutional and legislative framework</source>
        <translation>الإطار الدستوري والتشريعي</translation>
    </message>
    <message>
        <source>Institutions &amp; policies - General</source>
        <translation>المؤسسات والسياسات - عام</translation>
    </message>
    <message>
        <source>Human rights policies</source>
        <translation>سياسات حقوق الإنسان</translation>
    </message>
    <message>
        <source>Structure of the national human rights machinery</source>
        <translation>هيكل الآلية الوطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <source>National Human Rights Institution (NHRI)</source>
        <translation>المؤسسة الوطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <source>National Plans of Action on Human Rights (or specific areas)</source>
        <translation>خطط العمل الوطنية لحقوق الإنسان (أو لمجالات محددة)</translation>
    </message>
    <message>
        <source>Good governance</source>
        <translation>الحكم الرشيد</translation>
    </message>
    <message>
        <source>Human rights education, trainings and awareness raising</source>
        <translation>التثقيف والتدريب والتوعية في مجال حقوق الإنسان</translation>
    </message>
    <message>
        <source>Human rights education - general</source>
        <translation>التثقيف في مجال حقوق الإنسان - عام</translation>
    </message>
    <message>
        <source>Human rights education - in schools</source>
        <translation>التثقيف في مجال حقوق الإنسان - في المدارس</translation>
    </message>
    <message>
        <source>Professional training in human rights</source>
        <translation>التدريب المهني في مجال حقوق الإنسان</translation>
    </message>
    <message>
        <source>Awareness raising and dissemination</source>
        <translation>التوعية والنشر</translation>
    </message>
    <message>
        <source>Context, statistics, budget, civil society</source>
        <translation>السياق والإحصاءات والميزانية والمجتمع المدني</translation>
    </message>
    <message>
        <source>Cooperation with civil society</source>
        <translation>التعاون مع المجتمع المدني</translation>
    </message>
    <message>
        <source>Statistics and indicators</source>
        <translation>الإحصاءات والمؤشرات</translation>
    </message>
    <message>
        <source>Budget and resources (for human rights implementation)</source>
        <translation>الميزانية والموارد (لإعمال حقوق الإنسان)</translation>
    </message>
    <message>
        <source>International criminal and humanitarian law</source>
        <translation>القانون الجنائي الدولي والقانون الإنساني الدولي</translation>
    </message>
    <message>
        <source>Right to self-determination</source>
        <translation>الحق في تقرير المصير</translation>
    </message>
    <message>
        <source>Equality and non-discrimination</source>
        <translation>المساواة وعدم التمييز</translation>
    </message>
    <message>
        <source>Equality &amp; non-discrimination</source>
        <translation>المساواة وعدم التمييز</translation>
    </message>
    <message>
        <source>Right to development</source>
        <translation>الحق في التنمية</translation>
    </message>
    <message>
        <source>Right to a remedy</source>
        <translation>الحق في الانتصاف</translation>
    </message>
    <message>
        <source>Right to an effective remedy</source>
        <translation>الحق في سبيل انتصاف فعال</translation>
    </message>
    <message>
        <source>Business &amp; Human Rights</source>
        <translation>الأعمال التجارية وحقوق الإنسان</translation>
    </message>
    <message>
        <source>Human rights and environmental issues</source>
        <translation>حقوق الإنسان والقضايا البيئية</translation>
    </message>
    <message>
        <source>Human rights &amp; counter-terrorism</source>
        <translation>حقوق الإنسان ومكافحة الإرهاب</translation>
    </message>
    <message>
        <source>Human rights &amp; use of mercenaries</source>
        <translation>حقوق الإنسان واستخدام المرتزقة</translation>
    </message>
    <message>
        <source>Civil &amp; political rights - general measures of implementation</source>
        <translation>الحقوق المدنية والسياسية - تدابير التنفيذ العامة</translation>
    </message>
    <message>
        <source>Right to physical and moral integrity</source>
        <translation>الحق في السلامة البدنية والمعنوية</translation>
    </message>
    <message>
        <source>Right to life</source>
        <translation>الحق في الحياة</translation>
    </message>
    <message>
        <source>Extrajudicial, summary or arbitrary executions</source>
        <translation>حالات الإعدام خارج نطاق القضاء أو بإجراءات موجزة أو تعسفًا</translation>
    </message>
    <message>
        <source>Prohibition of torture and cruel, inhuman or degrading treatment</source>
        <translation>حظر التعذيب والمعاملة القاسية أو اللاإنسانية أو المهينة</translation>
    </message>
    <message>
        <source>Conditions of detention</source>
        <translation>ظروف الاحتجاز</translation>
    </message>
    <message>
        <source>Prohibition of slavery, trafficking</source>
        <translation>حظر الرق، الاتجار بالأشخاص</translation>
    </message>
    <message>
        <source>Gender-based violence</source>
        <translation>العنف الجنساني</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>العنف المنزلي</translation>
    </message>
    <message>
        <source>Liberty and security of the person</source>
        <translation>الحرية والأمان على الشخص</translation>
    </message>
    <message>
        <source>Liberty and security - general</source>
        <translation>الحرية والأمان - عام</translation>
    </message>
    <message>
        <source>Arbitrary arrest and detention</source>
        <translation>الاعتقال والاحتجاز التعسفيان</translation>
    </message>
    <message>
        <source>Fundamental freedoms</source>
        <translation>الحريات الأساسية</translation>
    </message>
    <message>
        <source>Freedom of thought, conscience and religion</source>
        <translation>حرية الفكر والوجدان والدين</translation>
    </message>
    <message>
        <source>Right to peaceful assembly</source>
        <translation>الحق في التجمع السلمي</translation>
    </message>
    <message>
        <source>Freedom of association</source>
        <translation>حرية تكوين الجمعيات</translation>
    </message>
    <message>
        <source>Administration of justice</source>
        <translation>إقامة العدل</translation>
    </message>
    <message>
        <source>Administration of justice &amp; fair trial</source>
        <translation>إقامة العدل والمحاكمة العادلة</translation>
    </message>
    <message>
        <source>Rights related to name, identity, nationality</source>
        <translation>الحقوق المتعلقة بالاسم والهوية والجنسية</translation>
    </message>
    <message>
        <source>Right to participation in public affairs and right to vote</source>
        <translation>الحق في المشاركة في الشؤون العامة والحق في التصويت</translation>
    </message>
    <message>
        <source>Rights related to marriage &amp; family</source>
        <translation>الحقوق المتعلقة بالزواج والأسرة</translation>
    </message>
    <message>
        <source>Economic, social &amp; cultural rights - general measures of implementation</source>
        <translation>الحقوق الاقتصادية والاجتماعية والثقافية - تدابير التنفيذ العامة</translation>
    </message>
    <message>
        <source>Right to an adequate standard of living</source>
        <translation>الحق في مستوى معيشي لائق</translation>
    </message>
    <message>
        <source>Right to an adequate standard of living - general</source>
        <translation>الحق في مستوى معيشي لائق - عام</translation>
    </message>
    <message>
        <source>Right to adequate housing</source>
        <translation>الحق في السكن اللائق</translation>
    </message>
    <message>
        <source>Right to social security</source>
        <translation>الحق في الضمان الاجتماعي</translation>
    </message>
    <message>
        <source>Human rights &amp; extreme poverty</source>
        <translation>حقوق الإنسان والفقر المدقع</translation>
    </message>
    <message>
        <source>Human rights &amp; drinking water and sanitation</source>
        <translation>حقوق الإنسان ومياه الشرب والصرف الصحي</translation>
    </message>
    <message>
        <source>Labour rights</source>
        <translation>حقوق العمل</translation>
    </message>
    <message>
        <source>Right to work</source>
        <translation>الحق في العمل</translation>
    </message>
    <message>
        <source>Right to just and favourable conditions of work</source>
        <translation>الحق في ظروف عمل عادلة ومرضية</translation>
    </message>
    <message>
        <source>Right to health - General</source>
        <translation>الحق في الصحة - عام</translation>
    </message>
    <message>
        <source>Access to health-care (general)</source>
        <translation>الحصول على الرعاية الصحية (عام)</translation>
    </message>
    <message>
        <source>Access to sexual and reproductive health and services</source>
        <translation>الحصول على الصحة الجنسية والإنجابية وخدماتها</translation>
    </message>
    <message>
        <source>Right to education - General</source>
        <translation>الحق في التعليم - عام</translation>
    </message>
    <message>
        <source>Rights to protection of property; financial credit</source>
        <translation>الحق في حماية الملكية؛ الائتمان المالي</translation>
    </message>
    <message>
        <source>Cultural rights</source>
        <translation>الحقوق الثقافية</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>المرأة</translation>
    </message>
    <message>
        <source>Advancement of women</source>
        <translation>النهوض بالمرأة</translation>
    </message>
    <message>
        <source>Discrimination against women</source>
        <translation>التمييز ضد المرأة</translation>
    </message>
    <message>
        <source>Violence against women</source>
        <translation>العنف ضد المرأة</translation>
    </message>
    <message>
        <source>Participation of women in political and public life</source>
        <translation>مشاركة المرأة في الحياة السياسية والعامة</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Children: definition; general principles; protection</source>
        <translation>الأطفال: التعريف؛ المبادئ العامة؛ الحماية</translation>
    </message>
    <message>
        <source>Children: family environment and alternative care</source>
        <translation>الأطفال: البيئة الأسرية والرعاية البديلة</translation>
    </message>
    <message>
        <source>Children: protection against exploitation</source>
        <translation>الأطفال: الحماية من الاستغلال</translation>
    </message>
    <message>
        <source>Children: juvenile justice</source>
        <translation>الأطفال: قضاء الأحداث</translation>
    </message>
    <message>
        <source>Children in armed conflict</source>
        <translation>الأطفال في النزاعات المسلحة</translation>
    </message>
    <message>
        <source>Persons with disabilities</source>
        <translation>الأشخاص ذوو الإعاقة</translation>
    </message>
    <message>
        <source>Persons with disabilities: definition, general principles</source>
        <translation>الأشخاص ذوو الإعاقة: التعريف، المبادئ العامة</translation>
    </message>
    <message>
        <source>Members of minorities</source>
        <translation>الأشخاص المنتمون إلى أقليات</translation>
    </message>
    <message>
        <source>Refugees &amp; asylum seekers</source>
        <translation>اللاجئون وطالبو اللجوء</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>تحديد المواضيع لـ%Ln توصية</numerusform>
            <numerusform>تحديد المواضيع لتوصية واحدة</numerusform>
            <numerusform>تحديد المواضيع لتوصيتين</numerusform>
            <numerusform>تحديد المواضيع لـ%Ln توصيات</numerusform>
            <numerusform>تحديد المواضيع لـ%Ln توصيةً</numerusform>
            <numerusform>تحديد المواضيع لـ%Ln توصية</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes separated by commas</source>
        <translation>مواضيع مفصولة بفواصل</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>المواضيع (&amp;T):</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>&amp;Replace their current themes (otherwise add to them)</source>
        <translation>استبدال مواضيعها الحالية (وإلا فالإضافة إليها) (&amp;R)</translation>
    </message>
    <message>
        <source>Set themes</source>
        <translation>تحديد المواضيع</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not assessed</source>
        <translation>لم تُقيَّم</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>تحظى بالتأييد</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>أحيط بها علماً</translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation>تحظى بالتأييد جزئياً</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد النظر</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>غير منفذة</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>منفذة جزئياً</translation>
    </message>
    <message>
        <source>Fully implemented</source>
        <translation>منفذة بالكامل</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <source>Written submission</source>
        <translation>مذكرة مكتوبة</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>حوار</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>قيادة</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>دعم</translation>
    </message>
    <message>
        <source>1 - Minimal action</source>
        <translation>1 - إجراء أدنى</translation>
    </message>
    <message>
        <source>2 - Continuing action</source>
        <translation>2 - إجراء مستمر</translation>
    </message>
    <message>
        <source>3 - Considering action</source>
        <translation>3 - النظر في إجراء</translation>
    </message>
    <message>
        <source>4 - General action</source>
        <translation>4 - إجراء عام</translation>
    </message>
    <message>
        <source>5 - Specific action</source>
        <translation>5 - إجراء محدد</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>UPR Desktop workspace (*.uprw);;All files (*)</source>
        <translation>مساحة عمل UPR Desktop (*.uprw);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Give the workspace a name, e.g. your coalition&apos;s name.</source>
        <translation>سمِّ مساحة العمل، مثلاً باسم ائتلافكم.</translation>
    </message>
    <message>
        <source>Choose the State under Review from the list of UN member States.</source>
        <translation>اختر الدولة موضوع الاستعراض من قائمة الدول الأعضاء في الأمم المتحدة.</translation>
    </message>
    <message>
        <source>A file already exists at %1; choose another place.</source>
        <translation>يوجد ملف في %1 بالفعل؛ اختر مكاناً آخر.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>e.g. Thai UPR Coalition</source>
        <translation>مثلاً: ائتلاف تايلند للاستعراض الدوري</translation>
    </message>
    <message>
        <source>Type to search the UN member States</source>
        <translation>اكتب للبحث في الدول الأعضاء في الأمم المتحدة</translation>
    </message>
    <message>
        <source>Chosen for you from the name</source>
        <translation>اختير لك من الاسم</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>اختيار...</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>اسم مساحة العمل</translation>
    </message>
    <message>
        <source>&amp;State under Review:</source>
        <translation>الدولة موضوع الاستعراض (&amp;S):</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>الدولة موضوع الاستعراض</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>الجولة (&amp;C):</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>جولة الاستعراض</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>ملف مساحة العمل</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف (&amp;F):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>مكان حفظ مساحة العمل</translation>
    </message>
    <message>
        <source>UPR Desktop</source>
        <translation>UPR Desktop</translation>
    </message>
    <message>
        <source>Follow up on the Universal Periodic Review with your coalition: recommendations, assessments, consultations and exchanges with member groups, all on this computer.</source>
        <translation>تابِع الاستعراض الدوري الشامل مع ائتلافكم: التوصيات والتقييمات والمشاورات والتبادل مع المجموعات الأعضاء، وكل ذلك على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>مساحات العمل الأخيرة (&amp;R)</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>مساحات العمل الأخيرة</translation>
    </message>
    <message>
        <source>No workspace opened yet.</source>
        <translation>لم تُفتح أي مساحة عمل بعد.</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>مساحة عمل جديدة (&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>فتح (&amp;O)...</translation>
    </message>
    <message>
        <source>Try the &amp;demo coalition</source>
        <translation>تجربة الائتلاف التجريبي (&amp;D)</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <source>Workspace status</source>
        <translation>حالة مساحة العمل</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>مساحة العمل: %1</translation>
    </message>
    <message>
        <source>Protected by a passphrase</source>
        <translation>محمية بعبارة مرور</translation>
    </message>
    <message>
        <source>On the server: %1</source>
        <translation>على الخادم: %1</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>غير محمية</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخر نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>لا توجد نسخة احتياطية بعد</translation>
    </message>
    <message>
        <source>Local changes: %1</source>
        <translation>التغييرات المحلية: %1</translation>
    </message>
    <message>
        <source>Changes made here since the workspace was created or last merged</source>
        <translation>التغييرات التي أُجريت هنا منذ إنشاء مساحة العمل أو آخر دمج</translation>
    </message>
</context>
<context>
    <name>upr_desktop</name>
    <message>
        <source>Assessed in the last {months} months</source>
        <translation>قُيّمت خلال الأشهر الماضية ({months})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {kind}; use one of: {accepted}.</source>
        <translation>‏«{value}» ليست قيمة معروفة للحقل «{kind}»؛ استخدم إحدى القيم: {accepted}.</translation>
    </message>
    <message>
        <source>That recommendation no longer exists; it may have been undone or merged away.</source>
        <translation>لم تعد تلك التوصية موجودة؛ ربما جرى التراجع عنها أو أُزيلت بالدمج.</translation>
    </message>
    <message>
        <source>Assess {ref}: {status}</source>
        <translation>تقييم {ref}: {status}</translation>
    </message>
    <message>
        <source>The assessment date {date} is in the future.</source>
        <translation>تاريخ التقييم {date} في المستقبل.</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Say which recommendations: --ref REF..., --theme THEME or --all (exactly one).</source>
        <translation>حدِّد التوصيات: --ref REF... أو --theme THEME أو --all (واحد فقط).</translation>
    </message>
    <message>
        <source>There are no recommendations to assign.</source>
        <translation>لا توجد توصيات لإسنادها.</translation>
    </message>
    <message>
        <source>No theme called &apos;{theme}&apos;.</source>
        <translation>لا يوجد موضوع باسم «{theme}».</translation>
    </message>
    <message>
        <source>The change log names an unknown table &apos;{entity}&apos;.</source>
        <translation>يذكر سجل التغييرات جدولاً غير معروف «{entity}».</translation>
    </message>
    <message>
        <source>There is no change number {id}.</source>
        <translation>لا يوجد تغيير برقم {id}.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was already undone.</source>
        <translation>سبق التراجع عن «{label}».</translation>
    </message>
    <message>
        <source>Cannot undo &apos;{label}&apos;: later changes touched the same data: {listed}. Use --force to undo it anyway.</source>
        <translation>تعذّر التراجع عن «{label}»: غيّرت تعديلات لاحقة البيانات نفسها: {listed}. استخدم --force للتراجع رغم ذلك.</translation>
    </message>
    <message>
        <source>Undo: {label}</source>
        <translation>تراجع: {label}</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>لا يوجد ما يمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>لا يوجد ما يمكن إعادته.</translation>
    </message>
    <message>
        <source>Redo: {label}</source>
        <translation>إعادة: {label}</translation>
    </message>
    <message>
        <source>government body</source>
        <translation>الجهة الحكومية</translation>
    </message>
    <message>
        <source>action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>This consultation no longer exists (it may have been undone or deleted).</source>
        <translation>لم تعد هذه المشاورة موجودة (ربما جرى التراجع عنها أو حُذفت).</translation>
    </message>
    <message>
        <source>This follow-up action no longer exists (it may have been undone or deleted).</source>
        <translation>لم يعد إجراء المتابعة هذا موجوداً (ربما جرى التراجع عنه أو حُذف).</translation>
    </message>
    <message>
        <source>consultation date</source>
        <translation>تاريخ المشاورة</translation>
    </message>
    <message>
        <source>A consultation needs a date (--date YYYY-MM-DD).</source>
        <translation>تحتاج المشاورة إلى تاريخ (--date YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The consultation date {date} is in the future. Log a consultation once it has taken place.</source>
        <translation>تاريخ المشاورة {date} في المستقبل. سجّل المشاورة بعد انعقادها.</translation>
    </message>
    <message>
        <source>Log consultation with {body} on {date}</source>
        <translation>تسجيل مشاورة مع {body} بتاريخ {date}</translation>
    </message>
    <message>
        <source>Consultations have no field {fields}.</source>
        <translation>لا تحتوي المشاورات على الحقل {fields}.</translation>
    </message>
    <message>
        <source>Edit consultation with {body}</source>
        <translation>تعديل المشاورة مع {body}</translation>
    </message>
    <message>
        <source>Delete consultation with {body}</source>
        <translation>حذف المشاورة مع {body}</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Add follow-up action</source>
        <translation>إضافة إجراء متابعة</translation>
    </message>
    <message>
        <source>Follow-up actions have no field {fields}.</source>
        <translation>لا تحتوي إجراءات المتابعة على الحقل {fields}.</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>تعديل إجراء متابعة</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>حذف إجراء متابعة</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <source>{assignments} assignments will be removed; {assessments} assessments, {consultations} consultations and {actions} follow-up actions will keep their content but lose their group.</source>
        <translation>ستُزال الإسنادات ({assignments})؛ وستحتفظ التقييمات ({assessments}) والمشاورات ({consultations}) وإجراءات المتابعة ({actions}) بمحتواها لكنها ستفقد مجموعتها.</translation>
    </message>
    <message>
        <source>The acronym &apos;{acronym}&apos; must be one word of at most 30 characters.</source>
        <translation>يجب أن يكون الاختصار «{acronym}» كلمة واحدة من 30 حرفاً على الأكثر.</translation>
    </message>
    <message>
        <source>A member group with acronym &apos;{acronym}&apos; already exists ({name}).</source>
        <translation>توجد بالفعل مجموعة عضو بالاختصار «{acronym}» ({name}).</translation>
    </message>
    <message>
        <source>Add member group {acronym}</source>
        <translation>إضافة المجموعة العضو {acronym}</translation>
    </message>
    <message>
        <source>Member groups have no field {fields}.</source>
        <translation>لا تحتوي المجموعات الأعضاء على الحقل {fields}.</translation>
    </message>
    <message>
        <source>Edit member group {acronym}</source>
        <translation>تعديل المجموعة العضو {acronym}</translation>
    </message>
    <message>
        <source>Remove member group {acronym}</source>
        <translation>إزالة المجموعة العضو {acronym}</translation>
    </message>
    <message>
        <source>This file has no workspace record.</source>
        <translation>لا يحتوي هذا الملف على سجل مساحة عمل.</translation>
    </message>
    <message>
        <source>No recommendation with reference &apos;{ref}&apos;. List them with: upr-desktop recommendations list</source>
        <translation>لا توجد توصية بالمرجع «{ref}». اعرض قائمتها بالأمر: upr-desktop recommendations list</translation>
    </message>
    <message>
        <source>The reference &apos;{ref}&apos; names several recommendations; use its id ({ids}).</source>
        <translation>يشير المرجع «{ref}» إلى عدة توصيات؛ استخدم المعرّف ({ids}).</translation>
    </message>
    <message>
        <source>Unknown recommendation references: {refs}. Nothing was changed.</source>
        <translation>مراجع توصيات غير معروفة: {refs}. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>No member group with acronym &apos;{acronym}&apos;. List them with: upr-desktop groups list</source>
        <translation>لا توجد مجموعة عضو بالاختصار «{acronym}». اعرض قائمتها بالأمر: upr-desktop groups list</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>يحتاج الموضوع إلى اسم.</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>لا يمكن أن يكون الحقل «{what}» فارغاً.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; write dates as YYYY-MM-DD, e.g. 2026-10-01.</source>
        <translation>‏«{value}» ليست قيمة صالحة للحقل «{what}»؛ اكتب التواريخ بالصيغة YYYY-MM-DD، مثل 2026-10-01.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>نص التوصية</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; is not a UPR session number.</source>
        <translation>‏«{session}» ليس رقم دورة من دورات الاستعراض.</translation>
    </message>
    <message>
        <source>The action category must be a number from 1 to 5, not &apos;{value}&apos;.</source>
        <translation>يجب أن تكون فئة الإجراء رقماً من 1 إلى 5، لا «{value}».</translation>
    </message>
    <message>
        <source>A recommendation with reference &apos;{ref}&apos; already exists.</source>
        <translation>توجد بالفعل توصية بالمرجع «{ref}».</translation>
    </message>
    <message>
        <source>Add recommendation {ref}</source>
        <translation>إضافة التوصية {ref}</translation>
    </message>
    <message>
        <source>Recommendations have no editable field {fields}.</source>
        <translation>لا تحتوي التوصيات على حقل قابل للتعديل باسم {fields}.</translation>
    </message>
    <message>
        <source>Edit recommendation {ref}</source>
        <translation>تعديل التوصية {ref}</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>اختر توصية واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Delete recommendation {ref}</source>
        <translation>حذف التوصية {ref}</translation>
    </message>
    <message>
        <source>Select at least one recommendation first.</source>
        <translation>اختر توصية واحدة على الأقل أولاً.</translation>
    </message>
    <message>
        <source>Type at least one theme, separated by commas.</source>
        <translation>اكتب موضوعاً واحداً على الأقل، مع الفصل بين المواضيع بفواصل.</translation>
    </message>
    <message>
        <source>No backup called {name}. List them with: upr-desktop backups</source>
        <translation>لا توجد نسخة احتياطية باسم {name}. اعرض قائمتها بالأمر: upr-desktop backups</translation>
    </message>
    <message>
        <source>There is no backup of {path} yet.</source>
        <translation>لا توجد نسخة احتياطية لـ {path} بعد.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged too; choose an older one.</source>
        <translation>النسخة الاحتياطية {path} تالفة أيضاً؛ اختر نسخة أقدم.</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {reason}</source>
        <translation>تعذّرت قراءة النسخة الاحتياطية {path}: {reason}</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. Try again. (If you are sure it is right, the file may be damaged: restore a backup with the same passphrase.)</source>
        <translation>عبارة المرور الخاصة بـ {path} خاطئة. حاول مرة أخرى. (إن كنت متأكداً من صحتها، فقد يكون الملف تالفاً: استعد نسخة احتياطية بعبارة المرور نفسها.)</translation>
    </message>
    <message>
        <source>Could not open {path} with its key ({error}).</source>
        <translation>تعذّر فتح {path} بمفتاحه ({error}).</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>تعذّرت قراءة {path}: {error}</translation>
    </message>
    <message>
        <source>Restore the newest backup with: upr-desktop --workspace &quot;{path}&quot; restore &quot;{backup}&quot;</source>
        <translation>استعد أحدث نسخة احتياطية بالأمر: upr-desktop --workspace &quot;{path}&quot; restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>No backup of it was found in {folder}.</source>
        <translation>لم يُعثر على نسخة احتياطية له في {folder}.</translation>
    </message>
    <message>
        <source>The workspace {path} is damaged ({detail}). {advice}</source>
        <translation>مساحة العمل {path} تالفة ({detail}). {advice}</translation>
    </message>
    <message>
        <source>No workspace at {path}. Create one with: upr-desktop --workspace &quot;{path}&quot; init --name NAME --country STATE</source>
        <translation>لا توجد مساحة عمل في {path}. أنشئ واحدة بالأمر: upr-desktop --workspace &quot;{path}&quot; init --name NAME --country STATE</translation>
    </message>
    <message>
        <source>The workspace {path} is protected by a passphrase.</source>
        <translation>مساحة العمل {path} محمية بعبارة مرور.</translation>
    </message>
    <message>
        <source>A workspace needs a name (--name).</source>
        <translation>تحتاج مساحة العمل إلى اسم (--name).</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a UN member state. Use the name as the UN writes it, e.g. &apos;Thailand&apos; or &apos;Viet Nam&apos;.</source>
        <translation>‏«{country}» ليست دولة عضواً في الأمم المتحدة. استخدم الاسم كما تكتبه الأمم المتحدة، مثل &apos;Thailand&apos; أو &apos;Viet Nam&apos;.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file or open it instead.</source>
        <translation>‏{path} موجود بالفعل؛ اختر ملفاً آخر أو افتحه بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>This workspace is open in another window (pid {pid}, host {host}). Close it there first, then try again.</source>
        <translation>مساحة العمل هذه مفتوحة في نافذة أخرى (pid {pid}، المضيف {host}). أغلقها هناك أولاً، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a UPR Desktop workspace.</source>
        <translation>‏{path} ملف SQLite لكنه ليس مساحة عمل UPR Desktop.</translation>
    </message>
    <message>
        <source>{path} has no workspace record; it was not created by UPR Desktop.</source>
        <translation>لا يحتوي {path} على سجل مساحة عمل؛ لم يُنشأ بواسطة UPR Desktop.</translation>
    </message>
    <message>
        <source>Backing up before upgrading the workspace</source>
        <translation>جارٍ النسخ الاحتياطي قبل ترقية مساحة العمل</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. Try again.</source>
        <translation>عبارة المرور الخاصة بـ {path} خاطئة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose at least one member group to export for.</source>
        <translation>اختر مجموعة عضواً واحدة على الأقل للتصدير لها.</translation>
    </message>
    <message>
        <source>No member group has recommendations assigned yet.</source>
        <translation>لم تُسند توصيات إلى أي مجموعة عضو بعد.</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>جارٍ كتابة {name}</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>The protected workspace {path} cannot be read; restore needs its passphrase to check the backup.</source>
        <translation>تعذّرت قراءة مساحة العمل المحمية {path}؛ تحتاج الاستعادة إلى عبارة المرور الخاصة بها للتحقق من النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>no keyring service is running on this computer (no desktop session)</source>
        <translation>لا تعمل خدمة حلقة مفاتيح على هذا الحاسوب (لا توجد جلسة سطح مكتب)</translation>
    </message>
    <message>
        <source>the only keyring available ({backend}) keeps secrets in a file or asks for a password on a terminal; UPR Desktop does not use it</source>
        <translation>حلقة المفاتيح الوحيدة المتاحة ({backend}) تحفظ الأسرار في ملف أو تطلب كلمة مرور في الطرفية؛ ولا يستخدمها UPR Desktop</translation>
    </message>
    <message>
        <source>no keyring backend is installed</source>
        <translation>لم تُثبَّت أي واجهة لحلقة المفاتيح</translation>
    </message>
    <message>
        <source>the keyring is turned off (UPR_DESKTOP_NO_KEYRING)</source>
        <translation>حلقة المفاتيح معطَّلة (UPR_DESKTOP_NO_KEYRING)</translation>
    </message>
    <message>
        <source>Cannot remember keys on this computer: {reason}.</source>
        <translation>تعذّر تذكّر المفاتيح على هذا الحاسوب: {reason}.</translation>
    </message>
    <message>
        <source>the keyring could not be loaded</source>
        <translation>تعذّر تحميل حلقة المفاتيح</translation>
    </message>
    <message>
        <source>The keyring refused to store the key ({error}).</source>
        <translation>رفضت حلقة المفاتيح حفظ المفتاح ({error}).</translation>
    </message>
    <message>
        <source>The workspace is locked; enter its passphrase to continue.</source>
        <translation>مساحة العمل مقفلة؛ أدخل عبارة المرور الخاصة بها للمتابعة.</translation>
    </message>
    <message>
        <source>{path} is not a protected workspace.</source>
        <translation>‏{path} ليست مساحة عمل محمية.</translation>
    </message>
    <message>
        <source>{path} is not protected.</source>
        <translation>‏{path} غير محمية.</translation>
    </message>
    <message>
        <source>No workspace at {path}.</source>
        <translation>لا توجد مساحة عمل في {path}.</translation>
    </message>
    <message>
        <source>{path} is already protected; use rekey to change its passphrase.</source>
        <translation>‏{path} محمية بالفعل؛ استخدم rekey لتغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>{path} is not protected; use protect to give it a passphrase.</source>
        <translation>‏{path} غير محمية؛ استخدم protect لإعطائها عبارة مرور.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters; a few unrelated words are best.</source>
        <translation>تحتاج عبارة المرور إلى {n} حرفاً على الأقل؛ ويُفضَّل استخدام بضع كلمات لا رابط بينها.</translation>
    </message>
    <message>
        <source>The converted copy {path} did not check out; nothing was changed.</source>
        <translation>لم تجتز النسخة المحوَّلة {path} التحقق؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Encrypting {name}</source>
        <translation>جارٍ تشفير {name}</translation>
    </message>
    <message>
        <source>Decrypting {name}</source>
        <translation>جارٍ فك تشفير {name}</translation>
    </message>
    <message>
        <source>Re-encrypting {name}</source>
        <translation>جارٍ إعادة تشفير {name}</translation>
    </message>
    <message>
        <source>What would be removed has changed since it was confirmed; look at the list again.</source>
        <translation>تغيّر ما سيُزال منذ تأكيده؛ راجع القائمة مرة أخرى.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>تعذّرت كتابة {path}: {reason}</translation>
    </message>
    <message>
        <source>(No key can be remembered here: {reason}.)</source>
        <translation>(لا يمكن تذكّر أي مفتاح هنا: {reason}.)</translation>
    </message>
    <message>
        <source>The workspace {path} is protected by a passphrase. Run the command in a terminal to be asked for it, or set {env} for scripts.</source>
        <translation>مساحة العمل {path} محمية بعبارة مرور. شغّل الأمر في طرفية لتُطلب منك، أو اضبط {env} للنصوص البرمجية.</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>عبارة المرور لـ {name}: </translation>
    </message>
    <message>
        <source>{message} Next attempt in {seconds:.0f} s.</source>
        <translation>{message} المحاولة التالية بعد {seconds:.0f} ث.</translation>
    </message>
    <message>
        <source>--map expects HEADER=FIELD pairs separated by commas, e.g. &quot;Texte=text,Pays=recommending_states&quot;; &apos;{part}&apos; is not one.</source>
        <translation>يتوقع --map أزواجاً بالشكل HEADER=FIELD مفصولة بفواصل، مثل &quot;Texte=text,Pays=recommending_states&quot;؛ و«{part}» ليس كذلك.</translation>
    </message>
    <message>
        <source>--map: &apos;{name}&apos; is not a field; use one of: {fields}.</source>
        <translation>--map: «{name}» ليس حقلاً؛ استخدم أحد الحقول: {fields}.</translation>
    </message>
    <message>
        <source>--map names a column &apos;{header}&apos; the file does not have; its columns are: {headers}.</source>
        <translation>يذكر --map عموداً «{header}» غير موجود في الملف؛ أعمدته هي: {headers}.</translation>
    </message>
    <message>
        <source>Cannot import {file}: {reason}</source>
        <translation>تعذّر استيراد {file}: {reason}</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>إنه مجلد وليس ملفاً.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>the file is larger than 1 GB; split the export into smaller files.</source>
        <translation>الملف أكبر من 1 غيغابايت؛ قسّم الملف المصدَّر إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>the file is an empty archive.</source>
        <translation>الملف أرشيف فارغ.</translation>
    </message>
    <message>
        <source>it is not a valid {ext} file (it may be damaged, truncated or renamed).</source>
        <translation>ليس ملف {ext} صالحاً (ربما يكون تالفاً أو مقتطعاً أو أُعيدت تسميته).</translation>
    </message>
    <message>
        <source>the file is protected by a password. Open it in Excel or Word, remove the password (File &gt; Info &gt; Protect), save it and import it again.</source>
        <translation>الملف محمي بكلمة مرور. افتحه في Excel أو Word، وأزل كلمة المرور (ملف &gt; معلومات &gt; حماية)، واحفظه ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>it is a zip archive but not an Excel, Word or OpenDocument file.</source>
        <translation>إنه أرشيف zip لكنه ليس ملف Excel أو Word أو OpenDocument.</translation>
    </message>
    <message>
        <source>Cannot import {file} as an OHCHR matrix: no table has the headers &apos;Recommendation&apos; and &apos;Position&apos; with a themes or SDGs column.</source>
        <translation>تعذّر استيراد {file} بوصفه مصفوفة للمفوضية السامية: لا يوجد جدول بالعنوانين &apos;Recommendation&apos; و&apos;Position&apos; مع عمود للمواضيع أو لأهداف التنمية المستدامة.</translation>
    </message>
    <message>
        <source>the recommendation text is empty</source>
        <translation>نص التوصية فارغ</translation>
    </message>
    <message>
        <source>the position (Supported or Noted) is empty</source>
        <translation>الموقف (Supported أو Noted) فارغ</translation>
    </message>
    <message>
        <source>Reading recommendations</source>
        <translation>جارٍ قراءة التوصيات</translation>
    </message>
    <message>
        <source>Cannot import {file}: the workbook is damaged or incomplete ({reason}). Save it again from Excel.</source>
        <translation>تعذّر استيراد {file}: المصنف تالف أو غير مكتمل ({reason}). احفظه مرة أخرى من Excel.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the workbook is protected by a password. Remove the password in Excel, save, and import again.</source>
        <translation>تعذّر استيراد {file}: المصنف محمي بكلمة مرور. أزل كلمة المرور في Excel، واحفظه، ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the JSON holds no list of recommendations.</source>
        <translation>تعذّر استيراد {file}: لا يحتوي ملف JSON على قائمة توصيات.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document holds no table. OHCHR matrices are one table of recommendations.</source>
        <translation>تعذّر استيراد {file}: لا يحتوي مستند Word على جدول. مصفوفات المفوضية السامية جدول واحد للتوصيات.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is empty (no cell holds anything).</source>
        <translation>تعذّر استيراد {file}: الملف فارغ (لا تحتوي أي خلية على شيء).</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not valid JSON ({reason}); it may be truncated.</source>
        <translation>تعذّر استيراد {file}: ليس JSON صالحاً ({reason})؛ ربما يكون مقتطعاً.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document cannot be opened ({reason}). Save it again from Word.</source>
        <translation>تعذّر استيراد {file}: تعذّر فتح مستند Word ({reason}). احفظه مرة أخرى من Word.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document is damaged ({reason}).</source>
        <translation>تعذّر استيراد {file}: مستند Word تالف ({reason}).</translation>
    </message>
    <message>
        <source>table {number}</source>
        <translation>الجدول {number}</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is too large to read on this computer.</source>
        <translation>تعذّر استيراد {file}: إنه أكبر من أن يُقرأ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Unknown import format &apos;{name}&apos;; use one of: {formats}.</source>
        <translation>تنسيق استيراد غير معروف «{name}»؛ استخدم أحد التنسيقات: {formats}.</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not a recognised format (UPR Info export, OHCHR matrix, UHRI export, or a table with a column of recommendation texts). If it is a table, name its columns with --map &quot;Header=text,...&quot; and --format table.</source>
        <translation>تعذّر استيراد {file}: ليس تنسيقاً معروفاً (ملف مصدَّر من UPR Info، أو مصفوفة المفوضية السامية، أو ملف مصدَّر من UHRI، أو جدول فيه عمود لنصوص التوصيات). إن كان جدولاً، فسمِّ أعمدته باستخدام --map &quot;Header=text,...&quot; و--format table.</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>جارٍ قراءة {file}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>Cannot import {file}: it holds no recommendations (only headers or empty rows).</source>
        <translation>تعذّر استيراد {file}: لا يحتوي على توصيات (عناوين أو صفوف فارغة فقط).</translation>
    </message>
    <message>
        <source>--country: &apos;{country}&apos; is not a UN member or observer State.</source>
        <translation>--country: «{country}» ليست دولة عضواً أو مراقبة في الأمم المتحدة.</translation>
    </message>
    <message>
        <source>Nothing in this file matched {state}{narrowing}; it holds: {listed}. Use --country STATE or --all-states.</source>
        <translation>لا شيء في هذا الملف يطابق {state}{narrowing}؛ يحتوي على: {listed}. استخدم --country STATE أو --all-states.</translation>
    </message>
    <message>
        <source> with the cycle/session asked for</source>
        <translation> في الجولة/الدورة المطلوبة</translation>
    </message>
    <message>
        <source>Cannot import {file}: no column holds the recommendation text. Its columns are: {headers}. Say which one with --map &quot;HEADER=text&quot;.</source>
        <translation>تعذّر استيراد {file}: لا يحتوي أي عمود على نص التوصية. أعمدته هي: {headers}. حدِّد العمود باستخدام --map &quot;HEADER=text&quot;.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not a text file, a spreadsheet or a Word document.</source>
        <translation>تعذّر استيراد {file}: ليس ملفاً نصياً ولا جدول بيانات ولا مستند Word.</translation>
    </message>
    <message>
        <source>Cannot import {file}: line {line} cannot be read as CSV ({reason}).</source>
        <translation>تعذّر استيراد {file}: لا يمكن قراءة السطر {line} بصيغة CSV ({reason}).</translation>
    </message>
    <message>
        <source>the response &apos;{value}&apos; is not one of Supported, Noted, Supported/Noted (partially supported) or Pending</source>
        <translation>الرد «{value}» ليس أحد القيم Supported أو Noted أو Supported/Noted (تحظى بالتأييد جزئياً) أو Pending</translation>
    </message>
    <message>
        <source>the session &apos;{value}&apos; is not a UPR session number</source>
        <translation>الدورة «{value}» ليست رقم دورة من دورات الاستعراض</translation>
    </message>
    <message>
        <source>the cycle &apos;{value}&apos; is not a UPR cycle number</source>
        <translation>الجولة «{value}» ليست رقم جولة من جولات الاستعراض</translation>
    </message>
    <message>
        <source>the action category &apos;{value}&apos; is not a number from 1 to 5</source>
        <translation>فئة الإجراء «{value}» ليست رقماً من 1 إلى 5</translation>
    </message>
    <message>
        <source>Names not on the UN list of States were kept as written: {listed}.</source>
        <translation>أُبقيت الأسماء غير الواردة في قائمة الأمم المتحدة للدول كما كُتبت: {listed}.</translation>
    </message>
    <message>
        <source>SDG entries that name no goal or target were left out: {listed}.</source>
        <translation>استُبعدت مدخلات أهداف التنمية المستدامة التي لا تذكر هدفاً أو غاية: {listed}.</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>استيراد {file}</translation>
    </message>
    <message>
        <source>Comparing with the workspace</source>
        <translation>جارٍ المقارنة مع مساحة العمل</translation>
    </message>
    <message>
        <source>Adding recommendations</source>
        <translation>جارٍ إضافة التوصيات</translation>
    </message>
    <message>
        <source>the same recommendation as row {row}; skipped</source>
        <translation>التوصية نفسها الواردة في الصف {row}؛ تُخطّيت</translation>
    </message>
    <message>
        <source>the text has {count} characters, more than {limit}; shorten it.</source>
        <translation>يتكوّن النص من {count} حرفاً، وهو أكثر من {limit}؛ اختصره.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not in the {column} list ({labels}).</source>
        <translation>‏«{value}» ليست في قائمة {column} ({labels}).</translation>
    </message>
    <message>
        <source>{date} is in the future.</source>
        <translation>‏{date} في المستقبل.</translation>
    </message>
    <message>
        <source>unknown recommendation ref(s): {refs}.</source>
        <translation>مراجع توصيات غير معروفة: {refs}.</translation>
    </message>
    <message>
        <source>{value} is a number, not a date; write the date as YYYY-MM-DD.</source>
        <translation>‏{value} رقم وليس تاريخاً؛ اكتب التاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write the date as YYYY-MM-DD.</source>
        <translation>‏«{value}» ليس تاريخاً؛ اكتب التاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; could be {first} or {second}; write the date as YYYY-MM-DD.</source>
        <translation>‏«{value}» قد يكون {first} أو {second}؛ اكتب التاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Resolve conflict on {ref} {field}</source>
        <translation>حلّ التعارض في {ref} {field}</translation>
    </message>
    <message>
        <source>Resolve a conflict with ours, theirs or an edited value, not &apos;{take}&apos;.</source>
        <translation>حُلّ التعارض بـ ours أو theirs أو بقيمة معدّلة، لا بـ «{take}».</translation>
    </message>
    <message>
        <source>There is no conflict number {id}. List them with: upr-desktop conflicts list</source>
        <translation>لا يوجد تعارض برقم {id}. اعرض قائمتها بالأمر: upr-desktop conflicts list</translation>
    </message>
    <message>
        <source>Conflict {id} belongs to a merge that was undone.</source>
        <translation>التعارض {id} يخص عملية دمج جرى التراجع عنها.</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved ({how}).</source>
        <translation>سبق حلّ التعارض {id} ({how}).</translation>
    </message>
    <message>
        <source>Resolve all conflicts with ours or theirs.</source>
        <translation>حُلّ كل التعارضات بـ ours أو theirs.</translation>
    </message>
    <message>
        <source>Give the value to keep (--value).</source>
        <translation>أعطِ القيمة المراد الإبقاء عليها (--value).</translation>
    </message>
    <message>
        <source>Conflict {id} ({field}): {reason}</source>
        <translation>التعارض {id} ({field}): {reason}</translation>
    </message>
    <message>
        <source>A decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>{file}, decision {number}</source>
        <translation>{file}، القرار {number}</translation>
    </message>
    <message>
        <source>{where}: &apos;take&apos; must be ours, theirs or edited, not &apos;{take}&apos;.</source>
        <translation>{where}: يجب أن تكون قيمة &apos;take&apos; هي ours أو theirs أو edited، لا «{take}».</translation>
    </message>
    <message>
        <source>{where}: name the conflict&apos;s &apos;field&apos; (status, evidence, due_date...).</source>
        <translation>{where}: اذكر &apos;field&apos; الخاص بالتعارض (status أو evidence أو due_date...).</translation>
    </message>
    <message>
        <source>{where}: an edited decision needs the &apos;value&apos; to keep.</source>
        <translation>{where}: يحتاج القرار المعدَّل إلى &apos;value&apos; المراد الإبقاء عليها.</translation>
    </message>
    <message>
        <source>{where}: name the conflict by &apos;sheet&apos; and &apos;cell&apos;, or by &apos;ref&apos;.</source>
        <translation>{where}: حدِّد التعارض بـ &apos;sheet&apos; و&apos;cell&apos;، أو بـ &apos;ref&apos;.</translation>
    </message>
    <message>
        <source>{file}: expected a list of decisions, or an object with a &quot;decisions&quot; list.</source>
        <translation>{file}: المتوقع قائمة قرارات، أو كائن فيه قائمة &quot;decisions&quot;.</translation>
    </message>
    <message>
        <source>{where}: each decision is an object such as {example}.</source>
        <translation>{where}: كل قرار كائن مثل {example}.</translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {keys}; a decision has file, sheet, cell, ref, field, take and value.</source>
        <translation>{where}: مفتاح (مفاتيح) غير معروف {keys}؛ للقرار المفاتيح file وsheet وcell وref وfield وtake وvalue.</translation>
    </message>
    <message>
        <source>Cannot read the decisions file {file}: {reason}</source>
        <translation>تعذّرت قراءة ملف القرارات {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({reason}); see the README for the decisions file.</source>
        <translation>‏{file} ليس JSON صالحاً ({reason})؛ راجع ملف README بشأن ملف القرارات.</translation>
    </message>
    <message>
        <source>{first} and {other} decide the same conflict ({file} {sheet}!{cell} {field}) differently; keep one.</source>
        <translation>يحسم {first} و{other} التعارض نفسه ({file} {sheet}!{cell} {field}) بشكل مختلف؛ أبقِ على واحد فقط.</translation>
    </message>
    <message>
        <source>{source} ({conflict}) matches no conflict of the files being merged: the files or the workspace changed since the preview. Preview the merge again (upr-desktop merge --dry-run) and check the decisions.</source>
        <translation>لا يطابق {source} ({conflict}) أي تعارض في الملفات الجاري دمجها: تغيّرت الملفات أو مساحة العمل منذ المعاينة. عاين الدمج مرة أخرى (upr-desktop merge --dry-run) وتحقق من القرارات.</translation>
    </message>
    <message>
        <source>The secretariat of {coalition}</source>
        <translation>أمانة {coalition}</translation>
    </message>
    <message>
        <source>{acronym} has no recommendations assigned; assign some first (upr-desktop assign --group {acronym} ...).</source>
        <translation>لم تُسند أي توصيات إلى {acronym}؛ أسند بعضها أولاً (upr-desktop assign --group {acronym} ...).</translation>
    </message>
    <message>
        <source>None of the recommendations asked for is assigned to {acronym}.</source>
        <translation>لم تُسند أي من التوصيات المطلوبة إلى {acronym}.</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>{group}: the group&apos;s language &apos;{language}&apos; is not one this app ships; the workbook is in English.</source>
        <translation>{group}: لغة المجموعة «{language}» ليست من اللغات التي يتضمنها هذا التطبيق؛ المصنف بالإنجليزية.</translation>
    </message>
    <message>
        <source>{file}: unknown exchange format version {version}; update the app.</source>
        <translation>{file}: إصدار غير معروف لتنسيق التبادل {version}؛ حدِّث التطبيق.</translation>
    </message>
    <message>
        <source>Import workbook {file}</source>
        <translation>استيراد المصنف {file}</translation>
    </message>
    <message>
        <source>This workspace has not imported a workbook from the secretariat; import one first (upr-desktop import-workbook FILE).</source>
        <translation>لم تستورد مساحة العمل هذه مصنفاً من الأمانة؛ استورد واحداً أولاً (upr-desktop import-workbook FILE).</translation>
    </message>
    <message>
        <source>{file} comes from the coalition workspace &apos;{other}&apos;, not this one; import it into a new workspace.</source>
        <translation>‏{file} مصدره مساحة عمل الائتلاف «{other}» وليس هذه؛ استورده في مساحة عمل جديدة.</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>اقرأني</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation>المعرّف (لا تعدّله)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>الدول المقدِّمة للتوصية</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>دوركم</translation>
    </message>
    <message>
        <source>Latest status (all groups)</source>
        <translation>آخر حالة (كل المجموعات)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>الجهة الحكومية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation>المشاركون من الحكومة</translation>
    </message>
    <message>
        <source>Recommendations discussed (refs)</source>
        <translation>التوصيات التي نوقشت (المراجع)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more changes (--limit 0 shows all).</source>
        <translation>
            <numerusform>  ... ولا تغييرات أخرى (--limit 0 يعرضها كلها).</numerusform>
            <numerusform>  ... وتغيير آخر (--limit 0 يعرضها كلها).</numerusform>
            <numerusform>  ... وتغييران آخران (--limit 0 يعرضها كلها).</numerusform>
            <numerusform>  ... و%Ln تغييرات أخرى (--limit 0 يعرضها كلها).</numerusform>
            <numerusform>  ... و%Ln تغييرًا آخر (--limit 0 يعرضها كلها).</numerusform>
            <numerusform>  ... و%Ln تغيير آخر (--limit 0 يعرضها كلها).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations to other States (or other cycles/sessions) were left out.</source>
        <translation>
            <numerusform>لم تُستبعد أي توصية.</numerusform>
            <numerusform>استُبعدت توصية واحدة موجهة إلى دولة أخرى (أو جولة/دورة أخرى).</numerusform>
            <numerusform>استُبعدت توصيتان موجهتان إلى دول أخرى (أو جولات/دورات أخرى).</numerusform>
            <numerusform>استُبعدت %Ln توصيات موجهة إلى دول أخرى (أو جولات/دورات أخرى).</numerusform>
            <numerusform>استُبعدت %Ln توصيةً موجهة إلى دول أخرى (أو جولات/دورات أخرى).</numerusform>
            <numerusform>استُبعدت %Ln توصية موجهة إلى دول أخرى (أو جولات/دورات أخرى).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({group}), merged on {when}: %n cells could not be used. Please correct them in your workbook and send it again.</source>
        <translation>
            <numerusform>{file} ({group})، دُمج في {when}: لم تُرفض أي خلية.</numerusform>
            <numerusform>{file} ({group})، دُمج في {when}: تعذّر استخدام خلية واحدة. يُرجى تصحيحها في مصنفك وإرساله مجددًا.</numerusform>
            <numerusform>{file} ({group})، دُمج في {when}: تعذّر استخدام خليتين. يُرجى تصحيحهما في مصنفك وإرساله مجددًا.</numerusform>
            <numerusform>{file} ({group})، دُمج في {when}: تعذّر استخدام %Ln خلايا. يُرجى تصحيحها في مصنفك وإرساله مجددًا.</numerusform>
            <numerusform>{file} ({group})، دُمج في {when}: تعذّر استخدام %Ln خليةً. يُرجى تصحيحها في مصنفك وإرساله مجددًا.</numerusform>
            <numerusform>{file} ({group})، دُمج في {when}: تعذّر استخدام %Ln خلية. يُرجى تصحيحها في مصنفك وإرساله مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked refs</source>
        <translation>المراجع المرتبطة</translation>
    </message>
    <message>
        <source>To fill in: choose from the list how far the recommendation is implemented, as your group sees it now.</source>
        <translation>للتعبئة: اختر من القائمة مدى تنفيذ التوصية كما تراه مجموعتكم الآن.</translation>
    </message>
    <message>
        <source>To fill in: the date your group made this assessment, as YYYY-MM-DD. Leave it empty for today.</source>
        <translation>للتعبئة: تاريخ إجراء مجموعتكم لهذا التقييم، بالصيغة YYYY-MM-DD. اتركه فارغاً لتاريخ اليوم.</translation>
    </message>
    <message>
        <source>To fill in: what you saw that shows this status: a law passed, a budget, a programme, cases, figures.</source>
        <translation>للتعبئة: ما رأيتموه ويثبت هذه الحالة: قانون صدر، ميزانية، برنامج، قضايا، أرقام.</translation>
    </message>
    <message>
        <source>To fill in: where the evidence comes from: documents, links, reports, meetings.</source>
        <translation>للتعبئة: مصدر الأدلة: وثائق، روابط، تقارير، اجتماعات.</translation>
    </message>
    <message>
        <source>To fill in if you wish: anything else the secretariat should know.</source>
        <translation>للتعبئة إن شئتم: أي أمر آخر ينبغي أن تعرفه الأمانة.</translation>
    </message>
    <message>
        <source>The date of the meeting, as YYYY-MM-DD. Needed for a new row.</source>
        <translation>تاريخ الاجتماع، بالصيغة YYYY-MM-DD. مطلوب للصف الجديد.</translation>
    </message>
    <message>
        <source>The ministry, department or office you met. Needed for a new row.</source>
        <translation>الوزارة أو الإدارة أو المكتب الذي التقيتم به. مطلوب للصف الجديد.</translation>
    </message>
    <message>
        <source>Choose from the list what kind of engagement it was. Needed for a new row.</source>
        <translation>اختر من القائمة نوع التواصل. مطلوب للصف الجديد.</translation>
    </message>
    <message>
        <source>Who took part for the coalition.</source>
        <translation>من شارك عن الائتلاف.</translation>
    </message>
    <message>
        <source>Who took part for the government. Sensitive: keep this file safe.</source>
        <translation>من شارك عن الحكومة. حساس: احفظ هذا الملف في مكان آمن.</translation>
    </message>
    <message>
        <source>The refs of the recommendations discussed, separated by commas (e.g. 145.1, 145.7).</source>
        <translation>مراجع التوصيات التي نوقشت، مفصولة بفواصل (مثلاً: 145.1, 145.7).</translation>
    </message>
    <message>
        <source>What was discussed.</source>
        <translation>ما نوقش.</translation>
    </message>
    <message>
        <source>What the government committed to do, if anything.</source>
        <translation>ما التزمت الحكومة بفعله، إن وُجد.</translation>
    </message>
    <message>
        <source>What must be done next. Needed for a new row.</source>
        <translation>ما يجب فعله بعد ذلك. مطلوب للصف الجديد.</translation>
    </message>
    <message>
        <source>When it should be done, as YYYY-MM-DD.</source>
        <translation>موعد إنجازه، بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Choose from the list where the action stands; a new action is Open.</source>
        <translation>اختر من القائمة حالة الإجراء؛ الإجراء الجديد «مفتوح».</translation>
    </message>
    <message>
        <source>The refs of the recommendations it serves, separated by commas.</source>
        <translation>مراجع التوصيات التي يخدمها، مفصولة بفواصل.</translation>
    </message>
    <message>
        <source>There is no merge number {id}. List them with: upr-desktop merges list</source>
        <translation>لا توجد عملية دمج برقم {id}. اعرض قائمتها بالأمر: upr-desktop merges list</translation>
    </message>
    <message>
        <source>The merge of {file} was already undone.</source>
        <translation>سبق التراجع عن دمج {file}.</translation>
    </message>
    <message>
        <source>The merge of {file} has no recorded changes to undo.</source>
        <translation>لا توجد تغييرات مسجّلة للتراجع عنها في دمج {file}.</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s format version {version} is not one this version of UPR Desktop knows; update the app, or export a new workbook.</source>
        <translation>{file}: إصدار تنسيق المصنف {version} لا يعرفه هذا الإصدار من UPR Desktop؛ حدِّث التطبيق أو صدِّر مصنفاً جديداً.</translation>
    </message>
    <message>
        <source>{file}: this workbook was exported from another workspace (&apos;{other}&apos;), not from &apos;{ours}&apos;. Merge it into the workspace it came from.</source>
        <translation>{file}: صُدّر هذا المصنف من مساحة عمل أخرى («{other}») وليس من «{ours}». ادمجه في مساحة العمل التي جاء منها.</translation>
    </message>
    <message>
        <source>{file}: merged without a valid signature, because you trusted it (--trust-unsigned).</source>
        <translation>{file}: دُمج دون توقيع صالح لأنك وثقت به (--trust-unsigned).</translation>
    </message>
    <message>
        <source>{file}: the member group {group} of this workbook no longer exists in the workspace.</source>
        <translation>{file}: المجموعة العضو {group} الخاصة بهذا المصنف لم تعد موجودة في مساحة العمل.</translation>
    </message>
    <message>
        <source>{file}: the hidden exchange metadata has no base values.</source>
        <translation>{file}: لا تحتوي بيانات التبادل الوصفية المخفية على قيم أساس.</translation>
    </message>
    <message>
        <source>{file}: row {row} of &apos;{sheet}&apos; repeats an earlier row; it was added once.</source>
        <translation>{file}: الصف {row} في «{sheet}» يكرّر صفاً سابقاً؛ أُضيف مرة واحدة.</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s signature does not match (its hidden metadata was changed, or it was not signed by this workspace). If you trust where it came from, merge it with --trust-unsigned.</source>
        <translation>{file}: توقيع المصنف غير مطابق (غُيّرت بياناته الوصفية المخفية، أو لم توقّعه مساحة العمل هذه). إن كنت تثق بمصدره، فادمجه باستخدام --trust-unsigned.</translation>
    </message>
    <message>
        <source>the Status cannot be emptied; choose Unknown if you do not know.</source>
        <translation>لا يمكن إفراغ «الحالة»؛ اختر «غير معروف» إن كنت لا تعرف.</translation>
    </message>
    <message>
        <source>nothing from this row was merged because its Assessment date cannot be read.</source>
        <translation>لم يُدمج شيء من هذا الصف لأن «تاريخ التقييم» فيه غير مقروء.</translation>
    </message>
    <message>
        <source>an assessment needs a Status; choose one from the list.</source>
        <translation>يحتاج التقييم إلى «الحالة»؛ اختر واحدة من القائمة.</translation>
    </message>
    <message>
        <source>row {row} was not added because some of its cells cannot be read.</source>
        <translation>لم يُضف الصف {row} لأن بعض خلاياه غير مقروءة.</translation>
    </message>
    <message>
        <source>the cell holds a formula; formulas are not read. Type the value itself.</source>
        <translation>تحتوي الخلية على صيغة؛ الصيغ لا تُقرأ. اكتب القيمة نفسها.</translation>
    </message>
    <message>
        <source>the same row appears several times (rows {rows}) with different values; keep one and merge again.</source>
        <translation>يظهر الصف نفسه عدة مرات (الصفوف {rows}) بقيم مختلفة؛ أبقِ على واحد وادمج مرة أخرى.</translation>
    </message>
    <message>
        <source>the row has no hidden ID and its Ref &apos;{ref}&apos; matches no single recommendation of this workbook.</source>
        <translation>لا يحمل الصف معرّفاً مخفياً، ومرجعه «{ref}» لا يطابق توصية واحدة بعينها في هذا المصنف.</translation>
    </message>
    <message>
        <source>this recommendation was deleted from the workspace after the export; the row was not merged.</source>
        <translation>حُذفت هذه التوصية من مساحة العمل بعد التصدير؛ لم يُدمج الصف.</translation>
    </message>
    <message>
        <source>this row&apos;s hidden ID names a record of another member group; the row was not merged.</source>
        <translation>يشير المعرّف المخفي لهذا الصف إلى سجل يخص مجموعة عضواً أخرى؛ لم يُدمج الصف.</translation>
    </message>
    <message>
        <source>a new row needs a {header}; row {row} was not added.</source>
        <translation>يحتاج الصف الجديد إلى «{header}»؛ لم يُضف الصف {row}.</translation>
    </message>
    <message>
        <source>this row&apos;s hidden ID is not a recommendation of this workbook (copied from another workbook?); the row was not merged.</source>
        <translation>المعرّف المخفي لهذا الصف ليس توصية من هذا المصنف (هل نُسخ من مصنف آخر؟)؛ لم يُدمج الصف.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in the hidden ID column is not an ID this workbook was given; the row was not merged.</source>
        <translation>‏«{value}» في عمود المعرّف المخفي ليس معرّفاً أُعطي لهذا المصنف؛ لم يُدمج الصف.</translation>
    </message>
    <message>
        <source>this record was deleted from the workspace after the export; the row was not merged.</source>
        <translation>حُذف هذا السجل من مساحة العمل بعد التصدير؛ لم يُدمج الصف.</translation>
    </message>
    <message>
        <source>this value cannot be emptied.</source>
        <translation>لا يمكن إفراغ هذه القيمة.</translation>
    </message>
    <message>
        <source>Merge {file} from {group}</source>
        <translation>دمج {file} من {group}</translation>
    </message>
    <message>
        <source>--prefer takes &apos;ours&apos; or &apos;theirs&apos;, not &apos;{value}&apos;.</source>
        <translation>يقبل --prefer القيمة &apos;ours&apos; أو &apos;theirs&apos;، لا «{value}».</translation>
    </message>
    <message>
        <source>{source}: {file} {sheet}!{cell} ({field}): {reason}</source>
        <translation>{source}: {file} {sheet}!{cell} ({field}): {reason}</translation>
    </message>
    <message>
        <source>Nothing has been done.</source>
        <translation>لم يُتخذ أي إجراء.</translation>
    </message>
    <message>
        <source>Some steps were taken, but not all that was recommended.</source>
        <translation>اتُّخذت بعض الخطوات، لكن ليس كل ما أوصي به.</translation>
    </message>
    <message>
        <source>What was recommended has been done.</source>
        <translation>نُفّذ ما أوصي به.</translation>
    </message>
    <message>
        <source>You have no information.</source>
        <translation>ليست لديكم معلومات.</translation>
    </message>
    <message>
        <source>UPR follow-up workbook for {group}</source>
        <translation>مصنف متابعة الاستعراض الدوري الشامل لـ {group}</translation>
    </message>
    <message>
        <source>What to fill in</source>
        <translation>ما يجب تعبئته</translation>
    </message>
    <message>
        <source>Recommendations sheet: next to each recommendation assigned to your group, choose the Status from the list, write the Assessment date (YYYY-MM-DD; leave it empty for today), the Evidence you have, your Sources and any Comment.</source>
        <translation>ورقة التوصيات: بجانب كل توصية مسندة إلى مجموعتكم، اختر «الحالة» من القائمة، واكتب «تاريخ التقييم» (YYYY-MM-DD؛ اتركه فارغاً لتاريخ اليوم)، و«الأدلة» المتوفرة لديكم، و«المصادر»، وأي «تعليق».</translation>
    </message>
    <message>
        <source>Yellow columns are the ones to fill in; point at a column&apos;s title to read what goes in it. Grey columns give the context and cannot be changed.</source>
        <translation>الأعمدة الصفراء هي التي تُعبَّأ؛ أشِر إلى عنوان العمود لتقرأ ما يوضع فيه. والأعمدة الرمادية تعطي السياق ولا يمكن تغييرها.</translation>
    </message>
    <message>
        <source>Consultations sheet: correct the meetings already listed, and add new ones in the empty rows (Date, Government body and Kind are needed; Recommendations discussed: refs separated by commas).</source>
        <translation>ورقة المشاورات: صحّح الاجتماعات المدرجة، وأضف اجتماعات جديدة في الصفوف الفارغة («التاريخ» و«الجهة الحكومية» و«النوع» مطلوبة؛ «التوصيات التي نوقشت»: مراجع مفصولة بفواصل).</translation>
    </message>
    <message>
        <source>Follow-up actions sheet: update the Status of your actions and add new ones in the empty rows.</source>
        <translation>ورقة إجراءات المتابعة: حدِّث «الحالة» لإجراءاتكم، وأضف إجراءات جديدة في الصفوف الفارغة.</translation>
    </message>
    <message>
        <source>What not to touch</source>
        <translation>ما لا يجوز المساس به</translation>
    </message>
    <message>
        <source>Do not rename, delete or reorder the sheets, and do not delete the hidden ID column: it is how your answers find their way back. Sorting and filtering rows is fine.</source>
        <translation>لا تُعِد تسمية الأوراق ولا تحذفها ولا تغيّر ترتيبها، ولا تحذف عمود المعرّف المخفي: فهو ما يعيد إجاباتكم إلى مكانها. أما فرز الصفوف وتصفيتها فلا بأس بهما.</translation>
    </message>
    <message>
        <source>Do not type formulas: they are not read. Do not delete rows to remove something: tell the secretariat instead.</source>
        <translation>لا تكتب صيغاً: فهي لا تُقرأ. ولا تحذف صفوفاً لإزالة شيء: أبلغ الأمانة بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>The statuses</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Printing and sending back</source>
        <translation>الطباعة والإعادة</translation>
    </message>
    <message>
        <source>Each sheet prints across the width of the page, in landscape, with its column titles on every page.</source>
        <translation>تُطبع كل ورقة بعرض الصفحة، بالاتجاه الأفقي، مع عناوين أعمدتها في كل صفحة.</translation>
    </message>
    <message>
        <source>When you are done, save the file as it is (.xlsx) and send it back.</source>
        <translation>عند الانتهاء، احفظ الملف كما هو (.xlsx) وأعِده.</translation>
    </message>
    <message>
        <source>Send back by {deadline}</source>
        <translation>أعِده قبل {deadline}</translation>
    </message>
    <message>
        <source>Returned by {group} to the secretariat of {coalition} on {when}.</source>
        <translation>أعادته {group} إلى أمانة {coalition} في {when}.</translation>
    </message>
    <message>
        <source>This is a return prepared in the UPR Desktop app by {group}.</source>
        <translation>هذا ملف مُعاد أعدّته {group} في تطبيق UPR Desktop.</translation>
    </message>
    <message>
        <source>Sent by the secretariat of {coalition} on {when}.</source>
        <translation>أرسلته أمانة {coalition} في {when}.</translation>
    </message>
    <message>
        <source>Please send it back by {deadline}.</source>
        <translation>يُرجى إعادته قبل {deadline}.</translation>
    </message>
    <message>
        <source>Did you mean {names} or {last}?</source>
        <translation>هل تقصد {names} أو {last}؟</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>هل تقصد {name}؟</translation>
    </message>
    <message>
        <source>A value stored in the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the damaged record, then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup.</source>
        <translation>تعذّرت قراءة قيمة محفوظة في مساحة العمل: الملف تالف. شغّل `upr-desktop check` لمعرفة السجل التالف، ثم `upr-desktop export-json --salvage -o FILE` لحفظ كل ما عداه، أو استعد نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Theme cluster</source>
        <translation>مجموعة المواضيع</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>الدولة قيد الاستعراض</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>الوثيقة المصدر</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>ملاحظة المصدر</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>حالة التقييم</translation>
    </message>
    <message>
        <source>Assessment evidence</source>
        <translation>أدلة التقييم</translation>
    </message>
    <message>
        <source>Assessment sources</source>
        <translation>مصادر التقييم</translation>
    </message>
    <message>
        <source>Assessment comment</source>
        <translation>تعليق التقييم</translation>
    </message>
    <message>
        <source>Assessing group</source>
        <translation>المجموعة المقيِّمة</translation>
    </message>
    <message>
        <source>Confidential assessment</source>
        <translation>تقييم سري</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Assignment note</source>
        <translation>ملاحظة الإسناد</translation>
    </message>
    <message>
        <source>{field} changed from “{old}” to “{new}”</source>
        <translation>تغيّر {field} من “{old}” إلى “{new}”</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{group}&apos;s assessment of {date} removed ({status})</source>
        <translation>أُزيل تقييم {group} بتاريخ {date} ({status})</translation>
    </message>
    <message>
        <source>Assigned to {group} as {role}</source>
        <translation>أُسندت إلى {group} بدور {role}</translation>
    </message>
    <message>
        <source>Theme {theme} removed</source>
        <translation>أُزيل الموضوع {theme}</translation>
    </message>
    <message>
        <source>Recommendation added</source>
        <translation>أُضيفت التوصية</translation>
    </message>
    <message>
        <source>Recommendation removed</source>
        <translation>أُزيلت التوصية</translation>
    </message>
    <message>
        <source>{field} of {group}</source>
        <translation>{field} لدى {group}</translation>
    </message>
    <message>
        <source>{field} set to “{new}”</source>
        <translation>عُيِّن {field} إلى “{new}”</translation>
    </message>
    <message>
        <source>{field} cleared (was “{old}”)</source>
        <translation>مُسح {field} (كان “{old}”)</translation>
    </message>
    <message>
        <source>merged from {file}</source>
        <translation>دُمج من {file}</translation>
    </message>
    <message>
        <source>conflict in {file}, decided here</source>
        <translation>تعارض في {file}، حُسم هنا</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>مستورد من {file}</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <source>{change} ({origin})</source>
        <translation>{change} ({origin})</translation>
    </message>
    <message>
        <source>a group since removed</source>
        <translation>مجموعة حُذفت لاحقًا</translation>
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
        <source>Status set to {status} by {group} on {date}</source>
        <translation>عيّنت {group} الحالة إلى {status} في {date}</translation>
    </message>
    <message>
        <source>The coalition&apos;s assessment of {date} removed ({status})</source>
        <translation>أُزيل تقييم الائتلاف بتاريخ {date} ({status})</translation>
    </message>
    <message>
        <source>Assignment to {group} removed</source>
        <translation>أُزيل الإسناد إلى {group}</translation>
    </message>
    <message>
        <source>Assigned to {group} as {role}, due {date}</source>
        <translation>أُسندت إلى {group} بدور {role}، الموعد النهائي {date}</translation>
    </message>
    <message>
        <source>a theme since removed</source>
        <translation>موضوع حُذف لاحقًا</translation>
    </message>
    <message>
        <source>Theme {theme} added</source>
        <translation>أُضيف الموضوع {theme}</translation>
    </message>
    <message>
        <source>merged from {group}&apos;s return of {date}</source>
        <translation>دُمج من ملف {group} المُعاد بتاريخ {date}</translation>
    </message>
    <message>
        <source>conflict in {group}&apos;s return of {date}, decided here</source>
        <translation>تعارض في ملف {group} المُعاد بتاريخ {date}، حُسم هنا</translation>
    </message>
    <message>
        <source>Status set to {status} by the coalition on {date}</source>
        <translation>عيّن الائتلاف الحالة إلى {status} في {date}</translation>
    </message>
    <message>
        <source>{response} until {date}</source>
        <translation>{response} حتى {date}</translation>
    </message>
    <message>
        <source>then {response}</source>
        <translation>ثم {response}</translation>
    </message>
    <message>
        <source>then {response} until {date}</source>
        <translation>ثم {response} حتى {date}</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n recommendations to {acronym}</source>
        <translation>
            <numerusform>إسناد %Ln توصية إلى {acronym}</numerusform>
            <numerusform>إسناد توصية واحدة إلى {acronym}</numerusform>
            <numerusform>إسناد توصيتين إلى {acronym}</numerusform>
            <numerusform>إسناد %Ln توصيات إلى {acronym}</numerusform>
            <numerusform>إسناد %Ln توصيةً إلى {acronym}</numerusform>
            <numerusform>إسناد %Ln توصية إلى {acronym}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n recommendations from {acronym}</source>
        <translation>
            <numerusform>إلغاء إسناد %Ln توصية من {acronym}</numerusform>
            <numerusform>إلغاء إسناد توصية واحدة من {acronym}</numerusform>
            <numerusform>إلغاء إسناد توصيتين من {acronym}</numerusform>
            <numerusform>إلغاء إسناد %Ln توصيات من {acronym}</numerusform>
            <numerusform>إلغاء إسناد %Ln توصيةً من {acronym}</numerusform>
            <numerusform>إلغاء إسناد %Ln توصية من {acronym}</numerusform>
        </translation>
    </message>
    <message>
        <source>the record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>{who} changed {record} ({fields}) at {at} after you opened it; your changes were not saved, so that nothing of theirs is lost. Open it again and make your change on what is there now.</source>
        <translation>عدّل {who} {record} ({fields}) في {at} بعد أن فتحته؛ لم تُحفظ تغييراتك حتى لا يضيع شيء من تغييراته. افتحه من جديد وأجرِ تغييرك على ما هو موجود الآن.</translation>
    </message>
    <message>
        <source>Merges are undone one by one: the last one ({file}) with: upr-desktop merges undo {id}</source>
        <translation>يُتراجع عن عمليات الدمج واحدة تلو الأخرى: آخرها ({file}) بالأمر: upr-desktop merges undo {id}</translation>
    </message>
    <message>
        <source>Imports are undone one by one: the last one ({file}) with: upr-desktop imports undo {id}</source>
        <translation>يُتراجع عن عمليات الاستيراد واحدة تلو الأخرى: آخرها ({file}) بالأمر: upr-desktop imports undo {id}</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Set the secretariat to {name}</source>
        <translation>تعيين الأمانة: {name}</translation>
    </message>
    <message>
        <source>the consultation with {body}</source>
        <translation>المشاورة مع {body}</translation>
    </message>
    <message>
        <source>the follow-up action &quot;{action}&quot;</source>
        <translation>إجراء المتابعة «{action}»</translation>
    </message>
    <message>
        <source>A recommendation cannot be its own predecessor ({ref}).</source>
        <translation>لا يمكن أن تكون التوصية سابقةً لنفسها ({ref}).</translation>
    </message>
    <message>
        <source>{earlier} was made to {other}, not to {state}: only recommendations to the same State can be linked.</source>
        <translation>وُجِّهت {earlier} إلى {other} لا إلى {state}: لا يمكن الربط إلا بين توصيات موجهة إلى الدولة نفسها.</translation>
    </message>
    <message>
        <source>{earlier} (cycle {earlier_cycle}) is not from a cycle before {ref} (cycle {cycle}): a predecessor comes from an earlier cycle.</source>
        <translation>{earlier} (الجولة {earlier_cycle}) ليست من جولة سابقة لـ {ref} (الجولة {cycle}): التوصية السابقة تأتي من جولة سابقة.</translation>
    </message>
    <message>
        <source>A link is either confirmed or rejected, not &apos;{status}&apos;.</source>
        <translation>الرابط إما مؤكَّد أو مرفوض، لا &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Confirm that {earlier} was recommended before {ref}</source>
        <translation>تأكيد أن {earlier} أوصي بها قبل {ref}</translation>
    </message>
    <message>
        <source>Reject {earlier} as recommended before {ref}</source>
        <translation>رفض {earlier} كتوصية سابقة لـ {ref}</translation>
    </message>
    <message>
        <source>recommendation {ref}</source>
        <translation>التوصية {ref}</translation>
    </message>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>تحديد المواضيع لـ%Ln توصية</numerusform>
            <numerusform>تحديد المواضيع لتوصية واحدة</numerusform>
            <numerusform>تحديد المواضيع لتوصيتين</numerusform>
            <numerusform>تحديد المواضيع لـ%Ln توصيات</numerusform>
            <numerusform>تحديد المواضيع لـ%Ln توصيةً</numerusform>
            <numerusform>تحديد المواضيع لـ%Ln توصية</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a State&apos;s name.</source>
        <translation>‏«{name}» ليس اسم دولة.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected recommendations no longer exist; refresh the list and try again.</source>
        <translation>
            <numerusform>لم تعد أي من التوصيات المحددة موجودة؛ حدّث القائمة وحاول مجددًا.</numerusform>
            <numerusform>لم تعد إحدى التوصيات المحددة موجودة؛ حدّث القائمة وحاول مجددًا.</numerusform>
            <numerusform>لم تعد اثنتان من التوصيات المحددة موجودتين؛ حدّث القائمة وحاول مجددًا.</numerusform>
            <numerusform>لم تعد %Ln من التوصيات المحددة موجودة؛ حدّث القائمة وحاول مجددًا.</numerusform>
            <numerusform>لم تعد %Ln من التوصيات المحددة موجودة؛ حدّث القائمة وحاول مجددًا.</numerusform>
            <numerusform>لم تعد %Ln من التوصيات المحددة موجودة؛ حدّث القائمة وحاول مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough free space in {folder} for a backup of {name}: about {need} MB are needed and {free} MB are free. Nothing was changed; free some space (or choose another backup folder in Settings) and try again.</source>
        <translation>لا توجد مساحة حرة كافية في {folder} لنسخة احتياطية من {name}: يلزم نحو {need} ميغابايت والمتاح {free} ميغابايت. لم يتغير شيء؛ أفرغ بعض المساحة (أو اختر مجلداً آخر للنسخ الاحتياطية في الإعدادات) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{backup} is not protected by a passphrase, but the workspace is: restoring it would leave your data unprotected. Choose a backup taken since the workspace was protected (upr-desktop backups), or restore it and then run protect again after unprotecting the workspace.</source>
        <translation>‏{backup} غير محمية بعبارة مرور، أما مساحة العمل فمحمية: استعادتها ستترك بياناتك بلا حماية. اختر نسخة احتياطية أُخذت بعد حماية مساحة العمل (upr-desktop backups)، أو أزل عبارة المرور أولاً (unprotect) ثم استعدها ثم احمِ مساحة العمل مجدداً (protect).</translation>
    </message>
    <message>
        <source>{backup} is protected by a passphrase, but the workspace is not: it was taken while the workspace was protected. Choose a backup taken since the passphrase was removed.</source>
        <translation>‏{backup} محمية بعبارة مرور، أما مساحة العمل فغير محمية: أُخذت حين كانت مساحة العمل محمية. اختر نسخة احتياطية أُخذت بعد إزالة عبارة المرور.</translation>
    </message>
    <message>
        <source>{backup} is protected by another passphrase than the workspace&apos;s (it was taken before the passphrase was changed, or belongs to another workspace); it cannot be restored with this one.</source>
        <translation>‏{backup} محمية بعبارة مرور غير عبارة مساحة العمل (أُخذت قبل تغيير عبارة المرور، أو تعود إلى مساحة عمل أخرى)؛ لا يمكن استعادتها بهذه العبارة.</translation>
    </message>
    <message>
        <source>Could not make the backup folder {folder}: {reason}. Nothing was changed; choose another backup folder in Settings.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية {folder}: {reason}. لم يتغير شيء؛ اختر مجلداً آخر للنسخ الاحتياطية في الإعدادات.</translation>
    </message>
    <message>
        <source>Could not back up {path} into {folder}: {reason}. Nothing was changed.</source>
        <translation>تعذّر أخذ نسخة احتياطية من {path} في {folder}: {reason}. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is still in use by another task; nothing was changed. Try the import again.</source>
        <translation>لا يزال {path} مستخدمًا من قِبل مهمة أخرى؛ لم يُغيَّر أي شيء. أعد محاولة الاستيراد.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>الملف للقراءة فقط</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>ملف نصي</translation>
    </message>
    <message>
        <source>its folder cannot be written to, so SQLite cannot keep its journal beside it</source>
        <translation>لا يمكن الكتابة في مجلده، فلا يستطيع SQLite الاحتفاظ بسجله بجانبه</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>يوجد على قرص للقراءة فقط</translation>
    </message>
    <message>
        <source>the file is marked immutable</source>
        <translation>الملف معلَّم بأنه غير قابل للتغيير (immutable)</translation>
    </message>
    <message>
        <source>To bring recommendations in from it: upr-desktop import &quot;{path}&quot;; a returned exchange workbook is merged with: upr-desktop merge &quot;{path}&quot;.</source>
        <translation>لاستيراد التوصيات منه: upr-desktop import &quot;{path}&quot;؛ أما مصنف التبادل المُعاد فيُدمج بالأمر: upr-desktop merge &quot;{path}&quot;.</translation>
    </message>
    <message>
        <source>{path} is not a UPR Desktop workspace: it is {kind}.</source>
        <translation>‏{path} ليس مساحة عمل لـ UPR Desktop: إنه {kind}.</translation>
    </message>
    <message>
        <source>{path} is on a disk that cannot be written to and changes are still in its {wal} file, which SQLite cannot read there. Copy the workspace with both files to a writable folder and open the copy.</source>
        <translation>‏{path} موجودة على قرص لا تمكن الكتابة عليه، وما زالت تغييرات في ملفها {wal} لا يستطيع SQLite قراءته هناك. انسخ مساحة العمل مع الملفين إلى مجلد قابل للكتابة وافتح النسخة.</translation>
    </message>
    <message>
        <source>a zip archive: an Excel, Word or LibreOffice document</source>
        <translation>أرشيف zip: مستند Excel أو Word أو LibreOffice</translation>
    </message>
    <message>
        <source>an empty zip archive</source>
        <translation>أرشيف zip فارغ</translation>
    </message>
    <message>
        <source>an old Office file (.xls or .doc)</source>
        <translation>ملف Office قديم (.xls أو .doc)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>row {row} of {table}</source>
        <translation>الصف {row} من {table}</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>ليست نصاً</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an id</source>
        <translation>«{value}» ليس معرّفاً</translation>
    </message>
    <message>
        <source>it is not a whole number</source>
        <translation>ليست عدداً صحيحاً</translation>
    </message>
    <message>
        <source>it is neither yes nor no</source>
        <translation>ليست نعم ولا لا</translation>
    </message>
    <message>
        <source>{copy} is not protected by a passphrase while the workspace is: run `upr-desktop protect` to protect it too.</source>
        <translation>‏{copy} غير محمية بعبارة مرور بينما مساحة العمل محمية: شغّل `upr-desktop protect` لحمايتها أيضاً.</translation>
    </message>
    <message>
        <source>it is not JSON text</source>
        <translation>ليست نص JSON</translation>
    </message>
    <message>
        <source>it is not a JSON {kind}</source>
        <translation>ليست {kind} بصيغة JSON</translation>
    </message>
    <message>
        <source>it is not a date</source>
        <translation>ليست تاريخاً</translation>
    </message>
    <message>
        <source>Checking the change log</source>
        <translation>جارٍ فحص سجل التغييرات</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>member group</source>
        <translation>المجموعة العضو</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <source>follow-up action</source>
        <translation>إجراء المتابعة</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>الدمج</translation>
    </message>
    <message>
        <source>import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>change-log entry</source>
        <translation>قيد سجل التغييرات</translation>
    </message>
    <message>
        <source>workspace record</source>
        <translation>سجل مساحة العمل</translation>
    </message>
    <message>
        <source>{entity} of recommendation {ref} (row {row})</source>
        <translation>{entity} للتوصية {ref} (الصف {row})</translation>
    </message>
    <message>
        <source>{entity} {name} (row {row})</source>
        <translation>{entity} {name} (الصف {row})</translation>
    </message>
    <message>
        <source>The file&apos;s pages cannot be read: {reason}</source>
        <translation>تعذّرت قراءة صفحات الملف: {reason}</translation>
    </message>
    <message>
        <source>{record} refers to a {parent} that does not exist.</source>
        <translation>يشير {record} إلى {parent} غير موجود.</translation>
    </message>
    <message>
        <source>The links between records cannot be checked: {reason}</source>
        <translation>تعذّر فحص الروابط بين السجلات: {reason}</translation>
    </message>
    <message>
        <source>it is not readable text</source>
        <translation>ليست نصاً مقروءاً</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ليست JSON صالحاً</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>«{value}» ليس تاريخاً</translation>
    </message>
    <message>
        <source>Checking {table}</source>
        <translation>جارٍ فحص {table}</translation>
    </message>
    <message>
        <source>{record}: its id is {stored} but the change log recorded {logged}; the id was changed outside the app (or damaged).</source>
        <translation>{record}: معرّفه {stored} لكن سجل التغييرات سجّل {logged}؛ غُيّر المعرّف خارج التطبيق (أو تلف).</translation>
    </message>
    <message>
        <source>The search index does not match the recommendations ({reason}); searches may miss or show the wrong ones. Rebuild it with: upr-desktop check --rebuild-search-index</source>
        <translation>فهرس البحث لا يطابق التوصيات ({reason})؛ قد يُغفل البحث بعضها أو يعرض غيرها. أعد بناءه بالأمر: upr-desktop check --rebuild-search-index</translation>
    </message>
    <message>
        <source>{record}: its row and the index {index} disagree (a stored value was changed outside the app, or damaged).</source>
        <translation>{record}: صفه والفهرس {index} غير متطابقين (غُيّرت قيمة محفوظة خارج التطبيق، أو تلفت).</translation>
    </message>
    <message>
        <source>The file&apos;s structure: {detail}</source>
        <translation>بنية الملف: {detail}</translation>
    </message>
    <message>
        <source>The table {table} cannot be read: {reason}</source>
        <translation>تعذّرت قراءة الجدول {table}: {reason}</translation>
    </message>
    <message>
        <source>row {row} of {table} cannot be read at all: {reason}</source>
        <translation>تعذّرت قراءة الصف {row} من {table} إطلاقاً: {reason}</translation>
    </message>
    <message>
        <source>{record}: the stored {column} cannot be read: {problem}.</source>
        <translation>{record}: تعذّرت قراءة قيمة {column} المحفوظة: {problem}.</translation>
    </message>
    <message>
        <source>The change log cannot be compared with {table}: {reason}</source>
        <translation>تعذّرت مقارنة سجل التغييرات بـ {table}: {reason}</translation>
    </message>
    <message>
        <source>An interrupted {operation} of {path} was undone: the workspace and its copies are as they were before it. Run it again.</source>
        <translation>أُلغيت عملية {operation} المتوقفة لـ {path}: مساحة العمل ونسخها كما كانت قبلها. أعد تشغيلها.</translation>
    </message>
    <message>
        <source>An interrupted {operation} of {path} was finished: the workspace and every copy of it are now under its current passphrase.</source>
        <translation>أُكملت عملية {operation} المتوقفة لـ {path}: مساحة العمل وكل نسخها صارت تحت عبارة المرور الحالية.</translation>
    </message>
    <message>
        <source>protection of the copies</source>
        <translation>حماية النسخ</translation>
    </message>
    <message>
        <source>The converted copy of {path} for an interrupted change of passphrase is missing; nothing was touched. Keep every file beside the workspace and its backups as it is, and ask for help.</source>
        <translation>النسخة المحوَّلة من {path} لتغيير عبارة المرور المتوقف مفقودة؛ لم يُمسّ شيء. أبقِ كل الملفات المجاورة لمساحة العمل ونسخها الاحتياطية كما هي، واطلب المساعدة.</translation>
    </message>
    <message>
        <source>The record of an interrupted change of passphrase, {path}, cannot be read ({reason}). Move it away only after checking that the workspace opens.</source>
        <translation>تعذّرت قراءة سجل تغيير عبارة المرور المتوقف، {path} ({reason}). لا تنقله إلا بعد التحقق من أن مساحة العمل تُفتح.</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>removal of the passphrase</source>
        <translation>إزالة عبارة المرور</translation>
    </message>
    <message>
        <source>change of passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>{path} already exists; move the workspace to a new file. Nothing was changed.</source>
        <translation>{path} موجود بالفعل؛ انقل مساحة العمل إلى ملف جديد. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database {where} is not empty; move a workspace only into an empty database (createdb -O ROLE NAME). Nothing was changed.</source>
        <translation>قاعدة البيانات {where} ليست فارغة؛ لا تنقل مساحة عمل إلا إلى قاعدة بيانات فارغة (createdb -O ROLE NAME). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Cannot reach the server for {where}: {detail}</source>
        <translation>تعذّر الوصول إلى خادم {where}: {detail}</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} على {host}</translation>
    </message>
    <message>
        <source>The server refused {user} for {where}: the password is wrong or missing. Save it with: upr-desktop --workspace &quot;{url}&quot; server remember-password</source>
        <translation>رفض الخادم {user} لـ {where}: كلمة المرور خاطئة أو مفقودة. احفظها بالأمر: upr-desktop --workspace &quot;{url}&quot; server remember-password</translation>
    </message>
    <message>
        <source>The server has no database &apos;{database}&apos; ({where}). Ask its administrator to create it (createdb -O ROLE {database}).</source>
        <translation>لا توجد على الخادم قاعدة بيانات &apos;{database}&apos; ({where}). اطلب من مسؤوله إنشاءها (createdb -O ROLE {database}).</translation>
    </message>
    <message>
        <source>The server for {where} did not prove who it is: its certificate is not signed by the authority in {ca}. Nothing was sent. Ask the server&apos;s administrator for its CA certificate and name it with sslrootcert=.</source>
        <translation>لم يُثبت خادم {where} هويته: شهادته غير موقّعة من الجهة المصدِّقة في {ca}. لم يُرسَل أي شيء. اطلب من مدير الخادم شهادة الجهة المصدِّقة (CA) وحدّدها بـ sslrootcert=.</translation>
    </message>
    <message>
        <source>The server for {where} showed a certificate made for another name. Nothing was sent. Connect with the host name its certificate names, or ask its administrator.</source>
        <translation>قدّم خادم {where} شهادة صادرة لاسم آخر. لم يُرسَل أي شيء. اتصل باسم المضيف الذي تذكره شهادته، أو اسأل مديره.</translation>
    </message>
    <message>
        <source>No CA certificate at {ca} to check the server for {where} with (sslmode={mode}). Save the server&apos;s CA certificate there, or name it with sslrootcert=.</source>
        <translation>لا توجد شهادة جهة مصدِّقة (CA) في {ca} للتحقق من خادم {where} (sslmode={mode}). احفظ شهادة CA الخاصة بالخادم هناك، أو حدّدها بـ sslrootcert=.</translation>
    </message>
    <message>
        <source>The server for {where} does not offer an encrypted connection, and sslmode={mode} requires one. Ask its administrator to turn TLS on (ssl = on).</source>
        <translation>لا يوفّر خادم {where} اتصالًا مشفّرًا، و sslmode={mode} يشترطه. اطلب من مديره تفعيل TLS (ssl = on).</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address; write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>&apos;{url}&apos; ليس عنوان خادم؛ اكتب postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no host or no database; write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>&apos;{url}&apos; لا يذكر مضيفًا أو قاعدة بيانات؛ اكتب postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>{path} is not a server connection file (it holds no settings).</source>
        <translation>{path} ليس ملف اتصال بخادم (لا يحتوي على إعدادات).</translation>
    </message>
    <message>
        <source>{path} holds a password: remove it; passwords are kept in the keyring (upr-desktop server remember-password).</source>
        <translation>{path} يحتوي على كلمة مرور: احذفها؛ تُحفظ كلمات المرور في حلقة المفاتيح (upr-desktop server remember-password).</translation>
    </message>
    <message>
        <source>{path} names no host or no database (&quot;host&quot;, &quot;database&quot;).</source>
        <translation>{path} لا يذكر مضيفًا أو قاعدة بيانات (&quot;host&quot;, &quot;database&quot;).</translation>
    </message>
    <message>
        <source>The server for {where} runs PostgreSQL {version}; UPR Desktop needs 13 or newer.</source>
        <translation>يعمل خادم {where} بالإصدار {version} من PostgreSQL؛ يحتاج UPR Desktop إلى الإصدار 13 أو أحدث.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address ({reason}); write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>&apos;{url}&apos; ليس عنوان خادم ({reason})؛ اكتب postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>{path} is not a server connection file (it is {size} bytes; one is a few lines).</source>
        <translation>{path} ليس ملف اتصال بخادم (حجمه {size} بايت؛ ملف الاتصال بضعة أسطر فقط).</translation>
    </message>
    <message>
        <source>No server connection file at {path}.</source>
        <translation>لا يوجد ملف اتصال بخادم في {path}.</translation>
    </message>
    <message>
        <source>{path} is not a server connection file ({reason}).</source>
        <translation>{path} ليس ملف اتصال بخادم ({reason}).</translation>
    </message>
    <message>
        <source>{path} holds a password in its URL: remove it; passwords are kept in the keyring.</source>
        <translation>{path} يحتوي على كلمة مرور في عنوانه: احذفها؛ تُحفظ كلمات المرور في حلقة المفاتيح.</translation>
    </message>
    <message>
        <source>A server workspace has no file to copy; use upr-desktop backup (pg_dump).</source>
        <translation>مساحة العمل على الخادم ليس لها ملف يُنسخ؛ استخدم upr-desktop backup (pg_dump).</translation>
    </message>
    <message>
        <source>The database {where} holds no UPR Desktop workspace. Create one with: upr-desktop --workspace &quot;{url}&quot; init --name NAME --country STATE</source>
        <translation>لا تحتوي قاعدة البيانات {where} على مساحة عمل UPR Desktop. أنشئ واحدة بالأمر: upr-desktop --workspace &quot;{url}&quot; init --name NAME --country STATE</translation>
    </message>
    <message>
        <source>Upgrading the workspace on the server</source>
        <translation>جارٍ ترقية مساحة العمل على الخادم</translation>
    </message>
    <message>
        <source>The database {where} already holds a workspace; open it instead (nothing was changed).</source>
        <translation>تحتوي قاعدة البيانات {where} بالفعل على مساحة عمل؛ افتحها بدلًا من ذلك (لم يتغير شيء).</translation>
    </message>
    <message>
        <source>The database {where} is not empty ({tables}...); create a workspace in an empty database (createdb -O ROLE NAME).</source>
        <translation>قاعدة البيانات {where} ليست فارغة ({tables}...)؛ أنشئ مساحة عمل في قاعدة بيانات فارغة (createdb -O ROLE NAME).</translation>
    </message>
    <message>
        <source>{program} is not installed, so the server workspace cannot be backed up or restored from here. Install the PostgreSQL client programs (Debian/Ubuntu: apt-get install postgresql-client) or set UPR_DESKTOP_PG_BIN to their folder. Nothing was changed.</source>
        <translation>{program} غير مثبّت، لذا لا يمكن نسخ مساحة العمل على الخادم احتياطيًا أو استعادتها من هنا. ثبّت برامج عميل PostgreSQL (Debian/Ubuntu: apt-get install postgresql-client) أو حدّد مجلدها في UPR_DESKTOP_PG_BIN. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Could not back up {where}: pg_dump said: {detail}. Nothing was changed.</source>
        <translation>تعذّر النسخ الاحتياطي لـ {where}: قال pg_dump: {detail}. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Could not back up {where}: pg_dump wrote an empty backup. Nothing was changed.</source>
        <translation>تعذّر النسخ الاحتياطي لـ {where}: كتب pg_dump نسخة فارغة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{path} is not a backup of a server workspace (pg_restore cannot read it); nothing was changed.</source>
        <translation>{path} ليس نسخة احتياطية لمساحة عمل على خادم (لا يستطيع pg_restore قراءتها)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Could not restore {backup} into {where}: pg_restore said: {detail}. The database was left as it was.</source>
        <translation>تعذّرت استعادة {backup} إلى {where}: قال pg_restore: {detail}. بقيت قاعدة البيانات كما كانت.</translation>
    </message>
    <message>
        <source>The search index does not match the recommendations ({refs}); searches may miss them. Rebuild it with: upr-desktop check --rebuild-search-index</source>
        <translation>لا يطابق فهرس البحث التوصيات ({refs})؛ قد تفوتها عمليات البحث. أعد بناءه بالأمر: upr-desktop check --rebuild-search-index</translation>
    </message>
    <message>
        <source>recommendation {ref}: its status, last assessment or lead group does not match its assessments and assignments (changed outside the app).</source>
        <translation>التوصية {ref}: حالتها أو آخر تقييم لها أو المجموعة الرائدة لا تطابق تقييماتها وإسناداتها (غُيّرت خارج التطبيق).</translation>
    </message>
    <message numerus="yes">
        <source>The Dashboard&apos;s counts differ from the records in %n places (changed outside the app).</source>
        <translation>
            <numerusform>تتطابق أرقام لوحة المعلومات مع السجلات في كل المواضع.</numerusform>
            <numerusform>تختلف أرقام لوحة المعلومات عن السجلات في موضع واحد (غُيّر خارج التطبيق).</numerusform>
            <numerusform>تختلف أرقام لوحة المعلومات عن السجلات في موضعين (غُيّرا خارج التطبيق).</numerusform>
            <numerusform>تختلف أرقام لوحة المعلومات عن السجلات في %Ln مواضع (غُيّرت خارج التطبيق).</numerusform>
            <numerusform>تختلف أرقام لوحة المعلومات عن السجلات في %Ln موضعًا (غُيّرت خارج التطبيق).</numerusform>
            <numerusform>تختلف أرقام لوحة المعلومات عن السجلات في %Ln موضع (غُيّرت خارج التطبيق).</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row} of {table}: {column} is not a JSON {kind}.</source>
        <translation>الصف {row} من {table}: {column} ليس {kind} JSON.</translation>
    </message>
    <message>
        <source>The server refused this change: {role} may read everything but write only its own group&apos;s assessments, consultations and follow-up actions. Nothing was changed; ask the secretariat to make it.</source>
        <translation>رفض الخادم هذا التغيير: يمكن لـ {role} قراءة كل شيء لكنه لا يكتب إلا تقييمات مجموعته ومشاوراتها وإجراءات المتابعة الخاصة بها. لم يتغير شيء؛ اطلب من الأمانة إجراءه.</translation>
    </message>
    <message>
        <source>A text to save holds a NUL character (0x00), which a server cannot store; remove it and try again. Nothing was changed.</source>
        <translation>يحتوي نص يُراد حفظه على المحرف NUL (0x00) الذي لا يستطيع الخادم تخزينه؛ احذفه وحاول مجددًا. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>--role takes &apos;secretariat&apos; or &apos;member&apos;, not &apos;{value}&apos;.</source>
        <translation>يقبل --role القيمة &apos;secretariat&apos; أو &apos;member&apos;، لا &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a server login: use lower-case letters, digits and _ (e.g. amina_k).</source>
        <translation>لا يصلح &apos;{name}&apos; اسم دخول على الخادم: استخدم أحرفًا صغيرة وأرقامًا و _ (مثل amina_k).</translation>
    </message>
    <message>
        <source>A member writes for one group: say which with --group ACR.</source>
        <translation>يكتب العضو لمجموعة واحدة: حدّدها بـ --group ACR.</translation>
    </message>
    <message>
        <source>No member group &apos;{acronym}&apos;. Add it first with: upr-desktop groups add NAME --acronym {acronym}</source>
        <translation>لا توجد مجموعة عضو &apos;{acronym}&apos;. أضفها أولًا بالأمر: upr-desktop groups add NAME --acronym {acronym}</translation>
    </message>
    <message>
        <source>opened for reading only</source>
        <translation>فُتحت للقراءة فقط</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file.</source>
        <translation>‏{path} مجلد، وليس ملف مساحة عمل.</translation>
    </message>
    <message>
        <source>{path} can only be read ({reason}); nothing was changed. Every command that only reads works; to change it, copy it to a folder you can write to, or make it writable again.</source>
        <translation>‏{path} للقراءة فقط ({reason})؛ لم يتغير شيء. كل الأوامر التي تقرأ فقط تعمل؛ لتغييره انسخه إلى مجلد قابل للكتابة، أو اجعله قابلاً للكتابة مجدداً.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}</source>
        <translation>تعذّر إنشاء {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by an older version of UPR Desktop and must be upgraded before it is read, but it can only be read ({reason}). Copy it to a folder you can write to and open the copy.</source>
        <translation>‏{path} أُنشئ بإصدار أقدم من UPR Desktop ويجب ترقيته قبل قراءته، لكنه للقراءة فقط ({reason}). انسخه إلى مجلد قابل للكتابة وافتح النسخة.</translation>
    </message>
    <message>
        <source>No member group has recommendations of cycle {cycle} assigned.</source>
        <translation>لم تُسنَد إلى أي مجموعة عضو توصيات من الجولة {cycle}.</translation>
    </message>
    <message>
        <source>--response-on date</source>
        <translation>تاريخ --response-on</translation>
    </message>
    <message>
        <source>The minimum score is a number from 0 to 1 (e.g. 0.6), not {value}.</source>
        <translation>الحد الأدنى للدرجة رقم من 0 إلى 1 (مثلاً 0.6)، لا {value}.</translation>
    </message>
    <message>
        <source>{ref} has no near-duplicate in its cycle: assign it alone with: upr-desktop assign --ref {ref}</source>
        <translation>لا توجد توصية شبه مكررة لـ {ref} في جولتها: أسندها وحدها بالأمر: upr-desktop assign --ref {ref}</translation>
    </message>
    <message>
        <source>{path} is a workspace file; this works on a workspace on a server (--workspace postgresql://...).</source>
        <translation>{path} ملف مساحة عمل؛ يعمل هذا على مساحة عمل على خادم (--workspace postgresql://...).</translation>
    </message>
    <message>
        <source>Cannot remember the server password on this computer: {reason}. Set {env} instead, or use PostgreSQL&apos;s own ~/.pgpass file.</source>
        <translation>تعذّر حفظ كلمة مرور الخادم على هذا الحاسوب: {reason}. عيّن {env} بدلاً من ذلك، أو استخدم ملف ~/.pgpass الخاص بـ PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot remember the server password on this computer: the keyring refused it ({error}). Set {env} instead, or use PostgreSQL&apos;s own ~/.pgpass file.</source>
        <translation>تعذّر حفظ كلمة مرور الخادم على هذا الحاسوب: رفضتها سلسلة المفاتيح ({error}). عيّن {env} بدلاً من ذلك، أو استخدم ملف ~/.pgpass الخاص بـ PostgreSQL.</translation>
    </message>
    <message>
        <source>The workspace can only be read ({reason}); the search index was not checked.</source>
        <translation>مساحة العمل للقراءة فقط ({reason})؛ لم يُفحص فهرس البحث.</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: it can only be read ({reason}). Nothing was changed.</source>
        <translation>تعذّرت الاستعادة إلى {path}: إنه للقراءة فقط ({reason}). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Not enough free space in {folder} to convert {path}: about {need} MB are needed and {free} MB are free. Nothing was changed.</source>
        <translation>لا توجد مساحة حرة كافية في {folder} لتحويل {path}: يلزم نحو {need} ميغابايت والمتاح {free} ميغابايت. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{path} is not protected by this key.</source>
        <translation>‏{path} غير محمي بهذا المفتاح.</translation>
    </message>
    <message>
        <source>Converting the copy {name}</source>
        <translation>جارٍ تحويل النسخة {name}</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>مُسندة</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>مُقيَّمة</translation>
    </message>
    <message>
        <source>discussed in a consultation</source>
        <translation>نوقشت في مشاورة</translation>
    </message>
    <message>
        <source>linked to a follow-up action</source>
        <translation>مرتبطة بإجراء متابعة</translation>
    </message>
    <message>
        <source>linked as recommended before</source>
        <translation>مرتبطة بوصفها أوصي بها سابقاً</translation>
    </message>
    <message>
        <source>Import {id}: {file} ({format}) on {when}: added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>الاستيراد {id}: {file} ({format}) في {when}: أُضيف {added}، حُدِّث {updated}، دون تغيير {unchanged}، تُخطّي {skipped}.</translation>
    </message>
    <message>
        <source>  added {ref}: {text}</source>
        <translation>  أُضيفت {ref}: {text}</translation>
    </message>
    <message>
        <source>  {ref} {field}: {old} -&gt; {new}</source>
        <translation>  {ref} {field}: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>  {ref}: linked {kind} {value}</source>
        <translation>  {ref}: رُبط بـ{kind} {value}</translation>
    </message>
    <message>
        <source>  row {row} not imported: {message}</source>
        <translation>  الصف {row} لم يُستورد: {message}</translation>
    </message>
    <message>
        <source>There is no import number {id}. List them with: upr-desktop imports list</source>
        <translation>لا توجد عملية استيراد برقم {id}. اعرض قائمتها بالأمر: upr-desktop imports list</translation>
    </message>
    <message>
        <source>The import of {file} changed nothing; there is nothing to undo.</source>
        <translation>لم يغيّر استيراد {file} شيئاً؛ لا يوجد ما يُتراجع عنه.</translation>
    </message>
    <message>
        <source>The import of {file} was already undone.</source>
        <translation>سبق التراجع عن استيراد {file}.</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (و{count} أخرى)</translation>
    </message>
    <message>
        <source>Cannot undo the import of {file}: later changes touched its recommendations: {listed}{more}. Undo those first, or keep the import.</source>
        <translation>تعذّر التراجع عن استيراد {file}: غيّرت تعديلات لاحقة توصياته: {listed}{more}. تراجع عنها أولاً، أو أبقِ على الاستيراد.</translation>
    </message>
    <message>
        <source>  It was undone.</source>
        <translation>  جرى التراجع عنه.</translation>
    </message>
    <message>
        <source>{file} is a report UPR Desktop wrote (“{title}”), not a list of recommendations: importing it would add its recommendations a second time. Import the UPR Info export, OHCHR matrix or UHRI export they came from. Nothing was imported.</source>
        <translation>{file} تقرير كتبه UPR Desktop («{title}»)، وليس قائمة توصيات: استيراده سيضيف توصياته مرة ثانية. استورد ملف تصدير UPR Info أو مصفوفة المفوضية السامية لحقوق الإنسان أو ملف تصدير الفهرس العالمي لحقوق الإنسان الذي جاءت منه. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{acronym} has no recommendations of cycle {cycle} assigned.</source>
        <translation>لم تُسنَد إلى {acronym} أي توصية من الجولة {cycle}.</translation>
    </message>
    <message>
        <source>Note: this workspace holds no recommendation of UPR cycle {cycle} (it holds: {held}).</source>
        <translation>ملاحظة: لا تحتوي مساحة العمل هذه على أي توصية من الجولة {cycle} من الاستعراض (تحتوي على: {held}).</translation>
    </message>
    <message>
        <source>The workspace holds no recommendation of cycle {cycle}; its cycles: {cycles}.</source>
        <translation>لا تحتوي مساحة العمل على أي توصية من الجولة {cycle}؛ جولاتها: {cycles}.</translation>
    </message>
    <message>
        <source>Not merged: {reason}</source>
        <translation>لم يُدمج: {reason}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>متأخر</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>مُسندة: %Ln</numerusform>
            <numerusform>مُسندة: %Ln</numerusform>
            <numerusform>مُسندة: %Ln</numerusform>
            <numerusform>مُسندة: %Ln</numerusform>
            <numerusform>مُسندة: %Ln</numerusform>
            <numerusform>مُسندة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed</source>
        <translation>
            <numerusform>مُقيَّمة: %Ln</numerusform>
            <numerusform>مُقيَّمة: %Ln</numerusform>
            <numerusform>مُقيَّمة: %Ln</numerusform>
            <numerusform>مُقيَّمة: %Ln</numerusform>
            <numerusform>مُقيَّمة: %Ln</numerusform>
            <numerusform>مُقيَّمة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open actions</source>
        <translation>
            <numerusform>لا إجراءات مفتوحة</numerusform>
            <numerusform>إجراء مفتوح واحد</numerusform>
            <numerusform>إجراءان مفتوحان</numerusform>
            <numerusform>%Ln إجراءات مفتوحة</numerusform>
            <numerusform>%Ln إجراءً مفتوحًا</numerusform>
            <numerusform>%Ln إجراء مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited recommendation {ref} (now version {version})</source>
        <translation>عُدّلت التوصية {ref} (الإصدار {version} الآن)</translation>
    </message>
    <message numerus="yes">
        <source>Would confirm %n links (nothing was changed).</source>
        <translation>
            <numerusform>لن يُؤكَّد أي رابط (لم يتغير شيء).</numerusform>
            <numerusform>سيُؤكَّد رابط واحد (لم يتغير شيء).</numerusform>
            <numerusform>سيُؤكَّد رابطان (لم يتغير شيء).</numerusform>
            <numerusform>ستُؤكَّد %Ln روابط (لم يتغير شيء).</numerusform>
            <numerusform>سيُؤكَّد %Ln رابطًا (لم يتغير شيء).</numerusform>
            <numerusform>سيُؤكَّد %Ln رابط (لم يتغير شيء).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n links; undo with: upr-desktop undo</source>
        <translation>
            <numerusform>لم يُؤكَّد أي رابط؛ للتراجع: upr-desktop undo</numerusform>
            <numerusform>تم تأكيد رابط واحد؛ للتراجع: upr-desktop undo</numerusform>
            <numerusform>تم تأكيد رابطين؛ للتراجع: upr-desktop undo</numerusform>
            <numerusform>تم تأكيد %Ln روابط؛ للتراجع: upr-desktop undo</numerusform>
            <numerusform>تم تأكيد %Ln رابطًا؛ للتراجع: upr-desktop undo</numerusform>
            <numerusform>تم تأكيد %Ln رابط؛ للتراجع: upr-desktop undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments.</source>
        <translation>
            <numerusform>لم يُزل أي إسناد.</numerusform>
            <numerusform>أُزيل إسناد واحد.</numerusform>
            <numerusform>أُزيل إسنادان.</numerusform>
            <numerusform>أُزيلت %Ln إسنادات.</numerusform>
            <numerusform>أُزيل %Ln إسنادًا.</numerusform>
            <numerusform>أُزيل %Ln إسناد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n items.</source>
        <translation>
            <numerusform>لم يُحذف أي عنصر.</numerusform>
            <numerusform>حُذف عنصر واحد.</numerusform>
            <numerusform>حُذف عنصران.</numerusform>
            <numerusform>حُذفت %Ln عناصر.</numerusform>
            <numerusform>حُذف %Ln عنصرًا.</numerusform>
            <numerusform>حُذف %Ln عنصر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups converted too.</source>
        <translation>
            <numerusform>لم تُحوَّل أي نسخة احتياطية.</numerusform>
            <numerusform>حُوِّلت نسخة احتياطية واحدة أيضًا.</numerusform>
            <numerusform>حُوِّلت نسختان احتياطيتان أيضًا.</numerusform>
            <numerusform>حُوِّلت %Ln نسخ احتياطية أيضًا.</numerusform>
            <numerusform>حُوِّلت %Ln نسخةً احتياطية أيضًا.</numerusform>
            <numerusform>حُوِّلت %Ln نسخة احتياطية أيضًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keys from this computer&apos;s keyring.</source>
        <translation>
            <numerusform>لم يُزل أي مفتاح.</numerusform>
            <numerusform>أُزيل مفتاح واحد من سلسلة مفاتيح هذا الحاسوب.</numerusform>
            <numerusform>أُزيل مفتاحان من سلسلة مفاتيح هذا الحاسوب.</numerusform>
            <numerusform>أُزيلت %Ln مفاتيح من سلسلة مفاتيح هذا الحاسوب.</numerusform>
            <numerusform>أُزيل %Ln مفتاحًا من سلسلة مفاتيح هذا الحاسوب.</numerusform>
            <numerusform>أُزيل %Ln مفتاح من سلسلة مفاتيح هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows to {target}; open it with: upr-desktop --workspace &quot;{target}&quot;</source>
        <translation>
            <numerusform>لم يُنسخ أي صف إلى {target}؛ افتحه بالأمر: upr-desktop --workspace &quot;{target}&quot;</numerusform>
            <numerusform>نُسخ صف واحد إلى {target}؛ افتحه بالأمر: upr-desktop --workspace &quot;{target}&quot;</numerusform>
            <numerusform>نُسخ صفّان إلى {target}؛ افتحه بالأمر: upr-desktop --workspace &quot;{target}&quot;</numerusform>
            <numerusform>نُسخت %Ln صفوف إلى {target}؛ افتحه بالأمر: upr-desktop --workspace &quot;{target}&quot;</numerusform>
            <numerusform>نُسخ %Ln صفًا إلى {target}؛ افتحه بالأمر: upr-desktop --workspace &quot;{target}&quot;</numerusform>
            <numerusform>نُسخ %Ln صف إلى {target}؛ افتحه بالأمر: upr-desktop --workspace &quot;{target}&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>الاستعراضات</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>member groups</source>
        <translation>المجموعات الأعضاء</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>الإسنادات</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <source>follow-up actions</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <source>merges</source>
        <translation>عمليات الدمج</translation>
    </message>
    <message>
        <source>changes in the log</source>
        <translation>التغييرات في السجل</translation>
    </message>
    <message>
        <source>schema version: {version}</source>
        <translation>إصدار المخطط: {version}</translation>
    </message>
    <message numerus="yes">
        <source>last backup: {when} (%n kept)</source>
        <translation>
            <numerusform>آخر نسخة احتياطية: {when} (المحفوظة: %Ln)</numerusform>
            <numerusform>آخر نسخة احتياطية: {when} (المحفوظة: %Ln)</numerusform>
            <numerusform>آخر نسخة احتياطية: {when} (المحفوظة: %Ln)</numerusform>
            <numerusform>آخر نسخة احتياطية: {when} (المحفوظة: %Ln)</numerusform>
            <numerusform>آخر نسخة احتياطية: {when} (المحفوظة: %Ln)</numerusform>
            <numerusform>آخر نسخة احتياطية: {when} (المحفوظة: %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value, the change log and the search index check out.</source>
        <translation>
            <numerusform>سليم: لم يُقرأ أي صف.</numerusform>
            <numerusform>سليم: قُرئ صف واحد؛ كل قيمة مخزنة وسجل التغييرات وفهرس البحث سليمة.</numerusform>
            <numerusform>سليم: قُرئ صفان؛ كل قيمة مخزنة وسجل التغييرات وفهرس البحث سليمة.</numerusform>
            <numerusform>سليم: قُرئت %Ln صفوف؛ كل قيمة مخزنة وسجل التغييرات وفهرس البحث سليمة.</numerusform>
            <numerusform>سليم: قُرئ %Ln صفًا؛ كل قيمة مخزنة وسجل التغييرات وفهرس البحث سليمة.</numerusform>
            <numerusform>سليم: قُرئ %Ln صف؛ كل قيمة مخزنة وسجل التغييرات وفهرس البحث سليمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value and the change log check out.</source>
        <translation>
            <numerusform>سليم: لم يُقرأ أي صف.</numerusform>
            <numerusform>سليم: قُرئ صف واحد؛ كل قيمة مخزنة وسجل التغييرات سليمة.</numerusform>
            <numerusform>سليم: قُرئ صفان؛ كل قيمة مخزنة وسجل التغييرات سليمة.</numerusform>
            <numerusform>سليم: قُرئت %Ln صفوف؛ كل قيمة مخزنة وسجل التغييرات سليمة.</numerusform>
            <numerusform>سليم: قُرئ %Ln صفًا؛ كل قيمة مخزنة وسجل التغييرات سليمة.</numerusform>
            <numerusform>سليم: قُرئ %Ln صف؛ كل قيمة مخزنة وسجل التغييرات سليمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring {backup} (taken {when}) undoes %n changes made since:</source>
        <translation>
            <numerusform>استعادة {backup} (المأخوذة في {when}) لا تتراجع عن أي تغيير:</numerusform>
            <numerusform>استعادة {backup} (المأخوذة في {when}) تتراجع عن تغيير واحد أُجري منذئذ:</numerusform>
            <numerusform>استعادة {backup} (المأخوذة في {when}) تتراجع عن تغييرين أُجريا منذئذ:</numerusform>
            <numerusform>استعادة {backup} (المأخوذة في {when}) تتراجع عن %Ln تغييرات أُجريت منذئذ:</numerusform>
            <numerusform>استعادة {backup} (المأخوذة في {when}) تتراجع عن %Ln تغييرًا أُجري منذئذ:</numerusform>
            <numerusform>استعادة {backup} (المأخوذة في {when}) تتراجع عن %Ln تغيير أُجري منذئذ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... ولا شيء آخر.</numerusform>
            <numerusform>  ... وواحد آخر.</numerusform>
            <numerusform>  ... واثنان آخران.</numerusform>
            <numerusform>  ... و%Ln أخرى.</numerusform>
            <numerusform>  ... و%Ln أخرى.</numerusform>
            <numerusform>  ... و%Ln أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>server: {server}, database {database} ({size} bytes), you are {role}</source>
        <translation>الخادم: {server}، قاعدة البيانات {database} ({size} بايت)، دورك {role}</translation>
    </message>
    <message>
        <source>file: {path} ({size} bytes, encrypted)</source>
        <translation>الملف: {path} ({size} بايت، مُشفَّر)</translation>
    </message>
    <message>
        <source>file: {path} ({size} bytes, not encrypted)</source>
        <translation>الملف: {path} ({size} بايت، غير مُشفَّر)</translation>
    </message>
    <message numerus="yes">
        <source>Salvaged the workspace: %n damaged records left out and listed under &quot;damaged&quot;.</source>
        <translation>
            <numerusform>أُنقذت مساحة العمل: لم يُستبعد أي سجل تالف.</numerusform>
            <numerusform>أُنقذت مساحة العمل: استُبعد سجل تالف واحد ووُضع تحت &quot;damaged&quot;.</numerusform>
            <numerusform>أُنقذت مساحة العمل: استُبعد سجلان تالفان ووُضعا تحت &quot;damaged&quot;.</numerusform>
            <numerusform>أُنقذت مساحة العمل: استُبعدت %Ln سجلات تالفة ووُضعت تحت &quot;damaged&quot;.</numerusform>
            <numerusform>أُنقذت مساحة العمل: استُبعد %Ln سجلًا تالفًا ووُضعت تحت &quot;damaged&quot;.</numerusform>
            <numerusform>أُنقذت مساحة العمل: استُبعد %Ln سجل تالف ووُضعت تحت &quot;damaged&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} changed ({source}, {when})</source>
        <translation>تغيّر {field} ({source}، {when})</translation>
    </message>
    <message>
        <source>deleted ({source}, {when})</source>
        <translation>حُذفت ({source}، {when})</translation>
    </message>
    <message>
        <source>tagged by hand ({source}, {when})</source>
        <translation>وُسمت يدوياً ({source}، {when})</translation>
    </message>
    <message>
        <source>tagged with a {kind} this import created ({source}, {when})</source>
        <translation>وُسمت بـ{kind} أنشأه هذا الاستيراد ({source}، {when})</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula with no saved result, and formulas are not worked out on import, so {reason}. Paste the values instead of the formulas (in Excel: Paste Special &gt; Values) and import again.</source>
        <translation>تحتوي الخلية {cell} على صيغة بلا نتيجة محفوظة، والصيغ لا تُحسب عند الاستيراد، لذا {reason}. الصق القيم بدل الصيغ (في Excel: لصق خاص &gt; قيم) ثم استورد مجدداً.</translation>
    </message>
    <message>
        <source>Cells {cells} hold formulas with no saved result; formulas are not worked out on import, so they were read as empty. Paste the values instead of the formulas (in Excel: Paste Special &gt; Values) and import again.</source>
        <translation>تحتوي الخلايا {cells} على صيغ بلا نتيجة محفوظة؛ لا تُحسب الصيغ عند الاستيراد، لذا قُرئت فارغة. الصق القيم بدلاً من الصيغ (في Excel: لصق خاص &gt; قيم) ثم استورد مرة أخرى.</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>الصف {row}، العمود {column}</translation>
    </message>
    <message>
        <source>Cannot import {file}: it holds {count} records of {fields} fields, more than one import may read; split it into smaller files.</source>
        <translation>تعذّر استيراد {file}: يحوي {count} سجلاً من {fields} حقلاً، أكثر مما يستطيع استيراد واحد قراءته؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> و{count} غيرها</translation>
    </message>
    <message>
        <source>Cannot import {file}: its JSON is nested thousands of levels deep, which no export is; it was not read.</source>
        <translation>تعذّر استيراد {file}: بنية JSON فيه متداخلة آلاف المستويات، ولا يفعل ذلك أي تصدير؛ لم يُقرأ.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is damaged or incomplete (truncated): {reason}</source>
        <translation>تعذّر استيراد {file}: الملف تالف أو غير مكتمل (مبتور): {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8: it was read as {encoding}, but {other} was also possible. If texts look garbled in the preview, save the file again as &apos;CSV UTF-8&apos; and import that.</source>
        <translation>‏{file} ليس بترميز UTF-8: قُرئ بترميز {encoding}، لكن {other} كان ممكناً أيضاً. إن بدت النصوص مشوّهة في المعاينة، فاحفظ الملف مرة أخرى بصيغة &apos;CSV UTF-8&apos; واستورده.</translation>
    </message>
    <message>
        <source>{file} is an exchange workbook (a member group&apos;s return), not a list of recommendations: use merge (upr-desktop merge &quot;{file}&quot;, or Exchange &gt; Merge returns in the app). Nothing was imported.</source>
        <translation>‏{file} مصنف تبادل (ملف أعادته مجموعة عضو)، وليس قائمة توصيات: استخدم الدمج (upr-desktop merge &quot;{file}&quot;، أو التبادل &gt; دمج الملفات المُعادة في التطبيق). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file} is about {other} (its header says &quot;{line}&quot;), but this workspace follows {ours}: nothing was imported. To follow {other}, create a workspace for it: {command}</source>
        <translation>‏{file} يخص {other} (يقول عنوانه &quot;{line}&quot;)، لكن مساحة العمل هذه تتابع {ours}: لم يُستورد شيء. لمتابعة {other}، أنشئ مساحة عمل لها: {command}</translation>
    </message>
    <message>
        <source>{file} does not say which State it is about, and it names {ours} as a recommending State (rows {rows}): it must be about another State. Nothing was imported. Give its State with --country STATE, in a workspace for that State.</source>
        <translation>لا يذكر {file} الدولة التي يخصها، ويذكر {ours} دولةً مقدِّمة للتوصيات (الصفوف {rows}): لا بد أنه يخص دولة أخرى. لم يُستورد شيء. حدِّد دولته باستخدام --country STATE، في مساحة عمل لتلك الدولة.</translation>
    </message>
    <message>
        <source>{file} does not say which State it is about; its recommendations were taken as {ours}&apos;s. If they are not, undo this import (Exchange &gt; History in the app, or upr-desktop imports undo) and import it in a workspace for their State.</source>
        <translation>لا يذكر {file} الدولة التي يخصها؛ فعُدّت توصياته موجَّهة إلى {ours}. إن لم تكن كذلك، فتراجع عن هذا الاستيراد (التبادل &gt; السجل في التطبيق، أو upr-desktop imports undo) واستورده في مساحة عمل لدولتها.</translation>
    </message>
    <message>
        <source>Copying the workspace to build the import into</source>
        <translation>جارٍ نسخ مساحة العمل لبناء الاستيراد فيها</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n links to earlier cycles</source>
        <translation>
            <numerusform>تأكيد %Ln رابط بجولات سابقة</numerusform>
            <numerusform>تأكيد رابط واحد بجولة سابقة</numerusform>
            <numerusform>تأكيد رابطين بجولات سابقة</numerusform>
            <numerusform>تأكيد %Ln روابط بجولات سابقة</numerusform>
            <numerusform>تأكيد %Ln رابطًا بجولات سابقة</numerusform>
            <numerusform>تأكيد %Ln رابط بجولات سابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n links to earlier cycles</source>
        <translation>
            <numerusform>رفض %Ln رابط بجولات سابقة</numerusform>
            <numerusform>رفض رابط واحد بجولة سابقة</numerusform>
            <numerusform>رفض رابطين بجولات سابقة</numerusform>
            <numerusform>رفض %Ln روابط بجولات سابقة</numerusform>
            <numerusform>رفض %Ln رابطًا بجولات سابقة</numerusform>
            <numerusform>رفض %Ln رابط بجولات سابقة</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} holds recommendations to {listed}, none to {ours}: nothing was imported. Import it with --country STATE (or --all-states) to keep them anyway, or create a workspace for {first}: {command}</source>
        <translation>يحتوي {file} على توصيات موجَّهة إلى {listed}، وليس فيه أي توصية إلى {ours}: لم يُستورد شيء. استورده باستخدام --country STATE (أو --all-states) للإبقاء عليها رغم ذلك، أو أنشئ مساحة عمل لـ {first}: {command}</translation>
    </message>
    <message>
        <source>Cannot import {file}: a quote opened on line {line} is never closed, so the rest of the file would be read as one field; the file is cut off or damaged. Download or save it again; nothing was imported.</source>
        <translation>تعذّر استيراد {file}: علامة اقتباس فُتحت في السطر {line} لا تُغلق أبداً، فيُقرأ باقي الملف حقلاً واحداً؛ الملف مبتور أو تالف. نزّله أو احفظه مجدداً؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Cannot import {file}: it seems cut off: its last line ({line}) ends without a line break and has {count} of the {width} columns. Download or save the file again; nothing was imported.</source>
        <translation>تعذّر استيراد {file}: يبدو مبتوراً: سطره الأخير ({line}) ينتهي بلا فاصل أسطر وفيه {count} من أصل {width} أعمدة. نزّل الملف أو احفظه مجدداً؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Misspelt State names were read as the State they clearly mean: {listed}.</source>
        <translation>قُرئت أسماء الدول المكتوبة خطأً على أنها الدول المقصودة بوضوح: {listed}.</translation>
    </message>
    <message>
        <source>{name} ({count}; did you mean {near}?)</source>
        <translation>{name} ({count}؛ هل تقصد {near}؟)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not written as YYYY-MM-DD; write {date} if that is the date meant.</source>
        <translation>‏«{value}» غير مكتوب بالصيغة YYYY-MM-DD؛ اكتب {date} إن كان هذا هو التاريخ المقصود.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>الخلية</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>What the cell holds</source>
        <translation>ما تحتويه الخلية</translation>
    </message>
    <message>
        <source>Why it was not used</source>
        <translation>سبب عدم استخدامها</translation>
    </message>
    <message>
        <source>Cells to fix</source>
        <translation>الخلايا المطلوب تصحيحها</translation>
    </message>
    <message>
        <source> (it holds &apos;{value}&apos;)</source>
        <translation> (تحتوي «{value}»)</translation>
    </message>
    <message>
        <source>Write the cells to fix to a .xlsx, .csv or .txt file, not &apos;{name}&apos;.</source>
        <translation>اكتب الخلايا المطلوب تصحيحها في ملف .xlsx أو .csv أو .txt، لا «{name}».</translation>
    </message>
    <message>
        <source>The merge of {file} used every cell: there is nothing to send back.</source>
        <translation>استخدم دمج {file} كل الخلايا: لا شيء لإعادته.</translation>
    </message>
    <message>
        <source>Left out of {acronym}&apos;s workbook, as not assigned to {acronym} (or confidential, which an export leaves out without --include-sensitive): {refs}.</source>
        <translation>استُبعدت من مصنف {acronym} لأنها غير مسندة إلى {acronym} (أو سرية، وهو ما يستبعده التصدير دون --include-sensitive): {refs}.</translation>
    </message>
    <message>
        <source>  Filled in by {name}.</source>
        <translation>  عبّأه {name}.</translation>
    </message>
    <message>
        <source>  {ref}{where} {field}: &apos;{old}&apos; -&gt; &apos;{new}&apos; (recorded by {who})</source>
        <translation>  {ref}{where} {field}: «{old}» -&gt; «{new}» (سجّله {who})</translation>
    </message>
    <message>
        <source>  conflict {id}: {ref}{sheet}!{cell} {field}: base &apos;{base}&apos;, ours &apos;{ours}&apos;, theirs &apos;{theirs}&apos; ({decision})</source>
        <translation>  التعارض {id}: {ref}{sheet}!{cell} {field}: الأساس «{base}»، قيمتنا «{ours}»، قيمتهم «{theirs}» ({decision})</translation>
    </message>
    <message>
        <source> (it held &apos;{value}&apos;)</source>
        <translation> (كانت تحتوي «{value}»)</translation>
    </message>
    <message>
        <source>  not used: {sheet}!{cell}{what}{held}: {reason}</source>
        <translation>  لم تُستخدم: {sheet}!{cell}{what}{held}: {reason}</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>لم يُحسم</translation>
    </message>
    <message>
        <source>the row&apos;s Ref is {ref} but its hidden ID is that of recommendation {id_ref}; one of them was changed, so the row was not merged. Use the workbook you were sent.</source>
        <translation>مرجع الصف {ref} لكن معرّفه المخفي هو معرّف التوصية {id_ref}؛ تغيّر أحدهما، فلم يُدمج الصف. استخدم المصنف الذي أُرسل إليك.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>government participants</source>
        <translation>المشاركون الحكوميون</translation>
    </message>
    <message>
        <source>linked refs</source>
        <translation>المراجع المرتبطة</translation>
    </message>
    <message numerus="yes">
        <source>%n new assessments</source>
        <translation>
            <numerusform>لا تقييمات جديدة</numerusform>
            <numerusform>تقييم جديد واحد</numerusform>
            <numerusform>تقييمان جديدان</numerusform>
            <numerusform>%Ln تقييمات جديدة</numerusform>
            <numerusform>%Ln تقييمًا جديدًا</numerusform>
            <numerusform>%Ln تقييم جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new consultations</source>
        <translation>
            <numerusform>لا مشاورات جديدة</numerusform>
            <numerusform>مشاورة جديدة واحدة</numerusform>
            <numerusform>مشاورتان جديدتان</numerusform>
            <numerusform>%Ln مشاورات جديدة</numerusform>
            <numerusform>%Ln مشاورةً جديدة</numerusform>
            <numerusform>%Ln مشاورة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new follow-up actions</source>
        <translation>
            <numerusform>لا إجراءات متابعة جديدة</numerusform>
            <numerusform>إجراء متابعة جديد واحد</numerusform>
            <numerusform>إجراءا متابعة جديدان</numerusform>
            <numerusform>%Ln إجراءات متابعة جديدة</numerusform>
            <numerusform>%Ln إجراءَ متابعة جديدًا</numerusform>
            <numerusform>%Ln إجراء متابعة جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>{what}: {field} {old} → {new}</source>
        <translation>{what}: {field} {old} ← {new}</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed</source>
        <translation>
            <numerusform>لم يتغير أي حقل</numerusform>
            <numerusform>تغيّر حقل واحد</numerusform>
            <numerusform>تغيّر حقلان</numerusform>
            <numerusform>تغيّرت %Ln حقول</numerusform>
            <numerusform>تغيّر %Ln حقلًا</numerusform>
            <numerusform>تغيّر %Ln حقل</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}; {changed}</source>
        <translation>{added}؛ {changed}</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>لا جديد</translation>
    </message>
    <message>
        <source>Sent by {name}, for the secretariat of {coalition}, on {when}.</source>
        <translation>أرسله {name} عن أمانة {coalition} في {when}.</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>معناها</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>الصفحة {page}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>the file is {mb} MB, far larger than an exchange workbook; it was not opened.</source>
        <translation>حجم الملف {mb} ميغابايت، وهو أكبر بكثير من مصنف التبادل؛ لم يُفتح.</translation>
    </message>
    <message>
        <source>this is an old Excel 97-2003 (.xls) file or an encrypted workbook. Open it and save it as .xlsx (Excel Workbook), without a password, then merge again.</source>
        <translation>هذا ملف Excel 97-2003 (.xls) قديم أو مصنف مشفَّر. افتحه واحفظه بصيغة .xlsx (مصنف Excel) دون كلمة مرور، ثم ادمجه مرة أخرى.</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (it may be another kind of file renamed .xlsx). Send the workbook as it was saved by Excel or LibreOffice.</source>
        <translation>هذا ليس مصنف .xlsx (ربما يكون نوعاً آخر من الملفات أُعيدت تسميته .xlsx). أرسل المصنف كما حفظه Excel أو LibreOffice.</translation>
    </message>
    <message>
        <source>cannot be read ({reason}).</source>
        <translation>تتعذّر قراءته ({reason}).</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is damaged and cannot be read.</source>
        <translation>الورقة «{sheet}» تالفة ولا يمكن قراءتها.</translation>
    </message>
    <message>
        <source>this zip file is not an Excel workbook (it has no {part}).</source>
        <translation>ملف zip هذا ليس مصنف Excel (لا يحتوي على {part}).</translation>
    </message>
    <message>
        <source>No system keyring is available, so the key that signs exchange workbooks is kept inside the workspace file. Protect the workspace with a passphrase to protect the key too.</source>
        <translation>لا تتوفر حلقة مفاتيح للنظام، لذا يُحفظ المفتاح الذي يوقّع مصنفات التبادل داخل ملف مساحة العمل. احمِ مساحة العمل بعبارة مرور لحماية المفتاح أيضاً.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has cells as far as column {col}; an exchange workbook never does. Clear the far cells and save again.</source>
        <translation>في الورقة «{sheet}» خلايا تمتد حتى العمود {col}؛ ولا يكون ذلك أبداً في مصنف التبادل. امسح الخلايا البعيدة واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has {rows} rows, more than {limit}; it was not read.</source>
        <translation>في الورقة «{sheet}» {rows} صفاً، أكثر من {limit}؛ لم تُقرأ.</translation>
    </message>
    <message>
        <source>this workbook has no exchange metadata: it was not exported by UPR Desktop, or its hidden sheet was deleted. Use the workbook you were sent.</source>
        <translation>لا يحتوي هذا المصنف على بيانات التبادل الوصفية: لم يُصدَّر من UPR Desktop، أو حُذفت ورقته المخفية. استخدم المصنف الذي أُرسل إليك.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is empty; its header row is gone.</source>
        <translation>الورقة «{sheet}» فارغة؛ اختفى صف العناوين فيها.</translation>
    </message>
    <message>
        <source>{file}: the hidden ID column of &apos;{sheet}&apos; was deleted; rows are matched by {how} instead.</source>
        <translation>{file}: حُذف عمود المعرّف المخفي في «{sheet}»؛ تُطابق الصفوف بدلاً من ذلك بحسب {how}.</translation>
    </message>
    <message>
        <source>{file}: the workbook holds macros (.xlsm); they were ignored and never run. Only the cells&apos; values were read.</source>
        <translation>{file}: يحتوي المصنف على وحدات ماكرو (.xlsm)؛ تم تجاهلها ولم تُشغَّل قط. قُرئت قيم الخلايا فقط.</translation>
    </message>
    <message>
        <source>Filled in by (write your name here):</source>
        <translation>عبّأه (اكتب اسمك هنا):</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; cannot be read ({reason}): the workbook is damaged. Ask for the file again.</source>
        <translation>تعذّرت قراءة الورقة «{sheet}» ({reason}): المصنف تالف. اطلب الملف مجدداً.</translation>
    </message>
    <message>
        <source>the hidden exchange metadata is damaged (it was edited by hand?). Ask for the workbook again.</source>
        <translation>بيانات التبادل الوصفية المخفية تالفة (هل عُدّلت يدوياً؟). اطلب المصنف مرة أخرى.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has lost both its hidden ID column and its Ref column, so rows cannot be matched. Use the workbook you were sent.</source>
        <translation>فقدت الورقة «{sheet}» عمود المعرّف المخفي وعمود المرجع معاً، فلا يمكن مطابقة الصفوف. استخدم المصنف الذي أُرسل إليك.</translation>
    </message>
    <message>
        <source>{file}: the column &apos;{header}&apos; of &apos;{sheet}&apos; is missing; nothing in it was merged.</source>
        <translation>{file}: العمود «{header}» في «{sheet}» مفقود؛ لم يُدمج شيء منه.</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({reason}). Open it in Excel or LibreOffice, save it again as .xlsx and retry.</source>
        <translation>تتعذّر قراءة المصنف ({reason}). افتحه في Excel أو LibreOffice، واحفظه مرة أخرى بصيغة .xlsx ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is missing (renamed or deleted?). Give it back its name &apos;{sheet}&apos; and merge again.</source>
        <translation>الورقة «{sheet}» مفقودة (هل أُعيدت تسميتها أو حُذفت؟). أعِد إليها اسمها «{sheet}» وادمج مرة أخرى.</translation>
    </message>
    <message>
        <source>their Ref</source>
        <translation>مرجعها</translation>
    </message>
    <message>
        <source>their content</source>
        <translation>محتواها</translation>
    </message>
    <message>
        <source>{where}: characters a spreadsheet cannot hold were replaced by line breaks or removed.</source>
        <translation>{where}: استُبدلت بفواصل أسطر أو أُزيلت محارفُ لا تستطيع جداول البيانات حملها.</translation>
    </message>
    <message>
        <source>{where}: the text has {count} characters, more than a spreadsheet cell holds ({limit}); the workbook shows it shortened and it cannot be edited there.</source>
        <translation>{where}: يتكوّن النص من {count} حرفاً، أكثر مما تتسع له خلية جدول البيانات ({limit})؛ يعرضه المصنف مختصراً ولا يمكن تعديله هناك.</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translation>اختر من القائمة</translation>
    </message>
    <message>
        <source>Pick one of the values in the dropdown list.</source>
        <translation>اختر إحدى القيم في القائمة المنسدلة.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>اكتب التاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The record {id} no longer exists in the workspace.</source>
        <translation>لم يعد السجل {id} موجوداً في مساحة العمل.</translation>
    </message>
    <message>
        <source>The recommendation {id} no longer exists in the workspace.</source>
        <translation>لم تعد التوصية {id} موجودة في مساحة العمل.</translation>
    </message>
    <message>
        <source>An assessment needs a status.</source>
        <translation>يحتاج التقييم إلى حالة.</translation>
    </message>
    <message>
        <source>Unknown recommendation references: {refs}.</source>
        <translation>مراجع توصيات غير معروفة: {refs}.</translation>
    </message>
    <message>
        <source>Sensitive fields excluded: government participants, contact details and confidential records are not in this report.</source>
        <translation>الحقول الحساسة مستبعدة: لا يتضمن هذا التقرير المشاركين من الحكومة ولا بيانات الاتصال ولا السجلات السرية.</translation>
    </message>
    <message>
        <source>Implementation of UPR recommendations: mid-term assessment</source>
        <translation>تنفيذ توصيات الاستعراض الدوري الشامل: تقييم منتصف المدة</translation>
    </message>
    <message>
        <source>Coverage of UPR recommendations by the coalition</source>
        <translation>تغطية الائتلاف لتوصيات الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <source>Consultations with government and follow-up actions</source>
        <translation>المشاورات مع الحكومة وإجراءات المتابعة</translation>
    </message>
    <message>
        <source>Cycle to cycle: what was recommended before, how it went, and where it stands</source>
        <translation>من جولة إلى أخرى: ما أوصي به سابقاً، وما آل إليه، وأين يقف الآن</translation>
    </message>
    <message>
        <source>Situation as of {date}.</source>
        <translation>الوضع في {date}.</translation>
    </message>
    <message>
        <source>Sensitive fields INCLUDED (government participants, contact details, confidential records). Do not share this report outside the coalition.</source>
        <translation>الحقول الحساسة مُضمَّنة (المشاركون من الحكومة، بيانات الاتصال، السجلات السرية). لا تشارك هذا التقرير خارج الائتلاف.</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>قيّمها</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>قيادة</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>دعم</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>لم تُقيَّم قط</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>آخر تقييم</translation>
    </message>
    <message>
        <source>Coalition participants</source>
        <translation>المشاركون من الائتلاف</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <source>Recommendations assigned to member group {group}.</source>
        <translation>التوصيات المسندة إلى المجموعة العضو {group}.</translation>
    </message>
    <message>
        <source>Theme: {theme}.</source>
        <translation>الموضوع: {theme}.</translation>
    </message>
    <message>
        <source>Assessments, consultations and actions since {date}.</source>
        <translation>التقييمات والمشاورات والإجراءات منذ {date}.</translation>
    </message>
    <message>
        <source>Recommendations and responses</source>
        <translation>التوصيات والردود عليها</translation>
    </message>
    <message>
        <source>Current implementation status</source>
        <translation>حالة التنفيذ الحالية</translation>
    </message>
    <message>
        <source>Status by theme</source>
        <translation>الحالة حسب الموضوع</translation>
    </message>
    <message>
        <source>Current status by theme</source>
        <translation>الحالة الحالية حسب الموضوع</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Member groups</source>
        <translation>المجموعات الأعضاء</translation>
    </message>
    <message>
        <source>Recommendations per member group</source>
        <translation>التوصيات لكل مجموعة عضو</translation>
    </message>
    <message>
        <source>Consultations per government body</source>
        <translation>المشاورات حسب الجهة الحكومية</translation>
    </message>
    <message>
        <source>Consultations per quarter</source>
        <translation>المشاورات حسب الربع</translation>
    </message>
    <message>
        <source>Deadlines of open actions</source>
        <translation>مواعيد استحقاق الإجراءات المفتوحة</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>تحظى بالتأييد</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>أحيط بها علماً</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Share of recommendations supported, by regional group of the recommending States</source>
        <translation>نسبة التوصيات التي تحظى بالتأييد حسب المجموعة الإقليمية للدول المقدِّمة لها</translation>
    </message>
    <message>
        <source>Recommendations: {count}.</source>
        <translation>التوصيات: {count}.</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>فئة الإجراء</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} of %n actions are overdue.</source>
        <translation>
            <numerusform>{overdue} من أصل %Ln إجراء متأخرة.</numerusform>
            <numerusform>{overdue} من أصل إجراء واحد متأخر.</numerusform>
            <numerusform>{overdue} من أصل إجراءين متأخرة.</numerusform>
            <numerusform>{overdue} من أصل %Ln إجراءات متأخرة.</numerusform>
            <numerusform>{overdue} من أصل %Ln إجراءً متأخرة.</numerusform>
            <numerusform>{overdue} من أصل %Ln إجراء متأخرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead group</source>
        <translation>المجموعة الرائدة</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>المجموعات الداعمة</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>المسندة</translation>
    </message>
    <message>
        <source>With a lead</source>
        <translation>لها مجموعة رائدة</translation>
    </message>
    <message>
        <source>Assessed in {months} months</source>
        <translation>قُيّمت خلال {months} أشهر</translation>
    </message>
    <message>
        <source>{assigned} of {count} assigned.</source>
        <translation>المسندة: {assigned} من أصل {count}.</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>لم تُسند بعد</translation>
    </message>
    <message>
        <source>These recommendations have no member group yet.</source>
        <translation>هذه التوصيات ليست لها مجموعة عضو بعد.</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>التوصيات التي نوقشت</translation>
    </message>
    <message>
        <source>With commitments</source>
        <translation>مع التزامات</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Consultations: {count}.</source>
        <translation>المشاورات: {count}.</translation>
    </message>
    <message>
        <source>Assigned to a member group</source>
        <translation>مسندة إلى مجموعة عضو</translation>
    </message>
    <message>
        <source>With a lead group</source>
        <translation>لها مجموعة رائدة</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>كل التوصيات</translation>
    </message>
    <message>
        <source>Due in the next {days} days</source>
        <translation>مستحقة خلال الأيام المقبلة ({days})</translation>
    </message>
    <message>
        <source>Later or no due date</source>
        <translation>لاحقاً أو بلا تاريخ استحقاق</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>مفتوحة أو قيد التنفيذ</translation>
    </message>
    <message>
        <source>Generated on {date} by UPR Desktop.</source>
        <translation>أُنشئ في {date} بواسطة UPR Desktop.</translation>
    </message>
    <message>
        <source>Demo data for training: the organisations and people in it are invented.</source>
        <translation>بيانات تجريبية للتدريب: المنظمات والأشخاص الواردون فيها متخيَّلون.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Write the report to a .xlsx or .pdf file, or a .html page, not &apos;{name}&apos;.</source>
        <translation>اكتب التقرير في ملف .xlsx أو .pdf، أو صفحة .html، لا «{name}».</translation>
    </message>
    <message>
        <source>The writer of .{format} reports could not be loaded ({error}). Write an .xlsx workbook or an .html page instead.</source>
        <translation>تعذّر تحميل كاتب تقارير .{format} ({error}). اكتب مصنف .xlsx أو صفحة .html بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>No writer for .{format} reports is installed here.</source>
        <translation>لا يوجد كاتب لتقارير .{format} مثبَّت هنا.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>A demo workspace already exists at {path}. Open it, or put it back as it was with: upr-desktop demo --reset</source>
        <translation>توجد بالفعل مساحة عمل تجريبية في {path}. افتحها، أو أعِدها كما كانت بالأمر: upr-desktop demo --reset</translation>
    </message>
    <message>
        <source>{path} is not a demo workspace; --reset only replaces demo data. Choose another file with --workspace.</source>
        <translation>‏{path} ليست مساحة عمل تجريبية؛ --reset لا يستبدل إلا البيانات التجريبية. اختر ملفاً آخر باستخدام --workspace.</translation>
    </message>
    <message>
        <source>emulated (soffice not found): metadata sheet hidden instead of very hidden, quote prefixes, freeze panes and workbook protection dropped, as a LibreOffice resave does</source>
        <translation>محاكاة (لم يُعثر على soffice): ورقة البيانات الوصفية مخفية بدلاً من مخفية جداً، وأُسقطت بادئات الاقتباس وتجميد الأجزاء وحماية المصنف، كما يفعل الحفظ من جديد في LibreOffice</translation>
    </message>
    <message>
        <source>Workshop scenario in {folder} (merge the files one by one with: upr-desktop merge FILE):</source>
        <translation>سيناريو الورشة في {folder} (ادمج الملفات واحداً تلو الآخر بالأمر: upr-desktop merge FILE):</translation>
    </message>
    <message>
        <source>LibreOffice file: {how}</source>
        <translation>ملف LibreOffice: {how}</translation>
    </message>
    <message>
        <source>The workshop scenario edits the workspace; run it on the demo coalition only.</source>
        <translation>يعدّل سيناريو الورشة مساحة العمل؛ شغّله على الائتلاف التجريبي فقط.</translation>
    </message>
    <message>
        <source>resaved with LibreOffice Calc (soffice --headless --convert-to xlsx)</source>
        <translation>أُعيد حفظه في LibreOffice Calc (soffice --headless --convert-to xlsx)</translation>
    </message>
    <message>
        <source>the same kind of edits, saved by LibreOffice Calc; it must merge like a clean file.</source>
        <translation>التعديلات نفسها محفوظة في LibreOffice Calc؛ يجب أن تُدمج كملف سليم.</translation>
    </message>
    <message>
        <source>{ref} was also changed in the workspace after the export: a conflict to resolve side by side; the other row merges.</source>
        <translation>غُيّر {ref} أيضاً في مساحة العمل بعد التصدير: تعارض يُحلّ بالمقارنة جنباً إلى جنب؛ ويُدمج الصف الآخر.</translation>
    </message>
    <message>
        <source>a status outside the dropdown (&apos;Mostly done&apos;) and a date typed as text (&apos;next Tuesday&apos;): the error report names the cells; the good row still merges.</source>
        <translation>حالة خارج القائمة المنسدلة (&apos;Mostly done&apos;) وتاريخ مكتوب نصاً (&apos;next Tuesday&apos;): يذكر تقرير الأخطاء الخلايا؛ ويظل الصف السليم يُدمج.</translation>
    </message>
    <message>
        <source>conflict on {ref} {field}: ours &apos;{ours}&apos; / theirs &apos;{theirs}&apos;</source>
        <translation>تعارض في {ref} {field}: قيمتنا «{ours}» / قيمتهم «{theirs}»</translation>
    </message>
    <message>
        <source>Resaving {file} with LibreOffice...</source>
        <translation>جارٍ إعادة حفظ {file} في LibreOffice...</translation>
    </message>
    <message>
        <source>Expected: {line}</source>
        <translation>المتوقع: {line}</translation>
    </message>
    <message>
        <source>Note: your settings ({path}) could not be read ({reason}); the defaults are used (the backup folder too). Choose your settings again in the app, or correct the file.</source>
        <translation>ملاحظة: تعذّرت قراءة إعداداتك ({path}) ({reason})؛ تُستخدم الإعدادات الافتراضية (ومنها مجلد النسخ الاحتياطية). اختر إعداداتك من جديد في التطبيق، أو صحّح الملف.</translation>
    </message>
    <message>
        <source>Note: {path} can only be read ({reason}); it was opened for reading only.</source>
        <translation>ملاحظة: {path} للقراءة فقط ({reason})؛ فُتح للقراءة فقط.</translation>
    </message>
    <message>
        <source>{verb} the demo coalition (training data) at {path} in {seconds:.2f} s: {recommendations} recommendations, {groups} member groups, {assignments} assignments, {assessments} assessments, {consultations} consultations, {actions} follow-up actions.</source>
        <translation>{verb}: الائتلاف التجريبي (بيانات تدريب) في {path} خلال {seconds:.2f} ث: التوصيات {recommendations}، المجموعات الأعضاء {groups}، الإسنادات {assignments}، التقييمات {assessments}، المشاورات {consultations}، إجراءات المتابعة {actions}.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>أُعيد ضبط</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>لا توجد عمليات دمج بعد.</translation>
    </message>
    <message>
        <source>Merge {id}: {file} from {group} on {when}</source>
        <translation>الدمج {id}: {file} من {group} في {when}</translation>
    </message>
    <message>
        <source>A recommendation is counted under every theme it has: {several} of the {total} recommendations have several themes, so the theme rows add up to more than {total}.</source>
        <translation>تُحسب التوصية ضمن كل موضوع من مواضيعها: {several} من أصل {total} توصية لها عدة مواضيع، لذا يزيد مجموع صفوف المواضيع على {total}.</translation>
    </message>
    <message>
        <source>The themes in use are listed on the dashboard.</source>
        <translation>المواضيع المستخدمة مدرجة في لوحة المعلومات.</translation>
    </message>
    <message>
        <source>Undid the merge of {file}.</source>
        <translation>تم التراجع عن دمج {file}.</translation>
    </message>
    <message>
        <source>No conflicts waiting.</source>
        <translation>لا توجد تعارضات منتظِرة.</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: {how}.</source>
        <translation>حُلّ التعارض {id}: {how}.</translation>
    </message>
    <message>
        <source>Wrote the return {file}</source>
        <translation>كُتب الملف المُعاد {file}</translation>
    </message>
    <message>
        <source>These workbooks include sensitive information: send them only to people who may see it.</source>
        <translation>تتضمن هذه المصنفات معلومات حساسة: لا ترسلها إلا لمن يحق لهم الاطلاع عليها.</translation>
    </message>
    <message>
        <source>Workbooks are sent by: {name}</source>
        <translation>مُرسِل المصنفات: {name}</translation>
    </message>
    <message>
        <source>No secretariat is set: workbooks say they are sent by the secretariat. Set it with: upr-desktop secretariat NAME</source>
        <translation>لم تُعيَّن الأمانة: تذكر المصنفات أن الأمانة أرسلتها. عيّنها بالأمر: upr-desktop secretariat NAME</translation>
    </message>
    <message>
        <source>Name one conflict by its number, or use --all.</source>
        <translation>حدِّد تعارضاً واحداً برقمه، أو استخدم --all.</translation>
    </message>
    <message>
        <source>--value resolves one conflict; use --take with --all.</source>
        <translation>يحلّ --value تعارضاً واحداً؛ استخدم --take مع --all.</translation>
    </message>
    <message>
        <source>  rejected {sheet}!{cell}: {reason}</source>
        <translation>  مرفوض {sheet}!{cell}: {reason}</translation>
    </message>
    <message>
        <source>  conflict {sheet}!{cell} {ref} {field}: base &apos;{base}&apos;, ours &apos;{ours}&apos;, theirs &apos;{theirs}&apos;</source>
        <translation>  تعارض {sheet}!{cell} {ref} {field}: الأساس «{base}»، قيمتنا «{ours}»، قيمتهم «{theirs}»</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>حُدِّث</translation>
    </message>
    <message>
        <source> -&gt; decided: {take}</source>
        <translation> -&gt; القرار: {take}</translation>
    </message>
    <message>
        <source>Logged consultation with {body} on {date}</source>
        <translation>سُجّلت مشاورة مع {body} بتاريخ {date}</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>لا توجد مشاورات بعد.</translation>
    </message>
    <message>
        <source>Added follow-up action {id}</source>
        <translation>أُضيف إجراء المتابعة {id}</translation>
    </message>
    <message>
        <source>No follow-up actions yet.</source>
        <translation>لا توجد إجراءات متابعة بعد.</translation>
    </message>
    <message>
        <source>Added member group {acronym} ({name})</source>
        <translation>أُضيفت المجموعة العضو {acronym} ({name})</translation>
    </message>
    <message>
        <source>Changed member group {acronym} ({name})</source>
        <translation>عُدّلت المجموعة العضو {acronym} ({name})</translation>
    </message>
    <message>
        <source>No member groups yet.</source>
        <translation>لا توجد مجموعات أعضاء بعد.</translation>
    </message>
    <message>
        <source>Removed {acronym}. {impact}</source>
        <translation>أُزيلت {acronym}. {impact}</translation>
    </message>
    <message>
        <source>Say what to change: --name, --new-acronym, --region, --focal-point or --language.</source>
        <translation>حدِّد ما تريد تغييره: --name أو --new-acronym أو --region أو --focal-point أو --language.</translation>
    </message>
    <message>
        <source>would add</source>
        <translation>سيُضاف</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>{file} ({format}): {verb} {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>{file} ({format}): {verb} {added}، حُدِّث {updated}، دون تغيير {unchanged}، تُخطّي {skipped}.</translation>
    </message>
    <message>
        <source>  (undone)</source>
        <translation>  (جرى التراجع عنه)</translation>
    </message>
    <message>
        <source>  (changed nothing)</source>
        <translation>  (لم يغيّر شيئاً)</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>لا توجد عمليات استيراد بعد.</translation>
    </message>
    <message>
        <source>Undid the import of {file}: {added} recommendations removed, {updated} put back as they were.</source>
        <translation>تم التراجع عن استيراد {file}: أُزيلت توصيات ({added})، وأُعيدت ({updated}) إلى ما كانت عليه.</translation>
    </message>
    <message>
        <source>  row {row}: {message}</source>
        <translation>  الصف {row}: {message}</translation>
    </message>
    <message>
        <source>  This is import {id}; undo it with: upr-desktop imports undo {id}</source>
        <translation>  هذا هو الاستيراد {id}؛ تراجع عنه بالأمر: upr-desktop imports undo {id}</translation>
    </message>
    <message>
        <source>{ref} &lt;- {earlier} (cycle {cycle})  score {score:.2f}  {response}; status then: {status}
    {text}
    {earlier_text}</source>
        <translation>{ref} &lt;- {earlier} (الجولة {cycle})  الدرجة {score:.2f}  {response}؛ الحالة منذ ذلك الحين: {status}
    {text}
    {earlier_text}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>لم تُقيَّم</translation>
    </message>
    <message>
        <source>No suggestions at this score: try a lower --min-score.</source>
        <translation>لا اقتراحات عند هذه الدرجة: جرّب --min-score أقل.</translation>
    </message>
    <message>
        <source>No links decided yet.</source>
        <translation>لم يُبتّ في أي رابط بعد.</translation>
    </message>
    <message>
        <source>Say which link to confirm: upr-desktop links confirm REF EARLIER_REF (or --above S).</source>
        <translation>حدّد الرابط المراد تأكيده: upr-desktop links confirm REF EARLIER_REF (أو --above S).</translation>
    </message>
    <message>
        <source>--dry-run and --cycle go with --above.</source>
        <translation>يُستخدم --dry-run و--cycle مع --above.</translation>
    </message>
    <message>
        <source>Confirmed: {earlier} recommended before {ref}.</source>
        <translation>تم التأكيد: {earlier} أوصي بها قبل {ref}.</translation>
    </message>
    <message>
        <source>Already so; nothing changed.</source>
        <translation>الأمر كذلك أصلاً؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Rejected: {earlier} not recommended before {ref}.</source>
        <translation>تم الرفض: {earlier} لم يوصَ بها قبل {ref}.</translation>
    </message>
    <message>
        <source>Give either REF EARLIER... or --above S, not both.</source>
        <translation>أعطِ إما REF EARLIER... أو --above S، لا الاثنين.</translation>
    </message>
    <message>
        <source>Added recommendation {ref}</source>
        <translation>أُضيفت التوصية {ref}</translation>
    </message>
    <message>
        <source>Recommendation {ref} already said so; nothing changed.</source>
        <translation>التوصية {ref} كانت كذلك بالفعل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>No recommendations found.</source>
        <translation>لم يُعثر على توصيات.</translation>
    </message>
    <message>
        <source>Assigned: {created} new, {updated} changed, {unchanged} already so.</source>
        <translation>الإسناد: جديدة {created}، معدَّلة {updated}، كانت كذلك {unchanged}.</translation>
    </message>
    <message>
        <source>Unknown report &apos;{kind}&apos;; choose implementation, coverage, consultations or cycle.</source>
        <translation>تقرير غير معروف &apos;{kind}&apos;؛ اختر implementation أو coverage أو consultations أو cycle.</translation>
    </message>
    <message>
        <source>Recommendations of cycle {cycle}.</source>
        <translation>توصيات الجولة {cycle}.</translation>
    </message>
    <message>
        <source>Response and its history</source>
        <translation>الرد وسجله</translation>
    </message>
    <message>
        <source>Recommended before, and how it fared</source>
        <translation>أوصي بها سابقاً، وما آلت إليه</translation>
    </message>
    <message>
        <source>Recommendations of the cycle</source>
        <translation>توصيات الجولة</translation>
    </message>
    <message>
        <source>Decided after the review (pending first): supported</source>
        <translation>بُتّ فيها بعد الاستعراض (قيد النظر أولاً): حظيت بالتأييد</translation>
    </message>
    <message>
        <source>Decided after the review (pending first): noted</source>
        <translation>بُتّ فيها بعد الاستعراض (قيد النظر أولاً): أحيط بها علماً</translation>
    </message>
    <message>
        <source>Noted at first, supported later</source>
        <translation>أحيط بها علماً أولاً ثم حظيت بالتأييد</translation>
    </message>
    <message>
        <source>Recommended before (a confirmed predecessor in an earlier cycle)</source>
        <translation>أوصي بها سابقاً (توصية سابقة مؤكدة في جولة سابقة)</translation>
    </message>
    <message>
        <source>Noted in an earlier cycle, supported in this one</source>
        <translation>أحيط بها علماً في جولة سابقة وحظيت بالتأييد في هذه</translation>
    </message>
    <message>
        <source>The cycle in figures</source>
        <translation>الجولة بالأرقام</translation>
    </message>
    <message>
        <source>How the earlier recommendations fared (latest status of each confirmed predecessor)</source>
        <translation>ما آلت إليه التوصيات السابقة (آخر حالة لكل توصية سابقة مؤكدة)</translation>
    </message>
    <message>
        <source>Current status of the cycle&apos;s recommendations, repeated or new</source>
        <translation>الحالة الراهنة لتوصيات الجولة، المكررة أو الجديدة</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Decided at adoption: {supported} supported / {noted} noted.</source>
        <translation>بُتّ فيها عند الاعتماد: {supported} حظيت بالتأييد / {noted} أحيط بها علماً.</translation>
    </message>
    <message>
        <source>Earlier recommendations</source>
        <translation>التوصيات السابقة</translation>
    </message>
    <message>
        <source>Recommended before</source>
        <translation>أوصي بها سابقاً</translation>
    </message>
    <message>
        <source>New in this cycle</source>
        <translation>جديدة في هذه الجولة</translation>
    </message>
    <message>
        <source>{ref} (cycle {cycle}): {response}, {status}</source>
        <translation>{ref} (الجولة {cycle}): {response}، {status}</translation>
    </message>
    <message>
        <source>Recommendations: {count}; recommended before: {repeated}.</source>
        <translation>التوصيات: {count}؛ أوصي بها سابقاً: {repeated}.</translation>
    </message>
    <message>
        <source>{status}: {added}, {updated}, {conflicts}, {rejected}</source>
        <translation>{status}: {added}، {updated}، {conflicts}، {rejected}</translation>
    </message>
    <message>
        <source>a clean return.</source>
        <translation>ملف مُعاد سليم.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%Ln مُضاف</numerusform>
            <numerusform>واحد مُضاف</numerusform>
            <numerusform>اثنان مُضافان</numerusform>
            <numerusform>%Ln مُضافة</numerusform>
            <numerusform>%Ln مُضافًا</numerusform>
            <numerusform>%Ln مُضاف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%Ln محدَّث</numerusform>
            <numerusform>واحد محدَّث</numerusform>
            <numerusform>اثنان محدَّثان</numerusform>
            <numerusform>%Ln محدَّثة</numerusform>
            <numerusform>%Ln محدَّثًا</numerusform>
            <numerusform>%Ln محدَّث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%Ln تعارض</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>%Ln خلية مرفوضة</numerusform>
            <numerusform>خلية واحدة مرفوضة</numerusform>
            <numerusform>خليتان مرفوضتان</numerusform>
            <numerusform>%Ln خلايا مرفوضة</numerusform>
            <numerusform>%Ln خليةً مرفوضة</numerusform>
            <numerusform>%Ln خلية مرفوضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} {workspace} from {file}: %n recommendations for {group}</source>
        <translation>
            <numerusform>{what} {workspace} من {file}: %Ln توصية لـ{group}</numerusform>
            <numerusform>{what} {workspace} من {file}: توصية واحدة لـ{group}</numerusform>
            <numerusform>{what} {workspace} من {file}: توصيتان لـ{group}</numerusform>
            <numerusform>{what} {workspace} من {file}: %Ln توصيات لـ{group}</numerusform>
            <numerusform>{what} {workspace} من {file}: %Ln توصيةً لـ{group}</numerusform>
            <numerusform>{what} {workspace} من {file}: %Ln توصية لـ{group}</numerusform>
        </translation>
    </message>
    <message>
        <source>{group}: {file} ({recs}, {cons}, {acts})</source>
        <translation>{group}: {file} ({recs}، {cons}، {acts})</translation>
    </message>
    <message>
        <source>{file} ({group}): {status}, {added}, {updated}, {conflicts}, {rejected}</source>
        <translation>{file} ({group}): {status}، {added}، {updated}، {conflicts}، {rejected}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %n cells to fix to {file}: send it to the group.</source>
        <translation>
            <numerusform>لا خلايا للتصحيح في {file}.</numerusform>
            <numerusform>كُتبت الخلية المطلوب تصحيحها في {file}: أرسله إلى المجموعة.</numerusform>
            <numerusform>كُتبت الخليتان المطلوب تصحيحهما في {file}: أرسله إلى المجموعة.</numerusform>
            <numerusform>كُتبت الخلايا الـ%Ln المطلوب تصحيحها في {file}: أرسله إلى المجموعة.</numerusform>
            <numerusform>كُتبت الخلايا الـ%Ln المطلوب تصحيحها في {file}: أرسله إلى المجموعة.</numerusform>
            <numerusform>كُتبت الخلايا الـ%Ln المطلوب تصحيحها في {file}: أرسله إلى المجموعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n conflicts.</source>
        <translation>
            <numerusform>لم يُحسم أي تعارض.</numerusform>
            <numerusform>حُسم تعارض واحد.</numerusform>
            <numerusform>حُسم تعارضان.</numerusform>
            <numerusform>حُسمت %Ln تعارضات.</numerusform>
            <numerusform>حُسم %Ln تعارضًا.</numerusform>
            <numerusform>حُسم %Ln تعارض.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%Ln توصية</numerusform>
            <numerusform>توصية واحدة</numerusform>
            <numerusform>توصيتان</numerusform>
            <numerusform>%Ln توصيات</numerusform>
            <numerusform>%Ln توصيةً</numerusform>
            <numerusform>%Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultations</source>
        <translation>
            <numerusform>%Ln مشاورة</numerusform>
            <numerusform>مشاورة واحدة</numerusform>
            <numerusform>مشاورتان</numerusform>
            <numerusform>%Ln مشاورات</numerusform>
            <numerusform>%Ln مشاورةً</numerusform>
            <numerusform>%Ln مشاورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%Ln إجراء</numerusform>
            <numerusform>إجراء واحد</numerusform>
            <numerusform>إجراءان</numerusform>
            <numerusform>%Ln إجراءات</numerusform>
            <numerusform>%Ln إجراءً</numerusform>
            <numerusform>%Ln إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions; {overdue} overdue as of {date}.</source>
        <translation>
            <numerusform>%Ln إجراء؛ {overdue} متأخرة حتى {date}.</numerusform>
            <numerusform>إجراء واحد؛ {overdue} متأخرة حتى {date}.</numerusform>
            <numerusform>إجراءان؛ {overdue} متأخرة حتى {date}.</numerusform>
            <numerusform>%Ln إجراءات؛ {overdue} متأخرة حتى {date}.</numerusform>
            <numerusform>%Ln إجراءً؛ {overdue} متأخرة حتى {date}.</numerusform>
            <numerusform>%Ln إجراء؛ {overdue} متأخرة حتى {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more rows not imported.</source>
        <translation>
            <numerusform>  ... ولا صفوف أخرى.</numerusform>
            <numerusform>  ... وصف آخر لم يُستورد.</numerusform>
            <numerusform>  ... وصفان آخران لم يُستوردا.</numerusform>
            <numerusform>  ... و%Ln صفوف أخرى لم تُستورد.</numerusform>
            <numerusform>  ... و%Ln صفًا آخر لم يُستورد.</numerusform>
            <numerusform>  ... و%Ln صف آخر لم يُستورد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n &apos;accepted in part&apos; rows were merged into partially supported recommendations.</source>
        <translation>
            <numerusform>  لم يُدمج أي صف &apos;مقبول جزئيًا&apos;.</numerusform>
            <numerusform>  دُمج صف واحد &apos;مقبول جزئيًا&apos; في توصية مؤيَّدة جزئيًا.</numerusform>
            <numerusform>  دُمج صفان &apos;مقبولان جزئيًا&apos; في توصيات مؤيَّدة جزئيًا.</numerusform>
            <numerusform>  دُمجت %Ln صفوف &apos;مقبولة جزئيًا&apos; في توصيات مؤيَّدة جزئيًا.</numerusform>
            <numerusform>  دُمج %Ln صفًا &apos;مقبولًا جزئيًا&apos; في توصيات مؤيَّدة جزئيًا.</numerusform>
            <numerusform>  دُمج %Ln صف &apos;مقبول جزئيًا&apos; في توصيات مؤيَّدة جزئيًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n heading rows were read as theme clusters.</source>
        <translation>
            <numerusform>  لم يُقرأ أي صف عنوان.</numerusform>
            <numerusform>  قُرئ صف عنوان واحد كمجموعة مواضيع.</numerusform>
            <numerusform>  قُرئ صفا عنوان كمجموعتي مواضيع.</numerusform>
            <numerusform>  قُرئت %Ln صفوف عناوين كمجموعات مواضيع.</numerusform>
            <numerusform>  قُرئ %Ln صفًا من العناوين كمجموعات مواضيع.</numerusform>
            <numerusform>  قُرئ %Ln صف عنوان كمجموعات مواضيع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster {number} (cycle {cycle}): {refs}</source>
        <translation>المجموعة {number} (الجولة {cycle}): {refs}</translation>
    </message>
    <message>
        <source>No near-duplicates in this cycle.</source>
        <translation>لا توجد توصيات شبه مكررة في هذه الجولة.</translation>
    </message>
    <message>
        <source>Recorded {status} for {ref} on {date}</source>
        <translation>سُجّلت الحالة {status} للتوصية {ref} بتاريخ {date}</translation>
    </message>
    <message>
        <source>Say what to change: --new-ref, --text, --response, --from or --action-category.</source>
        <translation>حدِّد ما تريد تغييره: --new-ref أو --text أو --response أو --from أو --action-category.</translation>
    </message>
    <message>
        <source>--response-on goes with --response: say what the new response is.</source>
        <translation>يُستخدم --response-on مع --response: حدّد الرد الجديد.</translation>
    </message>
    <message>
        <source>           response: {history}</source>
        <translation>           الرد: {history}</translation>
    </message>
    <message>
        <source>           recommended before: {refs}</source>
        <translation>           أوصي بها سابقاً: {refs}</translation>
    </message>
    <message>
        <source>Wrote the {kind} report to {path} ({note})</source>
        <translation>كُتب تقرير {kind} في {path} ({note})</translation>
    </message>
    <message>
        <source>Recommendations: {total}; supported: {supported} ({share})</source>
        <translation>التوصيات: {total}؛ التي تحظى بالتأييد: {supported} ({share})</translation>
    </message>
    <message>
        <source>Consultations with government: {count}</source>
        <translation>المشاورات مع الحكومة: {count}</translation>
    </message>
    <message>
        <source>Situation as of {date}</source>
        <translation>الوضع في {date}</translation>
    </message>
    <message>
        <source>Assigned to a group: {assigned}; with a lead group: {lead}; assessed in the last {months} months: {assessed}</source>
        <translation>مسندة إلى مجموعة: {assigned}؛ لها مجموعة رائدة: {lead}؛ قُيّمت خلال الأشهر الماضية ({months}): {assessed}</translation>
    </message>
    <message>
        <source>Follow-up actions: {open} open, {in_progress} in progress, {due_soon} due within {days} days, {overdue} overdue</source>
        <translation>إجراءات المتابعة: مفتوحة {open}، قيد التنفيذ {in_progress}، مستحقة خلال {days} يوماً {due_soon}، متأخرة {overdue}</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>أعد كتابة عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>The key of {path} is remembered on this computer.</source>
        <translation>مفتاح {path} محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Keys can be remembered ({backend}).</source>
        <translation>يمكن تذكّر المفاتيح ({backend}).</translation>
    </message>
    <message>
        <source>Keys cannot be remembered: {reason}.</source>
        <translation>لا يمكن تذكّر المفاتيح: {reason}.</translation>
    </message>
    <message>
        <source>A passphrase is needed: run the command in a terminal, or set {env} for scripts.</source>
        <translation>عبارة المرور مطلوبة: شغّل الأمر في طرفية، أو اضبط {env} للنصوص البرمجية.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>عبارتا المرور مختلفتان؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Backup taken first: {path}</source>
        <translation>أُخذت نسخة احتياطية أولاً: {path}</translation>
    </message>
    <message>
        <source>Removed {path}: it could not be read to convert it, and it would have stayed readable without the new passphrase.</source>
        <translation>حُذف {path}: تعذّرت قراءته لتحويله، ولو بقي لظل مقروءاً من دون عبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Left as it was: {path} (under another passphrase).</source>
        <translation>تُرك كما هو: {path} (تحت عبارة مرور أخرى).</translation>
    </message>
    <message>
        <source>The key is remembered on this computer.</source>
        <translation>المفتاح محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The key could not be remembered: {reason}.</source>
        <translation>تعذّر تذكّر المفتاح: {reason}.</translation>
    </message>
    <message>
        <source>{path} is now protected by a passphrase.</source>
        <translation>‏{path} محمية الآن بعبارة مرور.</translation>
    </message>
    <message>
        <source>{path} is no longer encrypted.</source>
        <translation>‏{path} لم تعد مشفَّرة.</translation>
    </message>
    <message>
        <source>The passphrase of {path} was changed.</source>
        <translation>تم تغيير عبارة المرور الخاصة بـ {path}.</translation>
    </message>
    <message>
        <source>Cannot remember keys on this computer: {reason}. You will be asked for the passphrase.</source>
        <translation>تعذّر تذكّر المفاتيح على هذا الحاسوب: {reason}. ستُطلب منك عبارة المرور.</translation>
    </message>
    <message>
        <source>The keyring refused to store the key.</source>
        <translation>رفضت حلقة المفاتيح حفظ المفتاح.</translation>
    </message>
    <message>
        <source>The key of {path} was removed from this computer.</source>
        <translation>أُزيل مفتاح {path} من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No key of {path} was remembered here.</source>
        <translation>لا يوجد مفتاح محفوظ هنا لـ {path}.</translation>
    </message>
    <message>
        <source>Nothing to remove: no workspace at {path}.</source>
        <translation>لا شيء لإزالته: لا توجد مساحة عمل في {path}.</translation>
    </message>
    <message>
        <source>This removes for good:
{listing}</source>
        <translation>سيُزيل هذا نهائياً:
{listing}</translation>
    </message>
    <message>
        <source>Type DELETE to confirm: </source>
        <translation>اكتب DELETE للتأكيد: </translation>
    </message>
    <message>
        <source>Removing:
{listing}</source>
        <translation>جارٍ الإزالة:
{listing}</translation>
    </message>
    <message>
        <source>{path} is already protected, and so is every copy of it; use rekey to change its passphrase.</source>
        <translation>‏{path} محمية بالفعل، وكذلك كل نسخها؛ استخدم rekey لتغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>The unprotected copies of {path} are now protected by its passphrase.</source>
        <translation>صارت النسخ غير المحمية من {path} محمية الآن بعبارة مرورها.</translation>
    </message>
    <message>
        <source>Exchange signing keys were removed too: workbooks exported before cannot be checked when they come back (merge them with --trust-unsigned after looking at them).</source>
        <translation>أُزيلت مفاتيح توقيع التبادل أيضاً: لا يمكن التحقق من المصنفات المصدَّرة سابقاً عند إعادتها (ادمجها باستخدام --trust-unsigned بعد الاطلاع عليها).</translation>
    </message>
    <message>
        <source>This would remove:
{listing}
Run again with --yes to remove them.</source>
        <translation>سيُزيل هذا:
{listing}
شغّله مرة أخرى مع --yes لإزالتها.</translation>
    </message>
    <message>
        <source>The password for {entry} is kept in this computer&apos;s keyring.</source>
        <translation>كلمة مرور {entry} محفوظة في حلقة مفاتيح هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No password given: type it at the prompt, or set {env}.</source>
        <translation>لم تُعطَ كلمة مرور: اكتبها عند الطلب، أو عيّن {env}.</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>كلمة مرور {name}: </translation>
    </message>
    <message>
        <source>{user} may now open this workspace as {role}</source>
        <translation>يمكن لـ {user} الآن فتح مساحة العمل هذه بصفة {role}</translation>
    </message>
    <message>
        <source>{path} is a workspace file; remember-password is for a workspace on a server.</source>
        <translation>{path} ملف مساحة عمل؛ الأمر remember-password لمساحة عمل على خادم.</translation>
    </message>
    <message>
        <source>Server password: </source>
        <translation>كلمة مرور الخادم: </translation>
    </message>
    <message>
        <source>Created workspace &apos;{name}&apos; for {state} at {path}</source>
        <translation>أُنشئت مساحة العمل «{name}» لـ {state} في {path}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>نُسخ احتياطياً إلى {path}</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <source>Restored {backup}. The state before it was kept as {safety}.</source>
        <translation>استُعيدت {backup}. وحُفظت الحالة السابقة باسم {safety}.</translation>
    </message>
    <message>
        <source>The workspace cannot be read ({reason}); restoring {backup} (taken {when}) replaces it, and the damaged file is kept aside.</source>
        <translation>تعذّرت قراءة مساحة العمل ({reason})؛ استعادة {backup} (أُخذت في {when}) تحل محلها، ويُحتفظ بالملف التالف جانباً.</translation>
    </message>
    <message>
        <source>Restoring {backup} (taken {when}) undoes nothing: it holds everything the workspace holds.</source>
        <translation>استعادة {backup} (أُخذت في {when}) لا تُلغي شيئاً: فيها كل ما في مساحة العمل.</translation>
    </message>
    <message>
        <source>The current state is backed up first, so this can itself be undone by restoring that backup.</source>
        <translation>تُؤخذ نسخة احتياطية من الحالة الحالية أولاً، فيمكن التراجع عن هذه الاستعادة نفسها باستعادة تلك النسخة.</translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation>تم التراجع: {label}</translation>
    </message>
    <message>
        <source>Redone: {label}</source>
        <translation>أُعيد: {label}</translation>
    </message>
    <message>
        <source>read only: {reason} (every command that only reads works)</source>
        <translation>للقراءة فقط: {reason} (كل الأوامر التي تقرأ فقط تعمل)</translation>
    </message>
    <message>
        <source>The search index was rebuilt from the recommendations.</source>
        <translation>أُعيد بناء فهرس البحث من التوصيات.</translation>
    </message>
    <message>
        <source>Save what can be read with: upr-desktop export-json --salvage -o FILE; or restore a backup (upr-desktop restore latest --dry-run says what it would undo).</source>
        <translation>احفظ ما يمكن قراءته بالأمر: upr-desktop export-json --salvage -o FILE؛ أو استعد نسخة احتياطية (يخبرك upr-desktop restore latest --dry-run بما ستُلغيه).</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>لم يتغير شيء (--dry-run).</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>كُتب {path}</translation>
    </message>
    <message>
        <source>  {table}: {now} now, {then} in the backup</source>
        <translation>  {table}: {now} الآن، و{then} في النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Nothing in the workspace is damaged; everything was exported.</source>
        <translation>لا شيء تالف في مساحة العمل؛ صُدّر كل شيء.</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(عرض توضيحي)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>الورقة «{sheet}»</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; spans {rows} rows by {columns} columns ({cells} cells), more than the {limit} cells a file may have; it was not opened. Split it into smaller files.</source>
        <translation>تمتد الورقة «{sheet}» على {rows} صفاً و{columns} عموداً ({cells} خلية)، أكثر من {limit} خلية يُسمح بها للملف؛ لم تُفتح. قسّمها إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>{where}: a cell tag is not well formed; it was not opened. Save the file again from Excel or LibreOffice.</source>
        <translation>{where}: وسم خلية غير سليم البنية؛ لم يُفتح الملف. احفظه مجدداً من Excel أو LibreOffice.</translation>
    </message>
    <message>
        <source>{where}: the cell reference &apos;{ref}&apos; is not a plain reference such as B12; it was not opened.</source>
        <translation>{where}: مرجع الخلية «{ref}» ليس مرجعاً بسيطاً مثل B12؛ لم يُفتح الملف.</translation>
    </message>
    <message>
        <source>it is a binary Excel workbook (.xlsb), which is not read; save it as an Excel Workbook (.xlsx) and try again.</source>
        <translation>إنه مصنف Excel ثنائي (.xlsb) لا يُقرأ؛ احفظه بصيغة مصنف Excel (.xlsx) وحاول مجدداً.</translation>
    </message>
    <message>
        <source>{where}: a repeat count &apos;{value}&apos; is not a number; it was not opened.</source>
        <translation>{where}: عدد التكرار «{value}» ليس رقماً؛ لم يُفتح الملف.</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; holds more than {limit} cells; it was not opened. Split it into smaller files.</source>
        <translation>تحتوي الورقة «{sheet}» على أكثر من {limit} خلية؛ لم تُفتح. قسّمها إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>{where}: a cell tag names its &apos;{name}&apos; twice, which no spreadsheet program writes; it was not opened.</source>
        <translation>{where}: وسم خلية يذكر «{name}» مرتين، وهو ما لا يكتبه أي برنامج جداول؛ لم يُفتح الملف.</translation>
    </message>
    <message>
        <source>sheet {number}</source>
        <translation>الورقة {number}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has cells down to row {row}, more than the {limit} rows it may have; it was not opened.</source>
        <translation>تحتوي الورقة «{sheet}» على خلايا حتى الصف {row}، أكثر من {limit} صف يُسمح بها؛ لم تُفتح.</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has cells as far as column {column} (column {number}), more than the {limit} columns it may have; clear the far cells, save and try again.</source>
        <translation>تحتوي الورقة «{sheet}» على خلايا حتى العمود {column} (العمود {number})، أكثر من {limit} عمود يُسمح بها؛ امسح الخلايا البعيدة واحفظ وحاول مجدداً.</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; holds text without any tag end for megabytes; it is not a spreadsheet part.</source>
        <translation>يحتوي الجزء «{part}» على نص بلا نهاية وسم لعدة ميغابايتات؛ ليس جزءاً من جدول بيانات.</translation>
    </message>
    <message>
        <source>it holds no Excel workbook.</source>
        <translation>لا يحتوي على مصنف Excel.</translation>
    </message>
    <message>
        <source>the old Excel (.xls) file is damaged ({reason}).</source>
        <translation>ملف Excel القديم (.xls) تالف ({reason}).</translation>
    </message>
    <message>
        <source>{where}: the row number &apos;{row}&apos; is not a number; it was not opened.</source>
        <translation>{where}: رقم الصف «{row}» ليس رقماً؛ لم يُفتح الملف.</translation>
    </message>
    <message>
        <source>the Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>the text file is {mb} MB, more than the {limit} MB one import may read; split it into smaller files.</source>
        <translation>حجم الملف النصي {mb} ميغابايت، أكثر من {limit} ميغابايت يستطيع استيراد واحد قراءتها؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>the document&apos;s text unpacks to {mb} MB, more than the {limit} MB a matrix may have; it was not opened.</source>
        <translation>يُفكّ نص المستند إلى {mb} ميغابايت، أكثر من {limit} ميغابايت يُسمح بها للمصفوفة؛ لم يُفتح.</translation>
    </message>
    <message>
        <source>line {line} has {count} fields, more than the {limit} a row may have; it was not read.</source>
        <translation>يحتوي السطر {line} على {count} حقلاً، أكثر من {limit} يُسمح بها للصف؛ لم يُقرأ.</translation>
    </message>
    <message>
        <source>it has more than {limit} rows; split it into smaller files.</source>
        <translation>فيه أكثر من {limit} صف؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>it has more than {limit} fields in all (by line {line}); split it into smaller files.</source>
        <translation>فيه أكثر من {limit} حقل إجمالاً (عند السطر {line})؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>a field on line {line} is longer than {limit} characters, far longer than any recommendation (a quote left open?).</source>
        <translation>حقل في السطر {line} أطول من {limit} حرفاً، أطول بكثير من أي توصية (علامة اقتباس بقيت مفتوحة؟).</translation>
    </message>
    <message>
        <source>a table row spans more than {limit} columns, which Word itself does not allow; it was not opened.</source>
        <translation>يمتد صف جدول على أكثر من {limit} عموداً، وهو ما لا يسمح به Word نفسه؛ لم يُفتح.</translation>
    </message>
    <message>
        <source>its tables have more than {limit} rows, far more than any matrix; it was not opened.</source>
        <translation>في جداوله أكثر من {limit} صف، أكثر بكثير من أي مصفوفة؛ لم يُفتح.</translation>
    </message>
    <message>
        <source>its tables have more than {limit} cells, far more than any matrix; it was not opened.</source>
        <translation>في جداوله أكثر من {limit} خلية، أكثر بكثير من أي مصفوفة؛ لم يُفتح.</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (perhaps cut off while copying or downloading). Save or download it again.</source>
        <translation>الملف تالف أو غير مكتمل (ربما انقطع أثناء النسخ أو التنزيل). احفظه أو نزّله مرة أخرى.</translation>
    </message>
    <message>
        <source>the archive holds {count} parts, far more than any real file; it was not opened.</source>
        <translation>يحتوي الأرشيف على {count} جزءاً، أكثر بكثير من أي ملف حقيقي؛ لم يُفتح.</translation>
    </message>
    <message>
        <source>the archive would unpack to {size} MB: this looks like a zip bomb; it was not opened.</source>
        <translation>سيُفك الأرشيف إلى {size} ميغابايت: يبدو أنه قنبلة zip؛ لم يُفتح.</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; declares XML entities (a DTD), which Office files never do; it may be an attack and was not opened.</source>
        <translation>يعلن الجزء «{name}» عن كيانات XML (DTD)، وهو ما لا تفعله ملفات Office أبداً؛ قد يكون هجوماً ولم يُفتح.</translation>
    </message>
    <message>
        <source>the archive contains a part with an unsafe name ({name}); it was not opened.</source>
        <translation>يحتوي الأرشيف على جزء باسم غير آمن ({name})؛ لم يُفتح.</translation>
    </message>
    <message>
        <source>the file is protected by a password. Remove the password (in Excel or Word: File &gt; Info &gt; Protect), save it and try again.</source>
        <translation>الملف محمي بكلمة مرور. أزل كلمة المرور (في Excel أو Word: ملف &gt; معلومات &gt; حماية)، واحفظه ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; unpacks to {size} MB from {packed} KB: this looks like a zip bomb; it was not opened.</source>
        <translation>يُفك الجزء «{name}» إلى {size} ميغابايت من {packed} كيلوبايت: يبدو أنه قنبلة zip؛ لم يُفتح.</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; is larger than it declares (a zip bomb?); the file was not opened.</source>
        <translation>الجزء «{name}» أكبر مما يعلنه (قنبلة zip؟)؛ لم يُفتح الملف.</translation>
    </message>
    <message>
        <source>A file could not be read or written{where}: {reason}.</source>
        <translation>تعذّرت قراءة ملف أو كتابته{where}: {reason}.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and the workspace is as it was before. Free some space and try again.</source>
        <translation>القرص ممتلئ: لم يُحفظ التغيير ومساحة العمل كما كانت. أفرغ بعض المساحة وحاول مجدداً.</translation>
    </message>
    <message>
        <source>The workspace cannot be written (a read-only file, folder or disk): the change was not saved. Every command that only reads still works.</source>
        <translation>لا يمكن الكتابة في مساحة العمل (ملف أو مجلد أو قرص للقراءة فقط): لم يُحفظ التغيير. كل الأوامر التي تقرأ فقط ما زالت تعمل.</translation>
    </message>
    <message>
        <source>The disk could not be written (an input/output error: a full disk, a failing one, or a USB stick removed?): the change was not saved and the workspace is as it was before.</source>
        <translation>تعذّرت الكتابة على القرص (خطأ إدخال/إخراج: قرص ممتلئ أو معطوب، أو أُزيلت ذاكرة USB؟): لم يُحفظ التغيير ومساحة العمل كما كانت.</translation>
    </message>
    <message>
        <source>Part of the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the damaged record, then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup.</source>
        <translation>تعذّرت قراءة جزء من مساحة العمل: الملف تالف. شغّل `upr-desktop check` لمعرفة السجل التالف، ثم `upr-desktop export-json --salvage -o FILE` لحفظ كل ما عداه، أو استعد نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again in a moment.</source>
        <translation>مساحة العمل مشغولة: برنامج آخر يكتب فيها. حاول مجدداً بعد لحظة.</translation>
    </message>
    <message>
        <source>The disk is full{where}: the command stopped before finishing and changed nothing. Free some space and try again.</source>
        <translation>القرص ممتلئ{where}: توقف الأمر قبل إكماله ولم يغيّر شيئاً. أفرغ بعض المساحة وحاول مجدداً.</translation>
    </message>
    <message>
        <source>The disk is read-only{where}: nothing could be written. Every command that only reads still works.</source>
        <translation>القرص للقراءة فقط{where}: تعذّرت كتابة أي شيء. كل الأوامر التي تقرأ فقط ما زالت تعمل.</translation>
    </message>
    <message>
        <source>Permission denied{where}: this account may not write there. Choose another place, or ask for the permission.</source>
        <translation>الإذن مرفوض{where}: لا يستطيع هذا الحساب الكتابة هناك. اختر مكاناً آخر، أو اطلب الإذن.</translation>
    </message>
    <message>
        <source>The disk could not be read or written{where} (an input/output error: a failing disk, or a USB stick removed?).</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة عليه{where} (خطأ إدخال/إخراج: قرص معطوب، أو أُزيلت ذاكرة USB؟).</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({error}). The details are in {path}; please send them to whoever supports your installation.</source>
        <translation>أوقفت مشكلة غير متوقعة الأمر ({error}). التفاصيل في {path}؛ يُرجى إرسالها إلى من يتولى دعم تثبيتك.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({error}).</source>
        <translation>أوقفت مشكلة غير متوقعة الأمر ({error}).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language this app ships; use one of: {languages}.</source>
        <translation>‏«{code}» ليست لغة يتضمنها هذا التطبيق؛ استخدم إحدى اللغات: {languages}.</translation>
    </message>
    <message>
        <source>it does not hold settings</source>
        <translation>لا يحتوي على إعدادات</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {reason}</source>
        <translation>تعذّر حفظ إعداداتك: {reason}</translation>
    </message>
    <message>
        <source>This PDF would list {rows} rows, hundreds of pages. Narrow it with --group or --theme (the Member group and Theme boxes), or write an .xlsx workbook instead.</source>
        <translation>سيضم ملف PDF هذا {rows} صفاً، أي مئات الصفحات. ضيّق النطاق باستخدام --group أو --theme (مربعا المجموعة العضو والموضوع)، أو احفظ مصنف .xlsx بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Sensitive fields included</source>
        <translation>تتضمن الحقول الحساسة</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
</context>
</TS>

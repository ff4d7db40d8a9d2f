<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my">
<context>
    <name></name>
    <message>
        <source>demo data</source>
        <translation>သရုပ်ပြဒေတာ</translation>
    </message>
    <message>
        <source>Sensitive fields included</source>
        <translation>ထိလွယ်ရှလွယ် အကွက်များ ပါဝင်သည်</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>စာမျက်နှာ {pages} အနက် {page}</translation>
    </message>
    <message>
        <source>This PDF would list {rows} rows, hundreds of pages. Narrow it with --group or --theme (the Member group and Theme boxes), or write an .xlsx workbook instead.</source>
        <translation>ဤ PDF တွင် အတန်း {rows} တန်း၊ စာမျက်နှာ ရာပေါင်းများစွာ ပါဝင်မည်ဖြစ်သည်။ --group သို့မဟုတ် --theme (အဖွဲ့ဝင်အဖွဲ့နှင့် အကြောင်းအရာ အကွက်များ) ဖြင့် ကျဉ်းမြောင်းအောင်လုပ်ပါ၊ သို့မဟုတ် .xlsx အလုပ်စာအုပ်အဖြစ် ရေးပါ။</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About UPR Desktop</source>
        <translation>UPR Desktop အကြောင်း</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>အကြောင်း (&amp;A)</translation>
    </message>
    <message>
        <source>Licence of UPR Desktop</source>
        <translation>UPR Desktop ၏ လိုင်စင်</translation>
    </message>
    <message>
        <source>Licences of the software UPR Desktop includes</source>
        <translation>UPR Desktop တွင် ပါဝင်သော ဆော့ဖ်ဝဲများ၏ လိုင်စင်များ</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>လိုင်စင် (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Third-party software</source>
        <translation>ပြင်ပ ဆော့ဖ်ဝဲ (&amp;T)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt အကြောင်း (&amp;Q)</translation>
    </message>
    <message>
        <source>UPR Desktop %1</source>
        <translation>UPR Desktop %1</translation>
    </message>
    <message>
        <source>Follow up on Universal Periodic Review recommendations as a coalition, offline.</source>
        <translation>ကမ္ဘာ့နိုင်ငံအားလုံး၏ လူ့အခွင့်အရေးအခြေအနေကို ပုံမှန်သုံးသပ်သည့် လုပ်ငန်းစဉ် (UPR) ၏ အကြံပြုချက်များကို ညွန့်ပေါင်းအဖွဲ့အဖြစ် အင်တာနက်မလိုဘဲ နောက်ဆက်တွဲ စောင့်ကြည့်ပါ။</translation>
    </message>
    <message>
        <source>Copyright © UPR Desktop contributors.</source>
        <translation>မူပိုင်ခွင့် © UPR Desktop ပံ့ပိုးသူများ</translation>
    </message>
    <message>
        <source>UPR Desktop is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The Licence tab has the full text; the Third-party software tab lists the libraries it includes and their licences.</source>
        <translation>UPR Desktop သည် လွတ်လပ်သော ဆော့ဖ်ဝဲဖြစ်သည်- GNU General Public License ဗားရှင်း ၃ သို့မဟုတ် (သင်ရွေးချယ်ပါက) နောက်ပိုင်းဗားရှင်းတစ်ခုခု၏ စည်းကမ်းချက်များအတိုင်း ပြန်လည်ဖြန့်ဝေခြင်းနှင့် ပြင်ဆင်ခြင်း ပြုနိုင်သည်။ မည်သည့်အာမခံချက်မျှ မပါရှိပါ။ လိုင်စင် တဘ်တွင် စာသားအပြည့်အစုံ ပါရှိပြီး ပြင်ပဆော့ဖ်ဝဲ တဘ်တွင် ပါဝင်သော စာကြည့်တိုက်များနှင့် ၎င်းတို့၏ လိုင်စင်များကို ဖော်ပြထားသည်။</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add follow-up action</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက် ထည့်ရန်</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက် ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(အဖွဲ့ မရှိ)</translation>
    </message>
    <message>
        <source>Has a &amp;due date</source>
        <translation>သတ်မှတ်ရက် ရှိသည် (&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onfidential (kept out of shared exports)</source>
        <translation>လျှို့ဝှက် (မျှဝေသော ထုတ်ယူမှုများတွင် မပါ) (&amp;O)</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲ:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>လုပ်ဆောင်ချက် (&amp;A):</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>လုပ်ဆောင်ချက် ဖော်ပြချက်</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>အဖွဲ့ (&amp;G):</translation>
    </message>
    <message>
        <source>Responsible group</source>
        <translation>တာဝန်ယူသည့်အဖွဲ့</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>အခြေအနေ (&amp;S):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>သတ်မှတ်ရက်:</translation>
    </message>
    <message>
        <source>Follow-up action saved</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက်ကို သိမ်းပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Follow-up actions</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>အခြေအနေအားလုံး</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>ရက်ကျော်လွန်သည်များသာ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>အဖွဲ့ (&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>အခြေအနေ (&amp;T):</translation>
    </message>
    <message>
        <source>Show the actions about one UPR cycle&apos;s recommendations</source>
        <translation>UPR အကျော့တစ်ခု၏ အကြံပြုချက်များနှင့် သက်ဆိုင်သော နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ ပြရန်</translation>
    </message>
    <message>
        <source>&amp;Add action...</source>
        <translation>လုပ်ဆောင်ချက် ထည့်ရန် (&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>ပြင်ဆင်ရန် (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>ပြီးစီးကြောင်း မှတ်ရန် (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>ဖျက်ရန် (&amp;D)...</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up actions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>အဖွဲ့အားလုံး</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(အဖွဲ့ မရှိ)</translation>
    </message>
    <message>
        <source>%1 shown; %2 overdue as of %4 (marked %3).</source>
        <translation>%1 ပြထားသည်၊ %4 အထိ %2 ခု သတ်မှတ်ရက်ကျော် (%3 ဖြင့် မှတ်ထား)။</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>လုပ်ဆောင်ချက် %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>ပြီးစီးကြောင်း မှတ်ပြီး: %1</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက် ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Delete this follow-up action?</source>
        <translation>ဤနောက်ဆက်တွဲလုပ်ဆောင်ချက်ကို ဖျက်မလား။</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z ဖြင့် ပြန်ဖျက်နိုင်သည်။</translation>
    </message>
    <message>
        <source>&amp;Delete action</source>
        <translation>လုပ်ဆောင်ချက် ဖျက်ရန် (&amp;D)</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>no due date</source>
        <translation>သတ်မှတ်ရက် မရှိ</translation>
    </message>
    <message>
        <source>%1 Overdue: %2</source>
        <translation>%1 ရက်ကျော်လွန်: %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>အဖွဲ့</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>အကြံပြုချက်များ</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Add assessment of %1</source>
        <translation>%1 အတွက် အကဲဖြတ်ချက် ထည့်ရန်</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>အခြေအနေ ရွေးပါ…</translation>
    </message>
    <message>
        <source>(the coalition as a whole)</source>
        <translation>(ညွန့်ပေါင်းအဖွဲ့ တစ်ခုလုံး)</translation>
    </message>
    <message>
        <source>What shows this status: laws passed, budgets, cases, statistics...</source>
        <translation>ဤအခြေအနေကို ပြသသည့်အရာ- အတည်ပြုပြီး ဥပဒေများ၊ ဘတ်ဂျက်များ၊ အမှုများ၊ စာရင်းအင်းများ...</translation>
    </message>
    <message>
        <source>Links or documents</source>
        <translation>လင့်ခ်များ သို့မဟုတ် စာရွက်စာတမ်းများ</translation>
    </message>
    <message>
        <source>&amp;Confidential (never leaves this workspace in exports)</source>
        <translation>လျှို့ဝှက် (ထုတ်ယူမှုများတွင် ဤအလုပ်ခွင်မှ ဘယ်တော့မှ ထွက်မသွား) (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>အခြေအနေ (&amp;S):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ရက်စွဲ (&amp;D):</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>အကဲဖြတ်သည့်ရက်</translation>
    </message>
    <message>
        <source>&amp;Assessed by:</source>
        <translation>အကဲဖြတ်သူ (&amp;A):</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>အကဲဖြတ်သူ</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>အထောက်အထား (&amp;E):</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>အထောက်အထား</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>ရင်းမြစ်များ (&amp;O):</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ရင်းမြစ်များ</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>မှတ်ချက် (&amp;M):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>အကဲဖြတ်ချက် ထည့်ရန်</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>Unassign %n recommendations</source>
        <translation>
            <numerusform>အကြံပြုချက် %Ln ခု၏ တာဝန်ပေးမှုကို ဖယ်ရှားရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n recommendations</source>
        <translation>
            <numerusform>အကြံပြုချက် %Ln ခုကို တာဝန်ပေးရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member &amp;group:</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ (&amp;G):</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>သတ်မှတ်ရက် (&amp;D):</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>အခန်းကဏ္ဍ (&amp;R):</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>There are no member groups yet. Add them on the Member groups page.</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ မရှိသေးပါ။ အဖွဲ့ဝင်အဖွဲ့များ စာမျက်နှာတွင် ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>တာဝန်ရုပ်သိမ်းရန်</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>တာဝန်ပေးရန်</translation>
    </message>
</context>
<context>
    <name>BarChartView</name>
    <message>
        <source>%1 — counting…</source>
        <translation>%1 — ရေတွက်နေသည်…</translation>
    </message>
</context>
<context>
    <name>ConfirmAboveDialog</name>
    <message>
        <source>Confirm all above a score</source>
        <translation>ရမှတ်တစ်ခုအထက်ရှိသမျှ အတည်ပြုရန်</translation>
    </message>
    <message>
        <source>Mi&amp;nimum score:</source>
        <translation>အနည်းဆုံးရမှတ် (&amp;N):</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>အနည်းဆုံးရမှတ်</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ရမှတ်</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>အကြံပြုချက်</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>ယခင်</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>ယခင်အကြံပြုချက်</translation>
    </message>
    <message>
        <source>Links that would be confirmed</source>
        <translation>အတည်ပြုမည့် ချိတ်ဆက်မှုများ</translation>
    </message>
    <message>
        <source>Looking for suggestions...</source>
        <translation>အကြံပြုချက်များ ရှာဖွေနေသည်...</translation>
    </message>
    <message numerus="yes">
        <source>Links that would be confirmed: %n (the best suggestion of each recommendation scoring at least this). Nothing is changed until you confirm; Undo takes them all back.</source>
        <translation>
            <numerusform>အတည်ပြုမည့် ချိတ်ဆက်မှုများ: %Ln (ဤရမှတ်အထိ ရသော အကြံပြုချက်တစ်ခုစီ၏ အကောင်းဆုံး အကြံပြုမှု)။ သင်အတည်မပြုမချင်း ဘာမှမပြောင်းပါ၊ ပြန်ဖျက်ခြင်းဖြင့် အားလုံးကို ပြန်ရုပ်သိမ်းနိုင်သည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm: %n</source>
        <translation>
            <numerusform>အတည်ပြုရန်: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Decide later</source>
        <translation>နောက်မှ ဆုံးဖြတ်မည်</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>ကျွန်ုပ်တို့ဘက်</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>သူတို့ဘက်</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>ပြင်ဆင်ထားသော တန်ဖိုး</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>အမှတ်</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>အကွက်</translation>
    </message>
    <message>
        <source>When exported (base)</source>
        <translation>ထုတ်ယူစဉ်က (မူလ)</translation>
    </message>
    <message>
        <source>Ours (secretariat)</source>
        <translation>ကျွန်ုပ်တို့ (အတွင်းရေးမှူးအဖွဲ့)</translation>
    </message>
    <message>
        <source>Theirs (group)</source>
        <translation>သူတို့ (အဖွဲ့)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ဆုံးဖြတ်ချက်</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>ထားရှိမည့် တန်ဖိုး</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>အကဲဖြတ်သည့်ရက်</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>အထောက်အထား</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ရင်းမြစ်များ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>အစိုးရဌာန</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ပါဝင်သူများ</translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation>အစိုးရဘက်မှ ပါဝင်သူများ</translation>
    </message>
    <message>
        <source>Linked refs</source>
        <translation>ချိတ်ဆက်ထားသော အမှတ်များ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>ကတိကဝတ်များ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>မဆုံးဖြတ်ရသေး</translation>
    </message>
    <message>
        <source>All &amp;ours</source>
        <translation>ကျွန်ုပ်တို့ဘက် အားလုံး (&amp;O)</translation>
    </message>
    <message>
        <source>All t&amp;heirs</source>
        <translation>သူတို့ဘက် အားလုံး (&amp;H)</translation>
    </message>
    <message>
        <source>Conflicts side by side</source>
        <translation>ကွဲလွဲမှုများကို ဘေးချင်းယှဉ်ကြည့်ရန်</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>ဥပမာ- တရားရေးဝန်ကြီးဌာန</translation>
    </message>
    <message>
        <source>Sensitive: names of officials are left out of exchange workbooks and shared exports.</source>
        <translation>ထိလွယ်ရှလွယ်: အရာရှိများ၏ အမည်များကို ဖလှယ်ရေး အလုပ်စာအုပ်များနှင့် မျှဝေသော ထုတ်ယူမှုများတွင် ထည့်မထားပါ။</translation>
    </message>
    <message>
        <source>Con&amp;fidential (kept out of shared exports)</source>
        <translation>လျှို့ဝှက် (မျှဝေသော ထုတ်ယူမှုများတွင် မပါ) (&amp;F)</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>ရက်စွဲ (&amp;A):</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>ကျင်းပသည့်ရက်</translation>
    </message>
    <message>
        <source>Government &amp;body:</source>
        <translation>အစိုးရဌာန (&amp;B):</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>အစိုးရဌာန</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>အမျိုးအစား (&amp;K):</translation>
    </message>
    <message>
        <source>Kind of consultation</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲ အမျိုးအစား</translation>
    </message>
    <message>
        <source>Led by &amp;group:</source>
        <translation>ဦးဆောင်သည့်အဖွဲ့ (&amp;G):</translation>
    </message>
    <message>
        <source>Member group that led it</source>
        <translation>ဦးဆောင်ခဲ့သည့် အဖွဲ့ဝင်အဖွဲ့</translation>
    </message>
    <message>
        <source>&amp;Coalition participants:</source>
        <translation>ညွန့်ပေါင်းအဖွဲ့မှ ပါဝင်သူများ (&amp;C):</translation>
    </message>
    <message>
        <source>Coalition participants</source>
        <translation>ညွန့်ပေါင်းအဖွဲ့မှ ပါဝင်သူများ</translation>
    </message>
    <message>
        <source>Go&amp;vernment participants (sensitive):</source>
        <translation>အစိုးရဘက်မှ ပါဝင်သူများ (ထိလွယ်ရှလွယ်) (&amp;V):</translation>
    </message>
    <message>
        <source>Government participants, sensitive</source>
        <translation>အစိုးရဘက်မှ ပါဝင်သူများ၊ ထိလွယ်ရှလွယ်</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>အကြံပြုချက်များ:</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>ဆွေးနွေးခဲ့သော အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>အကျဉ်းချုပ် (&amp;U):</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>Co&amp;mmitments:</source>
        <translation>ကတိကဝတ်များ (&amp;M):</translation>
    </message>
    <message>
        <source>Commitments made</source>
        <translation>ပြုခဲ့သော ကတိကဝတ်များ</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(အဖွဲ့ မရှိ)</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲများ</translation>
    </message>
    <message>
        <source>&amp;New consultation</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲ အသစ် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>ဖျက်ရန် (&amp;D)...</translation>
    </message>
    <message>
        <source>Show the consultations about one UPR cycle&apos;s recommendations</source>
        <translation>UPR အကျော့တစ်ခု၏ အကြံပြုချက်များနှင့် သက်ဆိုင်သော တိုင်ပင်ဆွေးနွေးပွဲများ ပြရန်</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consultations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;တိုင်ပင်ဆွေးနွေးပွဲများ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Save consultation</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲ သိမ်းရန် (&amp;S)</translation>
    </message>
    <message>
        <source>Follow-up actions of this consultation</source>
        <translation>ဤတိုင်ပင်ဆွေးနွေးပွဲ၏ နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ</translation>
    </message>
    <message>
        <source>Add &amp;follow-up action...</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက် ထည့်ရန် (&amp;F)...</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ</translation>
    </message>
    <message numerus="yes">
        <source>%n consultations logged.</source>
        <translation>
            <numerusform>တိုင်ပင်ဆွေးနွေးမှု %Ln ကြိမ် မှတ်တမ်းတင်ထားသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultations about recommendations of cycle %1.</source>
        <translation>
            <numerusform>အကျော့ %1 ၏ အကြံပြုချက်များနှင့် သက်ဆိုင်သော တိုင်ပင်ဆွေးနွေးပွဲ %Ln ခု။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n follow-up actions are kept without a consultation. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>၎င်း၏ နောက်ဆက်တွဲ လုပ်ဆောင်ချက် %Ln ခုကို တိုင်ပင်ဆွေးနွေးမှု မပါဘဲ ထားရှိမည်။ Ctrl+Z ဖြင့် ပြန်ဖျက်နိုင်သည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;New consultation&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;တိုင်ပင်ဆွေးနွေးပွဲ အသစ်&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Consultation with %1 on %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%2 ရက်နေ့တွင် %1 နှင့် တိုင်ပင်ဆွေးနွေးပွဲ&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Save the consultation first, then add its follow-up actions.</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲကို အရင်သိမ်းပါ၊ ထို့နောက် ၎င်း၏ နောက်ဆက်တွဲလုပ်ဆောင်ချက်များကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Consultation saved</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲကို သိမ်းပြီးပါပြီ</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲ ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Delete the consultation with %1 on %2?</source>
        <translation>%2 ရက်နေ့က %1 နှင့် တိုင်ပင်ဆွေးနွေးပွဲကို ဖျက်မလား။</translation>
    </message>
    <message>
        <source>&amp;Delete consultation</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲ ဖျက်ရန် (&amp;D)</translation>
    </message>
</context>
<context>
    <name>ConsultationsTable</name>
    <message>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>အစိုးရဌာန</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>အဖွဲ့</translation>
    </message>
    <message>
        <source>Recs</source>
        <translation>အကြံပြုချက်</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
</context>
<context>
    <name>CycleChoice</name>
    <message>
        <source>Show the work of one UPR cycle</source>
        <translation>UPR အကျော့တစ်ခု၏ လုပ်ငန်းများ ပြရန်</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>အကျော့အားလုံး</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>အကျော့ (&amp;Y):</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>အကျော့ %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Africa</source>
        <translation>အာဖရိက</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>အာရှ-ပစိဖိတ်</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>အရှေ့ဥရောပ</translation>
    </message>
    <message>
        <source>Latin America and Caribbean</source>
        <translation>လက်တင်အမေရိကနှင့် ကာရစ်ဘီယံ</translation>
    </message>
    <message>
        <source>Western Europe and others</source>
        <translation>အနောက်ဥရောပနှင့် အခြား</translation>
    </message>
    <message>
        <source>Observer States</source>
        <translation>လေ့လာသူနိုင်ငံများ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>အခြား</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>ဒက်ရှ်ဘုတ်</translation>
    </message>
    <message>
        <source>Show the figures of one member group</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ တစ်ဖွဲ့၏ ကိန်းဂဏန်းများကို ပြရန်</translation>
    </message>
    <message>
        <source>All member groups</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ အားလုံး</translation>
    </message>
    <message>
        <source>Show the figures of one UPR cycle</source>
        <translation>UPR အကျော့တစ်ခု၏ ကိန်းဂဏန်းများ ပြရန်</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ပြန်ဖတ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>အဖွဲ့:</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>ထောက်ခံ</translation>
    </message>
    <message>
        <source>Assigned to a group</source>
        <translation>အဖွဲ့သို့ တာဝန်ပေးပြီး</translation>
    </message>
    <message>
        <source>With a lead group</source>
        <translation>ဦးဆောင်အဖွဲ့ ရှိသည်</translation>
    </message>
    <message>
        <source>Assessed in the last 6 months</source>
        <translation>လွန်ခဲ့သော ၆ လအတွင်း အကဲဖြတ်ပြီး</translation>
    </message>
    <message>
        <source>Consultations with government</source>
        <translation>အစိုးရနှင့် တိုင်ပင်ဆွေးနွေးပွဲများ</translation>
    </message>
    <message>
        <source>Follow-up actions overdue</source>
        <translation>ရက်ကျော်လွန်နေသော နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ</translation>
    </message>
    <message>
        <source>Implementation status by theme</source>
        <translation>အကြောင်းအရာအလိုက် အကောင်အထည်ဖော်မှု အခြေအနေ</translation>
    </message>
    <message>
        <source>Recommendations by response</source>
        <translation>တုံ့ပြန်မှုအလိုက် အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>Implementation status by member group</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့အလိုက် အကောင်အထည်ဖော်မှု အခြေအနေ</translation>
    </message>
    <message>
        <source>Supported, by regional group of the recommending States</source>
        <translation>ထောက်ခံထားသည်များ၊ အကြံပြုသည့်နိုင်ငံများ၏ ဒေသဆိုင်ရာအုပ်စုအလိုက်</translation>
    </message>
    <message>
        <source>Recommending States (most recommendations)</source>
        <translation>အကြံပြုသည့်နိုင်ငံများ (အကြံပြုချက် အများဆုံး)</translation>
    </message>
    <message>
        <source>Action categories</source>
        <translation>လုပ်ဆောင်ချက် အမျိုးအစားများ</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>လွှမ်းခြုံမှု</translation>
    </message>
    <message>
        <source>Consultations per quarter</source>
        <translation>သုံးလပတ်အလိုက် တိုင်ပင်ဆွေးနွေးပွဲများ</translation>
    </message>
    <message>
        <source>Point at a bar to see its number; click it to list those recommendations.</source>
        <translation>အရေအတွက်ကိုကြည့်ရန် ဘားပေါ်တွင် ထောက်ပါ၊ ထိုအကြံပြုချက်များကို စာရင်းပြုစုရန် နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>ကိန်းဂဏန်းများ ရေတွက်နေသည်…</translation>
    </message>
    <message>
        <source>Situation as of %1</source>
        <translation>%1 ရက်နေ့ရှိ အခြေအနေ</translation>
    </message>
    <message>
        <source>Situation as of %1; counting the rest…</source>
        <translation>%1 ရက်နေ့ရှိ အခြေအနေ၊ ကျန်သည်ကို ရေတွက်နေသည်…</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲများ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>အချိုး</translation>
    </message>
    <message>
        <source>The Recommendations page cannot be filtered from here in this version.</source>
        <translation>ဤဗားရှင်းတွင် အကြံပြုချက်များ စာမျက်နှာကို ဤနေရာမှ စစ်ထုတ်၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a recommendation to see its details.</source>
        <translation>အသေးစိတ်ကြည့်ရန် အကြံပြုချက်တစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Recommendation details</source>
        <translation>အကြံပြုချက် အသေးစိတ်</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>စာသား အပြည့်အစုံ</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>တာဝန်ပေးထားသူ:</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>တာဝန်ပေးမှုများ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>အဖွဲ့</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>Assign to group...</source>
        <translation>အဖွဲ့သို့ တာဝန်ပေးရန်...</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>တာဝန်ပေးမှု ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>ခြုံငုံသုံးသပ်ချက် (&amp;O)</translation>
    </message>
    <message>
        <source>Assessment timeline</source>
        <translation>အကဲဖြတ်ချက် အချိန်စဉ်</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ပြုလုပ်သူ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>အထောက်အထား</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ရင်းမြစ်များ</translation>
    </message>
    <message>
        <source>&amp;Add assessment...</source>
        <translation>အကဲဖြတ်ချက် ထည့်ရန် (&amp;A)...</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>အကဲဖြတ်ချက်များ (&amp;M)</translation>
    </message>
    <message>
        <source>Linked consultations</source>
        <translation>ချိတ်ဆက်ထားသော တိုင်ပင်ဆွေးနွေးပွဲများ</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>အစိုးရဌာန</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Co&amp;nsultations</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲများ (&amp;N)</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>ပြောင်းလဲမှု မှတ်တမ်း</translation>
    </message>
    <message>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>မည်သူ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ဖြစ်ခဲ့သည့်အရာ</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>မှတ်တမ်း (&amp;H)</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>တုံ့ပြန်မှု: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 မှ</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>အကျော့ %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>အကြောင်းအရာများ: %1</translation>
    </message>
    <message>
        <source>coalition</source>
        <translation>ညွန့်ပေါင်းအဖွဲ့</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear all filters</source>
        <translation>စစ်ထုတ်မှုအားလုံး ရှင်းရန်</translation>
    </message>
    <message>
        <source>No recommendation matches this search and these filters. Change the search or a filter, or clear them all to see every recommendation.</source>
        <translation>ဤရှာဖွေမှုနှင့် စစ်ထုတ်မှုများနှင့် ကိုက်ညီသော အကြံပြုချက် မရှိပါ။ ရှာဖွေမှု သို့မဟုတ် စစ်ထုတ်မှုကို ပြောင်းပါ၊ သို့မဟုတ် အကြံပြုချက်အားလုံးကို ကြည့်ရန် အားလုံးကို ရှင်းပါ။</translation>
    </message>
    <message>
        <source>No recommendations yet. Import them with File → Import recommendations (Ctrl+I).</source>
        <translation>အကြံပြုချက် မရှိသေးပါ။ ဖိုင် → အကြံပြုချက်များ တင်သွင်းရန် (Ctrl+I) ဖြင့် တင်သွင်းပါ။</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>တစ်ခုခု မှားယွင်းသွားသည်</translation>
    </message>
    <message>
        <source>UPR Desktop hit an unexpected problem. The change in progress was not saved; everything saved before is intact. Please copy this report and send it to whoever supports your coalition&apos;s installation.</source>
        <translation>UPR Desktop တွင် မမျှော်လင့်သော ပြဿနာတစ်ခု ကြုံတွေ့ခဲ့သည်။ လုပ်ဆောင်နေဆဲ ပြောင်းလဲမှုကို မသိမ်းရသေးပါ၊ ယခင်က သိမ်းထားသမျှ အားလုံး မပျက်မစီး ရှိနေသည်။ ဤအစီရင်ခံစာကို ကူးယူပြီး သင့်ညွန့်ပေါင်းအဖွဲ့၏ ထည့်သွင်းမှုကို ပံ့ပိုးပေးသူထံ ပို့ပါ။</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>အမှား အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>အစီရင်ခံစာ ကူးယူရန်</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>ထိုသို့ ပြုလုပ်၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>E&amp;xport workbooks</source>
        <translation>အလုပ်စာအုပ် ထုတ်ယူရန် (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Merge returns</source>
        <translation>ပြန်ပို့ဖိုင် ပေါင်းစည်းရန် (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>မှတ်တမ်း (&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;conflicts (%1)</source>
        <translation>ကျန်ရှိ ကွဲလွဲမှုများ (%1) (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Member &amp;groups (choose one or several):</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့များ (တစ်ဖွဲ့ သို့မဟုတ် အများ ရွေးပါ) (&amp;G):</translation>
    </message>
    <message>
        <source>Member groups to export for</source>
        <translation>ထုတ်ယူပေးမည့် အဖွဲ့ဝင်အဖွဲ့များ</translation>
    </message>
    <message>
        <source>Which recommendations</source>
        <translation>မည်သည့် အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>All &amp;assigned to the group</source>
        <translation>အဖွဲ့သို့ တာဝန်ပေးထားသမျှ အားလုံး (&amp;A)</translation>
    </message>
    <message>
        <source>Only these &amp;refs:</source>
        <translation>ဤအမှတ်များသာ (&amp;R):</translation>
    </message>
    <message>
        <source>Only the &amp;theme:</source>
        <translation>ဤအကြောင်းအရာသာ (&amp;T):</translation>
    </message>
    <message>
        <source>e.g. 115.1, 115.4</source>
        <translation>ဥပမာ- 115.1, 115.4</translation>
    </message>
    <message>
        <source>Refs to export</source>
        <translation>ထုတ်ယူမည့် အမှတ်များ</translation>
    </message>
    <message>
        <source>Theme to export</source>
        <translation>ထုတ်ယူမည့် အကြောင်းအရာ</translation>
    </message>
    <message>
        <source>Export the work of one UPR cycle</source>
        <translation>UPR အကျော့တစ်ခု၏ လုပ်ငန်းများကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>&amp;Deadline for the return:</source>
        <translation>ပြန်ပို့ရမည့် နောက်ဆုံးရက် (&amp;D):</translation>
    </message>
    <message>
        <source>Deadline for the return</source>
        <translation>ပြန်ပို့ရမည့် နောက်ဆုံးရက်</translation>
    </message>
    <message>
        <source>Workbook &amp;language:</source>
        <translation>အလုပ်စာအုပ် ဘာသာစကား (&amp;L):</translation>
    </message>
    <message>
        <source>Language of the workbooks</source>
        <translation>အလုပ်စာအုပ်များ၏ ဘာသာစကား</translation>
    </message>
    <message>
        <source>Each group&apos;s own language</source>
        <translation>အဖွဲ့တစ်ဖွဲ့စီ၏ ကိုယ်ပိုင်ဘာသာစကား</translation>
    </message>
    <message>
        <source>The Read me, column titles, dropdown values and messages of the workbook are in this language. Returns are read back whatever their language.</source>
        <translation>အလုပ်စာအုပ်၏ ဖတ်ရန် စာမျက်နှာ၊ ကော်လံခေါင်းစဉ်များ၊ ရွေးချယ်စရာ တန်ဖိုးများနှင့် မက်ဆေ့ချ်များကို ဤဘာသာစကားဖြင့် ရေးမည်။ ပြန်ပို့ဖိုင်များကို မည်သည့်ဘာသာစကားဖြစ်စေ ပြန်ဖတ်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Sent &amp;by (the secretariat):</source>
        <translation>ပေးပို့သူ (အတွင်းရေးမှူးအဖွဲ့) (&amp;B):</translation>
    </message>
    <message>
        <source>e.g. the coordinator&apos;s name, or the secretariat&apos;s</source>
        <translation>ဥပမာ- ညှိနှိုင်းရေးမှူး၏ အမည် သို့မဟုတ် အတွင်းရေးမှူးအဖွဲ့၏ အမည်</translation>
    </message>
    <message>
        <source>Written in each workbook&apos;s Read me; kept in the workspace</source>
        <translation>အလုပ်စာအုပ်တိုင်း၏ ဖတ်ရန် စာမျက်နှာတွင် ရေးထားပြီး အလုပ်ခွင်တွင် သိမ်းထားသည်</translation>
    </message>
    <message>
        <source>Include &amp;sensitive information</source>
        <translation>ထိလွယ်ရှလွယ် အချက်အလက်များ ထည့်ရန် (&amp;S)</translation>
    </message>
    <message>
        <source>Adds the government participants of consultations and every record marked confidential (recommendations, assessments, consultations, follow-up actions). Send such workbooks only to people who may see them.</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲများ၏ အစိုးရဘက်မှ ပါဝင်သူများနှင့် လျှို့ဝှက်ဟု မှတ်ထားသော မှတ်တမ်းတိုင်း (အကြံပြုချက်များ၊ အကဲဖြတ်ချက်များ၊ တိုင်ပင်ဆွေးနွေးပွဲများ၊ နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ) ကို ထည့်သည်။ ထိုအလုပ်စာအုပ်များကို ကြည့်ခွင့်ရှိသူများထံသာ ပို့ပါ။</translation>
    </message>
    <message>
        <source>&amp;Export workbooks...</source>
        <translation>အလုပ်စာအုပ်များ ထုတ်ယူရန် (&amp;E)...</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>တာဝန်ပေးထား %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for the %n workbooks</source>
        <translation>
            <numerusform>စာရင်းစာအုပ် %Ln အုပ်အတွက် ဖိုဒါ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n workbooks</source>
        <translation>
            <numerusform>စာရင်းစာအုပ် %Ln အုပ် ထုတ်ပေးပြီး</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the workbook for %1</source>
        <translation>%1 အတွက် အလုပ်စာအုပ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel အလုပ်စာအုပ် (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting workbooks</source>
        <translation>အလုပ်စာအုပ်များ ထုတ်ယူနေသည်</translation>
    </message>
    <message>
        <source>✔ %1: %2 (%3 recommendations, %4 consultations, %5 actions)</source>
        <translation>✔ %1: %2 (အကြံပြုချက် %3 ခု၊ တိုင်ပင်ဆွေးနွေးပွဲ %4 ကြိမ်၊ လုပ်ဆောင်ချက် %5 ခု)</translation>
    </message>
    <message>
        <source>⚠ These workbooks include sensitive information: send them only to people who may see it.</source>
        <translation>⚠ ဤအလုပ်စာအုပ်များတွင် ထိလွယ်ရှလွယ် အချက်အလက်များ ပါဝင်သည်- ကြည့်ခွင့်ရှိသူများထံသာ ပို့ပါ။</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search reference, text or State (Ctrl+F)</source>
        <translation>အမှတ်၊ စာသား သို့မဟုတ် နိုင်ငံ ရှာရန် (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search recommendations</source>
        <translation>အကြံပြုချက်များ ရှာရန်</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>တုံ့ပြန်မှု</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>တုံ့ပြန်မှု အားလုံး</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>နောက်ဆုံး အခြေအနေ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>အခြေအနေ အားလုံး</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>အကြောင်းအရာ အားလုံး</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>အဖွဲ့ အားလုံး</translation>
    </message>
    <message>
        <source>Recommending State</source>
        <translation>အကြံပြုသည့်နိုင်ငံ</translation>
    </message>
    <message>
        <source>Any State</source>
        <translation>နိုင်ငံ အားလုံး</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>လုပ်ဆောင်ချက် အမျိုးအစား</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>အမျိုးအစား အားလုံး</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>အကျော့</translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation>အကျော့ အားလုံး</translation>
    </message>
    <message>
        <source>&amp;Unassigned only</source>
        <translation>တာဝန်မပေးရသေး (&amp;U)</translation>
    </message>
    <message>
        <source>Not assessed &amp;since</source>
        <translation>ဤရက်မှစ၍ အကဲမဖြတ်ရသေး (&amp;S)</translation>
    </message>
    <message>
        <source>Not assessed since this date</source>
        <translation>ဤရက်စွဲမှစ၍ အကဲမဖြတ်ရသေး</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>စစ်ထုတ်မှု ရှင်းရန် (&amp;L)</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>အကျော့ %1</translation>
    </message>
</context>
<context>
    <name>Fitting</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 - %2</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add member group</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ ထည့်ရန်</translation>
    </message>
    <message>
        <source>Edit member group %1</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ %1 ကို ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>Sensitive: left out of exchange workbooks and shared exports.</source>
        <translation>ထိလွယ်ရှလွယ်: ဖလှယ်ရေး အလုပ်စာအုပ်များနှင့် မျှဝေသော ထုတ်ယူမှုများတွင် မပါ။</translation>
    </message>
    <message>
        <source>Not set (English)</source>
        <translation>မသတ်မှတ်ရသေး (အင်္ဂလိပ်)</translation>
    </message>
    <message>
        <source>The exchange workbooks sent to this group are written in this language.</source>
        <translation>ဤအဖွဲ့ထံ ပို့သော ဖလှယ်ရေး အလုပ်စာအုပ်များကို ဤဘာသာစကားဖြင့် ရေးမည်။</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>အမည် (&amp;N):</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>အဖွဲ့အမည်</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>အတိုကောက် (&amp;A):</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>အတိုကောက်</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>ဒေသ (&amp;R):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ဒေသ</translation>
    </message>
    <message>
        <source>&amp;Focal point:</source>
        <translation>ဆက်သွယ်ရန်ပုဂ္ဂိုလ် (&amp;F):</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>ဆက်သွယ်ရန်ပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <source>&amp;Contact details (sensitive):</source>
        <translation>ဆက်သွယ်ရန် အချက်အလက် (ထိလွယ်ရှလွယ်) (&amp;C):</translation>
    </message>
    <message>
        <source>Contact details, sensitive</source>
        <translation>ဆက်သွယ်ရန် အချက်အလက်၊ ထိလွယ်ရှလွယ်</translation>
    </message>
    <message>
        <source>&amp;Workbook language:</source>
        <translation>အလုပ်စာအုပ် ဘာသာစကား (&amp;W):</translation>
    </message>
    <message>
        <source>Language of the group&apos;s workbooks</source>
        <translation>အဖွဲ့၏ အလုပ်စာအုပ်များ ဘာသာစကား</translation>
    </message>
    <message>
        <source>The acronym is one word (at most 30 characters) and must differ from every other group&apos;s.</source>
        <translation>အတိုကောက်သည် စကားလုံးတစ်လုံးတည်း (စာလုံး ၃၀ အများဆုံး) ဖြစ်ရမည်ဖြစ်ပြီး အခြားအဖွဲ့များ၏ အတိုကောက်နှင့် မတူရပါ။</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Member groups</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့များ</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Member groups&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;အဖွဲ့ဝင်အဖွဲ့များ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Add group...</source>
        <translation>အဖွဲ့ ထည့်ရန် (&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>ပြင်ဆင်ရန် (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>ဖယ်ရှားရန် (&amp;R)...</translation>
    </message>
    <message>
        <source>Add a member group (Insert in the table)</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ ထည့်ရန် (ဇယားတွင် Insert)</translation>
    </message>
    <message>
        <source>Edit the selected group (F2 or Enter)</source>
        <translation>ရွေးထားသော အဖွဲ့ကို ပြင်ဆင်ရန် (F2 သို့မဟုတ် Enter)</translation>
    </message>
    <message>
        <source>Remove the selected group (Delete)</source>
        <translation>ရွေးထားသော အဖွဲ့ကို ဖယ်ရှားရန် (Delete)</translation>
    </message>
    <message>
        <source>Count the work of one UPR cycle</source>
        <translation>UPR အကျော့တစ်ခု၏ လုပ်ငန်းများကို ရေတွက်ရန်</translation>
    </message>
    <message>
        <source>No member groups yet. Add the first one with Add group (Insert).</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ မရှိသေးပါ။ ပထမအဖွဲ့ကို &quot;အဖွဲ့ ထည့်ရန်&quot; (Insert) ဖြင့် ထည့်ပါ။</translation>
    </message>
    <message>
        <source>%1; %2 with overdue work (marked %3).</source>
        <translation>%1၊ သတ်မှတ်ရက်ကျော် အလုပ်ရှိသည့် အဖွဲ့ %2 ဖွဲ့ (%3 ဖြင့် မှတ်ထား)။</translation>
    </message>
    <message numerus="yes">
        <source>%n member groups</source>
        <translation>
            <numerusform>အဖွဲ့ဝင်အဖွဲ့ %Ln ဖွဲ့</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3, %4 assessed; %5; %6, %7 overdue. Focal point: %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)- %3၊ အကဲဖြတ်ပြီး %4၊ %5၊ %6၊ သတ်မှတ်ရက်ကျော် %7။ ဆက်သွယ်ရန်သူ- %8။</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations assigned</source>
        <translation>
            <numerusform>တာဝန်ပေးထားသော အကြံပြုချက် %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignments overdue</source>
        <translation>
            <numerusform>သတ်မှတ်ရက်ကျော်နေသော တာဝန် %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up actions</source>
        <translation>
            <numerusform>ဖွင့်ထားသော နောက်ဆက်တွဲ လုပ်ဆောင်ချက် %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its load in detail.</source>
        <translation>အသေးစိတ် တာဝန်ဝန်ထုပ်ကို ကြည့်ရန် အဖွဲ့တစ်ဖွဲ့ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>အမည် မဖော်ပြထား</translation>
    </message>
    <message>
        <source>Saved member group %1</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ %1 ကို သိမ်းပြီးပါပြီ</translation>
    </message>
    <message>
        <source>Remove member group</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>%1 (%2) ကို ဖယ်ရှားမလား။</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z ဖြင့် ပြန်ဖျက်နိုင်သည်။</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>အဖွဲ့ ဖယ်ရှားရန် (&amp;R)</translation>
    </message>
    <message>
        <source>Removed member group %1</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ %1 ကို ဖယ်ရှားပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>GroupsTable</name>
    <message>
        <source>%1 assignments past their due date without an assessment; %2 follow-up actions past due</source>
        <translation>အကဲမဖြတ်ရသေးဘဲ သတ်မှတ်ရက် ကျော်လွန်နေသော တာဝန်ပေးမှု %1 ခု၊ ရက်ကျော်လွန်နေသော နောက်ဆက်တွဲလုပ်ဆောင်ချက် %2 ခု</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>အတိုကောက်</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ဒေသ</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>ဆက်သွယ်ရန်ပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>တာဝန်ပေးပြီး</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>အကဲဖြတ်ပြီး</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ရက်ကျော်လွန်</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>မပြီးသေးသော လုပ်ဆောင်ချက်</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>↶ undone</source>
        <translation>↶ ပြန်ဖျက်ပြီး</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>အသက်ဝင်နေသည်</translation>
    </message>
    <message>
        <source>changed nothing</source>
        <translation>ဘာမျှ မပြောင်းလဲခဲ့</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ပေါင်းစည်းမှု</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>တင်သွင်းမှု</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>အဖွဲ့</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ထည့်ပြီး</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ပြင်ဆင်ပြီး</translation>
    </message>
    <message>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ကွဲလွဲမှုများ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>အခြေအနေ</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History of merges and imports</source>
        <translation>ပေါင်းစည်းမှုနှင့် တင်သွင်းမှု မှတ်တမ်း</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>အသေးစိတ် (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Send the rejected cells back…</source>
        <translation>ပယ်ချခံရသော ဆဲလ်များကို ပြန်ပို့ရန် (&amp;S)…</translation>
    </message>
    <message>
        <source>A short workbook listing the cells this merge could not use, to send to the group</source>
        <translation>ဤပေါင်းစည်းမှု အသုံးမပြုနိုင်ခဲ့သော ဆဲလ်များကို စာရင်းပြုစုထားသည့် အလုပ်စာအုပ်အတို၊ အဖွဲ့ထံ ပို့ရန်</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ပြန်ဖျက်ရန် (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>ပေါင်းစည်းမှုကို ပြန်ဖျက်ရန် (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>တင်သွင်းမှုကို ပြန်ဖျက်ရန် (&amp;U)</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>%1 ၏ ပေါင်းစည်းမှု</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>%1 ၏ တင်သွင်းမှု</translation>
    </message>
    <message>
        <source>Wrote the cells to fix to %1: send it to the group.</source>
        <translation>ပြင်ရမည့် ဆဲလ်များကို %1 သို့ ရေးပြီး- အဖွဲ့ထံ ပို့ပါ။</translation>
    </message>
    <message>
        <source>Save the cells to fix for %1</source>
        <translation>%1 အတွက် ပြင်ရမည့် ဆဲလ်များကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV (*.csv);;Text (*.txt)</source>
        <translation>အလုပ်စာအုပ် (*.xlsx);;CSV (*.csv);;စာသား (*.txt)</translation>
    </message>
    <message>
        <source>Undid the merge of %1.</source>
        <translation>%1 ၏ ပေါင်းစည်းမှုကို ပြန်ဖျက်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Undid the import of %1.</source>
        <translation>%1 ၏ တင်သွင်းမှုကို ပြန်ဖျက်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>ပေါင်းစည်းမှုကို ပြန်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>&amp;Force: undo anyway</source>
        <translation>အတင်း ပြန်ဖျက်ရန် (&amp;F)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>UPR Info database export</source>
        <translation>UPR Info ဒေတာဘေ့စ်မှ ထုတ်ယူထားသောဖိုင်</translation>
    </message>
    <message>
        <source>OHCHR thematic matrix</source>
        <translation>OHCHR ၏ အကြောင်းအရာအလိုက် ဇယား</translation>
    </message>
    <message>
        <source>UHRI export (Universal Human Rights Index)</source>
        <translation>UHRI (Universal Human Rights Index) မှ ထုတ်ယူထားသောဖိုင်</translation>
    </message>
    <message>
        <source>Table with a header row</source>
        <translation>ခေါင်းစီးအတန်းပါ ဇယား</translation>
    </message>
    <message>
        <source>Import recommendations</source>
        <translation>အကြံပြုချက်များ တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>ထပ်မံ အစမ်းကြည့်ရန် (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>တင်သွင်းရန် (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ပိတ်ရန် (&amp;C)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>တင်သွင်းမည့်ဖိုင်</translation>
    </message>
    <message>
        <source>C&amp;hoose files...</source>
        <translation>ဖိုင်များ ရွေးရန် (&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ဖိုင် (&amp;F):</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>အလိုအလျောက် မှတ်သိရန်</translation>
    </message>
    <message>
        <source>Column &amp;mapping...</source>
        <translation>ကော်လံ ချိတ်ဆက်ခြင်း (&amp;M)...</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>ပုံစံ (&amp;O):</translation>
    </message>
    <message>
        <source>Choose or drop a file (xlsx, xls, ods, csv, docx or json).</source>
        <translation>ဖိုင်တစ်ခုကို ရွေးပါ သို့မဟုတ် ဆွဲချပါ (xlsx, xls, ods, csv, docx သို့မဟုတ် json)။</translation>
    </message>
    <message>
        <source>Which recommendations</source>
        <translation>မည်သည့် အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>This workspace&apos;s State</source>
        <translation>ဤအလုပ်ခွင်၏ နိုင်ငံ</translation>
    </message>
    <message>
        <source>Another &amp;State:</source>
        <translation>အခြားနိုင်ငံ (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;All States in the file</source>
        <translation>ဖိုင်ထဲရှိ နိုင်ငံအားလုံး (&amp;A)</translation>
    </message>
    <message>
        <source>Another State under Review</source>
        <translation>ပြန်လည်သုံးသပ်ခံရသည့် အခြားနိုင်ငံ</translation>
    </message>
    <message>
        <source>e.g. Viet Nam</source>
        <translation>ဥပမာ- Viet Nam</translation>
    </message>
    <message>
        <source>any</source>
        <translation>မည်သည့်ဟာမဆို</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>အကျော့ (&amp;Y):</translation>
    </message>
    <message>
        <source>Sessio&amp;n:</source>
        <translation>အစည်းအဝေး (&amp;N):</translation>
    </message>
    <message>
        <source>Responses took &amp;effect on:</source>
        <translation>တုံ့ပြန်မှုများ အသက်ဝင်သည့်ရက် (&amp;E):</translation>
    </message>
    <message>
        <source>A response this file changes (pending, then supported or noted at the adoption) is kept in the recommendation&apos;s history with this day; otherwise with today&apos;s</source>
        <translation>ဤဖိုင်က ပြောင်းလဲသော တုံ့ပြန်မှု (ဆိုင်းငံ့ထားပြီးနောက် အတည်ပြုချိန်တွင် ထောက်ခံ သို့မဟုတ် မှတ်သား) ကို ဤရက်စွဲဖြင့် အကြံပြုချက်၏ မှတ်တမ်းတွင် သိမ်းသည်၊ မဟုတ်ပါက ယနေ့ရက်စွဲဖြင့်</translation>
    </message>
    <message>
        <source>The day the file&apos;s responses took effect</source>
        <translation>ဖိုင်ပါ တုံ့ပြန်မှုများ အသက်ဝင်သည့်နေ့</translation>
    </message>
    <message>
        <source>Preview (nothing is written yet)</source>
        <translation>အစမ်းကြည့်ရှုခြင်း (မည်သည့်အရာကိုမျှ မရေးရသေးပါ)</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>ထည့်မည်</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>ပြင်ဆင်မည်</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>မပြောင်းလဲ</translation>
    </message>
    <message>
        <source>Skipped (row errors)</source>
        <translation>ကျော်သွားမည် (အတန်း အမှားများ)</translation>
    </message>
    <message>
        <source>Left out (other States, cycles, sessions)</source>
        <translation>ချန်လှပ်ထားမည် (အခြားနိုင်ငံ၊ အကျော့၊ အစည်းအဝေးများ)</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>တင်သွင်းမည် မဟုတ်သော အတန်းများ</translation>
    </message>
    <message>
        <source>Recommendation files (%1)</source>
        <translation>အကြံပြုချက် ဖိုင်များ (%1)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation>အလုပ်စာအုပ်များ (*.xlsx *.xls *.ods)</translation>
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
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Recognising %1...</source>
        <translation>%1 ကို မှတ်သိနေသည်...</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>သေချာသည်</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>ဖြစ်နိုင်ခြေရှိသည်</translation>
    </message>
    <message>
        <source>✔ Recognised as: %1 (%2). Choose another format above if this is wrong.</source>
        <translation>✔ %1 (%2) အဖြစ် မှတ်သိသည်။ မှားနေပါက အပေါ်တွင် အခြားပုံစံတစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>⚠ Not recognised. If the file is a table, choose “Table with a header row” as the format, then Column mapping to say which column holds what.</source>
        <translation>⚠ မှတ်သိ၍ မရပါ။ ဖိုင်သည် ဇယားဖြစ်ပါက ပုံစံအဖြစ် “ခေါင်းစီးအတန်းပါ ဇယား” ကို ရွေးပြီး မည်သည့်ကော်လံတွင် ဘာပါသည်ကို “ကော်လံ ချိတ်ဆက်ခြင်း” ဖြင့် ဖော်ပြပါ။</translation>
    </message>
    <message>
        <source>Cannot import %1: it is not a recognised format (a UPR Info export, an OHCHR matrix, a UHRI export, or a table with a column of recommendation texts). If it is a table, choose “Table with a header row” under Format, then Column mapping to say which column holds what.</source>
        <translation>%1 ကို တင်သွင်း၍ မရပါ- သိရှိထားသော ပုံစံ မဟုတ်ပါ (UPR Info ထုတ်ယူမှု၊ OHCHR ဇယား၊ UHRI ထုတ်ယူမှု သို့မဟုတ် အကြံပြုချက်စာသား ကော်လံပါ ဇယား)။ ဇယားဖြစ်ပါက ပုံစံတွင် “ခေါင်းစီးအတန်းပါ ဇယား” ကို ရွေးပြီး မည်သည့်ကော်လံတွင် မည်သည်ပါကြောင်း ကော်လံ ချိတ်ဆက်ခြင်းဖြင့် ဖော်ပြပါ။</translation>
    </message>
    <message>
        <source>%1 is a returned exchange workbook: it was opened in the merge preview (Exchange page).</source>
        <translation>%1 သည် ပြန်ပို့လာသော ဖလှယ်ရေး အလုပ်စာအုပ် ဖြစ်သည်- ပေါင်းစည်းမှု အစမ်းကြည့်ရှုခြင်းတွင် ဖွင့်ထားသည် (ဖလှယ်ရေး စာမျက်နှာ)။</translation>
    </message>
    <message>
        <source>Only &amp;%1 (this workspace&apos;s State)</source>
        <translation>&amp;%1 သာ (ဤအလုပ်ခွင်၏ နိုင်ငံ)</translation>
    </message>
    <message>
        <source>This format has fixed columns; there is no mapping to change.</source>
        <translation>ဤပုံစံတွင် ကော်လံများ ပုံသေဖြစ်သည်၊ ပြောင်းစရာ ချိတ်ဆက်မှု မရှိပါ။</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>ကော်လံ ချိတ်ဆက်ခြင်း</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 ကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>Imported (written to the workspace)</source>
        <translation>တင်သွင်းပြီး (လုပ်ငန်းခွင်တွင် ရေးပြီး)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ထည့်ပြီး</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ပြင်ဆင်ပြီး</translation>
    </message>
    <message>
        <source>Format: %1.</source>
        <translation>ပုံစံ: %1။</translation>
    </message>
    <message numerus="yes">
        <source>%n “accepted in part” rows are merged into partially supported recommendations.</source>
        <translation>
            <numerusform>“တစ်စိတ်တစ်ပိုင်း လက်ခံ” အတန်း %Ln တန်းကို တစ်စိတ်တစ်ပိုင်း ထောက်ခံသည့် အကြံပြုချက်များထဲ ပေါင်းထည့်မည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: this file adds or changes nothing.</source>
        <translation>တင်သွင်းစရာ မရှိပါ: ဤဖိုင်သည် မည်သည့်အရာကိုမျှ ထည့်ခြင်း သို့မဟုတ် ပြောင်းလဲခြင်း မပြုပါ။</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>အစမ်းကြည့်ရှုခြင်းကို ပယ်ဖျက်လိုက်သည်။</translation>
    </message>
    <message>
        <source>⚠ This file cannot be imported as it is: %1</source>
        <translation>⚠ ဤဖိုင်ကို လက်ရှိအတိုင်း တင်သွင်း၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>Cannot import %1: it is about %2 (its header says “%3”), but this workspace follows %4. Nothing was imported. To follow %2, create a workspace for it: File &gt; New workspace.</source>
        <translation>%1 ကို တင်သွင်း၍ မရပါ- ၎င်းသည် %2 အကြောင်း ဖြစ်သည် (၎င်း၏ ခေါင်းစီးတွင် “%3” ဟု ဖော်ပြထားသည်)၊ သို့သော် ဤအလုပ်ခွင်သည် %4 ကို စောင့်ကြည့်သည်။ ဘာမျှ မတင်သွင်းရသေးပါ။ %2 ကို စောင့်ကြည့်ရန် ၎င်းအတွက် အလုပ်ခွင်တစ်ခု ဖန်တီးပါ- ဖိုင် &gt; အလုပ်ခွင် အသစ်။</translation>
    </message>
    <message>
        <source>Cannot import %1: it holds recommendations to %2, none to %3. Nothing was imported. To keep them anyway, choose “Another State” or “All States in the file” above; to follow %4, create a workspace for it: File &gt; New workspace.</source>
        <translation>%1 ကို တင်သွင်း၍ မရပါ- ၎င်းတွင် %2 ထံ အကြံပြုချက်များ ပါဝင်ပြီး %3 ထံ တစ်ခုမျှ မပါပါ။ ဘာမျှ မတင်သွင်းရသေးပါ။ ၎င်းတို့ကို မည်သို့ပင်ဖြစ်စေ ထားရှိလိုပါက အထက်ရှိ “အခြားနိုင်ငံ” သို့မဟုတ် “ဖိုင်ထဲရှိ နိုင်ငံအားလုံး” ကို ရွေးပါ။ %4 ကို စောင့်ကြည့်ရန် ၎င်းအတွက် အလုပ်ခွင်တစ်ခု ဖန်တီးပါ- ဖိုင် &gt; အလုပ်ခွင် အသစ်။</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 ကို တင်သွင်းနေသည်</translation>
    </message>
    <message>
        <source>✔ Imported %1: added %2, updated %3, unchanged %4, skipped %5.</source>
        <translation>✔ %1 ကို တင်သွင်းပြီး: ထည့် %2၊ ပြင်ဆင် %3၊ မပြောင်းလဲ %4၊ ကျော် %5။</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>အရန်မိတ္တူကို ဦးစွာ ပြုလုပ်ထားသည်: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>တင်သွင်းခြင်းကို ပယ်ဖျက်လိုက်သည်: မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>⚠ The import failed: nothing was changed.</source>
        <translation>⚠ တင်သွင်းခြင်း မအောင်မြင်ပါ: မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(မတင်သွင်းပါ)</translation>
    </message>
    <message>
        <source>Reference (ref)</source>
        <translation>ကိုးကားအမှတ် (ref)</translation>
    </message>
    <message>
        <source>Recommendation text</source>
        <translation>အကြံပြုချက် စာသား</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>ပြန်လည်သုံးသပ်ခံရသည့် နိုင်ငံ</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>အကြံပြုသည့် နိုင်ငံများ</translation>
    </message>
    <message>
        <source>Response (supported/noted)</source>
        <translation>တုံ့ပြန်မှု (ထောက်ခံ/မှတ်သား)</translation>
    </message>
    <message>
        <source>Action category (1-5)</source>
        <translation>လုပ်ဆောင်ချက် အမျိုးအစား (1-5)</translation>
    </message>
    <message>
        <source>UPR session</source>
        <translation>UPR အစည်းအဝေး</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>UPR အကျော့</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>အကြောင်းအရာများ</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>SDG ပန်းတိုင်ခွဲများ</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>ထိခိုက်ခံရသူများ</translation>
    </message>
    <message>
        <source>Theme cluster</source>
        <translation>အကြောင်းအရာ အစုအဝေး</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>မူရင်း စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>အမည်ဖြင့် ကိုက်ညီ</translation>
    </message>
    <message>
        <source>matched by a known spelling</source>
        <translation>သိရှိပြီး စာလုံးပေါင်းဖြင့် ကိုက်ညီ</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>သင့်ရွေးချယ်မှု</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>မှတ်သိ၍ မရ</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ဖိုင် (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>အလုပ်ခွင် အသစ် (&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>အလုပ်ခွင် ဖွင့်ရန် (&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>အလုပ်ခွင် ပိတ်ရန် (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import recommendations...</source>
        <translation>အကြံပြုချက်များ တင်သွင်းရန် (&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export workbooks for groups...</source>
        <translation>အဖွဲ့များအတွက် အလုပ်စာအုပ်များ ထုတ်ယူရန် (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Merge returned workbooks...</source>
        <translation>ပြန်ပို့လာသော အလုပ်စာအုပ်များ ပေါင်းစည်းရန် (&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>ယခု အရန်ကူးရန် (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ထွက်ရန် (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ပြင်ဆင် (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ပြန်ဖျက်ရန် (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>ရှာရန် (&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ကြည့်ရှု (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>စာလုံး ပိုကြီးရန် (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>စာလုံး ပိုသေးရန် (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>ပုံမှန် စာလုံးအရွယ် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>တင်ပြမုဒ် (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>သွားရန် (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>အကူအညီ (&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>မှတ်တမ်းဖိုင် ဖိုင်တွဲကို ဖွင့်ရန် (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About UPR Desktop</source>
        <translation>UPR Desktop အကြောင်း (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 ကို ပြန်ဖျက်ရန် (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 ကို ပြန်လုပ်ရန် (&amp;R)</translation>
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
        <translation>စာမျက်နှာများ</translation>
    </message>
    <message>
        <source>This is not available in this version yet.</source>
        <translation>ဤဗားရှင်းတွင် ဤလုပ်ဆောင်ချက် မရရှိနိုင်သေးပါ။</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>မရရှိနိုင်သေးပါ</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>ပြန်ဖျက်ပြီး: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>ပြန်လုပ်ပြီး: %1</translation>
    </message>
    <message>
        <source>Text size: %1 points</source>
        <translation>စာလုံးအရွယ်: %1 ပွိုင့်</translation>
    </message>
    <message>
        <source>Backing up the workspace</source>
        <translation>အလုပ်ခွင်ကို အရန်ကူးနေသည်</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 သို့ အရန်ကူးပြီးပါပြီ</translation>
    </message>
    <message>
        <source>Could not open the log folder. It is %1</source>
        <translation>မှတ်တမ်းဖိုင် ဖိုင်တွဲကို ဖွင့်၍ မရပါ။ ၎င်းသည် %1 ဖြစ်သည်</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Column mapping</source>
        <translation>ကော်လံ ချိတ်ဆက်ခြင်း</translation>
    </message>
    <message>
        <source>Which field each column of %1 (table “%2”) goes into. Change a choice with its list; a column that is not imported is ignored.</source>
        <translation>%1 (ဇယား “%2”) ၏ ကော်လံတစ်ခုစီ မည်သည့်အကွက်ထဲ ဝင်မည်နည်း။ ရွေးချယ်မှုကို ၎င်း၏စာရင်းဖြင့် ပြောင်းပါ၊ မတင်သွင်းသော ကော်လံကို လျစ်လျူရှုမည်။</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ဖိုင်ထဲရှိ ကော်လံ</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>အဖြစ် တင်သွင်းမည်</translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation>ကိုက်ညီပုံ</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>ကော်လံ %1 အတွက် အကွက်</translation>
    </message>
    <message>
        <source>⚠ Choose the column that holds the recommendation text.</source>
        <translation>⚠ အကြံပြုချက် စာသားပါသော ကော်လံကို ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>&amp;Add returned workbooks...</source>
        <translation>ပြန်ပို့လာသော အလုပ်စာအုပ်များ ထည့်ရန် (&amp;A)...</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>ရှင်းရန် (&amp;L)</translation>
    </message>
    <message>
        <source>Or drop several returned workbooks here at once.</source>
        <translation>သို့မဟုတ် ပြန်ပို့လာသော အလုပ်စာအုပ်များစွာကို ဤနေရာသို့ တစ်ပြိုင်နက် ဆွဲချပါ။</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>ပြန်ပို့လာသော အလုပ်စာအုပ်များ</translation>
    </message>
    <message>
        <source>Add the workbooks member groups sent back to see what merging them would change.</source>
        <translation>ပေါင်းစည်းပါက ဘာပြောင်းလဲမည်ကို ကြည့်ရန် အဖွဲ့ဝင်အဖွဲ့များ ပြန်ပို့လာသော အလုပ်စာအုပ်များကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>စာရွက်</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>ဆဲလ်</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>အတန်း</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ဘာ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ထည့်ပြီး</translation>
    </message>
    <message>
        <source>Additions</source>
        <translation>ထပ်ထည့်မှုများ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>အကွက်</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ယခု</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>ဖြစ်လာမည်</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>ပြင်ဆင်မှုများ</translation>
    </message>
    <message>
        <source>Why it is not used</source>
        <translation>အသုံးမပြုရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>ပယ်ချခံရသော ဆဲလ်များ</translation>
    </message>
    <message>
        <source>A&amp;pply merge</source>
        <translation>ပေါင်းစည်းရန် (&amp;P)</translation>
    </message>
    <message>
        <source>Merge returned workbooks</source>
        <translation>ပြန်ပို့လာသော အလုပ်စာအုပ်များ ပေါင်းစည်းရန်</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel အလုပ်စာအုပ်များ (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the returned workbooks</source>
        <translation>ပြန်ပို့လာသော အလုပ်စာအုပ်များကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>✖ refused</source>
        <translation>✖ ငြင်းပယ်ခံရ</translation>
    </message>
    <message>
        <source>= already merged</source>
        <translation>= ပေါင်းစည်းပြီးသား</translation>
    </message>
    <message>
        <source>✔ merged</source>
        <translation>✔ ပေါင်းစည်းပြီး</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>ကွဲလွဲမှု %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>ပယ်ချခံရသော ဆဲလ် %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ will merge, %1</source>
        <translation>⚠ ပေါင်းစည်းမည်၊ %1</translation>
    </message>
    <message>
        <source>✔ will merge</source>
        <translation>✔ ပေါင်းစည်းမည်</translation>
    </message>
    <message>
        <source>Both sides changed these fields since the export. Choose per row, or for all:</source>
        <translation>ထုတ်ယူပြီးနောက် နှစ်ဘက်စလုံးက ဤအကွက်များကို ပြောင်းလဲခဲ့သည်။ အတန်းအလိုက် ရွေးပါ သို့မဟုတ် အားလုံးအတွက် ရွေးပါ:</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>%1 ၏ အကဲဖြတ်ချက်</translation>
    </message>
    <message>
        <source>= %1 was already merged; merging it again changes nothing. %2</source>
        <translation>= %1 ကို ပေါင်းစည်းပြီးသားဖြစ်သည်၊ ထပ်ပေါင်းစည်းပါက မည်သည့်အရာမျှ မပြောင်းလဲပါ။ %2</translation>
    </message>
    <message>
        <source>%1 from %2: %3, %4, %5, %6.</source>
        <translation>%2 ထံမှ %1- %3၊ %4၊ %5၊ %6။</translation>
    </message>
    <message numerus="yes">
        <source>%n additions</source>
        <translation>
            <numerusform>ထည့်သွင်းမှု %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updates</source>
        <translation>
            <numerusform>ပြင်ဆင်မှု %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1: %2, %3; %4, %5.</source>
        <translation>✔ %1- %2၊ %3၊ %4၊ %5။</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n files</source>
        <translation>
            <numerusform>ဖိုင် %Ln ခု ပေါင်းစည်းပြီး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>ထည့်ပြီး %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>ပြင်ဆင်ပြီး %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>ဖြေရှင်းပြီး ကွဲလွဲမှု %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to resolve later</source>
        <translation>
            <numerusform>နောက်မှ ဖြေရှင်းရန် %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>ကွဲလွဲမှုများ (%1) (&amp;C)</translation>
    </message>
    <message>
        <source>✖ Will not be merged: %1</source>
        <translation>✖ ပေါင်းစည်းမည် မဟုတ်ပါ: %1</translation>
    </message>
    <message>
        <source>A&amp;dditions (%1)</source>
        <translation>ထပ်ထည့်မှုများ (%1) (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Updates (%1)</source>
        <translation>ပြင်ဆင်မှုများ (%1) (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rejected cells (%1)</source>
        <translation>ပယ်ချခံရသော ဆဲလ်များ (%1) (&amp;R)</translation>
    </message>
    <message>
        <source>Your decision on %1 (%2)</source>
        <translation>%1 (%2) အပေါ် သင့်ဆုံးဖြတ်ချက်</translation>
    </message>
    <message>
        <source>Merging returned workbooks</source>
        <translation>ပြန်ပို့လာသော အလုပ်စာအုပ်များကို ပေါင်းစည်းနေသည်</translation>
    </message>
    <message>
        <source>A backup was made first.</source>
        <translation>အရန်မိတ္တူကို ဦးစွာ ပြုလုပ်ထားသည်။</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>ပယ်ဖျက်လိုက်သည်: မည်သည့်အရာကိုမျှ မပေါင်းစည်းရပါ။</translation>
    </message>
    <message>
        <source>⚠ The merge failed: nothing was merged.</source>
        <translation>⚠ ပေါင်းစည်းမှု မအောင်မြင်ပါ: မည်သည့်အရာကိုမျှ မပေါင်းစည်းရပါ။</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>လက်ရှိ စကားဝှက်စာကြောင်း</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>စကားဝှက်စာကြောင်း အသစ်</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>စကားဝှက်စာကြောင်း အသစ်ကို ထပ်ရိုက်ပါ</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>လက်ရှိ စကားဝှက်စာကြောင်း:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>စကားဝှက်စာကြောင်း အသစ်:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>ထပ်ရိုက်ပါ:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>ဤကွန်ပျူတာတွင် မှတ်ထားရန်</translation>
    </message>
    <message>
        <source>Nobody can recover the data if this passphrase is forgotten. Write it down and keep it somewhere safe.</source>
        <translation>ဤစကားဝှက်စာကြောင်းကို မေ့သွားပါက မည်သူမျှ ဒေတာကို ပြန်ယူ၍ မရပါ။ ချရေးပြီး လုံခြုံသောနေရာတွင် သိမ်းထားပါ။</translation>
    </message>
</context>
<context>
    <name>OpenConflictsPanel</name>
    <message>
        <source>&amp;Resolve the decided conflicts</source>
        <translation>ဆုံးဖြတ်ပြီးသော ကွဲလွဲမှုများကို ဖြေရှင်းရန် (&amp;R)</translation>
    </message>
    <message>
        <source>Conflicts from earlier merges still waiting for a decision: %1.</source>
        <translation>ယခင်ပေါင်းစည်းမှုများမှ ဆုံးဖြတ်ချက်စောင့်နေဆဲ ကွဲလွဲမှုများ: %1။</translation>
    </message>
    <message>
        <source>No conflicts are waiting for a decision.</source>
        <translation>ဆုံးဖြတ်ချက်စောင့်နေသော ကွဲလွဲမှု မရှိပါ။</translation>
    </message>
    <message>
        <source>Choose a decision for at least one conflict first.</source>
        <translation>ကွဲလွဲမှု အနည်းဆုံး တစ်ခုအတွက် ဆုံးဖြတ်ချက်ကို အရင်ရွေးပါ။</translation>
    </message>
    <message numerus="yes">
        <source>✔ Resolved %n conflicts.</source>
        <translation>
            <numerusform>✔ ကွဲလွဲမှု %Ln ခု ဖြေရှင်းပြီး။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Recommendations</source>
        <translation>အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>Member groups</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့များ</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲများ</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>ဖလှယ်ရေး</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ဒက်ရှ်ဘုတ်</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>အစီရင်ခံစာများ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ဆက်တင်များ</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protected workspace</source>
        <translation>ကာကွယ်ထားသော အလုပ်ခွင်</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Enter it to continue.</source>
        <translation>%1 ကို စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားသည်။ ဆက်လုပ်ရန် ၎င်းကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်စာကြောင်း</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>ဤကွန်ပျူတာတွင် မှတ်ထားရန်</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>သော့ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>စကားဝှက်စာကြောင်းကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>စကားဝှက်စာကြောင်း မှားနေသည်။ ထပ်စမ်းကြည့်ပါ။</translation>
    </message>
    <message>
        <source>Could not open the workspace: %1</source>
        <translation>အလုပ်ခွင်ကို ဖွင့်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>%1 စက္ကန့် စောင့်ပါ</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>ရပ်နေသည်...</translation>
    </message>
</context>
<context>
    <name>RecommendationPicker</name>
    <message>
        <source>Type words or a reference, e.g. torture or 115.2</source>
        <translation>စကားလုံး သို့မဟုတ် အမှတ် ရိုက်ပါ၊ ဥပမာ- ညှဉ်းပန်းနှိပ်စက်မှု သို့မဟုတ် 115.2</translation>
    </message>
    <message>
        <source>Search recommendations to link</source>
        <translation>ချိတ်ဆက်ရန် အကြံပြုချက်များ ရှာရန်</translation>
    </message>
    <message>
        <source>Matching recommendations</source>
        <translation>ကိုက်ညီသော အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>ဆွေးနွေးခဲ့သော အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>ရွေးထားသည်များကို ထည့်ရန် (&amp;S)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>ဖယ်ရှားရန် (&amp;V)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>ရှာရန် (&amp;D):</translation>
    </message>
    <message>
        <source>Discussed:</source>
        <translation>ဆွေးနွေးခဲ့သည်:</translation>
    </message>
    <message numerus="yes">
        <source>%n matching recommendations (Enter or Add selected links them).</source>
        <translation>
            <numerusform>ကိုက်ညီသော အကြံပြုချက် %Ln ခု (Enter သို့မဟုတ် ရွေးထားသည်ကို ထည့်ရန် ဖြင့် ချိတ်ဆက်ပါ)။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationTable</name>
    <message>
        <source>Ref</source>
        <translation>အမှတ်</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>အကြံပြုချက်</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>အကြံပြုသည့် နိုင်ငံများ</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>တုံ့ပြန်မှု</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>အကြောင်းအရာများ</translation>
    </message>
    <message>
        <source>Lead group</source>
        <translation>ဦးဆောင်အဖွဲ့</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>နောက်ဆုံး အခြေအနေ</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>နောက်ဆုံး အကဲဖြတ်သည့်ရက်</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>How many recommendations are shown</source>
        <translation>ပြသထားသော အကြံပြုချက် အရေအတွက်</translation>
    </message>
    <message>
        <source>&amp;Assign to group...</source>
        <translation>အဖွဲ့သို့ တာဝန်ပေးရန် (&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Unassign from group...</source>
        <translation>တာဝန်ရုပ်သိမ်းရန် (&amp;U)...</translation>
    </message>
    <message>
        <source>Set &amp;themes...</source>
        <translation>အကြောင်းအရာ သတ်မှတ်ရန် (&amp;T)...</translation>
    </message>
    <message>
        <source>Add assess&amp;ment...</source>
        <translation>အကဲဖြတ်ချက် ထည့်ရန် (&amp;M)...</translation>
    </message>
    <message>
        <source>Recommended &amp;before</source>
        <translation>ယခင်က အကြံပြုခဲ့ဖူးသည် (&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments to %1.</source>
        <translation>
            <numerusform>%1 ထံ တာဝန်ပေးမှု %Ln ခု ဖယ်ရှားပြီး။</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the recommendations…</source>
        <translation>အကြံပြုချက်များကို ဖွင့်နေသည်…</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>အကြံပြုချက် %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ခု ရွေးထားသည်</translation>
    </message>
    <message>
        <source>Assigned to %1: %2 new, %3 changed, %4 already assigned.</source>
        <translation>%1 သို့ တာဝန်ပေးပြီး: အသစ် %2၊ ပြောင်းလဲ %3၊ တာဝန်ပေးပြီးသား %4။</translation>
    </message>
    <message>
        <source>Add assessment of %1</source>
        <translation>%1 အတွက် အကဲဖြတ်ချက် ထည့်ရန်</translation>
    </message>
</context>
<context>
    <name>RecommendedBeforePanel</name>
    <message>
        <source>Select a recommendation to see what was recommended before.</source>
        <translation>ယခင်က ဘာအကြံပြုခဲ့သည်ကို ကြည့်ရန် အကြံပြုချက်တစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>Recommended before</source>
        <translation>ယခင်က အကြံပြုခဲ့ဖူးသည်</translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation>ချိတ်ဆက်မှု အတည်ပြုရန် (&amp;C)</translation>
    </message>
    <message>
        <source>The selected earlier recommendation was recommended before this one</source>
        <translation>ရွေးထားသော ယခင်အကြံပြုချက်ကို ဤအကြံပြုချက်မတိုင်မီ အကြံပြုခဲ့ဖူးသည်</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>ငြင်းပယ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>Not the same recommendation: it is not suggested again</source>
        <translation>အကြံပြုချက်တစ်ခုတည်း မဟုတ်ပါ၊ နောက်ထပ် အကြံမပြုတော့ပါ</translation>
    </message>
    <message>
        <source>Confirm all abo&amp;ve...</source>
        <translation>အထက်ရှိသမျှ အတည်ပြုရန်... (&amp;V)</translation>
    </message>
    <message>
        <source>Preview, then confirm the best suggestion of every recommendation of this cycle above a score</source>
        <translation>ဤအကျော့ရှိ အကြံပြုချက်တိုင်း၏ ရမှတ်တစ်ခုအထက်ရှိ အကောင်းဆုံး အကြံပြုမှုကို ကြိုကြည့်ပြီး အတည်ပြုရန်</translation>
    </message>
    <message>
        <source>Assign its cl&amp;uster...</source>
        <translation>၎င်း၏ အစုကို တာဝန်ပေးရန်... (&amp;U)</translation>
    </message>
    <message>
        <source>Near-duplicates from other States in the same cycle: assign them all to a group at once</source>
        <translation>တူညီသောအကျော့ရှိ အခြားနိုင်ငံများ၏ နီးပါးတူ အကြံပြုချက်များ- အားလုံးကို အဖွဲ့တစ်ဖွဲ့ထံ တစ်ကြိမ်တည်း တာဝန်ပေးရန်</translation>
    </message>
    <message>
        <source>Nothing recommended in an earlier cycle of this State comes close to %1.</source>
        <translation>ဤနိုင်ငံ၏ ယခင်အကျော့တွင် %1 နှင့် နီးစပ်သော အကြံပြုချက် မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed predecessors of %1: %n. Select a suggestion, then confirm or reject it.</source>
        <translation>
            <numerusform>%1 ၏ အတည်ပြုပြီး ယခင်အကြံပြုချက်များ: %Ln။ အကြံပြုမှုတစ်ခု ရွေးပြီး အတည်ပြု သို့မဟုတ် ငြင်းပယ်ပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>No near-duplicate of this recommendation in its cycle.</source>
        <translation>ဤအကြံပြုချက်နှင့် နီးပါးတူသည့် အကြံပြုချက် ၎င်း၏အကျော့တွင် မရှိပါ။</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>အစု: %1</translation>
    </message>
    <message numerus="yes">
        <source>Links to earlier cycles confirmed: %n.</source>
        <translation>
            <numerusform>ယခင်အကျော့များနှင့် အတည်ပြုပြီး ချိတ်ဆက်မှုများ: %Ln။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Implementation (mid-term assessment)</source>
        <translation>အကောင်အထည်ဖော်မှု (သက်တမ်းလယ် အကဲဖြတ်ချက်)</translation>
    </message>
    <message>
        <source>Coverage by member groups</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့များ၏ လွှမ်းခြုံမှု</translation>
    </message>
    <message>
        <source>Consultations and follow-up actions</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲများနှင့် နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ</translation>
    </message>
    <message>
        <source>Cycle to cycle (latest cycle: response history, recommended before)</source>
        <translation>အကျော့မှ အကျော့သို့ (နောက်ဆုံးအကျော့- တုံ့ပြန်မှုမှတ်တမ်း၊ ယခင်က အကြံပြုခဲ့ဖူးသည်)</translation>
    </message>
    <message>
        <source>All member groups</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ အားလုံး</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>အကြောင်းအရာ အားလုံး</translation>
    </message>
    <message>
        <source>All cycles (the cycle report: the latest)</source>
        <translation>အကျော့အားလုံး (အကျော့အစီရင်ခံစာ- နောက်ဆုံးအကျော့)</translation>
    </message>
    <message>
        <source>Only since</source>
        <translation>ဤရက်မှစ၍သာ</translation>
    </message>
    <message>
        <source>Only assessments, consultations and actions since this date</source>
        <translation>ဤရက်စွဲမှစ၍ အကဲဖြတ်ချက်များ၊ တိုင်ပင်ဆွေးနွေးပွဲများနှင့် လုပ်ဆောင်ချက်များသာ</translation>
    </message>
    <message>
        <source>Include sensitive fields (government participants, contact details, confidential records)</source>
        <translation>ထိလွယ်ရှလွယ် အကွက်များ ထည့်ရန် (အစိုးရဘက်မှ ပါဝင်သူများ၊ ဆက်သွယ်ရန် အချက်အလက်၊ လျှို့ဝှက်မှတ်တမ်းများ)</translation>
    </message>
    <message>
        <source>The report will say that it contains sensitive fields. Share it only inside the coalition.</source>
        <translation>အစီရင်ခံစာတွင် ထိလွယ်ရှလွယ် အကွက်များ ပါဝင်ကြောင်း ဖော်ပြမည်။ ညွန့်ပေါင်းအဖွဲ့အတွင်း၌သာ မျှဝေပါ။</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>အစီရင်ခံစာ (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Member group:</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>အကြောင်းအရာ (&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>အကျော့ (&amp;Y):</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>ကာလ:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>အစမ်းကြည့်ရန် (&amp;P)</translation>
    </message>
    <message>
        <source>Save as &amp;Excel workbook...</source>
        <translation>Excel အလုပ်စာအုပ်အဖြစ် သိမ်းရန် (&amp;E)...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>PDF အဖြစ် သိမ်းရန် (&amp;D)...</translation>
    </message>
    <message>
        <source>Save as &amp;HTML page...</source>
        <translation>HTML ဝဘ်စာမျက်နှာအဖြစ် သိမ်းရန် (&amp;H)...</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>အစီရင်ခံစာ အစမ်းကြည့်ရှုခြင်း</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>အကျော့ %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more sections in the saved report.</source>
        <translation>
            <numerusform>… သိမ်းထားသော အစီရင်ခံစာတွင် နောက်ထပ် အပိုင်း %Ln ပိုင်း။</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel အလုပ်စာအုပ် (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF စာရွက်စာတမ်း (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>ဝဘ်စာမျက်နှာ (*.html)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>အစီရင်ခံစာ သိမ်းရန်</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>အစီရင်ခံစာ ရေးနေသည်</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>အစီရင်ခံစာကို %1 တွင် သိမ်းပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>RowErrorsModel</name>
    <message>
        <source>Row</source>
        <translation>အတန်း</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>မတင်သွင်းရသည့် အကြောင်းရင်း</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>%1 is locked. Enter its passphrase to continue.</source>
        <translation>%1 ကို သော့ခတ်ထားသည်။ ဆက်လုပ်ရန် ၎င်း၏ စကားဝှက်စာကြောင်းကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>လုံခြုံရေး (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase...</source>
        <translation>စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ရန် (&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Change passphrase...</source>
        <translation>စကားဝှက်စာကြောင်း ပြောင်းရန် (&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase...</source>
        <translation>စကားဝှက်စာကြောင်းကို ဖယ်ရှားရန် (&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Forget the key on this computer</source>
        <translation>ဤကွန်ပျူတာရှိ သော့ကို မေ့ပစ်ရန် (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>ယခု သော့ခတ်ရန် (&amp;L)</translation>
    </message>
    <message>
        <source>Cannot remember the passphrase on this computer: %1.</source>
        <translation>ဤကွန်ပျူတာတွင် စကားဝှက်စာကြောင်းကို မှတ်ထား၍ မရပါ: %1။</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ရန်</translation>
    </message>
    <message>
        <source>The workspace and its backups will be encrypted. A backup is taken first.</source>
        <translation>အလုပ်ခွင်နှင့် ၎င်း၏ အရန်မိတ္တူများကို စာဝှက်မည်။ အရန်မိတ္တူကို ဦးစွာ ယူမည်။</translation>
    </message>
    <message>
        <source>The workspace is now protected by a passphrase.</source>
        <translation>အလုပ်ခွင်ကို ယခု စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားပြီ။</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>စကားဝှက်စာကြောင်း ပြောင်းရန်</translation>
    </message>
    <message>
        <source>The workspace and its backups will be re-encrypted with the new passphrase. A backup is taken first.</source>
        <translation>အလုပ်ခွင်နှင့် ၎င်း၏ အရန်မိတ္တူများကို စကားဝှက်စာကြောင်းအသစ်ဖြင့် ပြန်လည်စာဝှက်မည်။ အရန်မိတ္တူကို ဦးစွာ ယူမည်။</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>စကားဝှက်စာကြောင်းကို ပြောင်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>စကားဝှက်စာကြောင်းကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>The workspace and its backups will be stored without encryption: anyone with this computer can read them.</source>
        <translation>အလုပ်ခွင်နှင့် ၎င်း၏ အရန်မိတ္တူများကို စာဝှက်ခြင်းမရှိဘဲ သိမ်းမည်- ဤကွန်ပျူတာကို ကိုင်ထားသူ မည်သူမဆို ဖတ်နိုင်သည်။</translation>
    </message>
    <message>
        <source>The workspace is no longer encrypted.</source>
        <translation>အလုပ်ခွင်ကို စာဝှက်ထားခြင်း မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>The key was removed from this computer.</source>
        <translation>သော့ကို ဤကွန်ပျူတာမှ ဖယ်ရှားပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>No key was remembered on this computer.</source>
        <translation>ဤကွန်ပျူတာတွင် မှတ်ထားသော သော့ မရှိပါ။</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring; anyone using this computer account can open the workspace.</source>
        <translation>သော့ကို ဤကွန်ပျူတာ၏ keyring တွင် သိမ်းထားသည်- ဤကွန်ပျူတာအကောင့်ကို သုံးသူ မည်သူမဆို အလုပ်ခွင်ကို ဖွင့်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Cannot remember the passphrase on this computer: %1. You will be asked for it each time.</source>
        <translation>ဤကွန်ပျူတာတွင် စကားဝှက်စာကြောင်းကို မှတ်ထား၍ မရပါ: %1။ အကြိမ်တိုင်း မေးပါမည်။</translation>
    </message>
    <message>
        <source>Wait a moment before trying again.</source>
        <translation>ထပ်မစမ်းမီ ခဏစောင့်ပါ။</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>လက်ရှိ စကားဝှက်စာကြောင်းကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters; a few unrelated words are best.</source>
        <translation>စကားဝှက်စာကြောင်းအသစ်တွင် အနည်းဆုံး စာလုံး %1 လုံး လိုအပ်သည်၊ ဆက်စပ်မှုမရှိသော စကားလုံး အနည်းငယ် အကောင်းဆုံးဖြစ်သည်။</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>စကားဝှက်စာကြောင်းအသစ် နှစ်ခု မတူညီပါ။</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>စကားဝှက်စာကြောင်းအသစ်သည် လက်ရှိတစ်ခုနှင့် အတူတူပင်ဖြစ်သည်။</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Same as the computer</source>
        <translation>ကွန်ပျူတာအတိုင်း</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> ပွိုင့်</translation>
    </message>
    <message>
        <source>Next to the workspace file (default)</source>
        <translation>အလုပ်ခွင်ဖိုင်၏ ဘေးတွင် (မူလ)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>ရှာဖွေရန် (&amp;B)...</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>အရန်မိတ္တူ ဖိုင်တွဲကို ရွေးပါ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ဘယ်တော့မှ</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> မိနစ်</translation>
    </message>
    <message>
        <source>Checking the keyring...</source>
        <translation>keyring ကို စစ်ဆေးနေသည်...</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>အသုံးပြုရန် (&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>ပြန်ပြောင်းရန် (&amp;V)</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>ပြသမှု</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>ဘေးကင်းရေး</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ဘာသာစကား (&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>စာလုံးအရွယ် (&amp;T):</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>ပွိုင့်ဖြင့် စာလုံးအရွယ်</translation>
    </message>
    <message>
        <source>Ctrl+= and Ctrl+- change it from anywhere; Ctrl+0 goes back to normal.</source>
        <translation>Ctrl+= နှင့် Ctrl+- ဖြင့် မည်သည့်နေရာမှမဆို ပြောင်းနိုင်သည်၊ Ctrl+0 ဖြင့် ပုံမှန်သို့ ပြန်သွားသည်။</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>အရန်မိတ္တူ ဖိုင်တွဲ (&amp;F):</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>အရန်မိတ္တူ ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Where automatic and manual backups go. Choose a folder on another disk to survive a disk failure.</source>
        <translation>အလိုအလျောက်နှင့် ကိုယ်တိုင် ယူသော အရန်မိတ္တူများ သိမ်းမည့်နေရာ။ ဒစ်ခ်ပျက်စီးလျှင် ကျန်ရစ်စေရန် အခြားဒစ်ခ်ပေါ်ရှိ ဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>အသုံးမပြုပါက သော့ခတ်ရန် (&amp;I):</translation>
    </message>
    <message>
        <source>Minutes before the workspace locks</source>
        <translation>အလုပ်ခွင် သော့မခတ်မီ မိနစ်များ</translation>
    </message>
    <message>
        <source>A protected workspace locks itself after this many minutes without use.</source>
        <translation>ကာကွယ်ထားသော အလုပ်ခွင်သည် ဤမိနစ်အရေအတွက်အတွင်း အသုံးမပြုပါက အလိုအလျောက် သော့ခတ်မည်။</translation>
    </message>
    <message>
        <source>Keyring:</source>
        <translation>Keyring:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ဆက်တင်များ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A new language applies when you press Apply: the window is rebuilt and your workspace stays open.</source>
        <translation>&quot;အသုံးပြုရန်&quot; ကို နှိပ်သောအခါ ဘာသာစကားအသစ် အသက်ဝင်မည်- ဝင်းဒိုးကို ပြန်တည်ဆောက်ပြီး သင့်အလုပ်ခွင် ဖွင့်လျက် ရှိနေမည်။</translation>
    </message>
    <message>
        <source>A new language applies the next time UPR Desktop starts.</source>
        <translation>UPR Desktop ကို နောက်တစ်ကြိမ် ဖွင့်သောအခါ ဘာသာစကားအသစ် အသက်ဝင်မည်။</translation>
    </message>
    <message>
        <source>✔ Passphrases can be remembered on this computer (%1).</source>
        <translation>✔ ဤကွန်ပျူတာတွင် စကားဝှက်စာကြောင်းများကို မှတ်ထားနိုင်သည် (%1)။</translation>
    </message>
    <message>
        <source>✖ Passphrases cannot be remembered on this computer: %1. You will type the passphrase when you open a protected workspace.</source>
        <translation>✖ ဤကွန်ပျူတာတွင် စကားဝှက်စာကြောင်းများကို မှတ်ထား၍ မရပါ: %1။ ကာကွယ်ထားသော အလုပ်ခွင်ကို ဖွင့်သောအခါ စကားဝှက်စာကြောင်းကို ရိုက်ထည့်ရမည်။</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it first or choose another folder.</source>
        <translation>အရန်မိတ္တူ ဖိုင်တွဲ %1 မရှိပါ။ အရင်ဖန်တီးပါ သို့မဟုတ် အခြားဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>UPR Desktop cannot write in the backup folder %1. Choose a folder you can write to.</source>
        <translation>UPR Desktop သည် အရန်မိတ္တူ ဖိုင်တွဲ %1 တွင် ရေး၍ မရပါ။ သင်ရေးနိုင်သော ဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Settings saved; switching the language...</source>
        <translation>ဆက်တင်များကို သိမ်းပြီး၊ ဘာသာစကား ပြောင်းနေသည်...</translation>
    </message>
    <message>
        <source>Settings saved. Restart UPR Desktop to see the new language.</source>
        <translation>ဆက်တင်များကို သိမ်းပြီးပါပြီ။ ဘာသာစကားအသစ်ကို မြင်ရန် UPR Desktop ကို ပြန်ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>ဆက်တင်များကို သိမ်းပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Score</source>
        <translation>ရမှတ်</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>ယခင်</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>ယခင်အကြံပြုချက်</translation>
    </message>
    <message>
        <source>Response then</source>
        <translation>ထိုစဉ်က တုံ့ပြန်မှု</translation>
    </message>
    <message>
        <source>Status then</source>
        <translation>ထိုနောက် အခြေအနေ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ဆုံးဖြတ်ချက်</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>အတည်ပြုပြီး</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ငြင်းပယ်ပြီး</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>အကြံပြုထားသည်</translation>
    </message>
    <message>
        <source>%1 (cycle %2)</source>
        <translation>%1 (အကျော့ %2)</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Asylum-seekers - refugees</source>
        <translation>ခိုလှုံခွင့်တောင်းသူများ - ဒုက္ခသည်များ</translation>
    </message>
    <message>
        <source>Business &amp; Human rights</source>
        <translation>စီးပွားရေးနှင့် လူ့အခွင့်အရေး</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>အရပ်ဘက်လူ့အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Cooperation with OHCHR</source>
        <translation>OHCHR နှင့် ပူးပေါင်းဆောင်ရွက်မှု</translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation>အကျင့်ပျက်ခြစားမှု</translation>
    </message>
    <message>
        <source>Counter-terrorism</source>
        <translation>အကြမ်းဖက်မှု တိုက်ဖျက်ရေး</translation>
    </message>
    <message>
        <source>CP rights - general</source>
        <translation>နိုင်ငံသားနှင့် နိုင်ငံရေး အခွင့်အရေး - အထွေထွေ</translation>
    </message>
    <message>
        <source>Death penalty</source>
        <translation>သေဒဏ်</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>ထိန်းသိမ်းခံရမှု</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>ဖွံ့ဖြိုးတိုးတက်မှု</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>မသန်စွမ်းမှု</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>ရွေးကောက်ပွဲများ</translation>
    </message>
    <message>
        <source>Enforced disappearances</source>
        <translation>အတင်းအဓမ္မ ပျောက်ဆုံးစေမှု</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>ပတ်ဝန်းကျင်</translation>
    </message>
    <message>
        <source>ESC rights - general</source>
        <translation>စီးပွားရေး၊ လူမှုရေးနှင့် ယဉ်ကျေးမှု အခွင့်အရေး - အထွေထွေ</translation>
    </message>
    <message>
        <source>Extrajudicial executions</source>
        <translation>တရားစီရင်မှုပြင်ပ သတ်ဖြတ်မှု</translation>
    </message>
    <message>
        <source>Freedom of association and peaceful assembly</source>
        <translation>အသင်းအဖွဲ့ဖွဲ့စည်းခွင့်နှင့် ငြိမ်းချမ်းစွာ စုဝေးခွင့်</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>လွတ်လပ်စွာ သွားလာခွင့်</translation>
    </message>
    <message>
        <source>Freedom of opinion and expression</source>
        <translation>ထင်မြင်ယူဆခွင့်နှင့် လွတ်လပ်စွာ ထုတ်ဖော်ပြောဆိုခွင့်</translation>
    </message>
    <message>
        <source>Freedom of religion and belief</source>
        <translation>ဘာသာရေးနှင့် ယုံကြည်ကိုးကွယ်ခွင့်</translation>
    </message>
    <message>
        <source>Freedom of the press</source>
        <translation>သတင်းလွတ်လပ်ခွင့်</translation>
    </message>
    <message>
        <source>General</source>
        <translation>အထွေထွေ</translation>
    </message>
    <message>
        <source>HIV - Aids</source>
        <translation>အိတ်ချ်အိုင်ဗွီ - အေအိုင်ဒီအက်စ်</translation>
    </message>
    <message>
        <source>Human rights defenders</source>
        <translation>လူ့အခွင့်အရေး ကာကွယ်သူများ</translation>
    </message>
    <message>
        <source>Human rights education and training</source>
        <translation>လူ့အခွင့်အရေး ပညာပေးနှင့် လေ့ကျင့်ရေး</translation>
    </message>
    <message>
        <source>Human rights violations by state agents</source>
        <translation>နိုင်ငံတော်ဝန်ထမ်းများ၏ လူ့အခွင့်အရေး ချိုးဖောက်မှု</translation>
    </message>
    <message>
        <source>Impunity</source>
        <translation>အပြစ်ပေးခံရခြင်းမှ ကင်းလွတ်မှု</translation>
    </message>
    <message>
        <source>Indigenous peoples</source>
        <translation>ဌာနေတိုင်းရင်းသားများ</translation>
    </message>
    <message>
        <source>Internally displaced persons</source>
        <translation>ပြည်တွင်း နေရပ်စွန့်ခွာသူများ</translation>
    </message>
    <message>
        <source>International humanitarian law</source>
        <translation>နိုင်ငံတကာ လူသားချင်းစာနာမှု ဥပဒေ</translation>
    </message>
    <message>
        <source>International instruments</source>
        <translation>နိုင်ငံတကာ စာချုပ်စာတမ်းများ</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>တရားမျှတမှု</translation>
    </message>
    <message>
        <source>Juvenile justice</source>
        <translation>လူငယ်တရားစီရင်ရေး</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>အလုပ်သမား</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>ရွှေ့ပြောင်းနေထိုင်သူများ</translation>
    </message>
    <message>
        <source>Minorities</source>
        <translation>လူနည်းစုများ</translation>
    </message>
    <message>
        <source>National plan of action</source>
        <translation>အမျိုးသား လုပ်ငန်းစီမံချက်</translation>
    </message>
    <message>
        <source>NHRI</source>
        <translation>အမျိုးသား လူ့အခွင့်အရေး အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>ဆင်းရဲမွဲတေမှု</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>ကိုယ်ရေးကိုယ်တာ လုံခြုံမှု</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>ပြည်သူ့လုံခြုံရေး</translation>
    </message>
    <message>
        <source>Racial discrimination</source>
        <translation>လူမျိုးရေး ခွဲခြားဆက်ဆံမှု</translation>
    </message>
    <message>
        <source>Right to education</source>
        <translation>ပညာသင်ကြားခွင့်</translation>
    </message>
    <message>
        <source>Right to food</source>
        <translation>အစားအစာရပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Right to health</source>
        <translation>ကျန်းမာရေး အခွင့်အရေး</translation>
    </message>
    <message>
        <source>Right to housing</source>
        <translation>နေအိမ်ရပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Right to land</source>
        <translation>မြေယာရပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Right to water</source>
        <translation>ရေရပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Rights of the Child</source>
        <translation>ကလေးသူငယ် အခွင့်အရေး</translation>
    </message>
    <message>
        <source>Sexual Orientation and Gender Identity</source>
        <translation>လိင်စိတ်ခံယူမှုနှင့် ကျား/မ ဝိသေသ</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>အထူးလုပ်ထုံးလုပ်နည်းများ</translation>
    </message>
    <message>
        <source>Statelessness</source>
        <translation>နိုင်ငံမဲ့ဖြစ်မှု</translation>
    </message>
    <message>
        <source>Technical assistance and cooperation</source>
        <translation>နည်းပညာအကူအညီနှင့် ပူးပေါင်းဆောင်ရွက်မှု</translation>
    </message>
    <message>
        <source>Torture and other CID treatment</source>
        <translation>ညှဉ်းပန်းနှိပ်စက်မှုနှင့် အခြား ရက်စက်ကြမ်းကြုတ်သော ဆက်ဆံမှု</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>လူကုန်ကူးမှု</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>စာချုပ်ဆိုင်ရာ အဖွဲ့များ</translation>
    </message>
    <message>
        <source>UPR process</source>
        <translation>UPR လုပ်ငန်းစဉ်</translation>
    </message>
    <message>
        <source>Women&apos;s rights</source>
        <translation>အမျိုးသမီး အခွင့်အရေး</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <source>Scope of international obligations</source>
        <translation>နိုင်ငံတကာ တာဝန်ဝတ္တရားများ၏ နယ်ပယ်</translation>
    </message>
    <message>
        <source>Acceptance of international norms</source>
        <translation>နိုင်ငံတကာ စံနှုန်းများကို လက်ခံမှု</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>ခြွင်းချက်များ</translation>
    </message>
    <message>
        <source>Cooperation with human rights mechanisms and institutions</source>
        <translation>လူ့အခွင့်အရေး ယန္တရားများ၊ အဖွဲ့အစည်းများနှင့် ပူးပေါင်းဆောင်ရွက်မှု</translation>
    </message>
    <message>
        <source>Cooperation with treaty bodies</source>
        <translation>စာချုပ်ဆိုင်ရာ အဖွဲ့များနှင့် ပူးပေါင်းဆောင်ရွက်မှု</translation>
    </message>
    <message>
        <source>Cooperation with special procedures</source>
        <translation>အထူးလုပ်ထုံးလုပ်နည်းများနှင့် ပူးပေါင်းဆောင်ရွက်မှု</translation>
    </message>
    <message>
        <source>Cooperation with other international mechanisms and institutions</source>
        <translation>အခြား နိုင်ငံတကာ ယန္တရားများ၊ အဖွဲ့အစည်းများနှင့် ပူးပေါင်းဆောင်ရွက်မှု</translation>
    </message>
    <message>
        <source>Inter-State cooperation &amp; development assistance</source>
        <translation>နိုင်ငံအချင်းချင်း ပူးပေါင်းဆောင်ရွက်မှုနှင့် ဖွံ့ဖြိုးရေး အကူအညီ</translation>
    </message>
    <message>
        <source>Legal, institutional and policy framework</source>
        <translation>ဥပဒေ၊ အဖွဲ့အစည်းနှင့် မူဝါဒ မူဘောင်</translation>
    </message>
    <message>
        <source>Constitutional and legislative framework</source>
        <translation>ဖွဲ့စည်းပုံအခြေခံဥပဒေနှင့် ဥပဒေပြုရေး မူဘောင်</translation>
    </message>
    <message>
        <source>Institutions &amp; policies - General</source>
        <translation>အဖွဲ့အစည်းများနှင့် မူဝါဒများ - အထွေထွေ</translation>
    </message>
    <message>
        <source>Human rights policies</source>
        <translation>လူ့အခွင့်အရေး မူဝါဒများ</translation>
    </message>
    <message>
        <source>Structure of the national human rights machinery</source>
        <translation>အမျိုးသား လူ့အခွင့်အရေး ယန္တရား၏ ဖွဲ့စည်းပုံ</translation>
    </message>
    <message>
        <source>National Human Rights Institution (NHRI)</source>
        <translation>အမျိုးသား လူ့အခွင့်အရေး အဖွဲ့အစည်း (NHRI)</translation>
    </message>
    <message>
        <source>National Plans of Action on Human Rights (or specific areas)</source>
        <translation>လူ့အခွင့်အရေးဆိုင်ရာ အမျိုးသား လုပ်ငန်းစီမံချက်များ (သို့မဟုတ် သီးခြားနယ်ပယ်များ)</translation>
    </message>
    <message>
        <source>Good governance</source>
        <translation>ကောင်းမွန်သော အုပ်ချုပ်မှု</translation>
    </message>
    <message>
        <source>Human rights education, trainings and awareness raising</source>
        <translation>လူ့အခွင့်အရေး ပညာပေး၊ လေ့ကျင့်ရေးနှင့် အသိပညာမြှင့်တင်ရေး</translation>
    </message>
    <message>
        <source>Human rights education - general</source>
        <translation>လူ့အခွင့်အရေး ပညာပေး - အထွေထွေ</translation>
    </message>
    <message>
        <source>Human rights education - in schools</source>
        <translation>လူ့အခွင့်အရေး ပညာပေး - ကျောင်းများတွင်</translation>
    </message>
    <message>
        <source>Professional training in human rights</source>
        <translation>လူ့အခွင့်အရေးဆိုင်ရာ အသက်မွေးဝမ်းကျောင်း လေ့ကျင့်ရေး</translation>
    </message>
    <message>
        <source>Awareness raising and dissemination</source>
        <translation>အသိပညာမြှင့်တင်ရေးနှင့် ဖြန့်ဝေရေး</translation>
    </message>
    <message>
        <source>Context, statistics, budget, civil society</source>
        <translation>နောက်ခံအခြေအနေ၊ စာရင်းအင်း၊ ဘတ်ဂျက်၊ အရပ်ဘက်လူ့အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Cooperation with civil society</source>
        <translation>အရပ်ဘက်လူ့အဖွဲ့အစည်းနှင့် ပူးပေါင်းဆောင်ရွက်မှု</translation>
    </message>
    <message>
        <source>Statistics and indicators</source>
        <translation>စာရင်းအင်းနှင့် ညွှန်ကိန်းများ</translation>
    </message>
    <message>
        <source>Budget and resources (for human rights implementation)</source>
        <translation>ဘတ်ဂျက်နှင့် အရင်းအမြစ်များ (လူ့အခွင့်အရေး အကောင်အထည်ဖော်ရန်)</translation>
    </message>
    <message>
        <source>International criminal and humanitarian law</source>
        <translation>နိုင်ငံတကာ ပြစ်မှုဆိုင်ရာ ဥပဒေနှင့် လူသားချင်းစာနာမှု ဥပဒေ</translation>
    </message>
    <message>
        <source>Right to self-determination</source>
        <translation>ကိုယ့်ကံကြမ္မာ ကိုယ်ဖန်တီးပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Equality and non-discrimination</source>
        <translation>တန်းတူညီမျှမှုနှင့် ခွဲခြားဆက်ဆံမှု ကင်းရှင်းရေး</translation>
    </message>
    <message>
        <source>Equality &amp; non-discrimination</source>
        <translation>တန်းတူညီမျှမှုနှင့် ခွဲခြားဆက်ဆံမှု ကင်းရှင်းရေး</translation>
    </message>
    <message>
        <source>Right to development</source>
        <translation>ဖွံ့ဖြိုးတိုးတက်ပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Right to a remedy</source>
        <translation>ကုစားမှု ရယူပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Right to an effective remedy</source>
        <translation>ထိရောက်သော ကုစားမှု ရယူပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Business &amp; Human Rights</source>
        <translation>စီးပွားရေးနှင့် လူ့အခွင့်အရေး</translation>
    </message>
    <message>
        <source>Human rights and environmental issues</source>
        <translation>လူ့အခွင့်အရေးနှင့် ပတ်ဝန်းကျင်ဆိုင်ရာ ကိစ္စရပ်များ</translation>
    </message>
    <message>
        <source>Human rights &amp; counter-terrorism</source>
        <translation>လူ့အခွင့်အရေးနှင့် အကြမ်းဖက်မှု တိုက်ဖျက်ရေး</translation>
    </message>
    <message>
        <source>Human rights &amp; use of mercenaries</source>
        <translation>လူ့အခွင့်အရေးနှင့် ကြေးစားစစ်သားများ အသုံးပြုမှု</translation>
    </message>
    <message>
        <source>Civil &amp; political rights - general measures of implementation</source>
        <translation>နိုင်ငံသားနှင့် နိုင်ငံရေး အခွင့်အရေး - အကောင်အထည်ဖော်ရေး အထွေထွေ အစီအမံများ</translation>
    </message>
    <message>
        <source>Right to physical and moral integrity</source>
        <translation>ရုပ်ပိုင်းနှင့် စိတ်ပိုင်းဆိုင်ရာ ဘေးကင်းလုံခြုံခွင့်</translation>
    </message>
    <message>
        <source>Right to life</source>
        <translation>အသက်ရှင်သန်ခွင့်</translation>
    </message>
    <message>
        <source>Extrajudicial, summary or arbitrary executions</source>
        <translation>တရားစီရင်မှုပြင်ပ၊ အကျဉ်းချုံး သို့မဟုတ် ထင်သလို သတ်ဖြတ်မှုများ</translation>
    </message>
    <message>
        <source>Prohibition of torture and cruel, inhuman or degrading treatment</source>
        <translation>ညှဉ်းပန်းနှိပ်စက်မှုနှင့် ရက်စက်ကြမ်းကြုတ်သော၊ လူမဆန်သော သို့မဟုတ် သိက္ခာကျစေသော ဆက်ဆံမှုကို တားမြစ်ခြင်း</translation>
    </message>
    <message>
        <source>Conditions of detention</source>
        <translation>ထိန်းသိမ်းထားရှိမှု အခြေအနေများ</translation>
    </message>
    <message>
        <source>Prohibition of slavery, trafficking</source>
        <translation>ကျွန်ပြုမှု တားမြစ်ခြင်း၊ လူကုန်ကူးမှု</translation>
    </message>
    <message>
        <source>Gender-based violence</source>
        <translation>ကျား/မ အခြေပြု အကြမ်းဖက်မှု</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>အိမ်တွင်း အကြမ်းဖက်မှု</translation>
    </message>
    <message>
        <source>Liberty and security of the person</source>
        <translation>လူပုဂ္ဂိုလ်၏ လွတ်လပ်ခွင့်နှင့် လုံခြုံခွင့်</translation>
    </message>
    <message>
        <source>Liberty and security - general</source>
        <translation>လွတ်လပ်ခွင့်နှင့် လုံခြုံခွင့် - အထွေထွေ</translation>
    </message>
    <message>
        <source>Arbitrary arrest and detention</source>
        <translation>ထင်သလို ဖမ်းဆီးထိန်းသိမ်းမှု</translation>
    </message>
    <message>
        <source>Fundamental freedoms</source>
        <translation>အခြေခံ လွတ်လပ်ခွင့်များ</translation>
    </message>
    <message>
        <source>Freedom of thought, conscience and religion</source>
        <translation>အတွေးအခေါ်၊ အသိစိတ်နှင့် ဘာသာရေး လွတ်လပ်ခွင့်</translation>
    </message>
    <message>
        <source>Right to peaceful assembly</source>
        <translation>ငြိမ်းချမ်းစွာ စုဝေးခွင့်</translation>
    </message>
    <message>
        <source>Freedom of association</source>
        <translation>အသင်းအဖွဲ့ ဖွဲ့စည်းခွင့်</translation>
    </message>
    <message>
        <source>Administration of justice</source>
        <translation>တရားစီရင်ရေး</translation>
    </message>
    <message>
        <source>Administration of justice &amp; fair trial</source>
        <translation>တရားစီရင်ရေးနှင့် တရားမျှတသော စစ်ဆေးစီရင်မှု</translation>
    </message>
    <message>
        <source>Rights related to name, identity, nationality</source>
        <translation>အမည်၊ ဝိသေသလက္ခဏာနှင့် နိုင်ငံသားဖြစ်မှုဆိုင်ရာ အခွင့်အရေးများ</translation>
    </message>
    <message>
        <source>Right to participation in public affairs and right to vote</source>
        <translation>ပြည်သူ့ရေးရာများတွင် ပါဝင်ခွင့်နှင့် မဲပေးခွင့်</translation>
    </message>
    <message>
        <source>Rights related to marriage &amp; family</source>
        <translation>လက်ထပ်ထိမ်းမြားခြင်းနှင့် မိသားစုဆိုင်ရာ အခွင့်အရေးများ</translation>
    </message>
    <message>
        <source>Economic, social &amp; cultural rights - general measures of implementation</source>
        <translation>စီးပွားရေး၊ လူမှုရေးနှင့် ယဉ်ကျေးမှု အခွင့်အရေး - အကောင်အထည်ဖော်ရေး အထွေထွေ အစီအမံများ</translation>
    </message>
    <message>
        <source>Right to an adequate standard of living</source>
        <translation>လုံလောက်သော လူနေမှုအဆင့်အတန်း ရရှိပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Right to an adequate standard of living - general</source>
        <translation>လုံလောက်သော လူနေမှုအဆင့်အတန်း ရရှိပိုင်ခွင့် - အထွေထွေ</translation>
    </message>
    <message>
        <source>Right to adequate housing</source>
        <translation>လုံလောက်သော နေအိမ်ရပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Right to social security</source>
        <translation>လူမှုဖူလုံရေး ရပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Human rights &amp; extreme poverty</source>
        <translation>လူ့အခွင့်အရေးနှင့် အလွန်အမင်း ဆင်းရဲမွဲတေမှု</translation>
    </message>
    <message>
        <source>Human rights &amp; drinking water and sanitation</source>
        <translation>လူ့အခွင့်အရေးနှင့် သောက်သုံးရေ၊ သန့်ရှင်းရေး</translation>
    </message>
    <message>
        <source>Labour rights</source>
        <translation>အလုပ်သမား အခွင့်အရေးများ</translation>
    </message>
    <message>
        <source>Right to work</source>
        <translation>အလုပ်လုပ်ကိုင်ပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Right to just and favourable conditions of work</source>
        <translation>တရားမျှတပြီး သင့်လျော်သော လုပ်ငန်းခွင် အခြေအနေများ ရရှိပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Right to health - General</source>
        <translation>ကျန်းမာရေး အခွင့်အရေး - အထွေထွေ</translation>
    </message>
    <message>
        <source>Access to health-care (general)</source>
        <translation>ကျန်းမာရေး စောင့်ရှောက်မှု ရယူနိုင်မှု (အထွေထွေ)</translation>
    </message>
    <message>
        <source>Access to sexual and reproductive health and services</source>
        <translation>လိင်နှင့် မျိုးဆက်ပွား ကျန်းမာရေးနှင့် ဝန်ဆောင်မှုများ ရယူနိုင်မှု</translation>
    </message>
    <message>
        <source>Right to education - General</source>
        <translation>ပညာသင်ကြားခွင့် - အထွေထွေ</translation>
    </message>
    <message>
        <source>Rights to protection of property; financial credit</source>
        <translation>ပိုင်ဆိုင်မှု ကာကွယ်ခံရပိုင်ခွင့်၊ ငွေကြေး ချေးငှားမှု</translation>
    </message>
    <message>
        <source>Cultural rights</source>
        <translation>ယဉ်ကျေးမှု အခွင့်အရေးများ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>အမျိုးသမီးများ</translation>
    </message>
    <message>
        <source>Advancement of women</source>
        <translation>အမျိုးသမီးများ တိုးတက်ရေး</translation>
    </message>
    <message>
        <source>Discrimination against women</source>
        <translation>အမျိုးသမီးများအပေါ် ခွဲခြားဆက်ဆံမှု</translation>
    </message>
    <message>
        <source>Violence against women</source>
        <translation>အမျိုးသမီးများအပေါ် အကြမ်းဖက်မှု</translation>
    </message>
    <message>
        <source>Participation of women in political and public life</source>
        <translation>နိုင်ငံရေးနှင့် ပြည်သူ့ဘဝတွင် အမျိုးသမီးများ ပါဝင်မှု</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>ကလေးသူငယ်များ</translation>
    </message>
    <message>
        <source>Children: definition; general principles; protection</source>
        <translation>ကလေးသူငယ်များ: အဓိပ္ပာယ်ဖွင့်ဆိုချက်၊ အထွေထွေ မူများ၊ ကာကွယ်စောင့်ရှောက်မှု</translation>
    </message>
    <message>
        <source>Children: family environment and alternative care</source>
        <translation>ကလေးသူငယ်များ: မိသားစု ပတ်ဝန်းကျင်နှင့် အစားထိုး စောင့်ရှောက်မှု</translation>
    </message>
    <message>
        <source>Children: protection against exploitation</source>
        <translation>ကလေးသူငယ်များ: အမြတ်ထုတ်ခံရမှုမှ ကာကွယ်ခြင်း</translation>
    </message>
    <message>
        <source>Children: juvenile justice</source>
        <translation>ကလေးသူငယ်များ: လူငယ်တရားစီရင်ရေး</translation>
    </message>
    <message>
        <source>Children in armed conflict</source>
        <translation>လက်နက်ကိုင် ပဋိပက္ခများထဲရှိ ကလေးသူငယ်များ</translation>
    </message>
    <message>
        <source>Persons with disabilities</source>
        <translation>မသန်စွမ်းသူများ</translation>
    </message>
    <message>
        <source>Persons with disabilities: definition, general principles</source>
        <translation>မသန်စွမ်းသူများ: အဓိပ္ပာယ်ဖွင့်ဆိုချက်၊ အထွေထွေ မူများ</translation>
    </message>
    <message>
        <source>Members of minorities</source>
        <translation>လူနည်းစုများတွင် ပါဝင်သူများ</translation>
    </message>
    <message>
        <source>Refugees &amp; asylum seekers</source>
        <translation>ဒုက္ခသည်များနှင့် ခိုလှုံခွင့်တောင်းသူများ</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>အကြံပြုချက် %Ln ခုအတွက် အကြောင်းအရာ သတ်မှတ်ရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes separated by commas</source>
        <translation>ကော်မာဖြင့် ခွဲထားသော အကြောင်းအရာများ</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>အကြောင်းအရာများ (&amp;T):</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>အကြောင်းအရာများ</translation>
    </message>
    <message>
        <source>&amp;Replace their current themes (otherwise add to them)</source>
        <translation>လက်ရှိ အကြောင်းအရာများကို အစားထိုးရန် (သို့မဟုတ်ပါက ထပ်ထည့်မည်) (&amp;R)</translation>
    </message>
    <message>
        <source>Set themes</source>
        <translation>အကြောင်းအရာ သတ်မှတ်ရန်</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not assessed</source>
        <translation>အကဲမဖြတ်ရသေး</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>ထောက်ခံ</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>မှတ်သား</translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation>တစ်စိတ်တစ်ပိုင်း ထောက်ခံ</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>ဆိုင်းငံ့ထား</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>အကောင်အထည်မဖော်ရသေး</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>တစ်စိတ်တစ်ပိုင်း အကောင်အထည်ဖော်ပြီး</translation>
    </message>
    <message>
        <source>Fully implemented</source>
        <translation>အပြည့်အဝ အကောင်အထည်ဖော်ပြီး</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>မသိရ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>အစည်းအဝေး</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>အလုပ်ရုံဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <source>Written submission</source>
        <translation>စာဖြင့် တင်သွင်းချက်</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>ဆွေးနွေးမှု</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ထား</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>လုပ်ဆောင်ဆဲ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ပြီးစီး</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ပယ်ဖျက်ပြီး</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>ဦးဆောင်</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>ပံ့ပိုး</translation>
    </message>
    <message>
        <source>1 - Minimal action</source>
        <translation>1 - အနည်းဆုံး လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>2 - Continuing action</source>
        <translation>2 - ဆက်လက်လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>3 - Considering action</source>
        <translation>3 - လုပ်ဆောင်ရန် စဉ်းစားခြင်း</translation>
    </message>
    <message>
        <source>4 - General action</source>
        <translation>4 - ယေဘုယျ လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>5 - Specific action</source>
        <translation>5 - တိကျသော လုပ်ဆောင်ချက်</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>UPR Desktop workspace (*.uprw);;All files (*)</source>
        <translation>UPR Desktop အလုပ်ခွင် (*.uprw);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Give the workspace a name, e.g. your coalition&apos;s name.</source>
        <translation>အလုပ်ခွင်ကို အမည်ပေးပါ၊ ဥပမာ- သင့်ညွန့်ပေါင်းအဖွဲ့၏ အမည်။</translation>
    </message>
    <message>
        <source>Choose the State under Review from the list of UN member States.</source>
        <translation>ကုလသမဂ္ဂ အဖွဲ့ဝင်နိုင်ငံများ စာရင်းမှ ပြန်လည်သုံးသပ်ခံရသည့် နိုင်ငံကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>A file already exists at %1; choose another place.</source>
        <translation>%1 တွင် ဖိုင်တစ်ခု ရှိနှင့်ပြီးဖြစ်သည်၊ အခြားနေရာကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>အလုပ်ခွင် အသစ်</translation>
    </message>
    <message>
        <source>e.g. Thai UPR Coalition</source>
        <translation>ဥပမာ- မြန်မာ UPR ဖိုရမ်</translation>
    </message>
    <message>
        <source>Type to search the UN member States</source>
        <translation>ကုလသမဂ္ဂ အဖွဲ့ဝင်နိုင်ငံများကို ရှာရန် ရိုက်ပါ</translation>
    </message>
    <message>
        <source>Chosen for you from the name</source>
        <translation>အမည်မှ သင့်အတွက် ရွေးပေးထားသည်</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>ရွေးရန်...</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ပြဿနာများ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>အမည် (&amp;N):</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>အလုပ်ခွင် အမည်</translation>
    </message>
    <message>
        <source>&amp;State under Review:</source>
        <translation>ပြန်လည်သုံးသပ်ခံရသည့် နိုင်ငံ (&amp;S):</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>ပြန်လည်သုံးသပ်ခံရသည့် နိုင်ငံ</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>အကျော့ (&amp;C):</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>UPR အကျော့</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>အလုပ်ခွင် ဖိုင်</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ဖိုင် (&amp;F):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>အလုပ်ခွင် သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <source>UPR Desktop</source>
        <translation>UPR Desktop</translation>
    </message>
    <message>
        <source>Follow up on the Universal Periodic Review with your coalition: recommendations, assessments, consultations and exchanges with member groups, all on this computer.</source>
        <translation>ကမ္ဘာ့နိုင်ငံအားလုံး၏ လူ့အခွင့်အရေးအခြေအနေကို ပုံမှန်သုံးသပ်သည့် လုပ်ငန်းစဉ် (UPR) ကို သင့်ညွန့်ပေါင်းအဖွဲ့နှင့်အတူ နောက်ဆက်တွဲ စောင့်ကြည့်ပါ- အကြံပြုချက်များ၊ အကဲဖြတ်ချက်များ၊ တိုင်ပင်ဆွေးနွေးပွဲများနှင့် အဖွဲ့ဝင်အဖွဲ့များနှင့် ဖလှယ်မှုများ၊ အားလုံး ဤကွန်ပျူတာပေါ်တွင်။</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>မကြာသေးမီက အလုပ်ခွင်များ (&amp;R)</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>မကြာသေးမီက အလုပ်ခွင်များ</translation>
    </message>
    <message>
        <source>No workspace opened yet.</source>
        <translation>အလုပ်ခွင် မဖွင့်ရသေးပါ။</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>အလုပ်ခွင် အသစ် (&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>ဖွင့်ရန် (&amp;O)...</translation>
    </message>
    <message>
        <source>Try the &amp;demo coalition</source>
        <translation>သရုပ်ပြ ညွန့်ပေါင်းအဖွဲ့ကို စမ်းကြည့်ရန် (&amp;D)</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>အလုပ်ခွင် ဖွင့်ရန်</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <source>Workspace status</source>
        <translation>အလုပ်ခွင် အခြေအနေ</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>အလုပ်ခွင်: %1</translation>
    </message>
    <message>
        <source>Protected by a passphrase</source>
        <translation>စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားသည်</translation>
    </message>
    <message>
        <source>On the server: %1</source>
        <translation>ဆာဗာပေါ်တွင်- %1</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>ကာကွယ်မထားပါ</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>နောက်ဆုံး အရန်မိတ္တူ: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>အရန်မိတ္တူ မရှိသေးပါ</translation>
    </message>
    <message>
        <source>Local changes: %1</source>
        <translation>ဤနေရာရှိ ပြောင်းလဲမှုများ: %1</translation>
    </message>
    <message>
        <source>Changes made here since the workspace was created or last merged</source>
        <translation>အလုပ်ခွင်ကို ဖန်တီးပြီးနောက် သို့မဟုတ် နောက်ဆုံးပေါင်းစည်းပြီးနောက် ဤနေရာတွင် ပြုလုပ်ခဲ့သော ပြောင်းလဲမှုများ</translation>
    </message>
</context>
<context>
    <name>upr_desktop</name>
    <message>
        <source>Assessed in the last {months} months</source>
        <translation>လွန်ခဲ့သော {months} လအတွင်း အကဲဖြတ်ပြီး</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {kind}; use one of: {accepted}.</source>
        <translation>&apos;{value}&apos; သည် သိရှိထားသော {kind} မဟုတ်ပါ၊ အောက်ပါတို့အနက် တစ်ခုကို သုံးပါ: {accepted}။</translation>
    </message>
    <message>
        <source>That recommendation no longer exists; it may have been undone or merged away.</source>
        <translation>ထိုအကြံပြုချက် မရှိတော့ပါ၊ ပြန်ဖျက်ခံရခြင်း သို့မဟုတ် ပေါင်းစည်းမှုကြောင့် ပျောက်သွားခြင်း ဖြစ်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Assess {ref}: {status}</source>
        <translation>{ref} ကို အကဲဖြတ်: {status}</translation>
    </message>
    <message>
        <source>The assessment date {date} is in the future.</source>
        <translation>အကဲဖြတ်သည့်ရက် {date} သည် အနာဂတ်ရက် ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>အကဲဖြတ်သည့်ရက်</translation>
    </message>
    <message>
        <source>Say which recommendations: --ref REF..., --theme THEME or --all (exactly one).</source>
        <translation>မည်သည့် အကြံပြုချက်များဖြစ်သည်ကို ဖော်ပြပါ: --ref REF...၊ --theme THEME သို့မဟုတ် --all (တစ်ခုတည်းသာ)။</translation>
    </message>
    <message>
        <source>There are no recommendations to assign.</source>
        <translation>တာဝန်ပေးရန် အကြံပြုချက် မရှိပါ။</translation>
    </message>
    <message>
        <source>No theme called &apos;{theme}&apos;.</source>
        <translation>&apos;{theme}&apos; အမည်ရှိ အကြောင်းအရာ မရှိပါ။</translation>
    </message>
    <message>
        <source>The change log names an unknown table &apos;{entity}&apos;.</source>
        <translation>ပြောင်းလဲမှုမှတ်တမ်းတွင် မသိသော ဇယား &apos;{entity}&apos; ကို ဖော်ပြထားသည်။</translation>
    </message>
    <message>
        <source>There is no change number {id}.</source>
        <translation>ပြောင်းလဲမှု နံပါတ် {id} မရှိပါ။</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was already undone.</source>
        <translation>&apos;{label}&apos; ကို ပြန်ဖျက်ပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Cannot undo &apos;{label}&apos;: later changes touched the same data: {listed}. Use --force to undo it anyway.</source>
        <translation>&apos;{label}&apos; ကို ပြန်ဖျက်၍ မရပါ- နောက်ပိုင်း ပြောင်းလဲမှုများက တူညီသော ဒေတာကို ထိခဲ့သည်: {listed}။ မည်သို့ပင်ဖြစ်စေ ပြန်ဖျက်ရန် --force ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>Undo: {label}</source>
        <translation>ပြန်ဖျက်: {label}</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>ပြန်ဖျက်စရာ မရှိပါ။</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>ပြန်လုပ်စရာ မရှိပါ။</translation>
    </message>
    <message>
        <source>Redo: {label}</source>
        <translation>ပြန်လုပ်: {label}</translation>
    </message>
    <message>
        <source>government body</source>
        <translation>အစိုးရဌာန</translation>
    </message>
    <message>
        <source>action</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>This consultation no longer exists (it may have been undone or deleted).</source>
        <translation>ဤတိုင်ပင်ဆွေးနွေးပွဲ မရှိတော့ပါ (ပြန်ဖျက်ခံရခြင်း သို့မဟုတ် ဖျက်ခံရခြင်း ဖြစ်နိုင်သည်)။</translation>
    </message>
    <message>
        <source>This follow-up action no longer exists (it may have been undone or deleted).</source>
        <translation>ဤနောက်ဆက်တွဲလုပ်ဆောင်ချက် မရှိတော့ပါ (ပြန်ဖျက်ခံရခြင်း သို့မဟုတ် ဖျက်ခံရခြင်း ဖြစ်နိုင်သည်)။</translation>
    </message>
    <message>
        <source>consultation date</source>
        <translation>တိုင်ပင်ဆွေးနွေးသည့်ရက်</translation>
    </message>
    <message>
        <source>A consultation needs a date (--date YYYY-MM-DD).</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲတွင် ရက်စွဲ လိုအပ်သည် (--date YYYY-MM-DD)။</translation>
    </message>
    <message>
        <source>The consultation date {date} is in the future. Log a consultation once it has taken place.</source>
        <translation>တိုင်ပင်ဆွေးနွေးသည့်ရက် {date} သည် အနာဂတ်ရက် ဖြစ်နေသည်။ တိုင်ပင်ဆွေးနွေးပွဲ ကျင်းပပြီးမှ မှတ်တမ်းတင်ပါ။</translation>
    </message>
    <message>
        <source>Log consultation with {body} on {date}</source>
        <translation>{date} ရက်နေ့တွင် {body} နှင့် တိုင်ပင်ဆွေးနွေးပွဲကို မှတ်တမ်းတင်</translation>
    </message>
    <message>
        <source>Consultations have no field {fields}.</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲများတွင် {fields} အကွက် မရှိပါ။</translation>
    </message>
    <message>
        <source>Edit consultation with {body}</source>
        <translation>{body} နှင့် တိုင်ပင်ဆွေးနွေးပွဲကို ပြင်ဆင်</translation>
    </message>
    <message>
        <source>Delete consultation with {body}</source>
        <translation>{body} နှင့် တိုင်ပင်ဆွေးနွေးပွဲကို ဖျက်</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>Add follow-up action</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက် ထည့်</translation>
    </message>
    <message>
        <source>Follow-up actions have no field {fields}.</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက်များတွင် {fields} အကွက် မရှိပါ။</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက် ပြင်ဆင်</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက် ဖျက်</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>အတိုကောက်</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>အဖွဲ့အမည်</translation>
    </message>
    <message>
        <source>{assignments} assignments will be removed; {assessments} assessments, {consultations} consultations and {actions} follow-up actions will keep their content but lose their group.</source>
        <translation>တာဝန်ပေးမှု {assignments} ခုကို ဖယ်ရှားမည်၊ အကဲဖြတ်ချက် {assessments} ခု၊ တိုင်ပင်ဆွေးနွေးပွဲ {consultations} ခုနှင့် နောက်ဆက်တွဲလုပ်ဆောင်ချက် {actions} ခုတို့သည် ၎င်းတို့၏ အကြောင်းအရာကို ဆက်ထားမည်ဖြစ်သော်လည်း အဖွဲ့နှင့် ချိတ်ဆက်မှု ပျောက်မည်။</translation>
    </message>
    <message>
        <source>The acronym &apos;{acronym}&apos; must be one word of at most 30 characters.</source>
        <translation>အတိုကောက် &apos;{acronym}&apos; သည် စာလုံး ၃၀ ထက် မပိုသော စကားလုံးတစ်လုံးတည်း ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>A member group with acronym &apos;{acronym}&apos; already exists ({name}).</source>
        <translation>&apos;{acronym}&apos; အတိုကောက်ဖြင့် အဖွဲ့ဝင်အဖွဲ့ ရှိနှင့်ပြီး ({name})။</translation>
    </message>
    <message>
        <source>Add member group {acronym}</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ {acronym} ကို ထည့်</translation>
    </message>
    <message>
        <source>Member groups have no field {fields}.</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့များတွင် {fields} အကွက် မရှိပါ။</translation>
    </message>
    <message>
        <source>Edit member group {acronym}</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ {acronym} ကို ပြင်ဆင်</translation>
    </message>
    <message>
        <source>Remove member group {acronym}</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ {acronym} ကို ဖယ်ရှား</translation>
    </message>
    <message>
        <source>This file has no workspace record.</source>
        <translation>ဤဖိုင်တွင် အလုပ်ခွင် မှတ်တမ်း မရှိပါ။</translation>
    </message>
    <message>
        <source>No recommendation with reference &apos;{ref}&apos;. List them with: upr-desktop recommendations list</source>
        <translation>&apos;{ref}&apos; အမှတ်ရှိ အကြံပြုချက် မရှိပါ။ ဤအမိန့်ဖြင့် စာရင်းကြည့်ပါ: upr-desktop recommendations list</translation>
    </message>
    <message>
        <source>The reference &apos;{ref}&apos; names several recommendations; use its id ({ids}).</source>
        <translation>&apos;{ref}&apos; အမှတ်သည် အကြံပြုချက်များစွာကို ညွှန်းနေသည်၊ ၎င်း၏ id ({ids}) ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>Unknown recommendation references: {refs}. Nothing was changed.</source>
        <translation>မသိသော အကြံပြုချက် အမှတ်များ: {refs}။ မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>No member group with acronym &apos;{acronym}&apos;. List them with: upr-desktop groups list</source>
        <translation>&apos;{acronym}&apos; အတိုကောက်ရှိ အဖွဲ့ဝင်အဖွဲ့ မရှိပါ။ ဤအမိန့်ဖြင့် စာရင်းကြည့်ပါ: upr-desktop groups list</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>အကြောင်းအရာတွင် အမည် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>{what} သည် ဗလာ မဖြစ်ရပါ။</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; write dates as YYYY-MM-DD, e.g. 2026-10-01.</source>
        <translation>&apos;{value}&apos; သည် မှန်ကန်သော {what} မဟုတ်ပါ၊ ရက်စွဲများကို YYYY-MM-DD ပုံစံဖြင့် ရေးပါ၊ ဥပမာ- 2026-10-01။</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>ကိုးကားအမှတ်</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>အကြံပြုချက် စာသား</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; is not a UPR session number.</source>
        <translation>&apos;{session}&apos; သည် UPR အစည်းအဝေး နံပါတ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The action category must be a number from 1 to 5, not &apos;{value}&apos;.</source>
        <translation>လုပ်ဆောင်ချက် အမျိုးအစားသည် &apos;{value}&apos; မဟုတ်ဘဲ 1 မှ 5 အထိ နံပါတ်တစ်ခု ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>A recommendation with reference &apos;{ref}&apos; already exists.</source>
        <translation>&apos;{ref}&apos; အမှတ်ရှိ အကြံပြုချက် ရှိနှင့်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Add recommendation {ref}</source>
        <translation>အကြံပြုချက် {ref} ကို ထည့်</translation>
    </message>
    <message>
        <source>Recommendations have no editable field {fields}.</source>
        <translation>အကြံပြုချက်များတွင် ပြင်ဆင်နိုင်သော {fields} အကွက် မရှိပါ။</translation>
    </message>
    <message>
        <source>Edit recommendation {ref}</source>
        <translation>အကြံပြုချက် {ref} ကို ပြင်ဆင်</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>အကြံပြုချက် အနည်းဆုံး တစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>Delete recommendation {ref}</source>
        <translation>အကြံပြုချက် {ref} ကို ဖျက်</translation>
    </message>
    <message>
        <source>Select at least one recommendation first.</source>
        <translation>အကြံပြုချက် အနည်းဆုံး တစ်ခုကို အရင်ရွေးပါ။</translation>
    </message>
    <message>
        <source>Type at least one theme, separated by commas.</source>
        <translation>အကြောင်းအရာ အနည်းဆုံး တစ်ခုကို ကော်မာဖြင့် ခွဲ၍ ရိုက်ပါ။</translation>
    </message>
    <message>
        <source>No backup called {name}. List them with: upr-desktop backups</source>
        <translation>{name} အမည်ရှိ အရန်မိတ္တူ မရှိပါ။ ဤအမိန့်ဖြင့် စာရင်းကြည့်ပါ: upr-desktop backups</translation>
    </message>
    <message>
        <source>There is no backup of {path} yet.</source>
        <translation>{path} ၏ အရန်မိတ္တူ မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>The backup {path} is damaged too; choose an older one.</source>
        <translation>အရန်မိတ္တူ {path} သည်လည်း ပျက်စီးနေသည်၊ ပိုဟောင်းသော တစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {reason}</source>
        <translation>အရန်မိတ္တူ {path} ကို ဖတ်၍ မရပါ: {reason}</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. Try again. (If you are sure it is right, the file may be damaged: restore a backup with the same passphrase.)</source>
        <translation>{path} အတွက် စကားဝှက်စာကြောင်း မှားနေသည်။ ထပ်စမ်းကြည့်ပါ။ (မှန်သည်ဟု သေချာပါက ဖိုင် ပျက်စီးနေနိုင်သည်- တူညီသော စကားဝှက်စာကြောင်းရှိ အရန်မိတ္တူကို ပြန်ယူပါ။)</translation>
    </message>
    <message>
        <source>Could not open {path} with its key ({error}).</source>
        <translation>{path} ကို ၎င်း၏ သော့ဖြင့် ဖွင့်၍ မရပါ ({error})။</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>{path} ကို ဖတ်၍ မရပါ: {error}</translation>
    </message>
    <message>
        <source>Restore the newest backup with: upr-desktop --workspace &quot;{path}&quot; restore &quot;{backup}&quot;</source>
        <translation>နောက်ဆုံး အရန်မိတ္တူကို ဤအမိန့်ဖြင့် ပြန်ယူပါ: upr-desktop --workspace &quot;{path}&quot; restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>No backup of it was found in {folder}.</source>
        <translation>{folder} တွင် ၎င်း၏ အရန်မိတ္တူ မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>The workspace {path} is damaged ({detail}). {advice}</source>
        <translation>အလုပ်ခွင် {path} ပျက်စီးနေသည် ({detail})။ {advice}</translation>
    </message>
    <message>
        <source>No workspace at {path}. Create one with: upr-desktop --workspace &quot;{path}&quot; init --name NAME --country STATE</source>
        <translation>{path} တွင် အလုပ်ခွင် မရှိပါ။ ဤအမိန့်ဖြင့် ဖန်တီးပါ: upr-desktop --workspace &quot;{path}&quot; init --name NAME --country STATE</translation>
    </message>
    <message>
        <source>The workspace {path} is protected by a passphrase.</source>
        <translation>အလုပ်ခွင် {path} ကို စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားသည်။</translation>
    </message>
    <message>
        <source>A workspace needs a name (--name).</source>
        <translation>အလုပ်ခွင်တွင် အမည် လိုအပ်သည် (--name)။</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a UN member state. Use the name as the UN writes it, e.g. &apos;Thailand&apos; or &apos;Viet Nam&apos;.</source>
        <translation>&apos;{country}&apos; သည် ကုလသမဂ္ဂ အဖွဲ့ဝင်နိုင်ငံ မဟုတ်ပါ။ ကုလသမဂ္ဂ ရေးသည့်အတိုင်း အမည်ကို သုံးပါ၊ ဥပမာ- &apos;Thailand&apos; သို့မဟုတ် &apos;Viet Nam&apos;။</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file or open it instead.</source>
        <translation>{path} ရှိနှင့်ပြီး ဖြစ်သည်၊ အခြားဖိုင်ကို ရွေးပါ သို့မဟုတ် ၎င်းကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>This workspace is open in another window (pid {pid}, host {host}). Close it there first, then try again.</source>
        <translation>ဤအလုပ်ခွင်ကို အခြားဝင်းဒိုးတွင် ဖွင့်ထားသည် (pid {pid}၊ host {host})။ ထိုနေရာတွင် အရင်ပိတ်ပြီး ထပ်စမ်းကြည့်ပါ။</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a UPR Desktop workspace.</source>
        <translation>{path} သည် SQLite ဖိုင်ဖြစ်သော်လည်း UPR Desktop အလုပ်ခွင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>{path} has no workspace record; it was not created by UPR Desktop.</source>
        <translation>{path} တွင် အလုပ်ခွင် မှတ်တမ်း မရှိပါ၊ UPR Desktop ဖြင့် ဖန်တီးထားခြင်း မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Backing up before upgrading the workspace</source>
        <translation>အလုပ်ခွင်ကို အဆင့်မြှင့်မီ အရန်ကူးနေသည်</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. Try again.</source>
        <translation>{path} အတွက် စကားဝှက်စာကြောင်း မှားနေသည်။ ထပ်စမ်းကြည့်ပါ။</translation>
    </message>
    <message>
        <source>Choose at least one member group to export for.</source>
        <translation>ထုတ်ယူပေးမည့် အဖွဲ့ဝင်အဖွဲ့ အနည်းဆုံး တစ်ဖွဲ့ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>No member group has recommendations assigned yet.</source>
        <translation>မည်သည့် အဖွဲ့ဝင်အဖွဲ့ကိုမျှ အကြံပြုချက် တာဝန်ပေးမထားသေးပါ။</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>{name} ကို ရေးနေသည်</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>The protected workspace {path} cannot be read; restore needs its passphrase to check the backup.</source>
        <translation>ကာကွယ်ထားသော အလုပ်ခွင် {path} ကို ဖတ်၍ မရပါ၊ အရန်မိတ္တူကို စစ်ဆေးရန် ပြန်ယူခြင်းတွင် ၎င်း၏ စကားဝှက်စာကြောင်း လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>no keyring service is running on this computer (no desktop session)</source>
        <translation>ဤကွန်ပျူတာတွင် keyring ဝန်ဆောင်မှု မလည်ပတ်ပါ (desktop session မရှိ)</translation>
    </message>
    <message>
        <source>the only keyring available ({backend}) keeps secrets in a file or asks for a password on a terminal; UPR Desktop does not use it</source>
        <translation>ရရှိနိုင်သော တစ်ခုတည်းသော keyring ({backend}) သည် လျှို့ဝှက်ချက်များကို ဖိုင်ထဲတွင် သိမ်းသည် သို့မဟုတ် terminal တွင် စကားဝှက် မေးသည်၊ UPR Desktop က ၎င်းကို မသုံးပါ</translation>
    </message>
    <message>
        <source>no keyring backend is installed</source>
        <translation>keyring backend ထည့်သွင်းမထားပါ</translation>
    </message>
    <message>
        <source>the keyring is turned off (UPR_DESKTOP_NO_KEYRING)</source>
        <translation>keyring ကို ပိတ်ထားသည် (UPR_DESKTOP_NO_KEYRING)</translation>
    </message>
    <message>
        <source>Cannot remember keys on this computer: {reason}.</source>
        <translation>ဤကွန်ပျူတာတွင် သော့များကို မှတ်ထား၍ မရပါ: {reason}။</translation>
    </message>
    <message>
        <source>the keyring could not be loaded</source>
        <translation>keyring ကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <source>The keyring refused to store the key ({error}).</source>
        <translation>keyring က သော့ကို သိမ်းရန် ငြင်းဆိုသည် ({error})။</translation>
    </message>
    <message>
        <source>The workspace is locked; enter its passphrase to continue.</source>
        <translation>အလုပ်ခွင်ကို သော့ခတ်ထားသည်၊ ဆက်လုပ်ရန် ၎င်း၏ စကားဝှက်စာကြောင်းကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>{path} is not a protected workspace.</source>
        <translation>{path} သည် ကာကွယ်ထားသော အလုပ်ခွင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>{path} is not protected.</source>
        <translation>{path} ကို ကာကွယ်မထားပါ။</translation>
    </message>
    <message>
        <source>No workspace at {path}.</source>
        <translation>{path} တွင် အလုပ်ခွင် မရှိပါ။</translation>
    </message>
    <message>
        <source>{path} is already protected; use rekey to change its passphrase.</source>
        <translation>{path} ကို ကာကွယ်ထားပြီးသား ဖြစ်သည်၊ ၎င်း၏ စကားဝှက်စာကြောင်းကို ပြောင်းရန် rekey ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>{path} is not protected; use protect to give it a passphrase.</source>
        <translation>{path} ကို ကာကွယ်မထားပါ၊ စကားဝှက်စာကြောင်း ပေးရန် protect ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters; a few unrelated words are best.</source>
        <translation>စကားဝှက်စာကြောင်းတွင် အနည်းဆုံး စာလုံး {n} လုံး လိုအပ်သည်၊ ဆက်စပ်မှုမရှိသော စကားလုံး အနည်းငယ် အကောင်းဆုံးဖြစ်သည်။</translation>
    </message>
    <message>
        <source>The converted copy {path} did not check out; nothing was changed.</source>
        <translation>ပြောင်းလဲထားသော မိတ္တူ {path} သည် စစ်ဆေးမှု မအောင်မြင်ပါ၊ မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>Encrypting {name}</source>
        <translation>{name} ကို စာဝှက်နေသည်</translation>
    </message>
    <message>
        <source>Decrypting {name}</source>
        <translation>{name} ကို စာဝှက်ဖြည်နေသည်</translation>
    </message>
    <message>
        <source>Re-encrypting {name}</source>
        <translation>{name} ကို ပြန်လည်စာဝှက်နေသည်</translation>
    </message>
    <message>
        <source>What would be removed has changed since it was confirmed; look at the list again.</source>
        <translation>အတည်ပြုပြီးနောက် ဖယ်ရှားမည့်အရာများ ပြောင်းလဲသွားသည်၊ စာရင်းကို ထပ်ကြည့်ပါ။</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} ကို ရေး၍ မရပါ: {reason}</translation>
    </message>
    <message>
        <source>(No key can be remembered here: {reason}.)</source>
        <translation>(ဤနေရာတွင် သော့ကို မှတ်ထား၍ မရပါ: {reason}။)</translation>
    </message>
    <message>
        <source>The workspace {path} is protected by a passphrase. Run the command in a terminal to be asked for it, or set {env} for scripts.</source>
        <translation>အလုပ်ခွင် {path} ကို စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားသည်။ ၎င်းကို မေးစေရန် terminal တွင် အမိန့်ကို လုပ်ဆောင်ပါ၊ သို့မဟုတ် script များအတွက် {env} ကို သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>{name} အတွက် စကားဝှက်စာကြောင်း: </translation>
    </message>
    <message>
        <source>{message} Next attempt in {seconds:.0f} s.</source>
        <translation>{message} နောက်တစ်ကြိမ် {seconds:.0f} စက္ကန့်အကြာတွင် ကြိုးစားနိုင်သည်။</translation>
    </message>
    <message>
        <source>--map expects HEADER=FIELD pairs separated by commas, e.g. &quot;Texte=text,Pays=recommending_states&quot;; &apos;{part}&apos; is not one.</source>
        <translation>--map သည် ကော်မာဖြင့် ခွဲထားသော HEADER=FIELD အတွဲများကို မျှော်လင့်သည်၊ ဥပမာ- &quot;Texte=text,Pays=recommending_states&quot;၊ &apos;{part}&apos; သည် ထိုသို့ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>--map: &apos;{name}&apos; is not a field; use one of: {fields}.</source>
        <translation>--map: &apos;{name}&apos; သည် အကွက် မဟုတ်ပါ၊ အောက်ပါတို့အနက် တစ်ခုကို သုံးပါ: {fields}။</translation>
    </message>
    <message>
        <source>--map names a column &apos;{header}&apos; the file does not have; its columns are: {headers}.</source>
        <translation>--map သည် ဖိုင်တွင် မရှိသော ကော်လံ &apos;{header}&apos; ကို ဖော်ပြထားသည်၊ ၎င်း၏ ကော်လံများမှာ: {headers}။</translation>
    </message>
    <message>
        <source>Cannot import {file}: {reason}</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: {reason}</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>ဖိုင် မရှိပါ။</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>၎င်းသည် ဖိုင်မဟုတ်ဘဲ ဖိုင်တွဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>ဖိုင်သည် ဗလာ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>the file is larger than 1 GB; split the export into smaller files.</source>
        <translation>ဖိုင်သည် 1 GB ထက် ကြီးသည်၊ ထုတ်ယူမှုကို ဖိုင်ငယ်များအဖြစ် ခွဲပါ။</translation>
    </message>
    <message>
        <source>the file is an empty archive.</source>
        <translation>ဖိုင်သည် ဗလာ archive ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>it is not a valid {ext} file (it may be damaged, truncated or renamed).</source>
        <translation>၎င်းသည် မှန်ကန်သော {ext} ဖိုင် မဟုတ်ပါ (ပျက်စီးခြင်း၊ ပြတ်တောက်ခြင်း သို့မဟုတ် အမည်ပြောင်းထားခြင်း ဖြစ်နိုင်သည်)။</translation>
    </message>
    <message>
        <source>the file is protected by a password. Open it in Excel or Word, remove the password (File &gt; Info &gt; Protect), save it and import it again.</source>
        <translation>ဖိုင်ကို စကားဝှက်ဖြင့် ကာကွယ်ထားသည်။ Excel သို့မဟုတ် Word တွင် ဖွင့်ပြီး စကားဝှက်ကို ဖယ်ရှားပါ (File &gt; Info &gt; Protect)၊ သိမ်းပြီး ထပ်မံ တင်သွင်းပါ။</translation>
    </message>
    <message>
        <source>it is a zip archive but not an Excel, Word or OpenDocument file.</source>
        <translation>၎င်းသည် zip archive ဖြစ်သော်လည်း Excel၊ Word သို့မဟုတ် OpenDocument ဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Cannot import {file} as an OHCHR matrix: no table has the headers &apos;Recommendation&apos; and &apos;Position&apos; with a themes or SDGs column.</source>
        <translation>{file} ကို OHCHR ဇယားအဖြစ် တင်သွင်း၍ မရပါ: &apos;Recommendation&apos; နှင့် &apos;Position&apos; ခေါင်းစီးများနှင့်အတူ အကြောင်းအရာ သို့မဟုတ် SDGs ကော်လံပါသော ဇယား မရှိပါ။</translation>
    </message>
    <message>
        <source>the recommendation text is empty</source>
        <translation>အကြံပြုချက် စာသား ဗလာ ဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>the position (Supported or Noted) is empty</source>
        <translation>ရပ်တည်ချက် (Supported သို့မဟုတ် Noted) ဗလာ ဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>Reading recommendations</source>
        <translation>အကြံပြုချက်များကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>Cannot import {file}: the workbook is damaged or incomplete ({reason}). Save it again from Excel.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: အလုပ်စာအုပ် ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ ({reason})။ Excel မှ ထပ်မံ သိမ်းပါ။</translation>
    </message>
    <message>
        <source>Cannot import {file}: the workbook is protected by a password. Remove the password in Excel, save, and import again.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: အလုပ်စာအုပ်ကို စကားဝှက်ဖြင့် ကာကွယ်ထားသည်။ Excel တွင် စကားဝှက်ကို ဖယ်ရှားပြီး သိမ်းကာ ထပ်မံ တင်သွင်းပါ။</translation>
    </message>
    <message>
        <source>Cannot import {file}: the JSON holds no list of recommendations.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: JSON တွင် အကြံပြုချက်များ စာရင်း မပါပါ။</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document holds no table. OHCHR matrices are one table of recommendations.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: Word စာရွက်စာတမ်းတွင် ဇယား မပါပါ။ OHCHR ဇယားများသည် အကြံပြုချက်များ၏ ဇယားတစ်ခု ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is empty (no cell holds anything).</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: ဖိုင်သည် ဗလာ ဖြစ်နေသည် (မည်သည့်ဆဲလ်တွင်မျှ ဘာမျှမပါ)။</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not valid JSON ({reason}); it may be truncated.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: မှန်ကန်သော JSON မဟုတ်ပါ ({reason})၊ ပြတ်တောက်နေနိုင်သည်။</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document cannot be opened ({reason}). Save it again from Word.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: Word စာရွက်စာတမ်းကို ဖွင့်၍ မရပါ ({reason})။ Word မှ ထပ်မံ သိမ်းပါ။</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document is damaged ({reason}).</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: Word စာရွက်စာတမ်း ပျက်စီးနေသည် ({reason})။</translation>
    </message>
    <message>
        <source>table {number}</source>
        <translation>ဇယား {number}</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is too large to read on this computer.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: ဤကွန်ပျူတာတွင် ဖတ်ရန် ကြီးလွန်းသည်။</translation>
    </message>
    <message>
        <source>Unknown import format &apos;{name}&apos;; use one of: {formats}.</source>
        <translation>မသိသော တင်သွင်းမှုပုံစံ &apos;{name}&apos;၊ အောက်ပါတို့အနက် တစ်ခုကို သုံးပါ: {formats}။</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not a recognised format (UPR Info export, OHCHR matrix, UHRI export, or a table with a column of recommendation texts). If it is a table, name its columns with --map &quot;Header=text,...&quot; and --format table.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: သိရှိထားသော ပုံစံ မဟုတ်ပါ (UPR Info ထုတ်ယူမှု၊ OHCHR ဇယား၊ UHRI ထုတ်ယူမှု သို့မဟုတ် အကြံပြုချက်စာသား ကော်လံပါသော ဇယား)။ ဇယားဖြစ်ပါက ၎င်း၏ ကော်လံများကို --map &quot;Header=text,...&quot; နှင့် --format table ဖြင့် အမည်ပေးပါ။</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>{file} ကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>တင်သွင်းမှု ပြီးဆုံးပါပြီ</translation>
    </message>
    <message>
        <source>Cannot import {file}: it holds no recommendations (only headers or empty rows).</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: အကြံပြုချက် မပါပါ (ခေါင်းစီးများ သို့မဟုတ် ဗလာအတန်းများသာ)။</translation>
    </message>
    <message>
        <source>--country: &apos;{country}&apos; is not a UN member or observer State.</source>
        <translation>--country: &apos;{country}&apos; သည် ကုလသမဂ္ဂ အဖွဲ့ဝင် သို့မဟုတ် လေ့လာသူနိုင်ငံ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Nothing in this file matched {state}{narrowing}; it holds: {listed}. Use --country STATE or --all-states.</source>
        <translation>ဤဖိုင်ထဲတွင် {state}{narrowing} နှင့် ကိုက်ညီသည့်အရာ မရှိပါ၊ ၎င်းတွင် ပါဝင်သည်မှာ: {listed}။ --country STATE သို့မဟုတ် --all-states ကို သုံးပါ။</translation>
    </message>
    <message>
        <source> with the cycle/session asked for</source>
        <translation> တောင်းဆိုထားသော အကျော့/အစည်းအဝေးတွင်</translation>
    </message>
    <message>
        <source>Cannot import {file}: no column holds the recommendation text. Its columns are: {headers}. Say which one with --map &quot;HEADER=text&quot;.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: အကြံပြုချက် စာသားပါသော ကော်လံ မရှိပါ။ ၎င်း၏ ကော်လံများမှာ: {headers}။ မည်သည့်ကော်လံဖြစ်သည်ကို --map &quot;HEADER=text&quot; ဖြင့် ဖော်ပြပါ။</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(မရှိ)</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not a text file, a spreadsheet or a Word document.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: စာသားဖိုင်၊ spreadsheet သို့မဟုတ် Word စာရွက်စာတမ်း မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Cannot import {file}: line {line} cannot be read as CSV ({reason}).</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ: စာကြောင်း {line} ကို CSV အဖြစ် ဖတ်၍ မရပါ ({reason})။</translation>
    </message>
    <message>
        <source>the response &apos;{value}&apos; is not one of Supported, Noted, Supported/Noted (partially supported) or Pending</source>
        <translation>တုံ့ပြန်မှု &apos;{value}&apos; သည် Supported၊ Noted၊ Supported/Noted (တစ်စိတ်တစ်ပိုင်း ထောက်ခံ) သို့မဟုတ် Pending တို့အနက် တစ်ခု မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the session &apos;{value}&apos; is not a UPR session number</source>
        <translation>အစည်းအဝေး &apos;{value}&apos; သည် UPR အစည်းအဝေး နံပါတ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the cycle &apos;{value}&apos; is not a UPR cycle number</source>
        <translation>အကျော့ &apos;{value}&apos; သည် UPR အကျော့ နံပါတ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the action category &apos;{value}&apos; is not a number from 1 to 5</source>
        <translation>လုပ်ဆောင်ချက် အမျိုးအစား &apos;{value}&apos; သည် 1 မှ 5 အထိ နံပါတ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>Names not on the UN list of States were kept as written: {listed}.</source>
        <translation>ကုလသမဂ္ဂ နိုင်ငံများစာရင်းတွင် မပါသော အမည်များကို ရေးထားသည့်အတိုင်း ထားရှိသည်: {listed}။</translation>
    </message>
    <message>
        <source>SDG entries that name no goal or target were left out: {listed}.</source>
        <translation>ပန်းတိုင် သို့မဟုတ် ပန်းတိုင်ခွဲ မဖော်ပြသော SDG ထည့်သွင်းချက်များကို ချန်လှပ်ထားသည်: {listed}။</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} ကို တင်သွင်း</translation>
    </message>
    <message>
        <source>Comparing with the workspace</source>
        <translation>အလုပ်ခွင်နှင့် နှိုင်းယှဉ်နေသည်</translation>
    </message>
    <message>
        <source>Adding recommendations</source>
        <translation>အကြံပြုချက်များ ထည့်နေသည်</translation>
    </message>
    <message>
        <source>the same recommendation as row {row}; skipped</source>
        <translation>အတန်း {row} နှင့် တူညီသော အကြံပြုချက်၊ ကျော်လိုက်သည်</translation>
    </message>
    <message>
        <source>the text has {count} characters, more than {limit}; shorten it.</source>
        <translation>စာသားတွင် စာလုံး {count} လုံး ပါပြီး {limit} ထက် များသည်၊ တိုအောင် ပြင်ပါ။</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not in the {column} list ({labels}).</source>
        <translation>&apos;{value}&apos; သည် {column} စာရင်းတွင် မပါပါ ({labels})။</translation>
    </message>
    <message>
        <source>{date} is in the future.</source>
        <translation>{date} သည် အနာဂတ်ရက် ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>unknown recommendation ref(s): {refs}.</source>
        <translation>မသိသော အကြံပြုချက် အမှတ်(များ): {refs}။</translation>
    </message>
    <message>
        <source>{value} is a number, not a date; write the date as YYYY-MM-DD.</source>
        <translation>{value} သည် ရက်စွဲမဟုတ်ဘဲ ဂဏန်း ဖြစ်သည်၊ ရက်စွဲကို YYYY-MM-DD ပုံစံဖြင့် ရေးပါ။</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write the date as YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos; သည် ရက်စွဲ မဟုတ်ပါ၊ ရက်စွဲကို YYYY-MM-DD ပုံစံဖြင့် ရေးပါ။</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; could be {first} or {second}; write the date as YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos; သည် {first} သို့မဟုတ် {second} ဖြစ်နိုင်သည်၊ ရက်စွဲကို YYYY-MM-DD ပုံစံဖြင့် ရေးပါ။</translation>
    </message>
    <message>
        <source>Resolve conflict on {ref} {field}</source>
        <translation>{ref} {field} ရှိ ကွဲလွဲမှုကို ဖြေရှင်း</translation>
    </message>
    <message>
        <source>Resolve a conflict with ours, theirs or an edited value, not &apos;{take}&apos;.</source>
        <translation>ကွဲလွဲမှုကို &apos;{take}&apos; ဖြင့် မဟုတ်ဘဲ ours၊ theirs သို့မဟုတ် ပြင်ဆင်ထားသော တန်ဖိုးဖြင့် ဖြေရှင်းပါ။</translation>
    </message>
    <message>
        <source>There is no conflict number {id}. List them with: upr-desktop conflicts list</source>
        <translation>ကွဲလွဲမှု နံပါတ် {id} မရှိပါ။ ဤအမိန့်ဖြင့် စာရင်းကြည့်ပါ: upr-desktop conflicts list</translation>
    </message>
    <message>
        <source>Conflict {id} belongs to a merge that was undone.</source>
        <translation>ကွဲလွဲမှု {id} သည် ပြန်ဖျက်ပြီးသော ပေါင်းစည်းမှုတစ်ခုနှင့် သက်ဆိုင်သည်။</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved ({how}).</source>
        <translation>ကွဲလွဲမှု {id} ကို ဖြေရှင်းပြီးသား ဖြစ်သည် ({how})။</translation>
    </message>
    <message>
        <source>Resolve all conflicts with ours or theirs.</source>
        <translation>ကွဲလွဲမှုအားလုံးကို ours သို့မဟုတ် theirs ဖြင့် ဖြေရှင်းပါ။</translation>
    </message>
    <message>
        <source>Give the value to keep (--value).</source>
        <translation>ထားရှိမည့် တန်ဖိုးကို ပေးပါ (--value)။</translation>
    </message>
    <message>
        <source>Conflict {id} ({field}): {reason}</source>
        <translation>ကွဲလွဲမှု {id} ({field}): {reason}</translation>
    </message>
    <message>
        <source>A decision</source>
        <translation>ဆုံးဖြတ်ချက်တစ်ခု</translation>
    </message>
    <message>
        <source>{file}, decision {number}</source>
        <translation>{file}၊ ဆုံးဖြတ်ချက် {number}</translation>
    </message>
    <message>
        <source>{where}: &apos;take&apos; must be ours, theirs or edited, not &apos;{take}&apos;.</source>
        <translation>{where}: &apos;take&apos; သည် &apos;{take}&apos; မဟုတ်ဘဲ ours၊ theirs သို့မဟုတ် edited ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>{where}: name the conflict&apos;s &apos;field&apos; (status, evidence, due_date...).</source>
        <translation>{where}: ကွဲလွဲမှု၏ &apos;field&apos; ကို ဖော်ပြပါ (status၊ evidence၊ due_date...)။</translation>
    </message>
    <message>
        <source>{where}: an edited decision needs the &apos;value&apos; to keep.</source>
        <translation>{where}: ပြင်ဆင်သည့် ဆုံးဖြတ်ချက်တွင် ထားရှိမည့် &apos;value&apos; လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>{where}: name the conflict by &apos;sheet&apos; and &apos;cell&apos;, or by &apos;ref&apos;.</source>
        <translation>{where}: ကွဲလွဲမှုကို &apos;sheet&apos; နှင့် &apos;cell&apos; ဖြင့်၊ သို့မဟုတ် &apos;ref&apos; ဖြင့် ဖော်ပြပါ။</translation>
    </message>
    <message>
        <source>{file}: expected a list of decisions, or an object with a &quot;decisions&quot; list.</source>
        <translation>{file}: ဆုံးဖြတ်ချက်များ စာရင်း သို့မဟုတ် &quot;decisions&quot; စာရင်းပါသော object ကို မျှော်လင့်ထားသည်။</translation>
    </message>
    <message>
        <source>{where}: each decision is an object such as {example}.</source>
        <translation>{where}: ဆုံးဖြတ်ချက်တစ်ခုစီသည် {example} ကဲ့သို့ object တစ်ခု ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {keys}; a decision has file, sheet, cell, ref, field, take and value.</source>
        <translation>{where}: မသိသော key(များ) {keys}၊ ဆုံးဖြတ်ချက်တွင် file၊ sheet၊ cell၊ ref၊ field၊ take နှင့် value တို့ ပါသည်။</translation>
    </message>
    <message>
        <source>Cannot read the decisions file {file}: {reason}</source>
        <translation>ဆုံးဖြတ်ချက်ဖိုင် {file} ကို ဖတ်၍ မရပါ: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({reason}); see the README for the decisions file.</source>
        <translation>{file} သည် မှန်ကန်သော JSON မဟုတ်ပါ ({reason})၊ ဆုံးဖြတ်ချက်ဖိုင်အတွက် README ကို ကြည့်ပါ။</translation>
    </message>
    <message>
        <source>{first} and {other} decide the same conflict ({file} {sheet}!{cell} {field}) differently; keep one.</source>
        <translation>{first} နှင့် {other} တို့သည် တူညီသော ကွဲလွဲမှု ({file} {sheet}!{cell} {field}) ကို မတူညီစွာ ဆုံးဖြတ်ထားသည်၊ တစ်ခုတည်းကို ထားပါ။</translation>
    </message>
    <message>
        <source>{source} ({conflict}) matches no conflict of the files being merged: the files or the workspace changed since the preview. Preview the merge again (upr-desktop merge --dry-run) and check the decisions.</source>
        <translation>{source} ({conflict}) သည် ပေါင်းစည်းနေသော ဖိုင်များ၏ မည်သည့်ကွဲလွဲမှုနှင့်မျှ မကိုက်ညီပါ- အစမ်းကြည့်ပြီးနောက် ဖိုင်များ သို့မဟုတ် အလုပ်ခွင် ပြောင်းလဲသွားသည်။ ပေါင်းစည်းမှုကို ထပ်မံ အစမ်းကြည့်ပြီး (upr-desktop merge --dry-run) ဆုံးဖြတ်ချက်များကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>The secretariat of {coalition}</source>
        <translation>{coalition} ၏ အတွင်းရေးမှူးအဖွဲ့</translation>
    </message>
    <message>
        <source>{acronym} has no recommendations assigned; assign some first (upr-desktop assign --group {acronym} ...).</source>
        <translation>{acronym} ကို အကြံပြုချက် တာဝန်ပေးမထားပါ၊ အရင် တာဝန်ပေးပါ (upr-desktop assign --group {acronym} ...)။</translation>
    </message>
    <message>
        <source>None of the recommendations asked for is assigned to {acronym}.</source>
        <translation>တောင်းဆိုထားသော အကြံပြုချက်များအနက် မည်သည့်တစ်ခုကိုမျှ {acronym} သို့ တာဝန်ပေးမထားပါ။</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>နောက်ဆုံးရက်</translation>
    </message>
    <message>
        <source>{group}: the group&apos;s language &apos;{language}&apos; is not one this app ships; the workbook is in English.</source>
        <translation>{group}: အဖွဲ့၏ ဘာသာစကား &apos;{language}&apos; သည် ဤအက်ပ်တွင် ပါဝင်သော ဘာသာစကား မဟုတ်ပါ၊ အလုပ်စာအုပ်ကို အင်္ဂလိပ်ဘာသာဖြင့် ရေးထားသည်။</translation>
    </message>
    <message>
        <source>{file}: unknown exchange format version {version}; update the app.</source>
        <translation>{file}: မသိသော ဖလှယ်ရေးပုံစံ ဗားရှင်း {version}၊ အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။</translation>
    </message>
    <message>
        <source>Import workbook {file}</source>
        <translation>အလုပ်စာအုပ် {file} ကို တင်သွင်း</translation>
    </message>
    <message>
        <source>This workspace has not imported a workbook from the secretariat; import one first (upr-desktop import-workbook FILE).</source>
        <translation>ဤအလုပ်ခွင်သည် အတွင်းရေးမှူးအဖွဲ့ထံမှ အလုပ်စာအုပ်ကို မတင်သွင်းရသေးပါ၊ အရင် တင်သွင်းပါ (upr-desktop import-workbook FILE)။</translation>
    </message>
    <message>
        <source>{file} comes from the coalition workspace &apos;{other}&apos;, not this one; import it into a new workspace.</source>
        <translation>{file} သည် ဤအလုပ်ခွင်မှ မဟုတ်ဘဲ ညွန့်ပေါင်းအဖွဲ့ အလုပ်ခွင် &apos;{other}&apos; မှ လာသည်၊ ၎င်းကို အလုပ်ခွင်အသစ်ထဲသို့ တင်သွင်းပါ။</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>ဖတ်ရန်</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲများ</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation>ID (မပြင်ရ)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>အမှတ်</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>အကြံပြုချက်</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>အကဲဖြတ်သည့်ရက်</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>အထောက်အထား</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ရင်းမြစ်များ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>အကြံပြုသည့် နိုင်ငံများ</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>တုံ့ပြန်မှု</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>အကြောင်းအရာများ</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>သင့်အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Latest status (all groups)</source>
        <translation>နောက်ဆုံး အခြေအနေ (အဖွဲ့အားလုံး)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>အစိုးရဌာန</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ပါဝင်သူများ</translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation>အစိုးရဘက်မှ ပါဝင်သူများ</translation>
    </message>
    <message>
        <source>Recommendations discussed (refs)</source>
        <translation>ဆွေးနွေးခဲ့သော အကြံပြုချက်များ (အမှတ်များ)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>ကတိကဝတ်များ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more changes (--limit 0 shows all).</source>
        <translation>
            <numerusform>  ... နောက်ထပ် ပြောင်းလဲမှု %Ln ခု (--limit 0 ဖြင့် အားလုံးပြသည်)။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations to other States (or other cycles/sessions) were left out.</source>
        <translation>
            <numerusform>အခြားနိုင်ငံများ (သို့မဟုတ် အခြားအကြိမ်/အစည်းအဝေးကာလ) သို့ အကြံပြုချက် %Ln ခုကို ချန်ထားခဲ့သည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({group}), merged on {when}: %n cells could not be used. Please correct them in your workbook and send it again.</source>
        <translation>
            <numerusform>{file} ({group})၊ {when} တွင် ပေါင်းစည်းခဲ့သည်- ဆဲလ် %Ln ခုကို အသုံးမပြုနိုင်ပါ။ သင့်စာရင်းစာအုပ်တွင် ပြင်ပြီး ထပ်ပို့ပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked refs</source>
        <translation>ချိတ်ဆက်ထားသော အမှတ်များ</translation>
    </message>
    <message>
        <source>To fill in: choose from the list how far the recommendation is implemented, as your group sees it now.</source>
        <translation>ဖြည့်ရန်: သင့်အဖွဲ့ ယခုမြင်သည့်အတိုင်း အကြံပြုချက်ကို မည်မျှ အကောင်အထည်ဖော်ပြီးဖြစ်သည်ကို စာရင်းမှ ရွေးပါ။</translation>
    </message>
    <message>
        <source>To fill in: the date your group made this assessment, as YYYY-MM-DD. Leave it empty for today.</source>
        <translation>ဖြည့်ရန်: သင့်အဖွဲ့က ဤအကဲဖြတ်ချက်ကို ပြုလုပ်သည့်ရက်၊ YYYY-MM-DD ပုံစံဖြင့်။ ယနေ့အတွက် ဗလာထားပါ။</translation>
    </message>
    <message>
        <source>To fill in: what you saw that shows this status: a law passed, a budget, a programme, cases, figures.</source>
        <translation>ဖြည့်ရန်: ဤအခြေအနေကို ပြသသည့် သင်တွေ့ခဲ့သောအရာ- အတည်ပြုပြီး ဥပဒေ၊ ဘတ်ဂျက်၊ အစီအစဉ်၊ အမှုများ၊ ကိန်းဂဏန်းများ။</translation>
    </message>
    <message>
        <source>To fill in: where the evidence comes from: documents, links, reports, meetings.</source>
        <translation>ဖြည့်ရန်: အထောက်အထား၏ ရင်းမြစ်- စာရွက်စာတမ်းများ၊ လင့်ခ်များ၊ အစီရင်ခံစာများ၊ အစည်းအဝေးများ။</translation>
    </message>
    <message>
        <source>To fill in if you wish: anything else the secretariat should know.</source>
        <translation>လိုလျှင် ဖြည့်ရန်: အတွင်းရေးမှူးအဖွဲ့ သိသင့်သည့် အခြားအရာများ။</translation>
    </message>
    <message>
        <source>The date of the meeting, as YYYY-MM-DD. Needed for a new row.</source>
        <translation>အစည်းအဝေးရက်စွဲ၊ YYYY-MM-DD ပုံစံဖြင့်။ အတန်းအသစ်အတွက် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>The ministry, department or office you met. Needed for a new row.</source>
        <translation>သင်တွေ့ဆုံခဲ့သော ဝန်ကြီးဌာန၊ ဦးစီးဌာန သို့မဟုတ် ရုံး။ အတန်းအသစ်အတွက် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>Choose from the list what kind of engagement it was. Needed for a new row.</source>
        <translation>မည်သည့် ထိတွေ့ဆက်ဆံမှု အမျိုးအစားဖြစ်သည်ကို စာရင်းမှ ရွေးပါ။ အတန်းအသစ်အတွက် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>Who took part for the coalition.</source>
        <translation>ညွန့်ပေါင်းအဖွဲ့ဘက်မှ ပါဝင်ခဲ့သူများ။</translation>
    </message>
    <message>
        <source>Who took part for the government. Sensitive: keep this file safe.</source>
        <translation>အစိုးရဘက်မှ ပါဝင်ခဲ့သူများ။ ထိလွယ်ရှလွယ်: ဤဖိုင်ကို လုံခြုံစွာ ထားပါ။</translation>
    </message>
    <message>
        <source>The refs of the recommendations discussed, separated by commas (e.g. 145.1, 145.7).</source>
        <translation>ဆွေးနွေးခဲ့သော အကြံပြုချက်များ၏ အမှတ်များ၊ ကော်မာဖြင့် ခွဲပါ (ဥပမာ- 145.1, 145.7)။</translation>
    </message>
    <message>
        <source>What was discussed.</source>
        <translation>ဆွေးနွေးခဲ့သည့်အရာ။</translation>
    </message>
    <message>
        <source>What the government committed to do, if anything.</source>
        <translation>အစိုးရက လုပ်ဆောင်မည်ဟု ကတိပြုခဲ့သည့်အရာ (ရှိလျှင်)။</translation>
    </message>
    <message>
        <source>What must be done next. Needed for a new row.</source>
        <translation>နောက်တစ်ဆင့် လုပ်ရမည့်အရာ။ အတန်းအသစ်အတွက် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>When it should be done, as YYYY-MM-DD.</source>
        <translation>မည်သည့်အချိန်တွင် ပြီးသင့်သည်၊ YYYY-MM-DD ပုံစံဖြင့်။</translation>
    </message>
    <message>
        <source>Choose from the list where the action stands; a new action is Open.</source>
        <translation>လုပ်ဆောင်ချက် မည်သည့်အဆင့်တွင် ရှိသည်ကို စာရင်းမှ ရွေးပါ၊ လုပ်ဆောင်ချက်အသစ်သည် &quot;ဖွင့်ထား&quot; ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>The refs of the recommendations it serves, separated by commas.</source>
        <translation>၎င်းက ဆောင်ရွက်ပေးသော အကြံပြုချက်များ၏ အမှတ်များ၊ ကော်မာဖြင့် ခွဲပါ။</translation>
    </message>
    <message>
        <source>There is no merge number {id}. List them with: upr-desktop merges list</source>
        <translation>ပေါင်းစည်းမှု နံပါတ် {id} မရှိပါ။ ဤအမိန့်ဖြင့် စာရင်းကြည့်ပါ: upr-desktop merges list</translation>
    </message>
    <message>
        <source>The merge of {file} was already undone.</source>
        <translation>{file} ၏ ပေါင်းစည်းမှုကို ပြန်ဖျက်ပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>The merge of {file} has no recorded changes to undo.</source>
        <translation>{file} ၏ ပေါင်းစည်းမှုတွင် ပြန်ဖျက်စရာ မှတ်တမ်းတင်ထားသော ပြောင်းလဲမှု မရှိပါ။</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s format version {version} is not one this version of UPR Desktop knows; update the app, or export a new workbook.</source>
        <translation>{file}: အလုပ်စာအုပ်၏ ပုံစံဗားရှင်း {version} ကို ဤ UPR Desktop ဗားရှင်းက မသိပါ၊ အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ သို့မဟုတ် အလုပ်စာအုပ်အသစ် ထုတ်ယူပါ။</translation>
    </message>
    <message>
        <source>{file}: this workbook was exported from another workspace (&apos;{other}&apos;), not from &apos;{ours}&apos;. Merge it into the workspace it came from.</source>
        <translation>{file}: ဤအလုပ်စာအုပ်ကို &apos;{ours}&apos; မှ မဟုတ်ဘဲ အခြားအလုပ်ခွင် (&apos;{other}&apos;) မှ ထုတ်ယူထားသည်။ ၎င်းလာရာ အလုပ်ခွင်ထဲသို့ ပေါင်းစည်းပါ။</translation>
    </message>
    <message>
        <source>{file}: merged without a valid signature, because you trusted it (--trust-unsigned).</source>
        <translation>{file}: သင်က ယုံကြည်ခဲ့သောကြောင့် မှန်ကန်သော လက်မှတ် မပါဘဲ ပေါင်းစည်းခဲ့သည် (--trust-unsigned)။</translation>
    </message>
    <message>
        <source>{file}: the member group {group} of this workbook no longer exists in the workspace.</source>
        <translation>{file}: ဤအလုပ်စာအုပ်၏ အဖွဲ့ဝင်အဖွဲ့ {group} သည် အလုပ်ခွင်တွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>{file}: the hidden exchange metadata has no base values.</source>
        <translation>{file}: ဝှက်ထားသော ဖလှယ်ရေး metadata တွင် မူလတန်ဖိုးများ မပါပါ။</translation>
    </message>
    <message>
        <source>{file}: row {row} of &apos;{sheet}&apos; repeats an earlier row; it was added once.</source>
        <translation>{file}: &apos;{sheet}&apos; ၏ အတန်း {row} သည် ယခင်အတန်းကို ထပ်နေသည်၊ တစ်ကြိမ်သာ ထည့်ခဲ့သည်။</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s signature does not match (its hidden metadata was changed, or it was not signed by this workspace). If you trust where it came from, merge it with --trust-unsigned.</source>
        <translation>{file}: အလုပ်စာအုပ်၏ လက်မှတ် မကိုက်ညီပါ (၎င်း၏ ဝှက်ထားသော metadata ကို ပြောင်းထားသည်၊ သို့မဟုတ် ဤအလုပ်ခွင်က လက်မှတ်ထိုးထားခြင်း မဟုတ်ပါ)။ ၎င်းလာရာကို ယုံကြည်ပါက --trust-unsigned ဖြင့် ပေါင်းစည်းပါ။</translation>
    </message>
    <message>
        <source>the Status cannot be emptied; choose Unknown if you do not know.</source>
        <translation>&quot;အခြေအနေ&quot; ကို ဗလာ မလုပ်နိုင်ပါ၊ မသိပါက &quot;မသိရ&quot; ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>nothing from this row was merged because its Assessment date cannot be read.</source>
        <translation>ဤအတန်း၏ &quot;အကဲဖြတ်သည့်ရက်&quot; ကို ဖတ်၍ မရသောကြောင့် ဤအတန်းမှ မည်သည့်အရာကိုမျှ မပေါင်းစည်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>an assessment needs a Status; choose one from the list.</source>
        <translation>အကဲဖြတ်ချက်တွင် &quot;အခြေအနေ&quot; လိုအပ်သည်၊ စာရင်းမှ တစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>row {row} was not added because some of its cells cannot be read.</source>
        <translation>အတန်း {row} ၏ ဆဲလ်အချို့ကို ဖတ်၍ မရသောကြောင့် ထည့်မခဲ့ပါ။</translation>
    </message>
    <message>
        <source>the cell holds a formula; formulas are not read. Type the value itself.</source>
        <translation>ဆဲလ်တွင် ဖော်မြူလာ ပါသည်၊ ဖော်မြူလာများကို မဖတ်ပါ။ တန်ဖိုးကိုယ်တိုင်ကို ရိုက်ပါ။</translation>
    </message>
    <message>
        <source>the same row appears several times (rows {rows}) with different values; keep one and merge again.</source>
        <translation>တူညီသော အတန်းသည် မတူညီသော တန်ဖိုးများဖြင့် အကြိမ်ကြိမ် ပေါ်နေသည် (အတန်း {rows})၊ တစ်တန်းတည်းကို ထားပြီး ထပ်မံ ပေါင်းစည်းပါ။</translation>
    </message>
    <message>
        <source>the row has no hidden ID and its Ref &apos;{ref}&apos; matches no single recommendation of this workbook.</source>
        <translation>ဤအတန်းတွင် ဝှက်ထားသော ID မရှိဘဲ ၎င်း၏ အမှတ် &apos;{ref}&apos; သည် ဤအလုပ်စာအုပ်ရှိ အကြံပြုချက် တစ်ခုတည်းနှင့် မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <source>this recommendation was deleted from the workspace after the export; the row was not merged.</source>
        <translation>ထုတ်ယူပြီးနောက် ဤအကြံပြုချက်ကို အလုပ်ခွင်မှ ဖျက်လိုက်သည်၊ အတန်းကို မပေါင်းစည်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>this row&apos;s hidden ID names a record of another member group; the row was not merged.</source>
        <translation>ဤအတန်း၏ ဝှက်ထားသော ID သည် အခြားအဖွဲ့ဝင်အဖွဲ့၏ မှတ်တမ်းကို ညွှန်းနေသည်၊ အတန်းကို မပေါင်းစည်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>a new row needs a {header}; row {row} was not added.</source>
        <translation>အတန်းအသစ်တွင် &quot;{header}&quot; လိုအပ်သည်၊ အတန်း {row} ကို ထည့်မခဲ့ပါ။</translation>
    </message>
    <message>
        <source>this row&apos;s hidden ID is not a recommendation of this workbook (copied from another workbook?); the row was not merged.</source>
        <translation>ဤအတန်း၏ ဝှက်ထားသော ID သည် ဤအလုပ်စာအုပ်၏ အကြံပြုချက် မဟုတ်ပါ (အခြားအလုပ်စာအုပ်မှ ကူးယူထားသလား)၊ အတန်းကို မပေါင်းစည်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in the hidden ID column is not an ID this workbook was given; the row was not merged.</source>
        <translation>ဝှက်ထားသော ID ကော်လံရှိ &apos;{value}&apos; သည် ဤအလုပ်စာအုပ်အား ပေးထားသော ID မဟုတ်ပါ၊ အတန်းကို မပေါင်းစည်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>this record was deleted from the workspace after the export; the row was not merged.</source>
        <translation>ထုတ်ယူပြီးနောက် ဤမှတ်တမ်းကို အလုပ်ခွင်မှ ဖျက်လိုက်သည်၊ အတန်းကို မပေါင်းစည်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>this value cannot be emptied.</source>
        <translation>ဤတန်ဖိုးကို ဗလာ မလုပ်နိုင်ပါ။</translation>
    </message>
    <message>
        <source>Merge {file} from {group}</source>
        <translation>{group} ထံမှ {file} ကို ပေါင်းစည်း</translation>
    </message>
    <message>
        <source>--prefer takes &apos;ours&apos; or &apos;theirs&apos;, not &apos;{value}&apos;.</source>
        <translation>--prefer သည် &apos;{value}&apos; မဟုတ်ဘဲ &apos;ours&apos; သို့မဟုတ် &apos;theirs&apos; ကို လက်ခံသည်။</translation>
    </message>
    <message>
        <source>{source}: {file} {sheet}!{cell} ({field}): {reason}</source>
        <translation>{source}: {file} {sheet}!{cell} ({field}): {reason}</translation>
    </message>
    <message>
        <source>Nothing has been done.</source>
        <translation>ဘာမျှ မလုပ်ဆောင်ရသေးပါ။</translation>
    </message>
    <message>
        <source>Some steps were taken, but not all that was recommended.</source>
        <translation>အဆင့်အချို့ကို လုပ်ဆောင်ခဲ့သော်လည်း အကြံပြုထားသမျှ အားလုံး မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>What was recommended has been done.</source>
        <translation>အကြံပြုထားသည့်အတိုင်း လုပ်ဆောင်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>You have no information.</source>
        <translation>သင့်တွင် အချက်အလက် မရှိပါ။</translation>
    </message>
    <message>
        <source>UPR follow-up workbook for {group}</source>
        <translation>{group} အတွက် UPR နောက်ဆက်တွဲ အလုပ်စာအုပ်</translation>
    </message>
    <message>
        <source>What to fill in</source>
        <translation>ဖြည့်ရမည့်အရာ</translation>
    </message>
    <message>
        <source>Recommendations sheet: next to each recommendation assigned to your group, choose the Status from the list, write the Assessment date (YYYY-MM-DD; leave it empty for today), the Evidence you have, your Sources and any Comment.</source>
        <translation>အကြံပြုချက်များ စာရွက်: သင့်အဖွဲ့သို့ တာဝန်ပေးထားသော အကြံပြုချက်တစ်ခုစီ၏ ဘေးတွင် &quot;အခြေအနေ&quot; ကို စာရင်းမှ ရွေးပါ၊ &quot;အကဲဖြတ်သည့်ရက်&quot; (YYYY-MM-DD၊ ယနေ့အတွက် ဗလာထားပါ)၊ သင့်တွင်ရှိသော &quot;အထောက်အထား&quot;၊ သင့် &quot;ရင်းမြစ်များ&quot; နှင့် &quot;မှတ်ချက်&quot; တစ်ခုခုကို ရေးပါ။</translation>
    </message>
    <message>
        <source>Yellow columns are the ones to fill in; point at a column&apos;s title to read what goes in it. Grey columns give the context and cannot be changed.</source>
        <translation>အဝါရောင် ကော်လံများသည် ဖြည့်ရမည့် ကော်လံများ ဖြစ်သည်၊ ဘာထည့်ရမည်ကို ဖတ်ရန် ကော်လံခေါင်းစဉ်ပေါ်တွင် ထောက်ပါ။ မီးခိုးရောင် ကော်လံများသည် နောက်ခံအချက်အလက် ပေးပြီး ပြောင်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>Consultations sheet: correct the meetings already listed, and add new ones in the empty rows (Date, Government body and Kind are needed; Recommendations discussed: refs separated by commas).</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲများ စာရွက်: စာရင်းတွင် ပါပြီးသား အစည်းအဝေးများကို ပြင်ဆင်ပါ၊ ဗလာအတန်းများတွင် အသစ်များ ထည့်ပါ (&quot;ရက်စွဲ&quot;၊ &quot;အစိုးရဌာန&quot; နှင့် &quot;အမျိုးအစား&quot; လိုအပ်သည်၊ &quot;ဆွေးနွေးခဲ့သော အကြံပြုချက်များ&quot;: ကော်မာဖြင့် ခွဲထားသော အမှတ်များ)။</translation>
    </message>
    <message>
        <source>Follow-up actions sheet: update the Status of your actions and add new ones in the empty rows.</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ စာရွက်: သင့်လုပ်ဆောင်ချက်များ၏ &quot;အခြေအနေ&quot; ကို အပ်ဒိတ်လုပ်ပြီး ဗလာအတန်းများတွင် အသစ်များ ထည့်ပါ။</translation>
    </message>
    <message>
        <source>What not to touch</source>
        <translation>မထိရမည့်အရာ</translation>
    </message>
    <message>
        <source>Do not rename, delete or reorder the sheets, and do not delete the hidden ID column: it is how your answers find their way back. Sorting and filtering rows is fine.</source>
        <translation>စာရွက်များကို အမည်မပြောင်းပါနှင့်၊ မဖျက်ပါနှင့်၊ အစီအစဉ် မပြောင်းပါနှင့်၊ ဝှက်ထားသော ID ကော်လံကိုလည်း မဖျက်ပါနှင့်- ၎င်းဖြင့် သင့်အဖြေများ မှန်ကန်သောနေရာသို့ ပြန်ရောက်သည်။ အတန်းများကို စီခြင်းနှင့် စစ်ထုတ်ခြင်း ပြုနိုင်သည်။</translation>
    </message>
    <message>
        <source>Do not type formulas: they are not read. Do not delete rows to remove something: tell the secretariat instead.</source>
        <translation>ဖော်မြူလာများ မရိုက်ပါနှင့်- ၎င်းတို့ကို မဖတ်ပါ။ တစ်ခုခုကို ဖယ်ရှားရန် အတန်းများကို မဖျက်ပါနှင့်- အတွင်းရေးမှူးအဖွဲ့ကို အကြောင်းကြားပါ။</translation>
    </message>
    <message>
        <source>The statuses</source>
        <translation>အခြေအနေများ</translation>
    </message>
    <message>
        <source>Printing and sending back</source>
        <translation>ပုံနှိပ်ခြင်းနှင့် ပြန်ပို့ခြင်း</translation>
    </message>
    <message>
        <source>Each sheet prints across the width of the page, in landscape, with its column titles on every page.</source>
        <translation>စာရွက်တစ်ခုစီကို စာမျက်နှာအကျယ်အပြည့်၊ အလျားလိုက်ပုံစံဖြင့်၊ စာမျက်နှာတိုင်းတွင် ကော်လံခေါင်းစဉ်များနှင့်အတူ ပုံနှိပ်သည်။</translation>
    </message>
    <message>
        <source>When you are done, save the file as it is (.xlsx) and send it back.</source>
        <translation>ပြီးသောအခါ ဖိုင်ကို မူလအတိုင်း (.xlsx) သိမ်းပြီး ပြန်ပို့ပါ။</translation>
    </message>
    <message>
        <source>Send back by {deadline}</source>
        <translation>{deadline} နောက်ဆုံးထား ပြန်ပို့ပါ</translation>
    </message>
    <message>
        <source>Returned by {group} to the secretariat of {coalition} on {when}.</source>
        <translation>{group} က {coalition} ၏ အတွင်းရေးမှူးအဖွဲ့ထံ {when} တွင် ပြန်ပို့သည်။</translation>
    </message>
    <message>
        <source>This is a return prepared in the UPR Desktop app by {group}.</source>
        <translation>ဤသည်မှာ {group} က UPR Desktop အက်ပ်တွင် ပြင်ဆင်ထားသော ပြန်ပို့ဖိုင် ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Sent by the secretariat of {coalition} on {when}.</source>
        <translation>{coalition} ၏ အတွင်းရေးမှူးအဖွဲ့က {when} တွင် ပို့သည်။</translation>
    </message>
    <message>
        <source>Please send it back by {deadline}.</source>
        <translation>{deadline} နောက်ဆုံးထား ပြန်ပို့ပေးပါ။</translation>
    </message>
    <message>
        <source>Did you mean {names} or {last}?</source>
        <translation>{names} သို့မဟုတ် {last} ကို ဆိုလိုသလား။</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>{name} ကို ဆိုလိုသလား။</translation>
    </message>
    <message>
        <source>A value stored in the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the damaged record, then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup.</source>
        <translation>အလုပ်ခွင်တွင် သိမ်းထားသော တန်ဖိုးတစ်ခုကို ဖတ်၍ မရပါ- ဖိုင် ပျက်စီးနေသည်။ ပျက်စီးနေသော မှတ်တမ်းကို ရှာရန် `upr-desktop check` ကို လုပ်ဆောင်ပါ၊ ထို့နောက် ကျန်အားလုံးကို သိမ်းရန် `upr-desktop export-json --salvage -o FILE` ကို သုံးပါ၊ သို့မဟုတ် အရန်မိတ္တူကို ပြန်ယူပါ။</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ရည်ညွှန်းအမှတ်</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>စာသား</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>အစည်းအဝေးကာလ</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>အကြိမ်</translation>
    </message>
    <message>
        <source>Theme cluster</source>
        <translation>အကြောင်းအရာအုပ်စု</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>ပြန်လည်သုံးသပ်ခံရသည့် နိုင်ငံ</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>မူရင်းစာတမ်း</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>ရင်းမြစ်မှတ်စု</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>လျှို့ဝှက်</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>အကဲဖြတ်မှု အခြေအနေ</translation>
    </message>
    <message>
        <source>Assessment evidence</source>
        <translation>အကဲဖြတ်မှု အထောက်အထား</translation>
    </message>
    <message>
        <source>Assessment sources</source>
        <translation>အကဲဖြတ်မှု ရင်းမြစ်များ</translation>
    </message>
    <message>
        <source>Assessment comment</source>
        <translation>အကဲဖြတ်မှု မှတ်ချက်</translation>
    </message>
    <message>
        <source>Assessing group</source>
        <translation>အကဲဖြတ်သည့် အဖွဲ့</translation>
    </message>
    <message>
        <source>Confidential assessment</source>
        <translation>လျှို့ဝှက် အကဲဖြတ်မှု</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Assignment note</source>
        <translation>တာဝန်ပေးမှု မှတ်စု</translation>
    </message>
    <message>
        <source>{field} changed from “{old}” to “{new}”</source>
        <translation>{field} ကို “{old}” မှ “{new}” သို့ ပြောင်းခဲ့သည်</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <source>{group}&apos;s assessment of {date} removed ({status})</source>
        <translation>{date} ရက်စွဲပါ {group} ၏ အကဲဖြတ်မှုကို ဖယ်ရှားခဲ့သည် ({status})</translation>
    </message>
    <message>
        <source>Assigned to {group} as {role}</source>
        <translation>{group} ထံ {role} အဖြစ် တာဝန်ပေးခဲ့သည်</translation>
    </message>
    <message>
        <source>Theme {theme} removed</source>
        <translation>အကြောင်းအရာ {theme} ကို ဖယ်ရှားခဲ့သည်</translation>
    </message>
    <message>
        <source>Recommendation added</source>
        <translation>အကြံပြုချက်ကို ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <source>Recommendation removed</source>
        <translation>အကြံပြုချက်ကို ဖယ်ရှားခဲ့သည်</translation>
    </message>
    <message>
        <source>{field} of {group}</source>
        <translation>{group} ၏ {field}</translation>
    </message>
    <message>
        <source>{field} set to “{new}”</source>
        <translation>{field} ကို “{new}” ဟု သတ်မှတ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>{field} cleared (was “{old}”)</source>
        <translation>{field} ကို ဖျက်ခဲ့သည် (ယခင် “{old}”)</translation>
    </message>
    <message>
        <source>merged from {file}</source>
        <translation>{file} မှ ပေါင်းစည်းခဲ့သည်</translation>
    </message>
    <message>
        <source>conflict in {file}, decided here</source>
        <translation>{file} ရှိ ကွဲလွဲမှု၊ ဤနေရာတွင် ဆုံးဖြတ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>{file} မှ တင်သွင်းခဲ့သည်</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ပြန်ဖျက်ခဲ့သည်</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>ပြန်လုပ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>{change} ({origin})</source>
        <translation>{change} ({origin})</translation>
    </message>
    <message>
        <source>a group since removed</source>
        <translation>နောက်ပိုင်း ဖယ်ရှားခံရသည့် အဖွဲ့</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ဟုတ်</translation>
    </message>
    <message>
        <source>no</source>
        <translation>မဟုတ်</translation>
    </message>
    <message>
        <source>Status set to {status} by {group} on {date}</source>
        <translation>{date} တွင် {group} က အခြေအနေကို {status} ဟု သတ်မှတ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>The coalition&apos;s assessment of {date} removed ({status})</source>
        <translation>{date} ရက်စွဲပါ ညွန့်ပေါင်းအဖွဲ့၏ အကဲဖြတ်မှုကို ဖယ်ရှားခဲ့သည် ({status})</translation>
    </message>
    <message>
        <source>Assignment to {group} removed</source>
        <translation>{group} ထံ တာဝန်ပေးမှုကို ဖယ်ရှားခဲ့သည်</translation>
    </message>
    <message>
        <source>Assigned to {group} as {role}, due {date}</source>
        <translation>{group} ထံ {role} အဖြစ် တာဝန်ပေးခဲ့သည်၊ သတ်မှတ်ရက် {date}</translation>
    </message>
    <message>
        <source>a theme since removed</source>
        <translation>နောက်ပိုင်း ဖယ်ရှားခံရသည့် အကြောင်းအရာ</translation>
    </message>
    <message>
        <source>Theme {theme} added</source>
        <translation>အကြောင်းအရာ {theme} ကို ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <source>merged from {group}&apos;s return of {date}</source>
        <translation>{date} ရက်စွဲပါ {group} ပြန်ပို့ဖိုင်မှ ပေါင်းစည်းခဲ့သည်</translation>
    </message>
    <message>
        <source>conflict in {group}&apos;s return of {date}, decided here</source>
        <translation>{date} ရက်စွဲပါ {group} ပြန်ပို့ဖိုင်ရှိ ကွဲလွဲမှု၊ ဤနေရာတွင် ဆုံးဖြတ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>Status set to {status} by the coalition on {date}</source>
        <translation>{date} တွင် ညွန့်ပေါင်းအဖွဲ့က အခြေအနေကို {status} ဟု သတ်မှတ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>{response} until {date}</source>
        <translation>{date} အထိ {response}</translation>
    </message>
    <message>
        <source>then {response}</source>
        <translation>ထို့နောက် {response}</translation>
    </message>
    <message>
        <source>then {response} until {date}</source>
        <translation>ထို့နောက် {date} အထိ {response}</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n recommendations to {acronym}</source>
        <translation>
            <numerusform>{acronym} ထံ အကြံပြုချက် %Ln ခု တာဝန်ပေးရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n recommendations from {acronym}</source>
        <translation>
            <numerusform>{acronym} ထံမှ အကြံပြုချက် %Ln ခု၏ တာဝန်ကို ဖယ်ရှားရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>the record</source>
        <translation>မှတ်တမ်း</translation>
    </message>
    <message>
        <source>{who} changed {record} ({fields}) at {at} after you opened it; your changes were not saved, so that nothing of theirs is lost. Open it again and make your change on what is there now.</source>
        <translation>{who} သည် သင်ဖွင့်ပြီးနောက် {at} တွင် {record} ({fields}) ကို ပြောင်းလဲခဲ့သည်။ ၎င်းတို့၏ အချက်အလက် မပျောက်စေရန် သင့်ပြောင်းလဲမှုများကို မသိမ်းဆည်းခဲ့ပါ။ ပြန်ဖွင့်ပြီး ယခုရှိသည့်အပေါ်တွင် ပြင်ဆင်ပါ။</translation>
    </message>
    <message>
        <source>Merges are undone one by one: the last one ({file}) with: upr-desktop merges undo {id}</source>
        <translation>ပေါင်းစည်းမှုများကို တစ်ခုချင်း ပြန်ဖျက်ရသည်- နောက်ဆုံးတစ်ခု ({file}) ကို ဤအမိန့်ဖြင့်: upr-desktop merges undo {id}</translation>
    </message>
    <message>
        <source>Imports are undone one by one: the last one ({file}) with: upr-desktop imports undo {id}</source>
        <translation>တင်သွင်းမှုများကို တစ်ခုချင်း ပြန်ဖျက်ရသည်- နောက်ဆုံးတစ်ခု ({file}) ကို ဤအမိန့်ဖြင့်: upr-desktop imports undo {id}</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>အတွင်းရေးမှူးအဖွဲ့</translation>
    </message>
    <message>
        <source>Set the secretariat to {name}</source>
        <translation>အတွင်းရေးမှူးအဖွဲ့ကို {name} ဟု သတ်မှတ်</translation>
    </message>
    <message>
        <source>the consultation with {body}</source>
        <translation>{body} နှင့် တိုင်ပင်ဆွေးနွေးမှု</translation>
    </message>
    <message>
        <source>the follow-up action &quot;{action}&quot;</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက် &quot;{action}&quot;</translation>
    </message>
    <message>
        <source>A recommendation cannot be its own predecessor ({ref}).</source>
        <translation>အကြံပြုချက်တစ်ခုသည် ၎င်း၏ ယခင်အကြံပြုချက် မဖြစ်နိုင်ပါ ({ref})။</translation>
    </message>
    <message>
        <source>{earlier} was made to {other}, not to {state}: only recommendations to the same State can be linked.</source>
        <translation>{earlier} ကို {state} သို့ မဟုတ်ဘဲ {other} သို့ အကြံပြုခဲ့သည်- နိုင်ငံတစ်ခုတည်းသို့ အကြံပြုချက်များကိုသာ ချိတ်ဆက်နိုင်သည်။</translation>
    </message>
    <message>
        <source>{earlier} (cycle {earlier_cycle}) is not from a cycle before {ref} (cycle {cycle}): a predecessor comes from an earlier cycle.</source>
        <translation>{earlier} (အကျော့ {earlier_cycle}) သည် {ref} (အကျော့ {cycle}) မတိုင်မီ အကျော့မှ မဟုတ်ပါ- ယခင်အကြံပြုချက်သည် ယခင်အကျော့မှ ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>A link is either confirmed or rejected, not &apos;{status}&apos;.</source>
        <translation>ချိတ်ဆက်မှုသည် အတည်ပြု သို့မဟုတ် ငြင်းပယ် ဖြစ်ရမည်၊ &apos;{status}&apos; မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Confirm that {earlier} was recommended before {ref}</source>
        <translation>{earlier} ကို {ref} မတိုင်မီ အကြံပြုခဲ့ကြောင်း အတည်ပြုရန်</translation>
    </message>
    <message>
        <source>Reject {earlier} as recommended before {ref}</source>
        <translation>{earlier} ကို {ref} မတိုင်မီ အကြံပြုခဲ့သည်ဟု ငြင်းပယ်ရန်</translation>
    </message>
    <message>
        <source>recommendation {ref}</source>
        <translation>အကြံပြုချက် {ref}</translation>
    </message>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>အကြံပြုချက် %Ln ခုအတွက် အကြောင်းအရာ သတ်မှတ်ရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a State&apos;s name.</source>
        <translation>&apos;{name}&apos; သည် နိုင်ငံအမည် မဟုတ်ပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected recommendations no longer exist; refresh the list and try again.</source>
        <translation>
            <numerusform>ရွေးထားသော အကြံပြုချက်များထဲမှ %Ln ခု မရှိတော့ပါ။ စာရင်းကို ပြန်လည်ဖွင့်ပြီး ထပ်စမ်းပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough free space in {folder} for a backup of {name}: about {need} MB are needed and {free} MB are free. Nothing was changed; free some space (or choose another backup folder in Settings) and try again.</source>
        <translation>{name} ၏ အရန်မိတ္တူအတွက် {folder} တွင် နေရာလွတ် မလုံလောက်ပါ- {need} MB ခန့် လိုအပ်ပြီး {free} MB သာ လွတ်နေသည်။ ဘာမျှ မပြောင်းလဲပါ။ နေရာလွတ် ဖန်တီးပါ (သို့မဟုတ် ဆက်တင်များတွင် အခြား အရန်မိတ္တူဖိုင်တွဲ ရွေးပါ) ထို့နောက် ထပ်စမ်းပါ။</translation>
    </message>
    <message>
        <source>{backup} is not protected by a passphrase, but the workspace is: restoring it would leave your data unprotected. Choose a backup taken since the workspace was protected (upr-desktop backups), or restore it and then run protect again after unprotecting the workspace.</source>
        <translation>{backup} ကို စကားဝှက်စာကြောင်းဖြင့် မကာကွယ်ထားသော်လည်း အလုပ်ခွင်ကို ကာကွယ်ထားသည်- ၎င်းကို ပြန်ယူပါက သင့်ဒေတာ ကာကွယ်မှုမဲ့ ဖြစ်သွားမည်။ အလုပ်ခွင်ကို ကာကွယ်ပြီးနောက် ယူထားသော အရန်မိတ္တူကို ရွေးပါ (upr-desktop backups)၊ သို့မဟုတ် စကားဝှက်စာကြောင်းကို ဦးစွာ ဖယ်ရှားပြီး (unprotect) ပြန်ယူကာ ထပ်မံ ကာကွယ်ပါ (protect)။</translation>
    </message>
    <message>
        <source>{backup} is protected by a passphrase, but the workspace is not: it was taken while the workspace was protected. Choose a backup taken since the passphrase was removed.</source>
        <translation>{backup} ကို စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားသော်လည်း အလုပ်ခွင်ကို မကာကွယ်ထားပါ- အလုပ်ခွင် ကာကွယ်ထားစဉ်က ယူခဲ့ခြင်း ဖြစ်သည်။ စကားဝှက်စာကြောင်း ဖယ်ရှားပြီးနောက် ယူထားသော အရန်မိတ္တူကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>{backup} is protected by another passphrase than the workspace&apos;s (it was taken before the passphrase was changed, or belongs to another workspace); it cannot be restored with this one.</source>
        <translation>{backup} ကို အလုပ်ခွင်၏ စကားဝှက်စာကြောင်းနှင့် မတူသော အခြား စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားသည် (စကားဝှက်စာကြောင်း မပြောင်းမီ ယူခဲ့ခြင်း သို့မဟုတ် အခြား အလုပ်ခွင်၏ ဖိုင် ဖြစ်သည်)၊ ဤစကားဝှက်စာကြောင်းဖြင့် ပြန်ယူ၍ မရပါ။</translation>
    </message>
    <message>
        <source>Could not make the backup folder {folder}: {reason}. Nothing was changed; choose another backup folder in Settings.</source>
        <translation>အရန်မိတ္တူဖိုင်တွဲ {folder} ကို ဖန်တီး၍ မရပါ- {reason}။ ဘာမျှ မပြောင်းလဲပါ၊ ဆက်တင်များတွင် အခြား အရန်မိတ္တူဖိုင်တွဲ ရွေးပါ။</translation>
    </message>
    <message>
        <source>Could not back up {path} into {folder}: {reason}. Nothing was changed.</source>
        <translation>{path} ကို {folder} ထဲသို့ အရန်မိတ္တူ ယူ၍ မရပါ- {reason}။ ဘာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} ကို ဖတ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>{path} is still in use by another task; nothing was changed. Try the import again.</source>
        <translation>{path} ကို အခြားလုပ်ငန်းတစ်ခုက အသုံးပြုနေဆဲဖြစ်သည်။ ဘာမျှ မပြောင်းလဲခဲ့ပါ။ တင်သွင်းမှုကို ထပ်မံကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>ဖိုင်သည် ဖတ်ရန်သာ ဖြစ်သည်</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>စာသားဖိုင်</translation>
    </message>
    <message>
        <source>its folder cannot be written to, so SQLite cannot keep its journal beside it</source>
        <translation>၎င်း၏ ဖိုင်တွဲထဲသို့ ရေး၍ မရသဖြင့် SQLite သည် ၎င်း၏ ဂျာနယ်ကို ဘေးတွင် မထားနိုင်ပါ</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>ဖတ်ရန်သာ ဒစ်ခ်ပေါ်တွင် ရှိသည်</translation>
    </message>
    <message>
        <source>the file is marked immutable</source>
        <translation>ဖိုင်ကို ပြောင်းလဲ၍ မရအောင် (immutable) မှတ်ထားသည်</translation>
    </message>
    <message>
        <source>To bring recommendations in from it: upr-desktop import &quot;{path}&quot;; a returned exchange workbook is merged with: upr-desktop merge &quot;{path}&quot;.</source>
        <translation>၎င်းမှ အကြံပြုချက်များ တင်သွင်းရန်- upr-desktop import &quot;{path}&quot;၊ ပြန်ပို့လာသော ဖလှယ်ရေး အလုပ်စာအုပ်ကို ပေါင်းစည်းရန်- upr-desktop merge &quot;{path}&quot;။</translation>
    </message>
    <message>
        <source>{path} is not a UPR Desktop workspace: it is {kind}.</source>
        <translation>{path} သည် UPR Desktop အလုပ်ခွင် မဟုတ်ပါ- ၎င်းသည် {kind} ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>{path} is on a disk that cannot be written to and changes are still in its {wal} file, which SQLite cannot read there. Copy the workspace with both files to a writable folder and open the copy.</source>
        <translation>{path} သည် ရေး၍ မရသော ဒစ်ခ်ပေါ်တွင် ရှိပြီး ပြောင်းလဲမှုများ ၎င်း၏ {wal} ဖိုင်ထဲတွင် ကျန်နေသေးသည်၊ ထိုနေရာတွင် SQLite က ၎င်းကို ဖတ်၍ မရပါ။ ဖိုင်နှစ်ခုလုံးပါသော အလုပ်ခွင်ကို ရေးနိုင်သော ဖိုင်တွဲသို့ ကူးပြီး မိတ္တူကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>a zip archive: an Excel, Word or LibreOffice document</source>
        <translation>zip ဖိုင်- Excel၊ Word သို့မဟုတ် LibreOffice စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <source>an empty zip archive</source>
        <translation>ဗလာ zip ဖိုင်</translation>
    </message>
    <message>
        <source>an old Office file (.xls or .doc)</source>
        <translation>Office ဖိုင်အဟောင်း (.xls သို့မဟုတ် .doc)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <source>row {row} of {table}</source>
        <translation>{table} ၏ အတန်း {row}</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>စာသား မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an id</source>
        <translation>&apos;{value}&apos; သည် ID မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>it is not a whole number</source>
        <translation>ကိန်းပြည့် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>it is neither yes nor no</source>
        <translation>ဟုတ်သည် သို့မဟုတ် မဟုတ်ပါ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{copy} is not protected by a passphrase while the workspace is: run `upr-desktop protect` to protect it too.</source>
        <translation>အလုပ်ခွင်ကို ကာကွယ်ထားသော်လည်း {copy} ကို စကားဝှက်စာကြောင်းဖြင့် မကာကွယ်ထားပါ- ၎င်းကိုပါ ကာကွယ်ရန် `upr-desktop protect` ကို လုပ်ဆောင်ပါ။</translation>
    </message>
    <message>
        <source>it is not JSON text</source>
        <translation>JSON စာသား မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>it is not a JSON {kind}</source>
        <translation>JSON {kind} မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>it is not a date</source>
        <translation>ရက်စွဲ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>Checking the change log</source>
        <translation>ပြောင်းလဲမှုမှတ်တမ်းကို စစ်ဆေးနေသည်</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>အကြံပြုချက်</translation>
    </message>
    <message>
        <source>member group</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>အကဲဖြတ်ချက်</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>တာဝန်ပေးအပ်ချက်</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <source>follow-up action</source>
        <translation>နောက်ဆက်တွဲ လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>ပေါင်းစည်းမှု</translation>
    </message>
    <message>
        <source>import</source>
        <translation>တင်သွင်းမှု</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ပြောင်းလဲမှု</translation>
    </message>
    <message>
        <source>change-log entry</source>
        <translation>ပြောင်းလဲမှုမှတ်တမ်း ထည့်သွင်းချက်</translation>
    </message>
    <message>
        <source>workspace record</source>
        <translation>အလုပ်ခွင် မှတ်တမ်း</translation>
    </message>
    <message>
        <source>{entity} of recommendation {ref} (row {row})</source>
        <translation>အကြံပြုချက် {ref} ၏ {entity} (အတန်း {row})</translation>
    </message>
    <message>
        <source>{entity} {name} (row {row})</source>
        <translation>{entity} {name} (အတန်း {row})</translation>
    </message>
    <message>
        <source>The file&apos;s pages cannot be read: {reason}</source>
        <translation>ဖိုင်၏ စာမျက်နှာများကို ဖတ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>{record} refers to a {parent} that does not exist.</source>
        <translation>{record} သည် မရှိသော {parent} ကို ရည်ညွှန်းသည်။</translation>
    </message>
    <message>
        <source>The links between records cannot be checked: {reason}</source>
        <translation>မှတ်တမ်းများကြား ချိတ်ဆက်မှုများကို စစ်ဆေး၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>it is not readable text</source>
        <translation>ဖတ်နိုင်သော စာသား မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>မှန်ကန်သော JSON မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>&apos;{value}&apos; သည် ရက်စွဲ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>Checking {table}</source>
        <translation>{table} ကို စစ်ဆေးနေသည်</translation>
    </message>
    <message>
        <source>{record}: its id is {stored} but the change log recorded {logged}; the id was changed outside the app (or damaged).</source>
        <translation>{record}- ၎င်း၏ ID မှာ {stored} ဖြစ်သော်လည်း ပြောင်းလဲမှုမှတ်တမ်းတွင် {logged} ဟု မှတ်ထားသည်၊ ID ကို အက်ပ်ပြင်ပတွင် ပြောင်းခဲ့သည် (သို့မဟုတ် ပျက်စီးသွားသည်)။</translation>
    </message>
    <message>
        <source>The search index does not match the recommendations ({reason}); searches may miss or show the wrong ones. Rebuild it with: upr-desktop check --rebuild-search-index</source>
        <translation>ရှာဖွေမှုအညွှန်းသည် အကြံပြုချက်များနှင့် မကိုက်ညီပါ ({reason})၊ ရှာဖွေမှုများတွင် အချို့ လွတ်သွားနိုင်သည် သို့မဟုတ် မှားယွင်းစွာ ပြနိုင်သည်။ ၎င်းကို ပြန်တည်ဆောက်ရန်- upr-desktop check --rebuild-search-index</translation>
    </message>
    <message>
        <source>{record}: its row and the index {index} disagree (a stored value was changed outside the app, or damaged).</source>
        <translation>{record}- ၎င်း၏ အတန်းနှင့် အညွှန်း {index} မကိုက်ညီပါ (သိမ်းထားသော တန်ဖိုးကို အက်ပ်ပြင်ပတွင် ပြောင်းခဲ့သည် သို့မဟုတ် ပျက်စီးသွားသည်)။</translation>
    </message>
    <message>
        <source>The file&apos;s structure: {detail}</source>
        <translation>ဖိုင်၏ ဖွဲ့စည်းပုံ- {detail}</translation>
    </message>
    <message>
        <source>The table {table} cannot be read: {reason}</source>
        <translation>ဇယား {table} ကို ဖတ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>row {row} of {table} cannot be read at all: {reason}</source>
        <translation>{table} ၏ အတန်း {row} ကို လုံးဝ ဖတ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>{record}: the stored {column} cannot be read: {problem}.</source>
        <translation>{record}- သိမ်းထားသော {column} ကို ဖတ်၍ မရပါ- {problem}။</translation>
    </message>
    <message>
        <source>The change log cannot be compared with {table}: {reason}</source>
        <translation>ပြောင်းလဲမှုမှတ်တမ်းကို {table} နှင့် နှိုင်းယှဉ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>An interrupted {operation} of {path} was undone: the workspace and its copies are as they were before it. Run it again.</source>
        <translation>ကြားဖြတ်ခံခဲ့ရသော {path} ၏ {operation} ကို ပြန်ဖျက်ပြီးပါပြီ- အလုပ်ခွင်နှင့် ၎င်း၏ မိတ္တူများသည် ယခင်အတိုင်း ဖြစ်သည်။ ထပ်မံ လုပ်ဆောင်ပါ။</translation>
    </message>
    <message>
        <source>An interrupted {operation} of {path} was finished: the workspace and every copy of it are now under its current passphrase.</source>
        <translation>ကြားဖြတ်ခံခဲ့ရသော {path} ၏ {operation} ကို အပြီးသတ်ပြီးပါပြီ- အလုပ်ခွင်နှင့် ၎င်း၏ မိတ္တူအားလုံးသည် လက်ရှိ စကားဝှက်စာကြောင်းဖြင့် ဖြစ်နေပြီ။</translation>
    </message>
    <message>
        <source>protection of the copies</source>
        <translation>မိတ္တူများ ကာကွယ်ခြင်း</translation>
    </message>
    <message>
        <source>The converted copy of {path} for an interrupted change of passphrase is missing; nothing was touched. Keep every file beside the workspace and its backups as it is, and ask for help.</source>
        <translation>ကြားဖြတ်ခံခဲ့ရသော စကားဝှက်စာကြောင်း ပြောင်းလဲမှုအတွက် {path} ၏ ပြောင်းထားသော မိတ္တူ မရှိပါ၊ ဘာမျှ မထိရသေးပါ။ အလုပ်ခွင်နှင့် ၎င်း၏ အရန်မိတ္တူများ ဘေးရှိ ဖိုင်အားလုံးကို ရှိသည့်အတိုင်း ထားပြီး အကူအညီ တောင်းပါ။</translation>
    </message>
    <message>
        <source>The record of an interrupted change of passphrase, {path}, cannot be read ({reason}). Move it away only after checking that the workspace opens.</source>
        <translation>ကြားဖြတ်ခံခဲ့ရသော စကားဝှက်စာကြောင်း ပြောင်းလဲမှု၏ မှတ်တမ်း {path} ကို ဖတ်၍ မရပါ ({reason})။ အလုပ်ခွင် ဖွင့်နိုင်ကြောင်း စစ်ဆေးပြီးမှသာ ၎င်းကို ရွှေ့ပါ။</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>ကာကွယ်ခြင်း</translation>
    </message>
    <message>
        <source>removal of the passphrase</source>
        <translation>စကားဝှက်စာကြောင်း ဖယ်ရှားခြင်း</translation>
    </message>
    <message>
        <source>change of passphrase</source>
        <translation>စကားဝှက်စာကြောင်း ပြောင်းလဲခြင်း</translation>
    </message>
    <message>
        <source>{path} already exists; move the workspace to a new file. Nothing was changed.</source>
        <translation>{path} ရှိပြီးသားဖြစ်သည်။ workspace ကို ဖိုင်အသစ်သို့ ရွှေ့ပါ။ ဘာမှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <source>The database {where} is not empty; move a workspace only into an empty database (createdb -O ROLE NAME). Nothing was changed.</source>
        <translation>ဒေတာဘေ့စ် {where} သည် ဗလာမဟုတ်ပါ။ workspace ကို ဗလာဒေတာဘေ့စ်ထဲသို့သာ ရွှေ့ပါ (createdb -O ROLE NAME)။ ဘာမှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Cannot reach the server for {where}: {detail}</source>
        <translation>{where} အတွက် ဆာဗာသို့ မရောက်နိုင်ပါ- {detail}</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{host} ပေါ်ရှိ {database}</translation>
    </message>
    <message>
        <source>The server refused {user} for {where}: the password is wrong or missing. Save it with: upr-desktop --workspace &quot;{url}&quot; server remember-password</source>
        <translation>{where} အတွက် ဆာဗာက {user} ကို ငြင်းပယ်သည်- စကားဝှက် မှားနေသည် သို့မဟုတ် မပါပါ။ ဤအမိန့်ဖြင့် သိမ်းပါ- upr-desktop --workspace &quot;{url}&quot; server remember-password</translation>
    </message>
    <message>
        <source>The server has no database &apos;{database}&apos; ({where}). Ask its administrator to create it (createdb -O ROLE {database}).</source>
        <translation>ဆာဗာတွင် &apos;{database}&apos; ဒေတာဘေ့စ် မရှိပါ ({where})။ ၎င်း၏ စီမံခန့်ခွဲသူကို ဖန်တီးခိုင်းပါ (createdb -O ROLE {database})။</translation>
    </message>
    <message>
        <source>The server for {where} did not prove who it is: its certificate is not signed by the authority in {ca}. Nothing was sent. Ask the server&apos;s administrator for its CA certificate and name it with sslrootcert=.</source>
        <translation>{where} အတွက် ဆာဗာသည် မိမိမည်သူဖြစ်ကြောင်း သက်သေမပြနိုင်ပါ- ၎င်း၏ လက်မှတ်ကို {ca} ရှိ အာဏာပိုင်က လက်မှတ်ထိုးထားခြင်း မရှိပါ။ ဘာမျှ မပို့ရသေးပါ။ ဆာဗာ၏ စီမံခန့်ခွဲသူထံမှ ၎င်း၏ CA လက်မှတ်ကို တောင်းပြီး sslrootcert= ဖြင့် ဖော်ပြပါ။</translation>
    </message>
    <message>
        <source>The server for {where} showed a certificate made for another name. Nothing was sent. Connect with the host name its certificate names, or ask its administrator.</source>
        <translation>{where} အတွက် ဆာဗာသည် အခြားအမည်အတွက် ပြုလုပ်ထားသော လက်မှတ်ကို ပြသည်။ ဘာမျှ မပို့ရသေးပါ။ ၎င်း၏ လက်မှတ်တွင် ဖော်ပြထားသော host အမည်ဖြင့် ချိတ်ဆက်ပါ၊ သို့မဟုတ် စီမံခန့်ခွဲသူကို မေးပါ။</translation>
    </message>
    <message>
        <source>No CA certificate at {ca} to check the server for {where} with (sslmode={mode}). Save the server&apos;s CA certificate there, or name it with sslrootcert=.</source>
        <translation>{where} အတွက် ဆာဗာကို စစ်ဆေးရန် {ca} တွင် CA လက်မှတ် မရှိပါ (sslmode={mode})။ ဆာဗာ၏ CA လက်မှတ်ကို ထိုနေရာတွင် သိမ်းပါ၊ သို့မဟုတ် sslrootcert= ဖြင့် ဖော်ပြပါ။</translation>
    </message>
    <message>
        <source>The server for {where} does not offer an encrypted connection, and sslmode={mode} requires one. Ask its administrator to turn TLS on (ssl = on).</source>
        <translation>{where} အတွက် ဆာဗာသည် စာဝှက်ထားသော ချိတ်ဆက်မှုကို မပေးပါ၊ sslmode={mode} က လိုအပ်သည်။ TLS ဖွင့်ရန် (ssl = on) စီမံခန့်ခွဲသူကို တောင်းဆိုပါ။</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address; write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>&apos;{url}&apos; သည် ဆာဗာလိပ်စာ မဟုတ်ပါ။ postgresql://USER@HOST[:PORT]/DATABASE ဟု ရေးပါ။</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no host or no database; write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>&apos;{url}&apos; တွင် host သို့မဟုတ် ဒေတာဘေ့စ် မပါပါ။ postgresql://USER@HOST[:PORT]/DATABASE ဟု ရေးပါ။</translation>
    </message>
    <message>
        <source>{path} is not a server connection file (it holds no settings).</source>
        <translation>{path} သည် ဆာဗာချိတ်ဆက်ဖိုင် မဟုတ်ပါ (ဆက်တင် မပါပါ)။</translation>
    </message>
    <message>
        <source>{path} holds a password: remove it; passwords are kept in the keyring (upr-desktop server remember-password).</source>
        <translation>{path} တွင် စကားဝှက် ပါနေသည်- ဖယ်ရှားပါ။ စကားဝှက်များကို keyring တွင် သိမ်းသည် (upr-desktop server remember-password)။</translation>
    </message>
    <message>
        <source>{path} names no host or no database (&quot;host&quot;, &quot;database&quot;).</source>
        <translation>{path} တွင် host သို့မဟုတ် ဒေတာဘေ့စ် မပါပါ (&quot;host&quot;, &quot;database&quot;)။</translation>
    </message>
    <message>
        <source>The server for {where} runs PostgreSQL {version}; UPR Desktop needs 13 or newer.</source>
        <translation>{where} ၏ ဆာဗာသည် PostgreSQL {version} ကို သုံးသည်။ UPR Desktop သည် 13 သို့မဟုတ် ပိုသစ်သည်ကို လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address ({reason}); write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>&apos;{url}&apos; သည် ဆာဗာလိပ်စာ မဟုတ်ပါ ({reason})။ postgresql://USER@HOST[:PORT]/DATABASE ဟု ရေးပါ။</translation>
    </message>
    <message>
        <source>{path} is not a server connection file (it is {size} bytes; one is a few lines).</source>
        <translation>{path} သည် ဆာဗာချိတ်ဆက်ဖိုင် မဟုတ်ပါ ({size} bytes ရှိသည်။ ထိုဖိုင်သည် စာကြောင်းအနည်းငယ်သာ ရှိသည်)။</translation>
    </message>
    <message>
        <source>No server connection file at {path}.</source>
        <translation>{path} တွင် ဆာဗာချိတ်ဆက်ဖိုင် မရှိပါ။</translation>
    </message>
    <message>
        <source>{path} is not a server connection file ({reason}).</source>
        <translation>{path} သည် ဆာဗာချိတ်ဆက်ဖိုင် မဟုတ်ပါ ({reason})။</translation>
    </message>
    <message>
        <source>{path} holds a password in its URL: remove it; passwords are kept in the keyring.</source>
        <translation>{path} ၏ URL တွင် စကားဝှက် ပါနေသည်- ဖယ်ရှားပါ။ စကားဝှက်များကို keyring တွင် သိမ်းသည်။</translation>
    </message>
    <message>
        <source>A server workspace has no file to copy; use upr-desktop backup (pg_dump).</source>
        <translation>ဆာဗာပေါ်ရှိ workspace တွင် ကူးစရာဖိုင် မရှိပါ။ upr-desktop backup (pg_dump) ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>The database {where} holds no UPR Desktop workspace. Create one with: upr-desktop --workspace &quot;{url}&quot; init --name NAME --country STATE</source>
        <translation>ဒေတာဘေ့စ် {where} တွင် UPR Desktop workspace မရှိပါ။ ဤအမိန့်ဖြင့် ဖန်တီးပါ- upr-desktop --workspace &quot;{url}&quot; init --name NAME --country STATE</translation>
    </message>
    <message>
        <source>Upgrading the workspace on the server</source>
        <translation>ဆာဗာပေါ်ရှိ workspace ကို အဆင့်မြှင့်နေသည်</translation>
    </message>
    <message>
        <source>The database {where} already holds a workspace; open it instead (nothing was changed).</source>
        <translation>ဒေတာဘေ့စ် {where} တွင် workspace ရှိပြီးသား ဖြစ်သည်။ ၎င်းကို ဖွင့်ပါ (ဘာမှ မပြောင်းလဲခဲ့ပါ)။</translation>
    </message>
    <message>
        <source>The database {where} is not empty ({tables}...); create a workspace in an empty database (createdb -O ROLE NAME).</source>
        <translation>ဒေတာဘေ့စ် {where} သည် ဗလာမဟုတ်ပါ ({tables}...)။ ဗလာဒေတာဘေ့စ်တွင် workspace ဖန်တီးပါ (createdb -O ROLE NAME)။</translation>
    </message>
    <message>
        <source>{program} is not installed, so the server workspace cannot be backed up or restored from here. Install the PostgreSQL client programs (Debian/Ubuntu: apt-get install postgresql-client) or set UPR_DESKTOP_PG_BIN to their folder. Nothing was changed.</source>
        <translation>{program} ကို မထည့်သွင်းရသေးသဖြင့် ဆာဗာ workspace ကို ဤနေရာမှ အရန်ကူး သို့မဟုတ် ပြန်ယူ၍ မရပါ။ PostgreSQL client ပရိုဂရမ်များကို ထည့်သွင်းပါ (Debian/Ubuntu: apt-get install postgresql-client) သို့မဟုတ် ၎င်းတို့၏ ဖိုဒါကို UPR_DESKTOP_PG_BIN တွင် သတ်မှတ်ပါ။ ဘာမှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Could not back up {where}: pg_dump said: {detail}. Nothing was changed.</source>
        <translation>{where} ကို အရန်မကူးနိုင်ပါ- pg_dump က ပြောသည်- {detail}။ ဘာမှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Could not back up {where}: pg_dump wrote an empty backup. Nothing was changed.</source>
        <translation>{where} ကို အရန်မကူးနိုင်ပါ- pg_dump သည် ဗလာအရန်ကို ရေးခဲ့သည်။ ဘာမှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <source>{path} is not a backup of a server workspace (pg_restore cannot read it); nothing was changed.</source>
        <translation>{path} သည် ဆာဗာ workspace ၏ အရန်မဟုတ်ပါ (pg_restore က မဖတ်နိုင်ပါ)။ ဘာမှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Could not restore {backup} into {where}: pg_restore said: {detail}. The database was left as it was.</source>
        <translation>{backup} ကို {where} ထဲသို့ ပြန်မယူနိုင်ပါ- pg_restore က ပြောသည်- {detail}။ ဒေတာဘေ့စ်ကို မူလအတိုင်း ထားခဲ့သည်။</translation>
    </message>
    <message>
        <source>The search index does not match the recommendations ({refs}); searches may miss them. Rebuild it with: upr-desktop check --rebuild-search-index</source>
        <translation>ရှာဖွေမှုအညွှန်းသည် အကြံပြုချက်များ ({refs}) နှင့် မကိုက်ညီပါ။ ရှာဖွေမှုများတွင် လွတ်သွားနိုင်သည်။ ဤအမိန့်ဖြင့် ပြန်တည်ဆောက်ပါ- upr-desktop check --rebuild-search-index</translation>
    </message>
    <message>
        <source>recommendation {ref}: its status, last assessment or lead group does not match its assessments and assignments (changed outside the app).</source>
        <translation>အကြံပြုချက် {ref}- ၎င်း၏ အခြေအနေ၊ နောက်ဆုံးအကဲဖြတ်ချက် သို့မဟုတ် ဦးဆောင်အဖွဲ့သည် ၎င်း၏ အကဲဖြတ်ချက်များနှင့် တာဝန်ပေးမှုများနှင့် မကိုက်ညီပါ (app အပြင်ဘက်တွင် ပြောင်းလဲခဲ့သည်)။</translation>
    </message>
    <message numerus="yes">
        <source>The Dashboard&apos;s counts differ from the records in %n places (changed outside the app).</source>
        <translation>
            <numerusform>Dashboard ၏ အရေအတွက်များသည် မှတ်တမ်းများနှင့် နေရာ %Ln ခုတွင် ကွဲလွဲသည် (app အပြင်ဘက်တွင် ပြောင်းလဲခဲ့သည်)။</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row} of {table}: {column} is not a JSON {kind}.</source>
        <translation>{table} ၏ အတန်း {row}- {column} သည် JSON {kind} မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The server refused this change: {role} may read everything but write only its own group&apos;s assessments, consultations and follow-up actions. Nothing was changed; ask the secretariat to make it.</source>
        <translation>ဆာဗာက ဤပြောင်းလဲမှုကို ငြင်းပယ်သည်- {role} သည် အားလုံးကို ဖတ်နိုင်သော်လည်း ၎င်း၏ကိုယ်ပိုင်အဖွဲ့၏ အကဲဖြတ်ချက်များ၊ တိုင်ပင်ဆွေးနွေးမှုများနှင့် နောက်ဆက်တွဲလုပ်ဆောင်ချက်များကိုသာ ရေးနိုင်သည်။ ဘာမှ မပြောင်းလဲခဲ့ပါ။ အတွင်းရေးမှူးရုံးကို ပြုလုပ်ခိုင်းပါ။</translation>
    </message>
    <message>
        <source>A text to save holds a NUL character (0x00), which a server cannot store; remove it and try again. Nothing was changed.</source>
        <translation>သိမ်းမည့်စာသားတွင် ဆာဗာက မသိမ်းနိုင်သော NUL စာလုံး (0x00) ပါနေသည်။ ဖယ်ရှားပြီး ထပ်ကြိုးစားပါ။ ဘာမှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <source>--role takes &apos;secretariat&apos; or &apos;member&apos;, not &apos;{value}&apos;.</source>
        <translation>--role သည် &apos;secretariat&apos; သို့မဟုတ် &apos;member&apos; ကိုသာ လက်ခံသည်၊ &apos;{value}&apos; ကို မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a server login: use lower-case letters, digits and _ (e.g. amina_k).</source>
        <translation>&apos;{name}&apos; ကို ဆာဗာ login အဖြစ် သုံး၍ မရပါ- စာလုံးအသေး၊ ဂဏန်းနှင့် _ ကို သုံးပါ (ဥပမာ amina_k)။</translation>
    </message>
    <message>
        <source>A member writes for one group: say which with --group ACR.</source>
        <translation>အဖွဲ့ဝင်တစ်ဦးသည် အဖွဲ့တစ်ခုအတွက်သာ ရေးသည်- --group ACR ဖြင့် မည်သည့်အဖွဲ့ကို ဖော်ပြပါ။</translation>
    </message>
    <message>
        <source>No member group &apos;{acronym}&apos;. Add it first with: upr-desktop groups add NAME --acronym {acronym}</source>
        <translation>&apos;{acronym}&apos; အဖွဲ့ဝင်အဖွဲ့ မရှိပါ။ ဦးစွာ ဤအမိန့်ဖြင့် ထည့်ပါ- upr-desktop groups add NAME --acronym {acronym}</translation>
    </message>
    <message>
        <source>opened for reading only</source>
        <translation>ဖတ်ရန်သာ ဖွင့်ထားသည်</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file.</source>
        <translation>{path} သည် ဖိုင်တွဲ ဖြစ်ပြီး အလုပ်ခွင်ဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>{path} can only be read ({reason}); nothing was changed. Every command that only reads works; to change it, copy it to a folder you can write to, or make it writable again.</source>
        <translation>{path} ကို ဖတ်ရုံသာ ဖတ်နိုင်သည် ({reason})၊ ဘာမျှ မပြောင်းလဲပါ။ ဖတ်ရုံသာ ဖတ်သော အမိန့်အားလုံး အလုပ်လုပ်သည်၊ ၎င်းကို ပြောင်းရန် ရေးနိုင်သော ဖိုင်တွဲသို့ ကူးပါ၊ သို့မဟုတ် ထပ်မံ ရေးနိုင်အောင် လုပ်ပါ။</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}</source>
        <translation>{path} ကို ဖန်တီး၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>{path} was made by an older version of UPR Desktop and must be upgraded before it is read, but it can only be read ({reason}). Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} ကို UPR Desktop ဗားရှင်းအဟောင်းဖြင့် ပြုလုပ်ထားပြီး မဖတ်မီ အဆင့်မြှင့်ရန် လိုသော်လည်း ဖတ်ရုံသာ ဖတ်နိုင်သည် ({reason})။ ရေးနိုင်သော ဖိုင်တွဲသို့ ကူးပြီး မိတ္တူကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>No member group has recommendations of cycle {cycle} assigned.</source>
        <translation>အကျော့ {cycle} ၏ အကြံပြုချက်များကို မည်သည့်အဖွဲ့ဝင်အဖွဲ့ကိုမျှ တာဝန်ပေးမထားပါ။</translation>
    </message>
    <message>
        <source>--response-on date</source>
        <translation>--response-on ရက်စွဲ</translation>
    </message>
    <message>
        <source>The minimum score is a number from 0 to 1 (e.g. 0.6), not {value}.</source>
        <translation>အနည်းဆုံးရမှတ်သည် 0 မှ 1 အထိ ဂဏန်း (ဥပမာ 0.6) ဖြစ်ရမည်၊ {value} မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>{ref} has no near-duplicate in its cycle: assign it alone with: upr-desktop assign --ref {ref}</source>
        <translation>{ref} တွင် ၎င်း၏အကျော့၌ နီးပါးတူ မရှိပါ- ၎င်းတစ်ခုတည်းကို ဤသို့ တာဝန်ပေးပါ- upr-desktop assign --ref {ref}</translation>
    </message>
    <message>
        <source>{path} is a workspace file; this works on a workspace on a server (--workspace postgresql://...).</source>
        <translation>{path} သည် workspace ဖိုင်ဖြစ်သည်။ ဤအရာသည် ဆာဗာပေါ်ရှိ workspace အတွက်သာ ဖြစ်သည် (--workspace postgresql://...)။</translation>
    </message>
    <message>
        <source>Cannot remember the server password on this computer: {reason}. Set {env} instead, or use PostgreSQL&apos;s own ~/.pgpass file.</source>
        <translation>ဤကွန်ပျူတာတွင် ဆာဗာစကားဝှက်ကို မှတ်မထားနိုင်ပါ- {reason}။ ၎င်းအစား {env} ကို သတ်မှတ်ပါ၊ သို့မဟုတ် PostgreSQL ၏ ~/.pgpass ဖိုင်ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>Cannot remember the server password on this computer: the keyring refused it ({error}). Set {env} instead, or use PostgreSQL&apos;s own ~/.pgpass file.</source>
        <translation>ဤကွန်ပျူတာတွင် ဆာဗာစကားဝှက်ကို မှတ်မထားနိုင်ပါ- keyring က ငြင်းပယ်သည် ({error})။ ၎င်းအစား {env} ကို သတ်မှတ်ပါ၊ သို့မဟုတ် PostgreSQL ၏ ~/.pgpass ဖိုင်ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>The workspace can only be read ({reason}); the search index was not checked.</source>
        <translation>အလုပ်ခွင်ကို ဖတ်ရုံသာ ဖတ်နိုင်သည် ({reason})၊ ရှာဖွေမှုအညွှန်းကို မစစ်ဆေးရပါ။</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: it can only be read ({reason}). Nothing was changed.</source>
        <translation>{path} ထဲသို့ ပြန်ယူ၍ မရပါ- ၎င်းကို ဖတ်ရုံသာ ဖတ်နိုင်သည် ({reason})။ ဘာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>Not enough free space in {folder} to convert {path}: about {need} MB are needed and {free} MB are free. Nothing was changed.</source>
        <translation>{path} ကို ပြောင်းရန် {folder} တွင် နေရာလွတ် မလုံလောက်ပါ- {need} MB ခန့် လိုအပ်ပြီး {free} MB သာ လွတ်နေသည်။ ဘာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>{path} is not protected by this key.</source>
        <translation>{path} ကို ဤသော့ဖြင့် မကာကွယ်ထားပါ။</translation>
    </message>
    <message>
        <source>Converting the copy {name}</source>
        <translation>မိတ္တူ {name} ကို ပြောင်းနေသည်</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>တာဝန်ပေးပြီး</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>အကဲဖြတ်ပြီး</translation>
    </message>
    <message>
        <source>discussed in a consultation</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲတွင် ဆွေးနွေးပြီး</translation>
    </message>
    <message>
        <source>linked to a follow-up action</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက်နှင့် ချိတ်ဆက်ထား</translation>
    </message>
    <message>
        <source>linked as recommended before</source>
        <translation>ယခင်က အကြံပြုခဲ့ဖူးသည်ဟု ချိတ်ဆက်ထား</translation>
    </message>
    <message>
        <source>Import {id}: {file} ({format}) on {when}: added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>တင်သွင်းမှု {id}: {when} တွင် {file} ({format}): ထည့် {added}၊ ပြင်ဆင် {updated}၊ မပြောင်းလဲ {unchanged}၊ ကျော် {skipped}။</translation>
    </message>
    <message>
        <source>  added {ref}: {text}</source>
        <translation>  ထည့်ပြီး {ref}: {text}</translation>
    </message>
    <message>
        <source>  {ref} {field}: {old} -&gt; {new}</source>
        <translation>  {ref} {field}: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>  {ref}: linked {kind} {value}</source>
        <translation>  {ref}: {kind} {value} နှင့် ချိတ်ဆက်ပြီး</translation>
    </message>
    <message>
        <source>  row {row} not imported: {message}</source>
        <translation>  အတန်း {row} ကို မတင်သွင်းပါ: {message}</translation>
    </message>
    <message>
        <source>There is no import number {id}. List them with: upr-desktop imports list</source>
        <translation>တင်သွင်းမှု နံပါတ် {id} မရှိပါ။ ဤအမိန့်ဖြင့် စာရင်းကြည့်ပါ: upr-desktop imports list</translation>
    </message>
    <message>
        <source>The import of {file} changed nothing; there is nothing to undo.</source>
        <translation>{file} ၏ တင်သွင်းမှုသည် ဘာမျှ မပြောင်းလဲခဲ့ပါ၊ ပြန်ဖျက်စရာ မရှိပါ။</translation>
    </message>
    <message>
        <source>The import of {file} was already undone.</source>
        <translation>{file} ၏ တင်သွင်းမှုကို ပြန်ဖျက်ပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (နှင့် နောက်ထပ် {count} ခု)</translation>
    </message>
    <message>
        <source>Cannot undo the import of {file}: later changes touched its recommendations: {listed}{more}. Undo those first, or keep the import.</source>
        <translation>{file} ၏ တင်သွင်းမှုကို ပြန်ဖျက်၍ မရပါ- နောက်ပိုင်း ပြောင်းလဲမှုများက ၎င်း၏ အကြံပြုချက်များကို ထိခဲ့သည်: {listed}{more}။ ၎င်းတို့ကို အရင် ပြန်ဖျက်ပါ၊ သို့မဟုတ် တင်သွင်းမှုကို ဆက်ထားပါ။</translation>
    </message>
    <message>
        <source>  It was undone.</source>
        <translation>  ၎င်းကို ပြန်ဖျက်ပြီး။</translation>
    </message>
    <message>
        <source>{file} is a report UPR Desktop wrote (“{title}”), not a list of recommendations: importing it would add its recommendations a second time. Import the UPR Info export, OHCHR matrix or UHRI export they came from. Nothing was imported.</source>
        <translation>{file} သည် UPR Desktop ရေးသားထားသော အစီရင်ခံစာ (“{title}”) ဖြစ်ပြီး အကြံပြုချက်စာရင်း မဟုတ်ပါ- ၎င်းကို တင်သွင်းပါက ၎င်း၏ အကြံပြုချက်များကို ဒုတိယအကြိမ် ထပ်ထည့်မည်ဖြစ်သည်။ ၎င်းတို့ လာရာ UPR Info ထုတ်ယူဖိုင်၊ OHCHR matrix သို့မဟုတ် UHRI ထုတ်ယူဖိုင်ကို တင်သွင်းပါ။ ဘာမျှ မတင်သွင်းရသေးပါ။</translation>
    </message>
    <message>
        <source>{acronym} has no recommendations of cycle {cycle} assigned.</source>
        <translation>{acronym} ကို အကျော့ {cycle} ၏ အကြံပြုချက် တာဝန်ပေးမထားပါ။</translation>
    </message>
    <message>
        <source>Note: this workspace holds no recommendation of UPR cycle {cycle} (it holds: {held}).</source>
        <translation>မှတ်ချက်- ဤလုပ်ငန်းခွင်တွင် UPR အကျော့ {cycle} ၏ အကြံပြုချက် မရှိပါ (ရှိသည်- {held})။</translation>
    </message>
    <message>
        <source>The workspace holds no recommendation of cycle {cycle}; its cycles: {cycles}.</source>
        <translation>လုပ်ငန်းခွင်တွင် အကျော့ {cycle} ၏ အကြံပြုချက် မရှိပါ။ ရှိသော အကျော့များ- {cycles}။</translation>
    </message>
    <message>
        <source>Not merged: {reason}</source>
        <translation>ပေါင်းစည်းမထားပါ: {reason}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>သတ်မှတ်ရက်ကျော်</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>တာဝန်ပေးပြီး %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed</source>
        <translation>
            <numerusform>အကဲဖြတ်ပြီး %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>သတ်မှတ်ရက်ကျော် %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open actions</source>
        <translation>
            <numerusform>ဖွင့်ထားသော လုပ်ဆောင်ချက် %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited recommendation {ref} (now version {version})</source>
        <translation>အကြံပြုချက် {ref} ကို ပြင်ဆင်ပြီး (ယခု ဗားရှင်း {version})</translation>
    </message>
    <message numerus="yes">
        <source>Would confirm %n links (nothing was changed).</source>
        <translation>
            <numerusform>ချိတ်ဆက်မှု %Ln ခု အတည်ပြုမည် (ဘာမှ မပြောင်းရသေးပါ)။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n links; undo with: upr-desktop undo</source>
        <translation>
            <numerusform>ချိတ်ဆက်မှု %Ln ခု အတည်ပြုပြီး၊ ပြန်ဖျက်ရန်- upr-desktop undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments.</source>
        <translation>
            <numerusform>တာဝန်ပေးမှု %Ln ခု ဖယ်ရှားပြီး။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n items.</source>
        <translation>
            <numerusform>အရာ %Ln ခု ဖယ်ရှားပြီး။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups converted too.</source>
        <translation>
            <numerusform>အရန်ကူးယူမှု %Ln ခုကိုလည်း ပြောင်းလဲပြီး။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keys from this computer&apos;s keyring.</source>
        <translation>
            <numerusform>ဤကွန်ပျူတာ၏ သော့ကွင်းမှ သော့ %Ln ခု ဖယ်ရှားပြီး။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows to {target}; open it with: upr-desktop --workspace &quot;{target}&quot;</source>
        <translation>
            <numerusform>အတန်း %Ln ခုကို {target} သို့ ကူးပြီးပါပြီ။ ဤအမိန့်ဖြင့် ဖွင့်ပါ- upr-desktop --workspace &quot;{target}&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>သုံးသပ်ချက်များ</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>အကြောင်းအရာများ</translation>
    </message>
    <message>
        <source>member groups</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့များ</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>တာဝန်ပေးအပ်မှုများ</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>အကဲဖြတ်ချက်များ</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>တိုင်ပင်ဆွေးနွေးမှုများ</translation>
    </message>
    <message>
        <source>follow-up actions</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ</translation>
    </message>
    <message>
        <source>merges</source>
        <translation>ပေါင်းစည်းမှုများ</translation>
    </message>
    <message>
        <source>changes in the log</source>
        <translation>မှတ်တမ်းရှိ ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <source>schema version: {version}</source>
        <translation>စခီးမားဗားရှင်း- {version}</translation>
    </message>
    <message numerus="yes">
        <source>last backup: {when} (%n kept)</source>
        <translation>
            <numerusform>နောက်ဆုံး အရန်ကူးယူမှု- {when} (%Ln ခု သိမ်းထားသည်)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value, the change log and the search index check out.</source>
        <translation>
            <numerusform>ok: အတန်း %Ln တန်း ဖတ်ပြီး၊ သိမ်းထားသော တန်ဖိုးတိုင်း၊ ပြောင်းလဲမှုမှတ်တမ်းနှင့် ရှာဖွေမှုအညွှန်း မှန်ကန်သည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value and the change log check out.</source>
        <translation>
            <numerusform>ok: အတန်း %Ln တန်း ဖတ်ပြီး၊ သိမ်းထားသော တန်ဖိုးတိုင်းနှင့် ပြောင်းလဲမှုမှတ်တမ်း မှန်ကန်သည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring {backup} (taken {when}) undoes %n changes made since:</source>
        <translation>
            <numerusform>{backup} ({when} တွင် ကူးယူ) ကို ပြန်ထည့်ခြင်းသည် ထိုနောက်ပိုင်း ပြောင်းလဲမှု %Ln ခုကို ပြန်ဖျက်မည်-</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... နောက်ထပ် %Ln ခု။</numerusform>
        </translation>
    </message>
    <message>
        <source>server: {server}, database {database} ({size} bytes), you are {role}</source>
        <translation>ဆာဗာ- {server}၊ ဒေတာဘေ့စ် {database} ({size} ဘိုက်)၊ သင်သည် {role}</translation>
    </message>
    <message>
        <source>file: {path} ({size} bytes, encrypted)</source>
        <translation>ဖိုင်- {path} ({size} ဘိုက်၊ ကုဒ်ဝှက်ထားသည်)</translation>
    </message>
    <message>
        <source>file: {path} ({size} bytes, not encrypted)</source>
        <translation>ဖိုင်- {path} ({size} ဘိုက်၊ ကုဒ်မဝှက်ထားပါ)</translation>
    </message>
    <message numerus="yes">
        <source>Salvaged the workspace: %n damaged records left out and listed under &quot;damaged&quot;.</source>
        <translation>
            <numerusform>လုပ်ငန်းခွင်ကို ကယ်ဆယ်ပြီး- ပျက်စီးနေသော မှတ်တမ်း %Ln ခုကို ချန်ထားပြီး &quot;damaged&quot; အောက်တွင် စာရင်းပြုထားသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} changed ({source}, {when})</source>
        <translation>{field} ပြောင်းလဲခဲ့ ({source}၊ {when})</translation>
    </message>
    <message>
        <source>deleted ({source}, {when})</source>
        <translation>ဖျက်ခဲ့ ({source}၊ {when})</translation>
    </message>
    <message>
        <source>tagged by hand ({source}, {when})</source>
        <translation>လက်ဖြင့် တဂ်တပ်ခဲ့ ({source}၊ {when})</translation>
    </message>
    <message>
        <source>tagged with a {kind} this import created ({source}, {when})</source>
        <translation>ဤတင်သွင်းမှုက ဖန်တီးခဲ့သော {kind} ဖြင့် တဂ်တပ်ခဲ့ ({source}၊ {when})</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula with no saved result, and formulas are not worked out on import, so {reason}. Paste the values instead of the formulas (in Excel: Paste Special &gt; Values) and import again.</source>
        <translation>ဆဲလ် {cell} တွင် သိမ်းထားသော ရလဒ်မရှိသည့် ပုံသေနည်း ပါဝင်ပြီး တင်သွင်းစဉ် ပုံသေနည်းများကို မတွက်ချက်ပါ၊ ထို့ကြောင့် {reason}။ ပုံသေနည်းအစား တန်ဖိုးများကို ကူးထည့်ပါ (Excel တွင်- Paste Special &gt; Values) ထို့နောက် ထပ်မံ တင်သွင်းပါ။</translation>
    </message>
    <message>
        <source>Cells {cells} hold formulas with no saved result; formulas are not worked out on import, so they were read as empty. Paste the values instead of the formulas (in Excel: Paste Special &gt; Values) and import again.</source>
        <translation>ဆဲလ် {cells} တွင် သိမ်းထားသော ရလဒ်မရှိသည့် ဖော်မြူလာများ ပါဝင်သည်၊ တင်သွင်းရာတွင် ဖော်မြူလာများကို မတွက်ချက်သဖြင့် ၎င်းတို့ကို ဗလာအဖြစ် ဖတ်ခဲ့သည်။ ဖော်မြူလာများအစား တန်ဖိုးများကို ကူးထည့်ပြီး (Excel တွင်- Paste Special &gt; Values) ထပ်မံတင်သွင်းပါ။</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>အတန်း {row}၊ ကော်လံ {column}</translation>
    </message>
    <message>
        <source>Cannot import {file}: it holds {count} records of {fields} fields, more than one import may read; split it into smaller files.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ- ၎င်းတွင် အကွက် {fields} ခုစီပါ မှတ်တမ်း {count} ခု ပါဝင်ပြီး တင်သွင်းမှုတစ်ခု ဖတ်နိုင်သည်ထက် များသည်၊ ဖိုင်ငယ်များအဖြစ် ခွဲပါ။</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> နှင့် နောက်ထပ် {count} ခု</translation>
    </message>
    <message>
        <source>Cannot import {file}: its JSON is nested thousands of levels deep, which no export is; it was not read.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ- ၎င်း၏ JSON သည် အဆင့်ထောင်ချီ ထပ်နေပြီး မည်သည့် ထုတ်ယူဖိုင်မျှ ထိုသို့ မဖြစ်ပါ၊ ၎င်းကို မဖတ်ပါ။</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is damaged or incomplete (truncated): {reason}</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ- ဖိုင် ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ (ပြတ်တောက်နေသည်)- {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8: it was read as {encoding}, but {other} was also possible. If texts look garbled in the preview, save the file again as &apos;CSV UTF-8&apos; and import that.</source>
        <translation>{file} သည် UTF-8 မဟုတ်ပါ- ၎င်းကို {encoding} အဖြစ် ဖတ်ခဲ့သော်လည်း {other} လည်း ဖြစ်နိုင်သည်။ အစမ်းကြည့်ရှုခြင်းတွင် စာသားများ ပျက်နေပုံရပါက ဖိုင်ကို &apos;CSV UTF-8&apos; အဖြစ် ထပ်မံ သိမ်းပြီး ၎င်းကို တင်သွင်းပါ။</translation>
    </message>
    <message>
        <source>{file} is an exchange workbook (a member group&apos;s return), not a list of recommendations: use merge (upr-desktop merge &quot;{file}&quot;, or Exchange &gt; Merge returns in the app). Nothing was imported.</source>
        <translation>{file} သည် အကြံပြုချက်များ စာရင်း မဟုတ်ဘဲ ဖလှယ်ရေး အလုပ်စာအုပ် (အဖွဲ့ဝင်အဖွဲ့၏ ပြန်ပို့ဖိုင်) ဖြစ်သည်- ပေါင်းစည်းမှုကို သုံးပါ (upr-desktop merge &quot;{file}&quot; သို့မဟုတ် အက်ပ်ရှိ ဖလှယ်ရေး &gt; ပြန်ပို့ဖိုင်များ ပေါင်းစည်းရန်)။ မည်သည့်အရာကိုမျှ မတင်သွင်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>{file} is about {other} (its header says &quot;{line}&quot;), but this workspace follows {ours}: nothing was imported. To follow {other}, create a workspace for it: {command}</source>
        <translation>{file} သည် {other} အကြောင်း ဖြစ်သည် (၎င်း၏ ခေါင်းစီးတွင် &quot;{line}&quot; ဟု ဆိုသည်)၊ သို့သော် ဤအလုပ်ခွင်သည် {ours} ကို စောင့်ကြည့်သည်- မည်သည့်အရာကိုမျှ မတင်သွင်းခဲ့ပါ။ {other} ကို စောင့်ကြည့်ရန် ၎င်းအတွက် အလုပ်ခွင် ဖန်တီးပါ: {command}</translation>
    </message>
    <message>
        <source>{file} does not say which State it is about, and it names {ours} as a recommending State (rows {rows}): it must be about another State. Nothing was imported. Give its State with --country STATE, in a workspace for that State.</source>
        <translation>{file} သည် မည်သည့်နိုင်ငံအကြောင်း ဖြစ်သည်ကို မဖော်ပြထားဘဲ {ours} ကို အကြံပြုသည့်နိုင်ငံအဖြစ် ဖော်ပြထားသည် (အတန်း {rows})- အခြားနိုင်ငံအကြောင်း ဖြစ်ရမည်။ မည်သည့်အရာကိုမျှ မတင်သွင်းခဲ့ပါ။ ထိုနိုင်ငံအတွက် အလုပ်ခွင်တွင် ၎င်း၏ နိုင်ငံကို --country STATE ဖြင့် ပေးပါ။</translation>
    </message>
    <message>
        <source>{file} does not say which State it is about; its recommendations were taken as {ours}&apos;s. If they are not, undo this import (Exchange &gt; History in the app, or upr-desktop imports undo) and import it in a workspace for their State.</source>
        <translation>{file} သည် မည်သည့်နိုင်ငံအကြောင်း ဖြစ်သည်ကို မဖော်ပြထားပါ၊ ၎င်း၏ အကြံပြုချက်များကို {ours} ၏ အကြံပြုချက်များအဖြစ် ယူခဲ့သည်။ မဟုတ်ပါက ဤတင်သွင်းမှုကို ပြန်ဖျက်ပြီး (app ရှိ ဖလှယ်ရေး &gt; မှတ်တမ်း သို့မဟုတ် upr-desktop imports undo) ၎င်းတို့၏ နိုင်ငံအတွက် အလုပ်ခွင်တွင် တင်သွင်းပါ။</translation>
    </message>
    <message>
        <source>Copying the workspace to build the import into</source>
        <translation>တင်သွင်းမှုကို တည်ဆောက်ရန် အလုပ်နေရာကို ကူးယူနေသည်</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n links to earlier cycles</source>
        <translation>
            <numerusform>ယခင်အကျော့များနှင့် ချိတ်ဆက်မှု %Ln ခု အတည်ပြုရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n links to earlier cycles</source>
        <translation>
            <numerusform>ယခင်အကျော့များနှင့် ချိတ်ဆက်မှု %Ln ခု ငြင်းပယ်ရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} holds recommendations to {listed}, none to {ours}: nothing was imported. Import it with --country STATE (or --all-states) to keep them anyway, or create a workspace for {first}: {command}</source>
        <translation>{file} တွင် {listed} သို့ ပေးသော အကြံပြုချက်များ ပါပြီး {ours} သို့ တစ်ခုမျှ မပါပါ- မည်သည့်အရာကိုမျှ မတင်သွင်းခဲ့ပါ။ ၎င်းတို့ကို မည်သို့ပင်ဖြစ်စေ ထားရန် --country STATE (သို့မဟုတ် --all-states) ဖြင့် တင်သွင်းပါ၊ သို့မဟုတ် {first} အတွက် အလုပ်ခွင် ဖန်တီးပါ: {command}</translation>
    </message>
    <message>
        <source>Cannot import {file}: a quote opened on line {line} is never closed, so the rest of the file would be read as one field; the file is cut off or damaged. Download or save it again; nothing was imported.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ- စာကြောင်း {line} တွင် ဖွင့်ထားသော မျက်တောင်အဖွင့်ကို ဘယ်တော့မှ မပိတ်ထားသဖြင့် ဖိုင်၏ ကျန်အပိုင်းကို အကွက်တစ်ခုတည်းအဖြစ် ဖတ်မိမည်၊ ဖိုင် ပြတ်တောက်နေသည် သို့မဟုတ် ပျက်စီးနေသည်။ ထပ်မံ ဒေါင်းလုဒ်လုပ်ပါ သို့မဟုတ် သိမ်းပါ၊ ဘာမျှ မတင်သွင်းရသေးပါ။</translation>
    </message>
    <message>
        <source>Cannot import {file}: it seems cut off: its last line ({line}) ends without a line break and has {count} of the {width} columns. Download or save the file again; nothing was imported.</source>
        <translation>{file} ကို တင်သွင်း၍ မရပါ- ပြတ်တောက်နေပုံရသည်- ၎င်း၏ နောက်ဆုံးစာကြောင်း ({line}) သည် စာကြောင်းခွဲမပါဘဲ ဆုံးပြီး ကော်လံ {width} ခုအနက် {count} ခုသာ ပါသည်။ ဖိုင်ကို ထပ်မံ ဒေါင်းလုဒ်လုပ်ပါ သို့မဟုတ် သိမ်းပါ၊ ဘာမျှ မတင်သွင်းရသေးပါ။</translation>
    </message>
    <message>
        <source>Misspelt State names were read as the State they clearly mean: {listed}.</source>
        <translation>စာလုံးပေါင်းမှားသော နိုင်ငံအမည်များကို ရှင်းလင်းစွာ ဆိုလိုသော နိုင်ငံအဖြစ် ဖတ်ခဲ့သည်: {listed}။</translation>
    </message>
    <message>
        <source>{name} ({count}; did you mean {near}?)</source>
        <translation>{name} ({count}၊ {near} ကို ဆိုလိုသလား။)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not written as YYYY-MM-DD; write {date} if that is the date meant.</source>
        <translation>&apos;{value}&apos; ကို YYYY-MM-DD ပုံစံဖြင့် ရေးမထားပါ၊ ထိုရက်စွဲကို ဆိုလိုပါက {date} ဟု ရေးပါ။</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>စာရွက်</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>ဆဲလ်</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ကော်လံ</translation>
    </message>
    <message>
        <source>What the cell holds</source>
        <translation>ဆဲလ်တွင် ပါဝင်သည့်အရာ</translation>
    </message>
    <message>
        <source>Why it was not used</source>
        <translation>အသုံးမပြုရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <source>Cells to fix</source>
        <translation>ပြင်ရမည့် ဆဲလ်များ</translation>
    </message>
    <message>
        <source> (it holds &apos;{value}&apos;)</source>
        <translation> (၎င်းတွင် &apos;{value}&apos; ပါသည်)</translation>
    </message>
    <message>
        <source>Write the cells to fix to a .xlsx, .csv or .txt file, not &apos;{name}&apos;.</source>
        <translation>ပြင်ရမည့် ဆဲလ်များကို &apos;{name}&apos; မဟုတ်ဘဲ .xlsx၊ .csv သို့မဟုတ် .txt ဖိုင်အဖြစ် ရေးပါ။</translation>
    </message>
    <message>
        <source>The merge of {file} used every cell: there is nothing to send back.</source>
        <translation>{file} ၏ ပေါင်းစည်းမှုသည် ဆဲလ်တိုင်းကို အသုံးပြုခဲ့သည်- ပြန်ပို့စရာ မရှိပါ။</translation>
    </message>
    <message>
        <source>Left out of {acronym}&apos;s workbook, as not assigned to {acronym} (or confidential, which an export leaves out without --include-sensitive): {refs}.</source>
        <translation>{acronym} ၏ workbook တွင် မပါဝင်ပါ၊ {acronym} သို့ တာဝန်မပေးထားသောကြောင့် (သို့မဟုတ် လျှို့ဝှက်ဖြစ်၍ --include-sensitive မပါဘဲ ထုတ်ယူလျှင် ချန်ထားသောကြောင့်): {refs}။</translation>
    </message>
    <message>
        <source>  Filled in by {name}.</source>
        <translation>  {name} က ဖြည့်ခဲ့သည်။</translation>
    </message>
    <message>
        <source>  {ref}{where} {field}: &apos;{old}&apos; -&gt; &apos;{new}&apos; (recorded by {who})</source>
        <translation>  {ref}{where} {field}: &apos;{old}&apos; -&gt; &apos;{new}&apos; ({who} က မှတ်တမ်းတင်)</translation>
    </message>
    <message>
        <source>  conflict {id}: {ref}{sheet}!{cell} {field}: base &apos;{base}&apos;, ours &apos;{ours}&apos;, theirs &apos;{theirs}&apos; ({decision})</source>
        <translation>  ကွဲလွဲမှု {id}: {ref}{sheet}!{cell} {field}: မူလ &apos;{base}&apos;၊ ကျွန်ုပ်တို့ &apos;{ours}&apos;၊ သူတို့ &apos;{theirs}&apos; ({decision})</translation>
    </message>
    <message>
        <source> (it held &apos;{value}&apos;)</source>
        <translation> (၎င်းတွင် &apos;{value}&apos; ပါခဲ့သည်)</translation>
    </message>
    <message>
        <source>  not used: {sheet}!{cell}{what}{held}: {reason}</source>
        <translation>  အသုံးမပြု: {sheet}!{cell}{what}{held}: {reason}</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>မဆုံးဖြတ်ရသေး</translation>
    </message>
    <message>
        <source>the row&apos;s Ref is {ref} but its hidden ID is that of recommendation {id_ref}; one of them was changed, so the row was not merged. Use the workbook you were sent.</source>
        <translation>အတန်း၏ အမှတ်မှာ {ref} ဖြစ်သော်လည်း ၎င်း၏ ဝှက်ထားသော ID သည် အကြံပြုချက် {id_ref} ၏ ID ဖြစ်နေသည်၊ တစ်ခုခုကို ပြောင်းခဲ့သဖြင့် အတန်းကို မပေါင်းစည်းပါ။ သင့်ထံ ပို့ထားသော အလုပ်စာအုပ်ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>အထောက်အထား</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>ရင်းမြစ်များ</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>ကတိကဝတ်များ</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>တက်ရောက်သူများ</translation>
    </message>
    <message>
        <source>government participants</source>
        <translation>အစိုးရဘက်မှ တက်ရောက်သူများ</translation>
    </message>
    <message>
        <source>linked refs</source>
        <translation>ချိတ်ဆက်ထားသော ရည်ညွှန်းအမှတ်များ</translation>
    </message>
    <message numerus="yes">
        <source>%n new assessments</source>
        <translation>
            <numerusform>အကဲဖြတ်မှုအသစ် %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new consultations</source>
        <translation>
            <numerusform>တိုင်ပင်ဆွေးနွေးမှုအသစ် %Ln ကြိမ်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new follow-up actions</source>
        <translation>
            <numerusform>နောက်ဆက်တွဲ လုပ်ဆောင်ချက်အသစ် %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ဗလာ)</translation>
    </message>
    <message>
        <source>{what}: {field} {old} → {new}</source>
        <translation>{what}- {field} {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed</source>
        <translation>
            <numerusform>ပြောင်းလဲသော အကွက် %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}; {changed}</source>
        <translation>{added}၊ {changed}</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>အသစ် မရှိ</translation>
    </message>
    <message>
        <source>Sent by {name}, for the secretariat of {coalition}, on {when}.</source>
        <translation>{coalition} ၏ အတွင်းရေးမှူးအဖွဲ့အတွက် {name} က {when} တွင် ပို့သည်။</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>အဓိပ္ပာယ်</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>စာမျက်နှာ {page}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>the file is {mb} MB, far larger than an exchange workbook; it was not opened.</source>
        <translation>ဖိုင်သည် {mb} MB ရှိပြီး ဖလှယ်ရေး အလုပ်စာအုပ်ထက် များစွာ ကြီးသည်၊ ၎င်းကို မဖွင့်ခဲ့ပါ။</translation>
    </message>
    <message>
        <source>this is an old Excel 97-2003 (.xls) file or an encrypted workbook. Open it and save it as .xlsx (Excel Workbook), without a password, then merge again.</source>
        <translation>ဤသည်မှာ Excel 97-2003 (.xls) ဖိုင်ဟောင်း သို့မဟုတ် စာဝှက်ထားသော အလုပ်စာအုပ် ဖြစ်သည်။ ၎င်းကို ဖွင့်ပြီး စကားဝှက်မပါဘဲ .xlsx (Excel Workbook) အဖြစ် သိမ်းကာ ထပ်မံ ပေါင်းစည်းပါ။</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (it may be another kind of file renamed .xlsx). Send the workbook as it was saved by Excel or LibreOffice.</source>
        <translation>ဤသည်မှာ .xlsx အလုပ်စာအုပ် မဟုတ်ပါ (.xlsx ဟု အမည်ပြောင်းထားသော အခြားဖိုင်အမျိုးအစား ဖြစ်နိုင်သည်)။ Excel သို့မဟုတ် LibreOffice က သိမ်းထားသည့်အတိုင်း အလုပ်စာအုပ်ကို ပို့ပါ။</translation>
    </message>
    <message>
        <source>cannot be read ({reason}).</source>
        <translation>ဖတ်၍ မရပါ ({reason})။</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is damaged and cannot be read.</source>
        <translation>စာရွက် &apos;{sheet}&apos; ပျက်စီးနေပြီး ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>this zip file is not an Excel workbook (it has no {part}).</source>
        <translation>ဤ zip ဖိုင်သည် Excel အလုပ်စာအုပ် မဟုတ်ပါ ({part} မပါ)။</translation>
    </message>
    <message>
        <source>No system keyring is available, so the key that signs exchange workbooks is kept inside the workspace file. Protect the workspace with a passphrase to protect the key too.</source>
        <translation>စနစ် keyring မရရှိနိုင်သဖြင့် ဖလှယ်ရေး အလုပ်စာအုပ်များကို လက်မှတ်ထိုးသည့် သော့ကို အလုပ်ခွင်ဖိုင်အတွင်း သိမ်းထားသည်။ သော့ကိုပါ ကာကွယ်ရန် အလုပ်ခွင်ကို စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ပါ။</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has cells as far as column {col}; an exchange workbook never does. Clear the far cells and save again.</source>
        <translation>စာရွက် &apos;{sheet}&apos; တွင် ကော်လံ {col} အထိ ဆဲလ်များ ရှိသည်၊ ဖလှယ်ရေး အလုပ်စာအုပ်တွင် ဘယ်တော့မှ မရှိပါ။ အဝေးရှိ ဆဲလ်များကို ရှင်းပြီး ထပ်မံ သိမ်းပါ။</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has {rows} rows, more than {limit}; it was not read.</source>
        <translation>စာရွက် &apos;{sheet}&apos; တွင် အတန်း {rows} တန်း ရှိပြီး {limit} ထက် များသည်၊ ၎င်းကို မဖတ်ခဲ့ပါ။</translation>
    </message>
    <message>
        <source>this workbook has no exchange metadata: it was not exported by UPR Desktop, or its hidden sheet was deleted. Use the workbook you were sent.</source>
        <translation>ဤအလုပ်စာအုပ်တွင် ဖလှယ်ရေး metadata မပါပါ- UPR Desktop မှ ထုတ်ယူထားခြင်း မဟုတ်ပါ၊ သို့မဟုတ် ၎င်း၏ ဝှက်ထားသော စာရွက်ကို ဖျက်ထားသည်။ သင်လက်ခံရရှိခဲ့သော အလုပ်စာအုပ်ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is empty; its header row is gone.</source>
        <translation>စာရွက် &apos;{sheet}&apos; ဗလာ ဖြစ်နေသည်၊ ၎င်း၏ ခေါင်းစီးအတန်း ပျောက်နေသည်။</translation>
    </message>
    <message>
        <source>{file}: the hidden ID column of &apos;{sheet}&apos; was deleted; rows are matched by {how} instead.</source>
        <translation>{file}: &apos;{sheet}&apos; ၏ ဝှက်ထားသော ID ကော်လံကို ဖျက်ထားသည်၊ အတန်းများကို {how} ဖြင့် ကိုက်ညီစေသည်။</translation>
    </message>
    <message>
        <source>{file}: the workbook holds macros (.xlsm); they were ignored and never run. Only the cells&apos; values were read.</source>
        <translation>{file}- အလုပ်စာအုပ်တွင် macro များ (.xlsm) ပါဝင်သည်၊ ၎င်းတို့ကို လျစ်လျူရှုခဲ့ပြီး ဘယ်တော့မှ မလုပ်ဆောင်ခဲ့ပါ။ ဆဲလ်များ၏ တန်ဖိုးများကိုသာ ဖတ်ခဲ့သည်။</translation>
    </message>
    <message>
        <source>Filled in by (write your name here):</source>
        <translation>ဖြည့်သူ (သင့်အမည်ကို ဤနေရာတွင် ရေးပါ):</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; cannot be read ({reason}): the workbook is damaged. Ask for the file again.</source>
        <translation>စာရွက် &apos;{sheet}&apos; ကို ဖတ်၍ မရပါ ({reason})- အလုပ်စာအုပ် ပျက်စီးနေသည်။ ဖိုင်ကို ထပ်မံ တောင်းပါ။</translation>
    </message>
    <message>
        <source>the hidden exchange metadata is damaged (it was edited by hand?). Ask for the workbook again.</source>
        <translation>ဝှက်ထားသော ဖလှယ်ရေး metadata ပျက်စီးနေသည် (လက်ဖြင့် ပြင်ထားသလား)။ အလုပ်စာအုပ်ကို ထပ်မံ တောင်းပါ။</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has lost both its hidden ID column and its Ref column, so rows cannot be matched. Use the workbook you were sent.</source>
        <translation>စာရွက် &apos;{sheet}&apos; သည် ဝှက်ထားသော ID ကော်လံနှင့် အမှတ် ကော်လံ နှစ်ခုစလုံး ပျောက်နေသဖြင့် အတန်းများကို ကိုက်ညီစေ၍ မရပါ။ သင်လက်ခံရရှိခဲ့သော အလုပ်စာအုပ်ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>{file}: the column &apos;{header}&apos; of &apos;{sheet}&apos; is missing; nothing in it was merged.</source>
        <translation>{file}: &apos;{sheet}&apos; ၏ ကော်လံ &apos;{header}&apos; ပျောက်နေသည်၊ ၎င်းထဲမှ မည်သည့်အရာကိုမျှ မပေါင်းစည်းခဲ့ပါ။</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({reason}). Open it in Excel or LibreOffice, save it again as .xlsx and retry.</source>
        <translation>အလုပ်စာအုပ်ကို ဖတ်၍ မရပါ ({reason})။ Excel သို့မဟုတ် LibreOffice တွင် ဖွင့်ပြီး .xlsx အဖြစ် ထပ်မံ သိမ်းကာ ပြန်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is missing (renamed or deleted?). Give it back its name &apos;{sheet}&apos; and merge again.</source>
        <translation>စာရွက် &apos;{sheet}&apos; ပျောက်နေသည် (အမည်ပြောင်းထားသလား သို့မဟုတ် ဖျက်ထားသလား)။ ၎င်း၏ အမည် &apos;{sheet}&apos; ကို ပြန်ပေးပြီး ထပ်မံ ပေါင်းစည်းပါ။</translation>
    </message>
    <message>
        <source>their Ref</source>
        <translation>၎င်းတို့၏ အမှတ်</translation>
    </message>
    <message>
        <source>their content</source>
        <translation>၎င်းတို့၏ အကြောင်းအရာ</translation>
    </message>
    <message>
        <source>{where}: characters a spreadsheet cannot hold were replaced by line breaks or removed.</source>
        <translation>{where}: spreadsheet တွင် မထည့်နိုင်သော စာလုံးများကို စာကြောင်းခွဲဖြင့် အစားထိုးခြင်း သို့မဟုတ် ဖယ်ရှားခြင်း ပြုလုပ်ခဲ့သည်။</translation>
    </message>
    <message>
        <source>{where}: the text has {count} characters, more than a spreadsheet cell holds ({limit}); the workbook shows it shortened and it cannot be edited there.</source>
        <translation>{where}: စာသားတွင် စာလုံး {count} လုံး ပါပြီး spreadsheet ဆဲလ်တစ်ခု ထည့်နိုင်သည်ထက် ({limit}) များသည်၊ အလုပ်စာအုပ်တွင် အတိုချုံ့ပြသထားပြီး ထိုနေရာတွင် ပြင်ဆင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translation>စာရင်းမှ ရွေးပါ</translation>
    </message>
    <message>
        <source>Pick one of the values in the dropdown list.</source>
        <translation>ရွေးချယ်စာရင်းထဲမှ တန်ဖိုးတစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>ရက်စွဲကို YYYY-MM-DD ပုံစံဖြင့် ရေးပါ။</translation>
    </message>
    <message>
        <source>The record {id} no longer exists in the workspace.</source>
        <translation>မှတ်တမ်း {id} သည် အလုပ်ခွင်တွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>The recommendation {id} no longer exists in the workspace.</source>
        <translation>အကြံပြုချက် {id} သည် အလုပ်ခွင်တွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>An assessment needs a status.</source>
        <translation>အကဲဖြတ်ချက်တွင် အခြေအနေ လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>Unknown recommendation references: {refs}.</source>
        <translation>မသိသော အကြံပြုချက် အမှတ်များ: {refs}။</translation>
    </message>
    <message>
        <source>Sensitive fields excluded: government participants, contact details and confidential records are not in this report.</source>
        <translation>ထိလွယ်ရှလွယ် အကွက်များ မပါ: အစိုးရဘက်မှ ပါဝင်သူများ၊ ဆက်သွယ်ရန် အချက်အလက်နှင့် လျှို့ဝှက်မှတ်တမ်းများ ဤအစီရင်ခံစာတွင် မပါပါ။</translation>
    </message>
    <message>
        <source>Implementation of UPR recommendations: mid-term assessment</source>
        <translation>UPR အကြံပြုချက်များ အကောင်အထည်ဖော်မှု: သက်တမ်းလယ် အကဲဖြတ်ချက်</translation>
    </message>
    <message>
        <source>Coverage of UPR recommendations by the coalition</source>
        <translation>ညွန့်ပေါင်းအဖွဲ့၏ UPR အကြံပြုချက်များ လွှမ်းခြုံမှု</translation>
    </message>
    <message>
        <source>Consultations with government and follow-up actions</source>
        <translation>အစိုးရနှင့် တိုင်ပင်ဆွေးနွေးပွဲများနှင့် နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ</translation>
    </message>
    <message>
        <source>Cycle to cycle: what was recommended before, how it went, and where it stands</source>
        <translation>အကြိမ်မှ အကြိမ်သို့- ယခင်က ဘာအကြံပြုခဲ့သည်၊ မည်သို့ဖြစ်ခဲ့သည်၊ ယခု မည်သည့်အခြေအနေတွင် ရှိသည်</translation>
    </message>
    <message>
        <source>Situation as of {date}.</source>
        <translation>{date} ရက်နေ့ရှိ အခြေအနေ။</translation>
    </message>
    <message>
        <source>Sensitive fields INCLUDED (government participants, contact details, confidential records). Do not share this report outside the coalition.</source>
        <translation>ထိလွယ်ရှလွယ် အကွက်များ ပါဝင်သည် (အစိုးရဘက်မှ ပါဝင်သူများ၊ ဆက်သွယ်ရန် အချက်အလက်၊ လျှို့ဝှက်မှတ်တမ်းများ)။ ဤအစီရင်ခံစာကို ညွန့်ပေါင်းအဖွဲ့ ပြင်ပသို့ မမျှဝေပါနှင့်။</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>အကဲဖြတ်သူ</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>အကဲဖြတ်သည့်ရက်</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>အဖွဲ့</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ဒေသ</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>ဆက်သွယ်ရန်ပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>ဦးဆောင်</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>ပံ့ပိုး</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>တစ်ခါမျှ အကဲမဖြတ်ရသေး</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>စုစုပေါင်း</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>နောက်ဆုံး အကဲဖြတ်သည့်ရက်</translation>
    </message>
    <message>
        <source>Coalition participants</source>
        <translation>ညွန့်ပေါင်းအဖွဲ့မှ ပါဝင်သူများ</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>အမှတ်များ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ရက်ကျော်လွန်</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <source>Recommendations assigned to member group {group}.</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ {group} သို့ တာဝန်ပေးထားသော အကြံပြုချက်များ။</translation>
    </message>
    <message>
        <source>Theme: {theme}.</source>
        <translation>အကြောင်းအရာ: {theme}။</translation>
    </message>
    <message>
        <source>Assessments, consultations and actions since {date}.</source>
        <translation>{date} မှစ၍ အကဲဖြတ်ချက်များ၊ တိုင်ပင်ဆွေးနွေးပွဲများနှင့် လုပ်ဆောင်ချက်များ။</translation>
    </message>
    <message>
        <source>Recommendations and responses</source>
        <translation>အကြံပြုချက်များနှင့် တုံ့ပြန်မှုများ</translation>
    </message>
    <message>
        <source>Current implementation status</source>
        <translation>လက်ရှိ အကောင်အထည်ဖော်မှု အခြေအနေ</translation>
    </message>
    <message>
        <source>Status by theme</source>
        <translation>အကြောင်းအရာအလိုက် အခြေအနေ</translation>
    </message>
    <message>
        <source>Current status by theme</source>
        <translation>အကြောင်းအရာအလိုက် လက်ရှိ အခြေအနေ</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>လွှမ်းခြုံမှု</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>ဆက်သွယ်ရန် အချက်အလက်</translation>
    </message>
    <message>
        <source>Member groups</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့များ</translation>
    </message>
    <message>
        <source>Recommendations per member group</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့အလိုက် အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>Consultations per government body</source>
        <translation>အစိုးရဌာနအလိုက် တိုင်ပင်ဆွေးနွေးပွဲများ</translation>
    </message>
    <message>
        <source>Consultations per quarter</source>
        <translation>သုံးလပတ်အလိုက် တိုင်ပင်ဆွေးနွေးပွဲများ</translation>
    </message>
    <message>
        <source>Deadlines of open actions</source>
        <translation>မပြီးသေးသော လုပ်ဆောင်ချက်များ၏ သတ်မှတ်ရက်များ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>အချိုး</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>ထောက်ခံ</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>မှတ်သား</translation>
    </message>
    <message>
        <source>All</source>
        <translation>အားလုံး</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <source>Share of recommendations supported, by regional group of the recommending States</source>
        <translation>အကြံပြုသည့်နိုင်ငံများ၏ ဒေသဆိုင်ရာအုပ်စုအလိုက် ထောက်ခံသော အကြံပြုချက်များ၏ အချိုး</translation>
    </message>
    <message>
        <source>Recommendations: {count}.</source>
        <translation>အကြံပြုချက်များ: {count}။</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>လုပ်ဆောင်ချက် အမျိုးအစား</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} of %n actions are overdue.</source>
        <translation>
            <numerusform>လုပ်ဆောင်ချက် %Ln ခုအနက် {overdue} ခု သတ်မှတ်ရက်ကျော်နေသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead group</source>
        <translation>ဦးဆောင်အဖွဲ့</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>ပံ့ပိုးအဖွဲ့များ</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>တိုင်းတာချက်</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>တာဝန်ပေးပြီး</translation>
    </message>
    <message>
        <source>With a lead</source>
        <translation>ဦးဆောင်အဖွဲ့ ရှိ</translation>
    </message>
    <message>
        <source>Assessed in {months} months</source>
        <translation>{months} လအတွင်း အကဲဖြတ်ပြီး</translation>
    </message>
    <message>
        <source>{assigned} of {count} assigned.</source>
        <translation>{count} ခုအနက် {assigned} ခု တာဝန်ပေးပြီး။</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>တာဝန်မပေးရသေး</translation>
    </message>
    <message>
        <source>These recommendations have no member group yet.</source>
        <translation>ဤအကြံပြုချက်များတွင် အဖွဲ့ဝင်အဖွဲ့ မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>ဆွေးနွေးခဲ့သော အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>With commitments</source>
        <translation>ကတိကဝတ်များ ပါ</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>သုံးလပတ်</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>လုပ်ဆောင်ချက်များ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>နောက်ဆုံးရက်</translation>
    </message>
    <message>
        <source>Consultations: {count}.</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲများ: {count}။</translation>
    </message>
    <message>
        <source>Assigned to a member group</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့သို့ တာဝန်ပေးပြီး</translation>
    </message>
    <message>
        <source>With a lead group</source>
        <translation>ဦးဆောင်အဖွဲ့ ရှိသည်</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>အကြံပြုချက် အားလုံး</translation>
    </message>
    <message>
        <source>Due in the next {days} days</source>
        <translation>နောက် {days} ရက်အတွင်း သတ်မှတ်ရက် ရောက်မည်</translation>
    </message>
    <message>
        <source>Later or no due date</source>
        <translation>နောက်ပိုင်း သို့မဟုတ် သတ်မှတ်ရက် မရှိ</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>ဖွင့်ထား သို့မဟုတ် လုပ်ဆောင်ဆဲ</translation>
    </message>
    <message>
        <source>Generated on {date} by UPR Desktop.</source>
        <translation>{date} တွင် UPR Desktop ဖြင့် ထုတ်လုပ်သည်။</translation>
    </message>
    <message>
        <source>Demo data for training: the organisations and people in it are invented.</source>
        <translation>လေ့ကျင့်ရေးအတွက် သရုပ်ပြဒေတာ- ၎င်းထဲရှိ အဖွဲ့အစည်းများနှင့် လူများသည် စိတ်ကူးယဉ် ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <source>Write the report to a .xlsx or .pdf file, or a .html page, not &apos;{name}&apos;.</source>
        <translation>အစီရင်ခံစာကို &apos;{name}&apos; မဟုတ်ဘဲ .xlsx သို့မဟုတ် .pdf ဖိုင်၊ သို့မဟုတ် .html စာမျက်နှာအဖြစ် ရေးပါ။</translation>
    </message>
    <message>
        <source>The writer of .{format} reports could not be loaded ({error}). Write an .xlsx workbook or an .html page instead.</source>
        <translation>.{format} အစီရင်ခံစာများ ရေးသည့်အရာကို ဖွင့်၍ မရပါ ({error})။ .xlsx အလုပ်စာအုပ် သို့မဟုတ် .html စာမျက်နှာအဖြစ် ရေးပါ။</translation>
    </message>
    <message>
        <source>No writer for .{format} reports is installed here.</source>
        <translation>ဤနေရာတွင် .{format} အစီရင်ခံစာများ ရေးသည့်အရာ ထည့်သွင်းမထားပါ။</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>A demo workspace already exists at {path}. Open it, or put it back as it was with: upr-desktop demo --reset</source>
        <translation>{path} တွင် သရုပ်ပြ အလုပ်ခွင် ရှိနှင့်ပြီး ဖြစ်သည်။ ၎င်းကို ဖွင့်ပါ၊ သို့မဟုတ် ဤအမိန့်ဖြင့် မူလအတိုင်း ပြန်ထားပါ: upr-desktop demo --reset</translation>
    </message>
    <message>
        <source>{path} is not a demo workspace; --reset only replaces demo data. Choose another file with --workspace.</source>
        <translation>{path} သည် သရုပ်ပြ အလုပ်ခွင် မဟုတ်ပါ၊ --reset သည် သရုပ်ပြဒေတာကိုသာ အစားထိုးသည်။ --workspace ဖြင့် အခြားဖိုင်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>emulated (soffice not found): metadata sheet hidden instead of very hidden, quote prefixes, freeze panes and workbook protection dropped, as a LibreOffice resave does</source>
        <translation>အတုပြုလုပ်ထားသည် (soffice မတွေ့ပါ): metadata စာရွက်ကို very hidden အစား hidden ထားသည်၊ quote prefix များ၊ freeze pane များနှင့် အလုပ်စာအုပ် ကာကွယ်မှုကို ဖယ်ရှားထားသည်၊ LibreOffice ဖြင့် ပြန်သိမ်းသကဲ့သို့။</translation>
    </message>
    <message>
        <source>Workshop scenario in {folder} (merge the files one by one with: upr-desktop merge FILE):</source>
        <translation>{folder} ရှိ အလုပ်ရုံဆွေးနွေးပွဲ အခြေအနေ (ဖိုင်များကို တစ်ခုချင်း ဤအမိန့်ဖြင့် ပေါင်းစည်းပါ: upr-desktop merge FILE):</translation>
    </message>
    <message>
        <source>LibreOffice file: {how}</source>
        <translation>LibreOffice ဖိုင်: {how}</translation>
    </message>
    <message>
        <source>The workshop scenario edits the workspace; run it on the demo coalition only.</source>
        <translation>အလုပ်ရုံဆွေးနွေးပွဲ အခြေအနေသည် အလုပ်ခွင်ကို ပြင်ဆင်သည်၊ သရုပ်ပြ ညွန့်ပေါင်းအဖွဲ့တွင်သာ လုပ်ဆောင်ပါ။</translation>
    </message>
    <message>
        <source>resaved with LibreOffice Calc (soffice --headless --convert-to xlsx)</source>
        <translation>LibreOffice Calc ဖြင့် ပြန်သိမ်းထားသည် (soffice --headless --convert-to xlsx)</translation>
    </message>
    <message>
        <source>the same kind of edits, saved by LibreOffice Calc; it must merge like a clean file.</source>
        <translation>တူညီသော ပြင်ဆင်မှုများ၊ LibreOffice Calc ဖြင့် သိမ်းထားသည်၊ သန့်ရှင်းသော ဖိုင်ကဲ့သို့ ပေါင်းစည်းရမည်။</translation>
    </message>
    <message>
        <source>{ref} was also changed in the workspace after the export: a conflict to resolve side by side; the other row merges.</source>
        <translation>ထုတ်ယူပြီးနောက် {ref} ကို အလုပ်ခွင်တွင်လည်း ပြောင်းလဲခဲ့သည်- ဘေးချင်းယှဉ်၍ ဖြေရှင်းရမည့် ကွဲလွဲမှု၊ အခြားအတန်းက ပေါင်းစည်းသည်။</translation>
    </message>
    <message>
        <source>a status outside the dropdown (&apos;Mostly done&apos;) and a date typed as text (&apos;next Tuesday&apos;): the error report names the cells; the good row still merges.</source>
        <translation>ရွေးချယ်စာရင်းပြင်ပရှိ အခြေအနေ (&apos;Mostly done&apos;) နှင့် စာသားအဖြစ် ရိုက်ထားသော ရက်စွဲ (&apos;next Tuesday&apos;)- အမှားအစီရင်ခံစာက ဆဲလ်များကို ဖော်ပြသည်၊ ကောင်းသော အတန်းက ပေါင်းစည်းဆဲ။</translation>
    </message>
    <message>
        <source>conflict on {ref} {field}: ours &apos;{ours}&apos; / theirs &apos;{theirs}&apos;</source>
        <translation>{ref} {field} တွင် ကွဲလွဲမှု: ကျွန်ုပ်တို့ &apos;{ours}&apos; / သူတို့ &apos;{theirs}&apos;</translation>
    </message>
    <message>
        <source>Resaving {file} with LibreOffice...</source>
        <translation>{file} ကို LibreOffice ဖြင့် ပြန်သိမ်းနေသည်...</translation>
    </message>
    <message>
        <source>Expected: {line}</source>
        <translation>မျှော်မှန်းချက်: {line}</translation>
    </message>
    <message>
        <source>Note: your settings ({path}) could not be read ({reason}); the defaults are used (the backup folder too). Choose your settings again in the app, or correct the file.</source>
        <translation>မှတ်ချက်- သင့်ဆက်တင်များ ({path}) ကို ဖတ်၍မရပါ ({reason})၊ မူလတန်ဖိုးများကို အသုံးပြုထားသည် (အရန်ကူးဖိုင်တွဲလည်း အပါအဝင်)။ အက်ပ်တွင် ဆက်တင်များကို ထပ်မံရွေးချယ်ပါ သို့မဟုတ် ဖိုင်ကို ပြင်ဆင်ပါ။</translation>
    </message>
    <message>
        <source>Note: {path} can only be read ({reason}); it was opened for reading only.</source>
        <translation>မှတ်ချက်- {path} ကို ဖတ်ရုံသာ ဖတ်နိုင်သည် ({reason})၊ ဖတ်ရန်သာ ဖွင့်ထားသည်။</translation>
    </message>
    <message>
        <source>{verb} the demo coalition (training data) at {path} in {seconds:.2f} s: {recommendations} recommendations, {groups} member groups, {assignments} assignments, {assessments} assessments, {consultations} consultations, {actions} follow-up actions.</source>
        <translation>သရုပ်ပြ ညွန့်ပေါင်းအဖွဲ့ (လေ့ကျင့်ရေးဒေတာ) ကို {path} တွင် {seconds:.2f} စက္ကန့်အတွင်း {verb}: အကြံပြုချက် {recommendations} ခု၊ အဖွဲ့ဝင်အဖွဲ့ {groups} ဖွဲ့၊ တာဝန်ပေးမှု {assignments} ခု၊ အကဲဖြတ်ချက် {assessments} ခု၊ တိုင်ပင်ဆွေးနွေးပွဲ {consultations} ခု၊ နောက်ဆက်တွဲလုပ်ဆောင်ချက် {actions} ခု။</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ပြန်စပြီး</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ဖန်တီးပြီး</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>ပေါင်းစည်းမှု မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Merge {id}: {file} from {group} on {when}</source>
        <translation>ပေါင်းစည်းမှု {id}: {when} တွင် {group} ထံမှ {file}</translation>
    </message>
    <message>
        <source>A recommendation is counted under every theme it has: {several} of the {total} recommendations have several themes, so the theme rows add up to more than {total}.</source>
        <translation>အကြံပြုချက်တစ်ခုကို ၎င်းတွင်ရှိသော အကြောင်းအရာတိုင်းအောက်တွင် ရေတွက်သည်- အကြံပြုချက် {total} ခုအနက် {several} ခုတွင် အကြောင်းအရာ အများအပြား ရှိသဖြင့် အကြောင်းအရာ အတန်းများ၏ ပေါင်းလဒ်သည် {total} ထက် များသည်။</translation>
    </message>
    <message>
        <source>The themes in use are listed on the dashboard.</source>
        <translation>အသုံးပြုနေသော အကြောင်းအရာများကို ဒက်ရှ်ဘုတ်တွင် ဖော်ပြထားသည်။</translation>
    </message>
    <message>
        <source>Undid the merge of {file}.</source>
        <translation>{file} ၏ ပေါင်းစည်းမှုကို ပြန်ဖျက်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>No conflicts waiting.</source>
        <translation>စောင့်ဆိုင်းနေသော ကွဲလွဲမှု မရှိပါ။</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: {how}.</source>
        <translation>ကွဲလွဲမှု {id} ကို ဖြေရှင်းပြီး: {how}။</translation>
    </message>
    <message>
        <source>Wrote the return {file}</source>
        <translation>ပြန်ပို့ဖိုင် {file} ကို ရေးပြီးပါပြီ</translation>
    </message>
    <message>
        <source>These workbooks include sensitive information: send them only to people who may see it.</source>
        <translation>ဤအလုပ်စာအုပ်များတွင် ထိလွယ်ရှလွယ် အချက်အလက်များ ပါဝင်သည်- ကြည့်ခွင့်ရှိသူများထံသာ ပို့ပါ။</translation>
    </message>
    <message>
        <source>Workbooks are sent by: {name}</source>
        <translation>အလုပ်စာအုပ်များကို ပေးပို့သူ: {name}</translation>
    </message>
    <message>
        <source>No secretariat is set: workbooks say they are sent by the secretariat. Set it with: upr-desktop secretariat NAME</source>
        <translation>အတွင်းရေးမှူးအဖွဲ့ မသတ်မှတ်ရသေးပါ- အလုပ်စာအုပ်များတွင် အတွင်းရေးမှူးအဖွဲ့က ပို့သည်ဟု ဆိုမည်။ ဤအမိန့်ဖြင့် သတ်မှတ်ပါ: upr-desktop secretariat NAME</translation>
    </message>
    <message>
        <source>Name one conflict by its number, or use --all.</source>
        <translation>ကွဲလွဲမှု တစ်ခုကို ၎င်း၏ နံပါတ်ဖြင့် ဖော်ပြပါ၊ သို့မဟုတ် --all ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>--value resolves one conflict; use --take with --all.</source>
        <translation>--value သည် ကွဲလွဲမှု တစ်ခုကိုသာ ဖြေရှင်းသည်၊ --all နှင့်အတူ --take ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>  rejected {sheet}!{cell}: {reason}</source>
        <translation>  ပယ်ချ {sheet}!{cell}: {reason}</translation>
    </message>
    <message>
        <source>  conflict {sheet}!{cell} {ref} {field}: base &apos;{base}&apos;, ours &apos;{ours}&apos;, theirs &apos;{theirs}&apos;</source>
        <translation>  ကွဲလွဲမှု {sheet}!{cell} {ref} {field}: မူလ &apos;{base}&apos;၊ ကျွန်ုပ်တို့ &apos;{ours}&apos;၊ သူတို့ &apos;{theirs}&apos;</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>ပြန်လည်ဆန်းသစ်ပြီး</translation>
    </message>
    <message>
        <source> -&gt; decided: {take}</source>
        <translation> -&gt; ဆုံးဖြတ်ပြီး: {take}</translation>
    </message>
    <message>
        <source>Logged consultation with {body} on {date}</source>
        <translation>{date} ရက်နေ့တွင် {body} နှင့် တိုင်ပင်ဆွေးနွေးပွဲကို မှတ်တမ်းတင်ပြီး</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>တိုင်ပင်ဆွေးနွေးပွဲ မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Added follow-up action {id}</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက် {id} ကို ထည့်ပြီး</translation>
    </message>
    <message>
        <source>No follow-up actions yet.</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက် မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Added member group {acronym} ({name})</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ {acronym} ({name}) ကို ထည့်ပြီး</translation>
    </message>
    <message>
        <source>Changed member group {acronym} ({name})</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ {acronym} ({name}) ကို ပြောင်းလဲပြီး</translation>
    </message>
    <message>
        <source>No member groups yet.</source>
        <translation>အဖွဲ့ဝင်အဖွဲ့ မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Removed {acronym}. {impact}</source>
        <translation>{acronym} ကို ဖယ်ရှားပြီး။ {impact}</translation>
    </message>
    <message>
        <source>Say what to change: --name, --new-acronym, --region, --focal-point or --language.</source>
        <translation>ပြောင်းလဲမည့်အရာကို ဖော်ပြပါ: --name၊ --new-acronym၊ --region၊ --focal-point သို့မဟုတ် --language။</translation>
    </message>
    <message>
        <source>would add</source>
        <translation>ထည့်မည်</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ထည့်ပြီး</translation>
    </message>
    <message>
        <source>{file} ({format}): {verb} {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>{file} ({format}): {verb} {added}၊ ပြင်ဆင် {updated}၊ မပြောင်းလဲ {unchanged}၊ ကျော် {skipped}။</translation>
    </message>
    <message>
        <source>  (undone)</source>
        <translation>  (ပြန်ဖျက်ပြီး)</translation>
    </message>
    <message>
        <source>  (changed nothing)</source>
        <translation>  (ဘာမျှ မပြောင်းလဲခဲ့)</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>တင်သွင်းမှု မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Undid the import of {file}: {added} recommendations removed, {updated} put back as they were.</source>
        <translation>{file} ၏ တင်သွင်းမှုကို ပြန်ဖျက်ပြီး- အကြံပြုချက် {added} ခုကို ဖယ်ရှား၊ {updated} ခုကို မူလအတိုင်း ပြန်ထားသည်။</translation>
    </message>
    <message>
        <source>  row {row}: {message}</source>
        <translation>  အတန်း {row}: {message}</translation>
    </message>
    <message>
        <source>  This is import {id}; undo it with: upr-desktop imports undo {id}</source>
        <translation>  ဤသည်မှာ တင်သွင်းမှု {id} ဖြစ်သည်၊ ဤအမိန့်ဖြင့် ပြန်ဖျက်ပါ: upr-desktop imports undo {id}</translation>
    </message>
    <message>
        <source>{ref} &lt;- {earlier} (cycle {cycle})  score {score:.2f}  {response}; status then: {status}
    {text}
    {earlier_text}</source>
        <translation>{ref} &lt;- {earlier} (အကျော့ {cycle})  ရမှတ် {score:.2f}  {response}; ထိုနောက် အခြေအနေ: {status}
    {text}
    {earlier_text}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>အကဲမဖြတ်ရသေး</translation>
    </message>
    <message>
        <source>No suggestions at this score: try a lower --min-score.</source>
        <translation>ဤရမှတ်တွင် အကြံပြုမှု မရှိပါ- --min-score ကို လျှော့ကြည့်ပါ။</translation>
    </message>
    <message>
        <source>No links decided yet.</source>
        <translation>ချိတ်ဆက်မှု မဆုံးဖြတ်ရသေးပါ။</translation>
    </message>
    <message>
        <source>Say which link to confirm: upr-desktop links confirm REF EARLIER_REF (or --above S).</source>
        <translation>အတည်ပြုမည့် ချိတ်ဆက်မှုကို ဖော်ပြပါ- upr-desktop links confirm REF EARLIER_REF (သို့မဟုတ် --above S)။</translation>
    </message>
    <message>
        <source>--dry-run and --cycle go with --above.</source>
        <translation>--dry-run နှင့် --cycle ကို --above နှင့်သာ သုံးပါ။</translation>
    </message>
    <message>
        <source>Confirmed: {earlier} recommended before {ref}.</source>
        <translation>အတည်ပြုပြီး- {earlier} ကို {ref} မတိုင်မီ အကြံပြုခဲ့သည်။</translation>
    </message>
    <message>
        <source>Already so; nothing changed.</source>
        <translation>ထိုအတိုင်း ရှိပြီးသား၊ ဘာမှမပြောင်းပါ။</translation>
    </message>
    <message>
        <source>Rejected: {earlier} not recommended before {ref}.</source>
        <translation>ငြင်းပယ်ပြီး- {earlier} ကို {ref} မတိုင်မီ အကြံပြုခဲ့ခြင်း မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Give either REF EARLIER... or --above S, not both.</source>
        <translation>REF EARLIER... သို့မဟုတ် --above S တစ်ခုသာ ပေးပါ၊ နှစ်ခုလုံး မပေးပါနှင့်။</translation>
    </message>
    <message>
        <source>Added recommendation {ref}</source>
        <translation>အကြံပြုချက် {ref} ကို ထည့်ပြီး</translation>
    </message>
    <message>
        <source>Recommendation {ref} already said so; nothing changed.</source>
        <translation>အကြံပြုချက် {ref} တွင် ထိုအတိုင်း ရှိပြီးသား ဖြစ်သည်၊ မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>No recommendations found.</source>
        <translation>အကြံပြုချက် မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>Assigned: {created} new, {updated} changed, {unchanged} already so.</source>
        <translation>တာဝန်ပေးပြီး: အသစ် {created}၊ ပြောင်းလဲ {updated}၊ ထိုအတိုင်း ရှိပြီးသား {unchanged}။</translation>
    </message>
    <message>
        <source>Unknown report &apos;{kind}&apos;; choose implementation, coverage, consultations or cycle.</source>
        <translation>&apos;{kind}&apos; အစီရင်ခံစာကို မသိပါ- implementation, coverage, consultations သို့မဟုတ် cycle ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Recommendations of cycle {cycle}.</source>
        <translation>အကျော့ {cycle} ၏ အကြံပြုချက်များ။</translation>
    </message>
    <message>
        <source>Response and its history</source>
        <translation>တုံ့ပြန်မှုနှင့် ၎င်း၏မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Recommended before, and how it fared</source>
        <translation>ယခင်က အကြံပြုခဲ့ဖူးပုံနှင့် မည်သို့ဖြစ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>Recommendations of the cycle</source>
        <translation>ဤအကျော့၏ အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>Decided after the review (pending first): supported</source>
        <translation>သုံးသပ်ပြီးနောက် ဆုံးဖြတ်ခဲ့သည် (အစတွင် ဆိုင်းငံ့)- ထောက်ခံ</translation>
    </message>
    <message>
        <source>Decided after the review (pending first): noted</source>
        <translation>သုံးသပ်ပြီးနောက် ဆုံးဖြတ်ခဲ့သည် (အစတွင် ဆိုင်းငံ့)- မှတ်သား</translation>
    </message>
    <message>
        <source>Noted at first, supported later</source>
        <translation>အစတွင် မှတ်သား၊ နောက်ပိုင်း ထောက်ခံ</translation>
    </message>
    <message>
        <source>Recommended before (a confirmed predecessor in an earlier cycle)</source>
        <translation>ယခင်က အကြံပြုခဲ့ဖူးသည် (ယခင်အကျော့တွင် အတည်ပြုပြီး ယခင်အကြံပြုချက် ရှိ)</translation>
    </message>
    <message>
        <source>Noted in an earlier cycle, supported in this one</source>
        <translation>ယခင်အကျော့တွင် မှတ်သား၊ ဤအကျော့တွင် ထောက်ခံ</translation>
    </message>
    <message>
        <source>The cycle in figures</source>
        <translation>ကိန်းဂဏန်းများဖြင့် ဤအကျော့</translation>
    </message>
    <message>
        <source>How the earlier recommendations fared (latest status of each confirmed predecessor)</source>
        <translation>ယခင်အကြံပြုချက်များ မည်သို့ဖြစ်ခဲ့သည် (အတည်ပြုပြီး ယခင်အကြံပြုချက်တစ်ခုစီ၏ နောက်ဆုံးအခြေအနေ)</translation>
    </message>
    <message>
        <source>Current status of the cycle&apos;s recommendations, repeated or new</source>
        <translation>ဤအကျော့၏ အကြံပြုချက်များ၏ လက်ရှိအခြေအနေ၊ ထပ်မံ သို့မဟုတ် အသစ်</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>ကိန်းဂဏန်း</translation>
    </message>
    <message>
        <source>Decided at adoption: {supported} supported / {noted} noted.</source>
        <translation>အတည်ပြုချိန်တွင် ဆုံးဖြတ်ခဲ့သည်- ထောက်ခံ {supported} / မှတ်သား {noted}။</translation>
    </message>
    <message>
        <source>Earlier recommendations</source>
        <translation>ယခင်အကြံပြုချက်များ</translation>
    </message>
    <message>
        <source>Recommended before</source>
        <translation>ယခင်က အကြံပြုခဲ့ဖူးသည်</translation>
    </message>
    <message>
        <source>New in this cycle</source>
        <translation>ဤအကျော့တွင် အသစ်</translation>
    </message>
    <message>
        <source>{ref} (cycle {cycle}): {response}, {status}</source>
        <translation>{ref} (အကျော့ {cycle})- {response}, {status}</translation>
    </message>
    <message>
        <source>Recommendations: {count}; recommended before: {repeated}.</source>
        <translation>အကြံပြုချက်များ- {count}၊ ယခင်က အကြံပြုခဲ့ဖူးသည်- {repeated}။</translation>
    </message>
    <message>
        <source>{status}: {added}, {updated}, {conflicts}, {rejected}</source>
        <translation>{status}- {added}၊ {updated}၊ {conflicts}၊ {rejected}</translation>
    </message>
    <message>
        <source>a clean return.</source>
        <translation>ပြဿနာမရှိသော ပြန်ပို့ဖိုင်။</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>ထည့်ပြီး %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>ပြင်ဆင်ပြီး %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>ကွဲလွဲမှု %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>ပယ်ချခံရသော ဆဲလ် %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} {workspace} from {file}: %n recommendations for {group}</source>
        <translation>
            <numerusform>{file} မှ {workspace} ကို {what}- {group} အတွက် အကြံပြုချက် %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>{group}: {file} ({recs}, {cons}, {acts})</source>
        <translation>{group}- {file} ({recs}၊ {cons}၊ {acts})</translation>
    </message>
    <message>
        <source>{file} ({group}): {status}, {added}, {updated}, {conflicts}, {rejected}</source>
        <translation>{file} ({group})- {status}၊ {added}၊ {updated}၊ {conflicts}၊ {rejected}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %n cells to fix to {file}: send it to the group.</source>
        <translation>
            <numerusform>ပြင်ရန် ဆဲလ် %Ln ခုကို {file} တွင် ရေးပြီး- အဖွဲ့ထံ ပို့ပါ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n conflicts.</source>
        <translation>
            <numerusform>ကွဲလွဲမှု %Ln ခု ဖြေရှင်းပြီး။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>အကြံပြုချက် %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultations</source>
        <translation>
            <numerusform>တိုင်ပင်ဆွေးနွေးမှု %Ln ကြိမ်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>လုပ်ဆောင်ချက် %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions; {overdue} overdue as of {date}.</source>
        <translation>
            <numerusform>လုပ်ဆောင်ချက် %Ln ခု၊ {date} အထိ {overdue} ခု သတ်မှတ်ရက်ကျော်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more rows not imported.</source>
        <translation>
            <numerusform>  ... နောက်ထပ် မတင်သွင်းရသေးသော အတန်း %Ln တန်း။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n &apos;accepted in part&apos; rows were merged into partially supported recommendations.</source>
        <translation>
            <numerusform>  &apos;တစ်စိတ်တစ်ပိုင်း လက်ခံ&apos; အတန်း %Ln တန်းကို တစ်စိတ်တစ်ပိုင်း ထောက်ခံသည့် အကြံပြုချက်များထဲ ပေါင်းထည့်ခဲ့သည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n heading rows were read as theme clusters.</source>
        <translation>
            <numerusform>  ခေါင်းစဉ်အတန်း %Ln တန်းကို အကြောင်းအရာအုပ်စုများအဖြစ် ဖတ်ခဲ့သည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster {number} (cycle {cycle}): {refs}</source>
        <translation>အစု {number} (အကျော့ {cycle})- {refs}</translation>
    </message>
    <message>
        <source>No near-duplicates in this cycle.</source>
        <translation>ဤအကျော့တွင် နီးပါးတူ အကြံပြုချက် မရှိပါ။</translation>
    </message>
    <message>
        <source>Recorded {status} for {ref} on {date}</source>
        <translation>{date} ရက်နေ့တွင် {ref} အတွက် {status} ကို မှတ်တမ်းတင်ပြီး</translation>
    </message>
    <message>
        <source>Say what to change: --new-ref, --text, --response, --from or --action-category.</source>
        <translation>ပြောင်းလဲမည့်အရာကို ဖော်ပြပါ: --new-ref၊ --text၊ --response၊ --from သို့မဟုတ် --action-category။</translation>
    </message>
    <message>
        <source>--response-on goes with --response: say what the new response is.</source>
        <translation>--response-on ကို --response နှင့် တွဲသုံးပါ- တုံ့ပြန်မှုအသစ်ကို ဖော်ပြပါ။</translation>
    </message>
    <message>
        <source>           response: {history}</source>
        <translation>           တုံ့ပြန်မှု: {history}</translation>
    </message>
    <message>
        <source>           recommended before: {refs}</source>
        <translation>           ယခင်က အကြံပြုခဲ့ဖူးသည်: {refs}</translation>
    </message>
    <message>
        <source>Wrote the {kind} report to {path} ({note})</source>
        <translation>{kind} အစီရင်ခံစာကို {path} သို့ ရေးပြီး ({note})</translation>
    </message>
    <message>
        <source>Recommendations: {total}; supported: {supported} ({share})</source>
        <translation>အကြံပြုချက်များ: {total}၊ ထောက်ခံ: {supported} ({share})</translation>
    </message>
    <message>
        <source>Consultations with government: {count}</source>
        <translation>အစိုးရနှင့် တိုင်ပင်ဆွေးနွေးပွဲများ: {count}</translation>
    </message>
    <message>
        <source>Situation as of {date}</source>
        <translation>{date} ရက်နေ့ရှိ အခြေအနေ</translation>
    </message>
    <message>
        <source>Assigned to a group: {assigned}; with a lead group: {lead}; assessed in the last {months} months: {assessed}</source>
        <translation>အဖွဲ့သို့ တာဝန်ပေးပြီး: {assigned}၊ ဦးဆောင်အဖွဲ့ ရှိ: {lead}၊ လွန်ခဲ့သော {months} လအတွင်း အကဲဖြတ်ပြီး: {assessed}</translation>
    </message>
    <message>
        <source>Follow-up actions: {open} open, {in_progress} in progress, {due_soon} due within {days} days, {overdue} overdue</source>
        <translation>နောက်ဆက်တွဲလုပ်ဆောင်ချက်များ: ဖွင့်ထား {open}၊ လုပ်ဆောင်ဆဲ {in_progress}၊ {days} ရက်အတွင်း သတ်မှတ်ရက်ရောက်မည် {due_soon}၊ ရက်ကျော်လွန် {overdue}</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>စကားဝှက်စာကြောင်း အသစ်: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>စကားဝှက်စာကြောင်း အသစ်ကို ထပ်ရိုက်ပါ: </translation>
    </message>
    <message>
        <source>The key of {path} is remembered on this computer.</source>
        <translation>{path} ၏ သော့ကို ဤကွန်ပျူတာတွင် မှတ်ထားသည်။</translation>
    </message>
    <message>
        <source>Keys can be remembered ({backend}).</source>
        <translation>သော့များကို မှတ်ထားနိုင်သည် ({backend})။</translation>
    </message>
    <message>
        <source>Keys cannot be remembered: {reason}.</source>
        <translation>သော့များကို မှတ်ထား၍ မရပါ: {reason}။</translation>
    </message>
    <message>
        <source>A passphrase is needed: run the command in a terminal, or set {env} for scripts.</source>
        <translation>စကားဝှက်စာကြောင်း လိုအပ်သည်- terminal တွင် အမိန့်ကို လုပ်ဆောင်ပါ၊ သို့မဟုတ် script များအတွက် {env} ကို သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>စကားဝှက်စာကြောင်း နှစ်ခု မတူညီပါ၊ မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>Backup taken first: {path}</source>
        <translation>အရန်မိတ္တူကို ဦးစွာ ယူထားသည်: {path}</translation>
    </message>
    <message>
        <source>Removed {path}: it could not be read to convert it, and it would have stayed readable without the new passphrase.</source>
        <translation>{path} ကို ဖယ်ရှားပြီး- ပြောင်းရန် ၎င်းကို ဖတ်၍ မရခဲ့ဘဲ ထားခဲ့ပါက စကားဝှက်စာကြောင်းအသစ် မပါဘဲ ဖတ်နိုင်နေဦးမည်။</translation>
    </message>
    <message>
        <source>Left as it was: {path} (under another passphrase).</source>
        <translation>မူလအတိုင်း ထားခဲ့သည်- {path} (အခြား စကားဝှက်စာကြောင်းဖြင့်)။</translation>
    </message>
    <message>
        <source>The key is remembered on this computer.</source>
        <translation>သော့ကို ဤကွန်ပျူတာတွင် မှတ်ထားသည်။</translation>
    </message>
    <message>
        <source>The key could not be remembered: {reason}.</source>
        <translation>သော့ကို မှတ်ထား၍ မရပါ: {reason}။</translation>
    </message>
    <message>
        <source>{path} is now protected by a passphrase.</source>
        <translation>{path} ကို ယခု စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားပြီ။</translation>
    </message>
    <message>
        <source>{path} is no longer encrypted.</source>
        <translation>{path} ကို စာဝှက်ထားခြင်း မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>The passphrase of {path} was changed.</source>
        <translation>{path} ၏ စကားဝှက်စာကြောင်းကို ပြောင်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Cannot remember keys on this computer: {reason}. You will be asked for the passphrase.</source>
        <translation>ဤကွန်ပျူတာတွင် သော့များကို မှတ်ထား၍ မရပါ: {reason}။ စကားဝှက်စာကြောင်းကို မေးပါမည်။</translation>
    </message>
    <message>
        <source>The keyring refused to store the key.</source>
        <translation>keyring က သော့ကို သိမ်းရန် ငြင်းဆိုသည်။</translation>
    </message>
    <message>
        <source>The key of {path} was removed from this computer.</source>
        <translation>{path} ၏ သော့ကို ဤကွန်ပျူတာမှ ဖယ်ရှားပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>No key of {path} was remembered here.</source>
        <translation>ဤနေရာတွင် {path} ၏ သော့ကို မှတ်မထားပါ။</translation>
    </message>
    <message>
        <source>Nothing to remove: no workspace at {path}.</source>
        <translation>ဖယ်ရှားစရာ မရှိပါ: {path} တွင် အလုပ်ခွင် မရှိပါ။</translation>
    </message>
    <message>
        <source>This removes for good:
{listing}</source>
        <translation>ဤအရာက အပြီးအပိုင် ဖယ်ရှားမည်:
{listing}</translation>
    </message>
    <message>
        <source>Type DELETE to confirm: </source>
        <translation>အတည်ပြုရန် DELETE ဟု ရိုက်ပါ: </translation>
    </message>
    <message>
        <source>Removing:
{listing}</source>
        <translation>ဖယ်ရှားနေသည်:
{listing}</translation>
    </message>
    <message>
        <source>{path} is already protected, and so is every copy of it; use rekey to change its passphrase.</source>
        <translation>{path} ကို ကာကွယ်ထားပြီးသား ဖြစ်ပြီး ၎င်း၏ မိတ္တူတိုင်းလည်း ထိုနည်းတူ ဖြစ်သည်၊ ၎င်း၏ စကားဝှက်စာကြောင်းကို ပြောင်းရန် rekey ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>The unprotected copies of {path} are now protected by its passphrase.</source>
        <translation>{path} ၏ မကာကွယ်ထားသော မိတ္တူများကို ယခု ၎င်း၏ စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားပြီ။</translation>
    </message>
    <message>
        <source>Exchange signing keys were removed too: workbooks exported before cannot be checked when they come back (merge them with --trust-unsigned after looking at them).</source>
        <translation>ဖလှယ်ရေး လက်မှတ်ထိုးသော့များကိုလည်း ဖယ်ရှားခဲ့သည်- ယခင်က ထုတ်ယူခဲ့သော အလုပ်စာအုပ်များ ပြန်လာသောအခါ စစ်ဆေး၍ မရတော့ပါ (ကြည့်ရှုပြီးနောက် --trust-unsigned ဖြင့် ပေါင်းစည်းပါ)။</translation>
    </message>
    <message>
        <source>This would remove:
{listing}
Run again with --yes to remove them.</source>
        <translation>ဤအရာက ဖယ်ရှားမည်:
{listing}
ဖယ်ရှားရန် --yes ဖြင့် ထပ်မံ လုပ်ဆောင်ပါ။</translation>
    </message>
    <message>
        <source>The password for {entry} is kept in this computer&apos;s keyring.</source>
        <translation>{entry} အတွက် စကားဝှက်ကို ဤကွန်ပျူတာ၏ keyring တွင် သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>No password given: type it at the prompt, or set {env}.</source>
        <translation>စကားဝှက် မပေးထားပါ- မေးသည့်အခါ ရိုက်ထည့်ပါ သို့မဟုတ် {env} ကို သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>{name} အတွက် စကားဝှက်- </translation>
    </message>
    <message>
        <source>{user} may now open this workspace as {role}</source>
        <translation>{user} သည် ယခု ဤ workspace ကို {role} အဖြစ် ဖွင့်နိုင်ပါပြီ</translation>
    </message>
    <message>
        <source>{path} is a workspace file; remember-password is for a workspace on a server.</source>
        <translation>{path} သည် workspace ဖိုင်ဖြစ်သည်။ remember-password သည် ဆာဗာပေါ်ရှိ workspace အတွက် ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Server password: </source>
        <translation>ဆာဗာ စကားဝှက်- </translation>
    </message>
    <message>
        <source>Created workspace &apos;{name}&apos; for {state} at {path}</source>
        <translation>{state} အတွက် အလုပ်ခွင် &apos;{name}&apos; ကို {path} တွင် ဖန်တီးပြီး</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>{path} သို့ အရန်ကူးပြီးပါပြီ</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>အရန်မိတ္တူ မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Restored {backup}. The state before it was kept as {safety}.</source>
        <translation>{backup} ကို ပြန်ယူပြီး။ ယခင်အခြေအနေကို {safety} အဖြစ် သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>The workspace cannot be read ({reason}); restoring {backup} (taken {when}) replaces it, and the damaged file is kept aside.</source>
        <translation>အလုပ်ခွင်ကို ဖတ်၍ မရပါ ({reason})၊ {backup} ({when} တွင် ယူထားသည်) ကို ပြန်ယူပါက ၎င်းကို အစားထိုးမည်ဖြစ်ပြီး ပျက်စီးနေသော ဖိုင်ကို သီးခြား ထားမည်။</translation>
    </message>
    <message>
        <source>Restoring {backup} (taken {when}) undoes nothing: it holds everything the workspace holds.</source>
        <translation>{backup} ({when} တွင် ယူထားသည်) ကို ပြန်ယူခြင်းသည် ဘာမျှ မပြန်ဖျက်ပါ- အလုပ်ခွင်တွင် ရှိသမျှ ၎င်းတွင် ရှိသည်။</translation>
    </message>
    <message>
        <source>The current state is backed up first, so this can itself be undone by restoring that backup.</source>
        <translation>လက်ရှိ အခြေအနေကို ဦးစွာ အရန်မိတ္တူ ယူထားသဖြင့် ထိုအရန်မိတ္တူကို ပြန်ယူ၍ ဤလုပ်ဆောင်ချက်ကိုလည်း ပြန်ဖျက်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation>ပြန်ဖျက်ပြီး: {label}</translation>
    </message>
    <message>
        <source>Redone: {label}</source>
        <translation>ပြန်လုပ်ပြီး: {label}</translation>
    </message>
    <message>
        <source>read only: {reason} (every command that only reads works)</source>
        <translation>ဖတ်ရန်သာ- {reason} (ဖတ်ရုံသာ ဖတ်သော အမိန့်အားလုံး အလုပ်လုပ်သည်)</translation>
    </message>
    <message>
        <source>The search index was rebuilt from the recommendations.</source>
        <translation>ရှာဖွေမှုအညွှန်းကို အကြံပြုချက်များမှ ပြန်တည်ဆောက်ပြီး။</translation>
    </message>
    <message>
        <source>Save what can be read with: upr-desktop export-json --salvage -o FILE; or restore a backup (upr-desktop restore latest --dry-run says what it would undo).</source>
        <translation>ဖတ်နိုင်သမျှကို သိမ်းရန်- upr-desktop export-json --salvage -o FILE၊ သို့မဟုတ် အရန်မိတ္တူကို ပြန်ယူပါ (upr-desktop restore latest --dry-run က မည်သည်ကို ပြန်ဖျက်မည်ကို ပြောပြသည်)။</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>ဘာမျှ မပြောင်းလဲပါ (--dry-run)။</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} ကို ရေးပြီး</translation>
    </message>
    <message>
        <source>  {table}: {now} now, {then} in the backup</source>
        <translation>  {table}- ယခု {now}၊ အရန်မိတ္တူတွင် {then}</translation>
    </message>
    <message>
        <source>Nothing in the workspace is damaged; everything was exported.</source>
        <translation>အလုပ်ခွင်တွင် ဘာမျှ မပျက်စီးပါ၊ အားလုံးကို ထုတ်ယူပြီး။</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(သရုပ်ပြ)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>မရှိသေးပါ</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>စာရွက် &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; spans {rows} rows by {columns} columns ({cells} cells), more than the {limit} cells a file may have; it was not opened. Split it into smaller files.</source>
        <translation>စာရွက် &apos;{sheet}&apos; သည် အတန်း {rows} ခု နှင့် ကော်လံ {columns} ခု (ဆဲလ် {cells} ခု) အထိ ကျယ်ပြန့်ပြီး ဖိုင်တစ်ခုတွင် ရှိနိုင်သော ဆဲလ် {limit} ခုထက် များသည်၊ မဖွင့်ပါ။ ဖိုင်ငယ်များအဖြစ် ခွဲပါ။</translation>
    </message>
    <message>
        <source>{where}: a cell tag is not well formed; it was not opened. Save the file again from Excel or LibreOffice.</source>
        <translation>{where}- ဆဲလ် tag တစ်ခု ပုံစံ မမှန်ပါ၊ မဖွင့်ပါ။ Excel သို့မဟုတ် LibreOffice မှ ဖိုင်ကို ထပ်မံ သိမ်းပါ။</translation>
    </message>
    <message>
        <source>{where}: the cell reference &apos;{ref}&apos; is not a plain reference such as B12; it was not opened.</source>
        <translation>{where}- ဆဲလ်ကိုးကားချက် &apos;{ref}&apos; သည် B12 ကဲ့သို့ ရိုးရိုး ကိုးကားချက် မဟုတ်ပါ၊ မဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>it is a binary Excel workbook (.xlsb), which is not read; save it as an Excel Workbook (.xlsx) and try again.</source>
        <translation>၎င်းသည် binary Excel အလုပ်စာအုပ် (.xlsb) ဖြစ်ပြီး မဖတ်ပါ၊ Excel Workbook (.xlsx) အဖြစ် သိမ်းပြီး ထပ်စမ်းပါ။</translation>
    </message>
    <message>
        <source>{where}: a repeat count &apos;{value}&apos; is not a number; it was not opened.</source>
        <translation>{where}- ထပ်ခါရေ &apos;{value}&apos; သည် ကိန်းဂဏန်း မဟုတ်ပါ၊ မဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; holds more than {limit} cells; it was not opened. Split it into smaller files.</source>
        <translation>စာရွက် &apos;{sheet}&apos; တွင် ဆဲလ် {limit} ခုထက် ပိုပါဝင်သည်၊ မဖွင့်ပါ။ ဖိုင်ငယ်များအဖြစ် ခွဲပါ။</translation>
    </message>
    <message>
        <source>{where}: a cell tag names its &apos;{name}&apos; twice, which no spreadsheet program writes; it was not opened.</source>
        <translation>{where}- ဆဲလ် tag တစ်ခုတွင် ၎င်း၏ &apos;{name}&apos; ကို နှစ်ကြိမ် ဖော်ပြထားပြီး မည်သည့် spreadsheet ပရိုဂရမ်မျှ ထိုသို့ မရေးပါ၊ မဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>sheet {number}</source>
        <translation>စာရွက် {number}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has cells down to row {row}, more than the {limit} rows it may have; it was not opened.</source>
        <translation>စာရွက် &apos;{sheet}&apos; တွင် အတန်း {row} အထိ ဆဲလ်များ ရှိပြီး ရှိနိုင်သော အတန်း {limit} ခုထက် များသည်၊ မဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has cells as far as column {column} (column {number}), more than the {limit} columns it may have; clear the far cells, save and try again.</source>
        <translation>စာရွက် &apos;{sheet}&apos; တွင် ကော်လံ {column} (ကော်လံ {number}) အထိ ဆဲလ်များ ရှိပြီး ရှိနိုင်သော ကော်လံ {limit} ခုထက် များသည်၊ ဝေးသော ဆဲလ်များကို ရှင်းပြီး သိမ်းကာ ထပ်စမ်းပါ။</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; holds text without any tag end for megabytes; it is not a spreadsheet part.</source>
        <translation>အပိုင်း &apos;{part}&apos; တွင် tag အဆုံးမရှိသော စာသား မီဂါဘိုက်ချီ ပါဝင်သည်၊ spreadsheet အပိုင်း မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>it holds no Excel workbook.</source>
        <translation>၎င်းတွင် Excel အလုပ်စာအုပ် မပါဝင်ပါ။</translation>
    </message>
    <message>
        <source>the old Excel (.xls) file is damaged ({reason}).</source>
        <translation>Excel ဖိုင်အဟောင်း (.xls) ပျက်စီးနေသည် ({reason})။</translation>
    </message>
    <message>
        <source>{where}: the row number &apos;{row}&apos; is not a number; it was not opened.</source>
        <translation>{where}- အတန်းနံပါတ် &apos;{row}&apos; သည် ကိန်းဂဏန်း မဟုတ်ပါ၊ မဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>the Word document</source>
        <translation>Word စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <source>the text file is {mb} MB, more than the {limit} MB one import may read; split it into smaller files.</source>
        <translation>စာသားဖိုင်သည် {mb} MB ရှိပြီး တင်သွင်းမှုတစ်ခု ဖတ်နိုင်သော {limit} MB ထက် များသည်၊ ဖိုင်ငယ်များအဖြစ် ခွဲပါ။</translation>
    </message>
    <message>
        <source>the document&apos;s text unpacks to {mb} MB, more than the {limit} MB a matrix may have; it was not opened.</source>
        <translation>စာရွက်စာတမ်း၏ စာသားသည် {mb} MB အထိ ဖြည်ထွက်ပြီး matrix တစ်ခုတွင် ရှိနိုင်သော {limit} MB ထက် များသည်၊ မဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>line {line} has {count} fields, more than the {limit} a row may have; it was not read.</source>
        <translation>စာကြောင်း {line} တွင် အကွက် {count} ခု ပါပြီး အတန်းတစ်ခုတွင် ရှိနိုင်သော {limit} ခုထက် များသည်၊ မဖတ်ပါ။</translation>
    </message>
    <message>
        <source>it has more than {limit} rows; split it into smaller files.</source>
        <translation>အတန်း {limit} ခုထက် ပိုရှိသည်၊ ဖိုင်ငယ်များအဖြစ် ခွဲပါ။</translation>
    </message>
    <message>
        <source>it has more than {limit} fields in all (by line {line}); split it into smaller files.</source>
        <translation>စုစုပေါင်း အကွက် {limit} ခုထက် ပိုရှိသည် (စာကြောင်း {line} အထိ)၊ ဖိုင်ငယ်များအဖြစ် ခွဲပါ။</translation>
    </message>
    <message>
        <source>a field on line {line} is longer than {limit} characters, far longer than any recommendation (a quote left open?).</source>
        <translation>စာကြောင်း {line} ရှိ အကွက်တစ်ခုသည် စာလုံး {limit} လုံးထက် ရှည်ပြီး မည်သည့် အကြံပြုချက်ထက်မဆို များစွာ ရှည်သည် (မျက်တောင်အဖွင့် မပိတ်ခဲ့သလား?)။</translation>
    </message>
    <message>
        <source>a table row spans more than {limit} columns, which Word itself does not allow; it was not opened.</source>
        <translation>ဇယားအတန်းတစ်ခုသည် ကော်လံ {limit} ခုထက် ပိုကျယ်ပြန့်ပြီး Word ကိုယ်တိုင် ခွင့်မပြုပါ၊ မဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>its tables have more than {limit} rows, far more than any matrix; it was not opened.</source>
        <translation>၎င်း၏ ဇယားများတွင် အတန်း {limit} ခုထက် ပိုရှိပြီး မည်သည့် matrix ထက်မဆို များစွာ များသည်၊ မဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>its tables have more than {limit} cells, far more than any matrix; it was not opened.</source>
        <translation>၎င်း၏ ဇယားများတွင် ဆဲလ် {limit} ခုထက် ပိုရှိပြီး မည်သည့် matrix ထက်မဆို များစွာ များသည်၊ မဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (perhaps cut off while copying or downloading). Save or download it again.</source>
        <translation>ဖိုင် ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ (ကူးယူစဉ် သို့မဟုတ် ဒေါင်းလုဒ်လုပ်စဉ် ပြတ်တောက်သွားနိုင်သည်)။ ထပ်မံ သိမ်းပါ သို့မဟုတ် ဒေါင်းလုဒ်လုပ်ပါ။</translation>
    </message>
    <message>
        <source>the archive holds {count} parts, far more than any real file; it was not opened.</source>
        <translation>archive တွင် အပိုင်း {count} ခု ပါပြီး မည်သည့် အမှန်တကယ် ဖိုင်ထက်မဆို များလွန်းသည်၊ ၎င်းကို မဖွင့်ခဲ့ပါ။</translation>
    </message>
    <message>
        <source>the archive would unpack to {size} MB: this looks like a zip bomb; it was not opened.</source>
        <translation>archive ကို ဖြည်လျှင် {size} MB ဖြစ်မည်- zip bomb နှင့် တူသည်၊ ၎င်းကို မဖွင့်ခဲ့ပါ။</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; declares XML entities (a DTD), which Office files never do; it may be an attack and was not opened.</source>
        <translation>အပိုင်း &apos;{name}&apos; သည် XML entity များ (DTD) ကို ကြေညာထားသည်၊ Office ဖိုင်များ ဘယ်တော့မှ မလုပ်ပါ၊ တိုက်ခိုက်မှု ဖြစ်နိုင်သဖြင့် မဖွင့်ခဲ့ပါ။</translation>
    </message>
    <message>
        <source>the archive contains a part with an unsafe name ({name}); it was not opened.</source>
        <translation>archive တွင် မလုံခြုံသော အမည်ရှိ အပိုင်းတစ်ခု ({name}) ပါသည်၊ ၎င်းကို မဖွင့်ခဲ့ပါ။</translation>
    </message>
    <message>
        <source>the file is protected by a password. Remove the password (in Excel or Word: File &gt; Info &gt; Protect), save it and try again.</source>
        <translation>ဖိုင်ကို စကားဝှက်ဖြင့် ကာကွယ်ထားသည်။ စကားဝှက်ကို ဖယ်ရှားပါ (Excel သို့မဟုတ် Word တွင်: File &gt; Info &gt; Protect)၊ သိမ်းပြီး ထပ်စမ်းကြည့်ပါ။</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; unpacks to {size} MB from {packed} KB: this looks like a zip bomb; it was not opened.</source>
        <translation>အပိုင်း &apos;{name}&apos; သည် {packed} KB မှ {size} MB အထိ ဖြည်ထွက်သည်- zip bomb နှင့် တူသည်၊ ၎င်းကို မဖွင့်ခဲ့ပါ။</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; is larger than it declares (a zip bomb?); the file was not opened.</source>
        <translation>အပိုင်း &apos;{name}&apos; သည် ကြေညာထားသည်ထက် ကြီးသည် (zip bomb လား)၊ ဖိုင်ကို မဖွင့်ခဲ့ပါ။</translation>
    </message>
    <message>
        <source>A file could not be read or written{where}: {reason}.</source>
        <translation>ဖိုင်တစ်ခုကို ဖတ်ခြင်း သို့မဟုတ် ရေးခြင်း မပြုနိုင်ပါ{where}- {reason}။</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and the workspace is as it was before. Free some space and try again.</source>
        <translation>ဒစ်ခ် ပြည့်နေသည်- ပြောင်းလဲမှုကို မသိမ်းရသေးဘဲ အလုပ်ခွင်သည် ယခင်အတိုင်း ဖြစ်သည်။ နေရာလွတ် ဖန်တီးပြီး ထပ်စမ်းပါ။</translation>
    </message>
    <message>
        <source>The workspace cannot be written (a read-only file, folder or disk): the change was not saved. Every command that only reads still works.</source>
        <translation>အလုပ်ခွင်ကို ရေး၍ မရပါ (ဖတ်ရန်သာ ဖိုင်၊ ဖိုင်တွဲ သို့မဟုတ် ဒစ်ခ်)- ပြောင်းလဲမှုကို မသိမ်းရပါ။ ဖတ်ရုံသာ ဖတ်သော အမိန့်အားလုံး ဆက်လက် အလုပ်လုပ်သည်။</translation>
    </message>
    <message>
        <source>The disk could not be written (an input/output error: a full disk, a failing one, or a USB stick removed?): the change was not saved and the workspace is as it was before.</source>
        <translation>ဒစ်ခ်ကို ရေး၍ မရပါ (input/output အမှား- ဒစ်ခ် ပြည့်နေသလား၊ ပျက်နေသလား သို့မဟုတ် USB ကို ဖြုတ်လိုက်သလား?)- ပြောင်းလဲမှုကို မသိမ်းရဘဲ အလုပ်ခွင်သည် ယခင်အတိုင်း ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Part of the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the damaged record, then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup.</source>
        <translation>အလုပ်ခွင်၏ အစိတ်အပိုင်းတစ်ခုကို ဖတ်၍ မရပါ- ဖိုင် ပျက်စီးနေသည်။ ပျက်စီးနေသော မှတ်တမ်းကို ရှာရန် `upr-desktop check` ကို လုပ်ဆောင်ပါ၊ ထို့နောက် ကျန်အားလုံးကို သိမ်းရန် `upr-desktop export-json --salvage -o FILE` ကို သုံးပါ၊ သို့မဟုတ် အရန်မိတ္တူကို ပြန်ယူပါ။</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again in a moment.</source>
        <translation>အလုပ်ခွင် အလုပ်များနေသည်- အခြား ပရိုဂရမ်တစ်ခုက ၎င်းထဲသို့ ရေးနေသည်။ ခဏအကြာတွင် ထပ်စမ်းပါ။</translation>
    </message>
    <message>
        <source>The disk is full{where}: the command stopped before finishing and changed nothing. Free some space and try again.</source>
        <translation>ဒစ်ခ် ပြည့်နေသည်{where}- အမိန့်သည် မပြီးမီ ရပ်သွားပြီး ဘာမျှ မပြောင်းလဲခဲ့ပါ။ နေရာလွတ် ဖန်တီးပြီး ထပ်စမ်းပါ။</translation>
    </message>
    <message>
        <source>The disk is read-only{where}: nothing could be written. Every command that only reads still works.</source>
        <translation>ဒစ်ခ်သည် ဖတ်ရန်သာ ဖြစ်သည်{where}- ဘာမျှ ရေး၍ မရပါ။ ဖတ်ရုံသာ ဖတ်သော အမိန့်အားလုံး ဆက်လက် အလုပ်လုပ်သည်။</translation>
    </message>
    <message>
        <source>Permission denied{where}: this account may not write there. Choose another place, or ask for the permission.</source>
        <translation>ခွင့်ပြုချက် မရှိပါ{where}- ဤအကောင့်သည် ထိုနေရာတွင် ရေး၍ မရပါ။ အခြားနေရာကို ရွေးပါ သို့မဟုတ် ခွင့်ပြုချက် တောင်းပါ။</translation>
    </message>
    <message>
        <source>The disk could not be read or written{where} (an input/output error: a failing disk, or a USB stick removed?).</source>
        <translation>ဒစ်ခ်ကို ဖတ်ခြင်း သို့မဟုတ် ရေးခြင်း မပြုနိုင်ပါ{where} (input/output အမှား- ဒစ်ခ် ပျက်နေသလား သို့မဟုတ် USB ကို ဖြုတ်လိုက်သလား?)။</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({error}). The details are in {path}; please send them to whoever supports your installation.</source>
        <translation>မမျှော်လင့်သော ပြဿနာတစ်ခုကြောင့် အမိန့် ရပ်သွားသည် ({error})။ အသေးစိတ်ကို {path} တွင် ကြည့်ပါ၊ သင့်ထည့်သွင်းမှုကို ပံ့ပိုးပေးသူထံ ပို့ပေးပါ။</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({error}).</source>
        <translation>မမျှော်လင့်သော ပြဿနာတစ်ခုကြောင့် အမိန့် ရပ်သွားသည် ({error})။</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language this app ships; use one of: {languages}.</source>
        <translation>&apos;{code}&apos; သည် ဤအက်ပ်တွင် ပါဝင်သော ဘာသာစကား မဟုတ်ပါ၊ အောက်ပါတို့အနက် တစ်ခုကို သုံးပါ: {languages}။</translation>
    </message>
    <message>
        <source>it does not hold settings</source>
        <translation>၎င်းတွင် ဆက်တင်များ မပါဝင်ပါ</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {reason}</source>
        <translation>သင့်ဆက်တင်များကို သိမ်း၍ မရပါ: {reason}</translation>
    </message>
    <message>
        <source>This PDF would list {rows} rows, hundreds of pages. Narrow it with --group or --theme (the Member group and Theme boxes), or write an .xlsx workbook instead.</source>
        <translation>ဤ PDF တွင် အတန်း {rows} တန်း၊ စာမျက်နှာ ရာပေါင်းများစွာ ပါဝင်မည်ဖြစ်သည်။ --group သို့မဟုတ် --theme (အဖွဲ့ဝင်အဖွဲ့နှင့် အကြောင်းအရာ အကွက်များ) ဖြင့် ကျဉ်းမြောင်းအောင်လုပ်ပါ၊ သို့မဟုတ် .xlsx အလုပ်စာအုပ်အဖြစ် ရေးပါ။</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>စာမျက်နှာ {pages} အနက် {page}</translation>
    </message>
    <message>
        <source>Sensitive fields included</source>
        <translation>ထိလွယ်ရှလွယ် အကွက်များ ပါဝင်သည်</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>သရုပ်ပြဒေတာ</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name></name>
    <message>
        <source>demo data</source>
        <translation>ข้อมูลสาธิต</translation>
    </message>
    <message>
        <source>Sensitive fields included</source>
        <translation>รวมช่องข้อมูลอ่อนไหว</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>หน้า {page} จาก {pages}</translation>
    </message>
    <message>
        <source>This PDF would list {rows} rows, hundreds of pages. Narrow it with --group or --theme (the Member group and Theme boxes), or write an .xlsx workbook instead.</source>
        <translation>PDF นี้จะมี {rows} แถว หรือหลายร้อยหน้า จำกัดให้แคบลงด้วย --group หรือ --theme (ช่องกลุ่มสมาชิกและประเด็น) หรือบันทึกเป็นเวิร์กบุ๊ก .xlsx แทน</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About UPR Desktop</source>
        <translation>เกี่ยวกับ UPR Desktop</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>เกี่ยวกับ (&amp;A)</translation>
    </message>
    <message>
        <source>Licence of UPR Desktop</source>
        <translation>สัญญาอนุญาตของ UPR Desktop</translation>
    </message>
    <message>
        <source>Licences of the software UPR Desktop includes</source>
        <translation>สัญญาอนุญาตของซอฟต์แวร์ที่รวมอยู่ใน UPR Desktop</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>สัญญาอนุญาต (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Third-party software</source>
        <translation>ซอฟต์แวร์ของบุคคลที่สาม (&amp;T)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>เกี่ยวกับ Qt (&amp;Q)</translation>
    </message>
    <message>
        <source>UPR Desktop %1</source>
        <translation>UPR Desktop %1</translation>
    </message>
    <message>
        <source>Follow up on Universal Periodic Review recommendations as a coalition, offline.</source>
        <translation>ติดตามผลข้อเสนอแนะจากกระบวนการทบทวนสถานการณ์สิทธิมนุษยชนตามระยะ (UPR) ร่วมกันในภาคีเครือข่าย แม้ไม่มีอินเทอร์เน็ต</translation>
    </message>
    <message>
        <source>Copyright © UPR Desktop contributors.</source>
        <translation>ลิขสิทธิ์ © ผู้ร่วมพัฒนา UPR Desktop</translation>
    </message>
    <message>
        <source>UPR Desktop is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The Licence tab has the full text; the Third-party software tab lists the libraries it includes and their licences.</source>
        <translation>UPR Desktop เป็นซอฟต์แวร์เสรี: คุณสามารถแจกจ่ายต่อและแก้ไขได้ภายใต้เงื่อนไขของสัญญาอนุญาตสาธารณะทั่วไปของกนู (GNU GPL) รุ่นที่ 3 หรือ (ตามที่คุณเลือก) รุ่นใดก็ได้ที่ใหม่กว่า โดยไม่มีการรับประกันใด ๆ แท็บสัญญาอนุญาตมีข้อความฉบับเต็ม ส่วนแท็บซอฟต์แวร์ของบุคคลที่สามแสดงรายการไลบรารีที่รวมอยู่และสัญญาอนุญาตของแต่ละรายการ</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add follow-up action</source>
        <translation>เพิ่มกิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>แก้ไขกิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(ไม่มีกลุ่ม)</translation>
    </message>
    <message>
        <source>Has a &amp;due date</source>
        <translation>มีวันครบกำหนด (&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onfidential (kept out of shared exports)</source>
        <translation>ลับ (ไม่รวมในไฟล์ส่งออกที่แบ่งปัน) (&amp;O)</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation>การปรึกษาหารือ:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>กิจกรรม (&amp;A):</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>รายละเอียดกิจกรรม</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>กลุ่ม (&amp;G):</translation>
    </message>
    <message>
        <source>Responsible group</source>
        <translation>กลุ่มที่รับผิดชอบ</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>สถานะ (&amp;S):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>วันครบกำหนด</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>ครบกำหนด:</translation>
    </message>
    <message>
        <source>Follow-up action saved</source>
        <translation>บันทึกกิจกรรมติดตามผลแล้ว</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Follow-up actions</source>
        <translation>กิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>เฉพาะที่เลยกำหนด (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>กลุ่ม (&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>สถานะ (&amp;T):</translation>
    </message>
    <message>
        <source>Show the actions about one UPR cycle&apos;s recommendations</source>
        <translation>แสดงกิจกรรมติดตามผลที่เกี่ยวกับข้อเสนอแนะของรอบ UPR หนึ่งรอบ</translation>
    </message>
    <message>
        <source>&amp;Add action...</source>
        <translation>เพิ่มกิจกรรม (&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>แก้ไข (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>บันทึกว่าเสร็จ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>ลบ (&amp;D)...</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up actions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;กิจกรรมติดตามผล&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>ทุกกลุ่ม</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(ไม่มีกลุ่ม)</translation>
    </message>
    <message>
        <source>%1 shown; %2 overdue as of %4 (marked %3).</source>
        <translation>แสดง %1 เกินกำหนด %2 ณ %4 (ทำเครื่องหมาย %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n กิจกรรม</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>บันทึกว่าเสร็จแล้ว: %1</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>ลบกิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>Delete this follow-up action?</source>
        <translation>ลบกิจกรรมติดตามผลนี้หรือไม่?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>คุณเลิกทำได้ด้วย Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Delete action</source>
        <translation>ลบกิจกรรม (&amp;D)</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>no due date</source>
        <translation>ไม่มีวันครบกำหนด</translation>
    </message>
    <message>
        <source>%1 Overdue: %2</source>
        <translation>%1 เลยกำหนด: %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>การปรึกษาหารือ</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Add assessment of %1</source>
        <translation>เพิ่มการประเมินของ %1</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>เลือกสถานะ…</translation>
    </message>
    <message>
        <source>(the coalition as a whole)</source>
        <translation>(ภาคีเครือข่ายโดยรวม)</translation>
    </message>
    <message>
        <source>What shows this status: laws passed, budgets, cases, statistics...</source>
        <translation>สิ่งที่แสดงสถานะนี้: กฎหมายที่ผ่าน งบประมาณ คดี สถิติ...</translation>
    </message>
    <message>
        <source>Links or documents</source>
        <translation>ลิงก์หรือเอกสาร</translation>
    </message>
    <message>
        <source>&amp;Confidential (never leaves this workspace in exports)</source>
        <translation>ลับ (ไม่ออกจากพื้นที่ทำงานนี้ในการส่งออกใด ๆ) (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>สถานะ (&amp;S):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>วันที่ (&amp;D):</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <source>&amp;Assessed by:</source>
        <translation>ประเมินโดย (&amp;A):</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>ประเมินโดย</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>หลักฐาน (&amp;E):</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>แหล่งที่มา (&amp;O):</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>ความเห็น (&amp;M):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>เพิ่มการประเมิน</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>Unassign %n recommendations</source>
        <translation>
            <numerusform>ยกเลิกการมอบหมายข้อเสนอแนะ %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n recommendations</source>
        <translation>
            <numerusform>มอบหมายข้อเสนอแนะ %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member &amp;group:</source>
        <translation>กลุ่มสมาชิก (&amp;G):</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>กลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>กำหนดเสร็จ (&amp;D):</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>วันครบกำหนด</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>There are no member groups yet. Add them on the Member groups page.</source>
        <translation>ยังไม่มีกลุ่มสมาชิก เพิ่มได้ที่หน้ากลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>ยกเลิกการมอบหมาย</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>มอบหมาย</translation>
    </message>
</context>
<context>
    <name>BarChartView</name>
    <message>
        <source>%1 — counting…</source>
        <translation>%1 — กำลังนับ…</translation>
    </message>
</context>
<context>
    <name>ConfirmAboveDialog</name>
    <message>
        <source>Confirm all above a score</source>
        <translation>ยืนยันทั้งหมดที่คะแนนสูงกว่าเกณฑ์</translation>
    </message>
    <message>
        <source>Mi&amp;nimum score:</source>
        <translation>คะแนนขั้นต่ำ (&amp;N):</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>คะแนนขั้นต่ำ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>รอบก่อน</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>ข้อเสนอแนะรอบก่อน</translation>
    </message>
    <message>
        <source>Links that would be confirmed</source>
        <translation>การเชื่อมโยงที่จะได้รับการยืนยัน</translation>
    </message>
    <message>
        <source>Looking for suggestions...</source>
        <translation>กำลังค้นหาข้อเสนอ...</translation>
    </message>
    <message numerus="yes">
        <source>Links that would be confirmed: %n (the best suggestion of each recommendation scoring at least this). Nothing is changed until you confirm; Undo takes them all back.</source>
        <translation>
            <numerusform>การเชื่อมโยงที่จะได้รับการยืนยัน: %n (ข้อเสนอที่ดีที่สุดของแต่ละข้อเสนอแนะที่ได้คะแนนอย่างน้อยเท่านี้) ไม่มีสิ่งใดเปลี่ยนจนกว่าคุณจะยืนยัน และ เลิกทำ จะยกเลิกทั้งหมดได้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm: %n</source>
        <translation>
            <numerusform>ยืนยัน: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Decide later</source>
        <translation>ตัดสินใจภายหลัง</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>ใช้ของเรา</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>ใช้ของกลุ่ม</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>ค่าที่แก้ไข</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>When exported (base)</source>
        <translation>เมื่อส่งออก (ค่าฐาน)</translation>
    </message>
    <message>
        <source>Ours (secretariat)</source>
        <translation>ของเรา (ฝ่ายเลขานุการ)</translation>
    </message>
    <message>
        <source>Theirs (group)</source>
        <translation>ของกลุ่ม (กลุ่มสมาชิก)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>ค่าที่เก็บไว้</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>หน่วยงานรัฐ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation>ผู้เข้าร่วมฝ่ายรัฐ</translation>
    </message>
    <message>
        <source>Linked refs</source>
        <translation>เลขที่ที่เชื่อมโยง</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>คำมั่น</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>วันครบกำหนด</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>ยังไม่ได้ตัดสินใจ</translation>
    </message>
    <message>
        <source>All &amp;ours</source>
        <translation>ใช้ของเราทั้งหมด (&amp;O)</translation>
    </message>
    <message>
        <source>All t&amp;heirs</source>
        <translation>ใช้ของกลุ่มทั้งหมด (&amp;H)</translation>
    </message>
    <message>
        <source>Conflicts side by side</source>
        <translation>ข้อขัดแย้งแบบเทียบข้างกัน</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>เช่น กระทรวงยุติธรรม</translation>
    </message>
    <message>
        <source>Sensitive: names of officials are left out of exchange workbooks and shared exports.</source>
        <translation>ข้อมูลอ่อนไหว: ชื่อเจ้าหน้าที่รัฐจะไม่อยู่ในเวิร์กบุ๊กแลกเปลี่ยนและไฟล์ส่งออกที่แบ่งปัน</translation>
    </message>
    <message>
        <source>Con&amp;fidential (kept out of shared exports)</source>
        <translation>ลับ (ไม่รวมในไฟล์ส่งออกที่แบ่งปัน) (&amp;F)</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>วันที่ (&amp;A):</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>วันที่จัด</translation>
    </message>
    <message>
        <source>Government &amp;body:</source>
        <translation>หน่วยงานรัฐ (&amp;B):</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>หน่วยงานรัฐ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ประเภท (&amp;K):</translation>
    </message>
    <message>
        <source>Kind of consultation</source>
        <translation>ประเภทการปรึกษาหารือ</translation>
    </message>
    <message>
        <source>Led by &amp;group:</source>
        <translation>นำโดยกลุ่ม (&amp;G):</translation>
    </message>
    <message>
        <source>Member group that led it</source>
        <translation>กลุ่มสมาชิกที่เป็นผู้นำ</translation>
    </message>
    <message>
        <source>&amp;Coalition participants:</source>
        <translation>ผู้เข้าร่วมจากภาคีเครือข่าย (&amp;C):</translation>
    </message>
    <message>
        <source>Coalition participants</source>
        <translation>ผู้เข้าร่วมจากภาคีเครือข่าย</translation>
    </message>
    <message>
        <source>Go&amp;vernment participants (sensitive):</source>
        <translation>ผู้เข้าร่วมฝ่ายรัฐ (อ่อนไหว) (&amp;V):</translation>
    </message>
    <message>
        <source>Government participants, sensitive</source>
        <translation>ผู้เข้าร่วมฝ่ายรัฐ ข้อมูลอ่อนไหว</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>ข้อเสนอแนะ:</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>ข้อเสนอแนะที่หารือ</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>สรุป (&amp;U):</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Co&amp;mmitments:</source>
        <translation>คำมั่น (&amp;M):</translation>
    </message>
    <message>
        <source>Commitments made</source>
        <translation>คำมั่นที่ให้ไว้</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(ไม่มีกลุ่ม)</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>การปรึกษาหารือ</translation>
    </message>
    <message>
        <source>&amp;New consultation</source>
        <translation>การปรึกษาหารือใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>ลบ (&amp;D)...</translation>
    </message>
    <message>
        <source>Show the consultations about one UPR cycle&apos;s recommendations</source>
        <translation>แสดงการปรึกษาหารือที่เกี่ยวกับข้อเสนอแนะของรอบ UPR หนึ่งรอบ</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consultations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;การปรึกษาหารือ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Save consultation</source>
        <translation>บันทึกการปรึกษาหารือ (&amp;S)</translation>
    </message>
    <message>
        <source>Follow-up actions of this consultation</source>
        <translation>กิจกรรมติดตามผลของการปรึกษาหารือนี้</translation>
    </message>
    <message>
        <source>Add &amp;follow-up action...</source>
        <translation>เพิ่มกิจกรรมติดตามผล (&amp;F)...</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>กิจกรรมติดตามผล</translation>
    </message>
    <message numerus="yes">
        <source>%n consultations logged.</source>
        <translation>
            <numerusform>บันทึกการหารือแล้ว %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultations about recommendations of cycle %1.</source>
        <translation>
            <numerusform>การปรึกษาหารือ %n ครั้งเกี่ยวกับข้อเสนอแนะของรอบที่ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n follow-up actions are kept without a consultation. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>กิจกรรมติดตามผล %n รายการของการหารือนี้จะยังอยู่โดยไม่มีการหารือ เลิกทำได้ด้วย Ctrl+Z</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;New consultation&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;การปรึกษาหารือใหม่&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Consultation with %1 on %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;การปรึกษาหารือกับ %1 วันที่ %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Save the consultation first, then add its follow-up actions.</source>
        <translation>บันทึกการปรึกษาหารือก่อน แล้วจึงเพิ่มกิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>Consultation saved</source>
        <translation>บันทึกการปรึกษาหารือแล้ว</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>ลบการปรึกษาหารือ</translation>
    </message>
    <message>
        <source>Delete the consultation with %1 on %2?</source>
        <translation>ลบการปรึกษาหารือกับ %1 วันที่ %2 หรือไม่?</translation>
    </message>
    <message>
        <source>&amp;Delete consultation</source>
        <translation>ลบการปรึกษาหารือ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>ConsultationsTable</name>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>หน่วยงานรัฐ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Recs</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>กิจกรรม</translation>
    </message>
</context>
<context>
    <name>CycleChoice</name>
    <message>
        <source>Show the work of one UPR cycle</source>
        <translation>แสดงงานของรอบ UPR หนึ่งรอบ</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>ทุกรอบ</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>รอบ (&amp;Y):</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>รอบที่ %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Africa</source>
        <translation>แอฟริกา</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>เอเชีย-แปซิฟิก</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>ยุโรปตะวันออก</translation>
    </message>
    <message>
        <source>Latin America and Caribbean</source>
        <translation>ละตินอเมริกาและแคริบเบียน</translation>
    </message>
    <message>
        <source>Western Europe and others</source>
        <translation>ยุโรปตะวันตกและอื่น ๆ</translation>
    </message>
    <message>
        <source>Observer States</source>
        <translation>รัฐผู้สังเกตการณ์</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <source>Show the figures of one member group</source>
        <translation>แสดงตัวเลขของกลุ่มสมาชิกหนึ่งกลุ่ม</translation>
    </message>
    <message>
        <source>All member groups</source>
        <translation>กลุ่มสมาชิกทั้งหมด</translation>
    </message>
    <message>
        <source>Show the figures of one UPR cycle</source>
        <translation>แสดงตัวเลขของรอบ UPR หนึ่งรอบ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>กลุ่ม:</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>ตอบรับ</translation>
    </message>
    <message>
        <source>Assigned to a group</source>
        <translation>มอบหมายให้กลุ่มแล้ว</translation>
    </message>
    <message>
        <source>With a lead group</source>
        <translation>มีกลุ่มนำ</translation>
    </message>
    <message>
        <source>Assessed in the last 6 months</source>
        <translation>ประเมินในช่วง 6 เดือนที่ผ่านมา</translation>
    </message>
    <message>
        <source>Consultations with government</source>
        <translation>การปรึกษาหารือกับรัฐ</translation>
    </message>
    <message>
        <source>Follow-up actions overdue</source>
        <translation>กิจกรรมติดตามผลที่เลยกำหนด</translation>
    </message>
    <message>
        <source>Implementation status by theme</source>
        <translation>สถานะการดำเนินการตามประเด็น</translation>
    </message>
    <message>
        <source>Recommendations by response</source>
        <translation>ข้อเสนอแนะจำแนกตามท่าทีของรัฐ</translation>
    </message>
    <message>
        <source>Implementation status by member group</source>
        <translation>สถานะการดำเนินการตามกลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>Supported, by regional group of the recommending States</source>
        <translation>ที่ตอบรับ จำแนกตามกลุ่มภูมิภาคของรัฐที่ให้ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Recommending States (most recommendations)</source>
        <translation>รัฐที่ให้ข้อเสนอแนะ (มากที่สุด)</translation>
    </message>
    <message>
        <source>Action categories</source>
        <translation>ประเภทการดำเนินการ</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>ความครอบคลุม</translation>
    </message>
    <message>
        <source>Consultations per quarter</source>
        <translation>การปรึกษาหารือรายไตรมาส</translation>
    </message>
    <message>
        <source>Point at a bar to see its number; click it to list those recommendations.</source>
        <translation>ชี้ที่แท่งเพื่อดูตัวเลข คลิกเพื่อแสดงรายการข้อเสนอแนะเหล่านั้น</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>กำลังนับตัวเลข…</translation>
    </message>
    <message>
        <source>Situation as of %1</source>
        <translation>สถานการณ์ ณ วันที่ %1</translation>
    </message>
    <message>
        <source>Situation as of %1; counting the rest…</source>
        <translation>สถานการณ์ ณ วันที่ %1 กำลังนับส่วนที่เหลือ…</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>การปรึกษาหารือ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>The Recommendations page cannot be filtered from here in this version.</source>
        <translation>ในรุ่นนี้ยังกรองหน้าข้อเสนอแนะจากที่นี่ไม่ได้</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a recommendation to see its details.</source>
        <translation>เลือกข้อเสนอแนะเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <source>Recommendation details</source>
        <translation>รายละเอียดข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>ข้อความเต็ม</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>มอบหมายให้:</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>การมอบหมาย</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <source>Assign to group...</source>
        <translation>มอบหมายให้กลุ่ม...</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>ลบการมอบหมาย</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>ภาพรวม (&amp;O)</translation>
    </message>
    <message>
        <source>Assessment timeline</source>
        <translation>ลำดับเวลาการประเมิน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>&amp;Add assessment...</source>
        <translation>เพิ่มการประเมิน (&amp;A)...</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>การประเมิน (&amp;M)</translation>
    </message>
    <message>
        <source>Linked consultations</source>
        <translation>การปรึกษาหารือที่เชื่อมโยง</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>หน่วยงานรัฐ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Co&amp;nsultations</source>
        <translation>การปรึกษาหารือ (&amp;N)</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>ประวัติการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>สิ่งที่เกิดขึ้น</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ประวัติ (&amp;H)</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>ท่าทีของรัฐ: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>จาก %1</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>รอบที่ %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>ประเด็น: %1</translation>
    </message>
    <message>
        <source>coalition</source>
        <translation>ภาคีเครือข่าย</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear all filters</source>
        <translation>ล้างตัวกรองทั้งหมด</translation>
    </message>
    <message>
        <source>No recommendation matches this search and these filters. Change the search or a filter, or clear them all to see every recommendation.</source>
        <translation>ไม่มีข้อเสนอแนะที่ตรงกับคำค้นและตัวกรองเหล่านี้ เปลี่ยนคำค้นหรือตัวกรอง หรือล้างทั้งหมดเพื่อดูข้อเสนอแนะทุกข้อ</translation>
    </message>
    <message>
        <source>No recommendations yet. Import them with File → Import recommendations (Ctrl+I).</source>
        <translation>ยังไม่มีข้อเสนอแนะ นำเข้าได้ที่ แฟ้ม → นำเข้าข้อเสนอแนะ (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>UPR Desktop hit an unexpected problem. The change in progress was not saved; everything saved before is intact. Please copy this report and send it to whoever supports your coalition&apos;s installation.</source>
        <translation>UPR Desktop พบปัญหาที่ไม่คาดคิด การเปลี่ยนแปลงที่กำลังทำอยู่ไม่ได้ถูกบันทึก แต่ทุกอย่างที่บันทึกไว้ก่อนหน้ายังอยู่ครบ โปรดคัดลอกรายงานนี้และส่งให้ผู้ที่ดูแลการติดตั้งของภาคีเครือข่ายของคุณ</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>รายงานข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>คัดลอกรายงาน</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>ทำสิ่งนั้นไม่ได้</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>E&amp;xport workbooks</source>
        <translation>ส่งออกเวิร์กบุ๊ก (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Merge returns</source>
        <translation>รวมไฟล์ตอบกลับ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ประวัติ (&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;conflicts (%1)</source>
        <translation>ข้อขัดแย้งที่ค้างอยู่ (%1) (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Member &amp;groups (choose one or several):</source>
        <translation>กลุ่มสมาชิก (เลือกได้หนึ่งกลุ่มหรือหลายกลุ่ม) (&amp;G):</translation>
    </message>
    <message>
        <source>Member groups to export for</source>
        <translation>กลุ่มสมาชิกที่จะส่งออกให้</translation>
    </message>
    <message>
        <source>Which recommendations</source>
        <translation>ข้อเสนอแนะใดบ้าง</translation>
    </message>
    <message>
        <source>All &amp;assigned to the group</source>
        <translation>ทั้งหมดที่มอบหมายให้กลุ่ม (&amp;A)</translation>
    </message>
    <message>
        <source>Only these &amp;refs:</source>
        <translation>เฉพาะเลขที่เหล่านี้ (&amp;R):</translation>
    </message>
    <message>
        <source>Only the &amp;theme:</source>
        <translation>เฉพาะประเด็น (&amp;T):</translation>
    </message>
    <message>
        <source>e.g. 115.1, 115.4</source>
        <translation>เช่น 115.1, 115.4</translation>
    </message>
    <message>
        <source>Refs to export</source>
        <translation>เลขที่ที่จะส่งออก</translation>
    </message>
    <message>
        <source>Theme to export</source>
        <translation>ประเด็นที่จะส่งออก</translation>
    </message>
    <message>
        <source>Export the work of one UPR cycle</source>
        <translation>ส่งออกงานของรอบ UPR หนึ่งรอบ</translation>
    </message>
    <message>
        <source>&amp;Deadline for the return:</source>
        <translation>กำหนดส่งกลับ (&amp;D):</translation>
    </message>
    <message>
        <source>Deadline for the return</source>
        <translation>กำหนดส่งกลับ</translation>
    </message>
    <message>
        <source>Workbook &amp;language:</source>
        <translation>ภาษาของเวิร์กบุ๊ก (&amp;L):</translation>
    </message>
    <message>
        <source>Language of the workbooks</source>
        <translation>ภาษาของเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>Each group&apos;s own language</source>
        <translation>ภาษาของแต่ละกลุ่ม</translation>
    </message>
    <message>
        <source>The Read me, column titles, dropdown values and messages of the workbook are in this language. Returns are read back whatever their language.</source>
        <translation>หน้าอ่านก่อน ชื่อคอลัมน์ ค่าในรายการเลือก และข้อความในเวิร์กบุ๊กจะเป็นภาษานี้ ไฟล์ตอบกลับอ่านกลับได้ไม่ว่าจะเป็นภาษาใด</translation>
    </message>
    <message>
        <source>Sent &amp;by (the secretariat):</source>
        <translation>ส่งโดย (ฝ่ายเลขานุการ) (&amp;B):</translation>
    </message>
    <message>
        <source>e.g. the coordinator&apos;s name, or the secretariat&apos;s</source>
        <translation>เช่น ชื่อผู้ประสานงาน หรือชื่อฝ่ายเลขานุการ</translation>
    </message>
    <message>
        <source>Written in each workbook&apos;s Read me; kept in the workspace</source>
        <translation>เขียนไว้ในหน้าอ่านก่อนของแต่ละเวิร์กบุ๊ก และเก็บไว้ในพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Include &amp;sensitive information</source>
        <translation>รวมข้อมูลอ่อนไหว (&amp;S)</translation>
    </message>
    <message>
        <source>Adds the government participants of consultations and every record marked confidential (recommendations, assessments, consultations, follow-up actions). Send such workbooks only to people who may see them.</source>
        <translation>เพิ่มผู้เข้าร่วมฝ่ายรัฐของการปรึกษาหารือ และทุกระเบียนที่ทำเครื่องหมายว่าลับ (ข้อเสนอแนะ การประเมิน การปรึกษาหารือ กิจกรรมติดตามผล) ส่งเวิร์กบุ๊กเช่นนี้ให้เฉพาะผู้ที่มีสิทธิ์เห็นเท่านั้น</translation>
    </message>
    <message>
        <source>&amp;Export workbooks...</source>
        <translation>ส่งออกเวิร์กบุ๊ก (&amp;E)...</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>มอบหมาย %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for the %n workbooks</source>
        <translation>
            <numerusform>โฟลเดอร์สำหรับสมุดงาน %n ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n workbooks</source>
        <translation>
            <numerusform>ส่งออกสมุดงาน %n ไฟล์แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the workbook for %1</source>
        <translation>บันทึกเวิร์กบุ๊กสำหรับ %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting workbooks</source>
        <translation>กำลังส่งออกเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>✔ %1: %2 (%3 recommendations, %4 consultations, %5 actions)</source>
        <translation>✔ %1: %2 (ข้อเสนอแนะ %3 ข้อ, การปรึกษาหารือ %4 ครั้ง, กิจกรรม %5 รายการ)</translation>
    </message>
    <message>
        <source>⚠ These workbooks include sensitive information: send them only to people who may see it.</source>
        <translation>⚠ เวิร์กบุ๊กเหล่านี้มีข้อมูลอ่อนไหว: ส่งให้เฉพาะผู้ที่มีสิทธิ์เห็นเท่านั้น</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search reference, text or State (Ctrl+F)</source>
        <translation>ค้นหาเลขที่ ข้อความ หรือรัฐ (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search recommendations</source>
        <translation>ค้นหาข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>ท่าทีของรัฐ</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>ทุกท่าที</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>สถานะล่าสุด</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>ทุกประเด็น</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>กลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>ทุกกลุ่ม</translation>
    </message>
    <message>
        <source>Recommending State</source>
        <translation>รัฐที่ให้ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Any State</source>
        <translation>ทุกรัฐ</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>ประเภทการดำเนินการ</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation>ทุกรอบ</translation>
    </message>
    <message>
        <source>&amp;Unassigned only</source>
        <translation>เฉพาะที่ยังไม่มอบหมาย (&amp;U)</translation>
    </message>
    <message>
        <source>Not assessed &amp;since</source>
        <translation>ไม่ได้ประเมินตั้งแต่ (&amp;S)</translation>
    </message>
    <message>
        <source>Not assessed since this date</source>
        <translation>ไม่ได้ประเมินตั้งแต่วันที่นี้</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>ล้างตัวกรอง (&amp;L)</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>รอบที่ %1</translation>
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
        <translation>เพิ่มกลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>Edit member group %1</source>
        <translation>แก้ไขกลุ่มสมาชิก %1</translation>
    </message>
    <message>
        <source>Sensitive: left out of exchange workbooks and shared exports.</source>
        <translation>ข้อมูลอ่อนไหว: ไม่รวมในเวิร์กบุ๊กแลกเปลี่ยนและไฟล์ส่งออกที่แบ่งปัน</translation>
    </message>
    <message>
        <source>Not set (English)</source>
        <translation>ไม่ได้ตั้ง (อังกฤษ)</translation>
    </message>
    <message>
        <source>The exchange workbooks sent to this group are written in this language.</source>
        <translation>เวิร์กบุ๊กแลกเปลี่ยนที่ส่งให้กลุ่มนี้จะเขียนเป็นภาษานี้</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>ชื่อกลุ่ม</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>ชื่อย่อ (&amp;A):</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>ภูมิภาค (&amp;R):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>&amp;Focal point:</source>
        <translation>ผู้ประสานงาน (&amp;F):</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>&amp;Contact details (sensitive):</source>
        <translation>ข้อมูลติดต่อ (อ่อนไหว) (&amp;C):</translation>
    </message>
    <message>
        <source>Contact details, sensitive</source>
        <translation>ข้อมูลติดต่อ ข้อมูลอ่อนไหว</translation>
    </message>
    <message>
        <source>&amp;Workbook language:</source>
        <translation>ภาษาของเวิร์กบุ๊ก (&amp;W):</translation>
    </message>
    <message>
        <source>Language of the group&apos;s workbooks</source>
        <translation>ภาษาของเวิร์กบุ๊กของกลุ่ม</translation>
    </message>
    <message>
        <source>The acronym is one word (at most 30 characters) and must differ from every other group&apos;s.</source>
        <translation>ชื่อย่อต้องเป็นคำเดียว (ไม่เกิน 30 ตัวอักษร) และต้องไม่ซ้ำกับกลุ่มอื่น</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Member groups</source>
        <translation>กลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Member groups&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;กลุ่มสมาชิก&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Add group...</source>
        <translation>เพิ่มกลุ่ม (&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>แก้ไข (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>นำออก (&amp;R)...</translation>
    </message>
    <message>
        <source>Add a member group (Insert in the table)</source>
        <translation>เพิ่มกลุ่มสมาชิก (Insert ในตาราง)</translation>
    </message>
    <message>
        <source>Edit the selected group (F2 or Enter)</source>
        <translation>แก้ไขกลุ่มที่เลือก (F2 หรือ Enter)</translation>
    </message>
    <message>
        <source>Remove the selected group (Delete)</source>
        <translation>นำกลุ่มที่เลือกออก (Delete)</translation>
    </message>
    <message>
        <source>Count the work of one UPR cycle</source>
        <translation>นับงานของรอบ UPR หนึ่งรอบ</translation>
    </message>
    <message>
        <source>No member groups yet. Add the first one with Add group (Insert).</source>
        <translation>ยังไม่มีกลุ่มสมาชิก เพิ่มกลุ่มแรกด้วย &quot;เพิ่มกลุ่ม&quot; (Insert)</translation>
    </message>
    <message>
        <source>%1; %2 with overdue work (marked %3).</source>
        <translation>%1 มีงานเกินกำหนด %2 กลุ่ม (ทำเครื่องหมาย %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n member groups</source>
        <translation>
            <numerusform>กลุ่มสมาชิก %n กลุ่ม</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3, %4 assessed; %5; %6, %7 overdue. Focal point: %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3 ประเมินแล้ว %4; %5; %6 เกินกำหนด %7 ผู้ประสานงาน: %8</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations assigned</source>
        <translation>
            <numerusform>ได้รับมอบหมายข้อเสนอแนะ %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignments overdue</source>
        <translation>
            <numerusform>งานที่มอบหมายเกินกำหนด %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up actions</source>
        <translation>
            <numerusform>กิจกรรมติดตามผลที่ยังเปิดอยู่ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its load in detail.</source>
        <translation>เลือกกลุ่มเพื่อดูภาระงานโดยละเอียด</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>Saved member group %1</source>
        <translation>บันทึกกลุ่มสมาชิก %1 แล้ว</translation>
    </message>
    <message>
        <source>Remove member group</source>
        <translation>นำกลุ่มสมาชิกออก</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>นำ %1 (%2) ออกหรือไม่?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>คุณเลิกทำได้ด้วย Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>นำกลุ่มออก (&amp;R)</translation>
    </message>
    <message>
        <source>Removed member group %1</source>
        <translation>นำกลุ่มสมาชิก %1 ออกแล้ว</translation>
    </message>
</context>
<context>
    <name>GroupsTable</name>
    <message>
        <source>%1 assignments past their due date without an assessment; %2 follow-up actions past due</source>
        <translation>การมอบหมายเลยวันครบกำหนดโดยยังไม่มีการประเมิน %1 รายการ; กิจกรรมติดตามผลเลยกำหนด %2 รายการ</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>ประเมินแล้ว</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>กิจกรรมที่เปิดอยู่</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>↶ undone</source>
        <translation>↶ เลิกทำแล้ว</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>มีผลอยู่</translation>
    </message>
    <message>
        <source>changed nothing</source>
        <translation>ไม่ได้เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>การรวม</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>การนำเข้า</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ปรับปรุง</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สภาพ</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History of merges and imports</source>
        <translation>ประวัติการรวมและการนำเข้า</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>รายละเอียด (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Send the rejected cells back…</source>
        <translation>ส่งเซลล์ที่ถูกปฏิเสธกลับ (&amp;S)…</translation>
    </message>
    <message>
        <source>A short workbook listing the cells this merge could not use, to send to the group</source>
        <translation>เวิร์กบุ๊กสั้น ๆ ที่แสดงรายการเซลล์ที่การรวมครั้งนี้ใช้ไม่ได้ เพื่อส่งให้กลุ่ม</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>เลิกทำการรวม (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>เลิกทำการนำเข้า (&amp;U)</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>การรวม %1</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>การนำเข้า %1</translation>
    </message>
    <message>
        <source>Wrote the cells to fix to %1: send it to the group.</source>
        <translation>เขียนเซลล์ที่ต้องแก้ไขไปที่ %1 แล้ว: ส่งให้กลุ่ม</translation>
    </message>
    <message>
        <source>Save the cells to fix for %1</source>
        <translation>บันทึกเซลล์ที่ต้องแก้ไขสำหรับ %1</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV (*.csv);;Text (*.txt)</source>
        <translation>เวิร์กบุ๊ก (*.xlsx);;CSV (*.csv);;ข้อความ (*.txt)</translation>
    </message>
    <message>
        <source>Undid the merge of %1.</source>
        <translation>เลิกทำการรวม %1 แล้ว</translation>
    </message>
    <message>
        <source>Undid the import of %1.</source>
        <translation>เลิกทำการนำเข้า %1 แล้ว</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>เลิกทำการรวม</translation>
    </message>
    <message>
        <source>&amp;Force: undo anyway</source>
        <translation>บังคับ: เลิกทำอยู่ดี (&amp;F)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>UPR Info database export</source>
        <translation>ไฟล์ส่งออกจากฐานข้อมูล UPR Info</translation>
    </message>
    <message>
        <source>OHCHR thematic matrix</source>
        <translation>ตารางจำแนกตามประเด็นของ OHCHR</translation>
    </message>
    <message>
        <source>UHRI export (Universal Human Rights Index)</source>
        <translation>ไฟล์ส่งออกจาก UHRI (ดัชนีสิทธิมนุษยชนสากล)</translation>
    </message>
    <message>
        <source>Table with a header row</source>
        <translation>ตารางที่มีแถวหัวตาราง</translation>
    </message>
    <message>
        <source>Import recommendations</source>
        <translation>นำเข้าข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>แสดงตัวอย่างอีกครั้ง (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>ไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <source>C&amp;hoose files...</source>
        <translation>เลือกไฟล์ (&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ไฟล์ (&amp;F):</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>ตรวจหาอัตโนมัติ</translation>
    </message>
    <message>
        <source>Column &amp;mapping...</source>
        <translation>การจับคู่คอลัมน์ (&amp;M)...</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>รูปแบบ (&amp;O):</translation>
    </message>
    <message>
        <source>Choose or drop a file (xlsx, xls, ods, csv, docx or json).</source>
        <translation>เลือกหรือวางไฟล์ (xlsx, xls, ods, csv, docx หรือ json)</translation>
    </message>
    <message>
        <source>Which recommendations</source>
        <translation>ข้อเสนอแนะใดบ้าง</translation>
    </message>
    <message>
        <source>This workspace&apos;s State</source>
        <translation>รัฐของพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <source>Another &amp;State:</source>
        <translation>รัฐอื่น (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;All States in the file</source>
        <translation>ทุกรัฐในไฟล์ (&amp;A)</translation>
    </message>
    <message>
        <source>Another State under Review</source>
        <translation>รัฐอื่นที่รับการทบทวน</translation>
    </message>
    <message>
        <source>e.g. Viet Nam</source>
        <translation>เช่น Viet Nam</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ใดก็ได้</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>รอบ (&amp;Y):</translation>
    </message>
    <message>
        <source>Sessio&amp;n:</source>
        <translation>สมัยประชุม (&amp;N):</translation>
    </message>
    <message>
        <source>Responses took &amp;effect on:</source>
        <translation>ท่าทีของรัฐมีผลเมื่อ (&amp;E):</translation>
    </message>
    <message>
        <source>A response this file changes (pending, then supported or noted at the adoption) is kept in the recommendation&apos;s history with this day; otherwise with today&apos;s</source>
        <translation>ท่าทีที่ไฟล์นี้เปลี่ยน (รอพิจารณา แล้วตอบรับหรือรับทราบเมื่อรับรองรายงาน) จะถูกเก็บในประวัติของข้อเสนอแนะพร้อมวันที่นี้ มิฉะนั้นจะใช้วันนี้</translation>
    </message>
    <message>
        <source>The day the file&apos;s responses took effect</source>
        <translation>วันที่ท่าทีของรัฐในไฟล์มีผล</translation>
    </message>
    <message>
        <source>Preview (nothing is written yet)</source>
        <translation>ตัวอย่าง (ยังไม่มีการเขียนข้อมูลใด ๆ)</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>จะเพิ่ม</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>จะปรับปรุง</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Skipped (row errors)</source>
        <translation>ข้าม (แถวผิดพลาด)</translation>
    </message>
    <message>
        <source>Left out (other States, cycles, sessions)</source>
        <translation>ไม่รวม (รัฐ รอบ หรือสมัยประชุมอื่น)</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>แถวที่จะไม่ถูกนำเข้า</translation>
    </message>
    <message>
        <source>Recommendation files (%1)</source>
        <translation>ไฟล์ข้อเสนอแนะ (%1)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation>เวิร์กบุ๊ก (*.xlsx *.xls *.ods)</translation>
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
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Recognising %1...</source>
        <translation>กำลังตรวจหา %1...</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>แน่นอน</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>น่าจะใช่</translation>
    </message>
    <message>
        <source>✔ Recognised as: %1 (%2). Choose another format above if this is wrong.</source>
        <translation>✔ ตรวจพบว่าเป็น: %1 (%2) หากไม่ถูกต้อง ให้เลือกรูปแบบอื่นด้านบน</translation>
    </message>
    <message>
        <source>⚠ Not recognised. If the file is a table, choose “Table with a header row” as the format, then Column mapping to say which column holds what.</source>
        <translation>⚠ ตรวจไม่พบรูปแบบ หากไฟล์เป็นตาราง ให้เลือก “ตารางที่มีแถวหัวตาราง” เป็นรูปแบบ แล้วใช้ “การจับคู่คอลัมน์” เพื่อระบุว่าคอลัมน์ใดเก็บข้อมูลอะไร</translation>
    </message>
    <message>
        <source>Cannot import %1: it is not a recognised format (a UPR Info export, an OHCHR matrix, a UHRI export, or a table with a column of recommendation texts). If it is a table, choose “Table with a header row” under Format, then Column mapping to say which column holds what.</source>
        <translation>นำเข้า %1 ไม่ได้: ไม่ใช่รูปแบบที่รู้จัก (ไฟล์ส่งออกของ UPR Info, ตารางของ OHCHR, ไฟล์ส่งออกของ UHRI หรือตารางที่มีคอลัมน์ข้อความข้อเสนอแนะ) หากเป็นตาราง ให้เลือก “ตารางที่มีแถวหัวตาราง” ในรูปแบบ แล้วใช้การจับคู่คอลัมน์เพื่อระบุว่าคอลัมน์ใดเก็บอะไร</translation>
    </message>
    <message>
        <source>%1 is a returned exchange workbook: it was opened in the merge preview (Exchange page).</source>
        <translation>%1 เป็นเวิร์กบุ๊กแลกเปลี่ยนที่ส่งกลับมา: เปิดไว้ในการแสดงตัวอย่างการรวมแล้ว (หน้าแลกเปลี่ยน)</translation>
    </message>
    <message>
        <source>Only &amp;%1 (this workspace&apos;s State)</source>
        <translation>เฉพาะ &amp;%1 (รัฐของพื้นที่ทำงานนี้)</translation>
    </message>
    <message>
        <source>This format has fixed columns; there is no mapping to change.</source>
        <translation>รูปแบบนี้มีคอลัมน์ตายตัว ไม่มีการจับคู่ให้เปลี่ยน</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>การจับคู่คอลัมน์</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>กำลังอ่าน %1</translation>
    </message>
    <message>
        <source>Imported (written to the workspace)</source>
        <translation>นำเข้าแล้ว (เขียนลงพื้นที่ทำงานแล้ว)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่มแล้ว</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ปรับปรุงแล้ว</translation>
    </message>
    <message>
        <source>Format: %1.</source>
        <translation>รูปแบบ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n “accepted in part” rows are merged into partially supported recommendations.</source>
        <translation>
            <numerusform>แถว “ยอมรับบางส่วน” %n แถวจะถูกรวมเป็นข้อเสนอแนะที่สนับสนุนบางส่วน</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: this file adds or changes nothing.</source>
        <translation>ไม่มีอะไรให้นำเข้า: ไฟล์นี้ไม่ได้เพิ่มหรือเปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>ยกเลิกการแสดงตัวอย่างแล้ว</translation>
    </message>
    <message>
        <source>⚠ This file cannot be imported as it is: %1</source>
        <translation>⚠ ไฟล์นี้นำเข้าตามสภาพปัจจุบันไม่ได้: %1</translation>
    </message>
    <message>
        <source>Cannot import %1: it is about %2 (its header says “%3”), but this workspace follows %4. Nothing was imported. To follow %2, create a workspace for it: File &gt; New workspace.</source>
        <translation>นำเข้า %1 ไม่ได้: ไฟล์นี้เกี่ยวกับ %2 (ส่วนหัวระบุว่า “%3”) แต่พื้นที่ทำงานนี้ติดตาม %4 ไม่มีสิ่งใดถูกนำเข้า หากต้องการติดตาม %2 ให้สร้างพื้นที่ทำงานสำหรับรัฐนั้น: แฟ้ม &gt; พื้นที่ทำงานใหม่</translation>
    </message>
    <message>
        <source>Cannot import %1: it holds recommendations to %2, none to %3. Nothing was imported. To keep them anyway, choose “Another State” or “All States in the file” above; to follow %4, create a workspace for it: File &gt; New workspace.</source>
        <translation>นำเข้า %1 ไม่ได้: ไฟล์นี้มีข้อเสนอแนะถึง %2 ไม่มีถึง %3 ไม่มีสิ่งใดถูกนำเข้า หากยังต้องการเก็บไว้ ให้เลือก “รัฐอื่น” หรือ “ทุกรัฐในไฟล์” ด้านบน หากต้องการติดตาม %4 ให้สร้างพื้นที่ทำงานสำหรับรัฐนั้น: แฟ้ม &gt; พื้นที่ทำงานใหม่</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>กำลังนำเข้า %1</translation>
    </message>
    <message>
        <source>✔ Imported %1: added %2, updated %3, unchanged %4, skipped %5.</source>
        <translation>✔ นำเข้า %1 แล้ว: เพิ่ม %2, ปรับปรุง %3, ไม่เปลี่ยนแปลง %4, ข้าม %5</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>ได้สำรองข้อมูลไว้ก่อนแล้ว: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>ยกเลิกการนำเข้าแล้ว: ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>⚠ The import failed: nothing was changed.</source>
        <translation>⚠ การนำเข้าล้มเหลว: ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
        <source>Reference (ref)</source>
        <translation>เลขที่อ้างอิง (ref)</translation>
    </message>
    <message>
        <source>Recommendation text</source>
        <translation>ข้อความข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>รัฐที่รับการทบทวน</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>รัฐที่ให้ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Response (supported/noted)</source>
        <translation>ท่าทีของรัฐ (ตอบรับ/รับทราบ)</translation>
    </message>
    <message>
        <source>Action category (1-5)</source>
        <translation>ประเภทการดำเนินการ (1-5)</translation>
    </message>
    <message>
        <source>UPR session</source>
        <translation>สมัยประชุม UPR</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>รอบ UPR</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>เป้าประสงค์ SDG</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>กลุ่มผู้ได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>Theme cluster</source>
        <translation>กลุ่มประเด็น</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>เอกสารต้นทาง</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>จับคู่ตามชื่อ</translation>
    </message>
    <message>
        <source>matched by a known spelling</source>
        <translation>จับคู่ตามการสะกดที่รู้จัก</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>ที่คุณเลือก</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>ตรวจไม่พบ</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>พื้นที่ทำงานใหม่ (&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>เปิดพื้นที่ทำงาน (&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>ปิดพื้นที่ทำงาน (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import recommendations...</source>
        <translation>นำเข้าข้อเสนอแนะ (&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export workbooks for groups...</source>
        <translation>ส่งออกเวิร์กบุ๊กให้กลุ่ม (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Merge returned workbooks...</source>
        <translation>รวมเวิร์กบุ๊กที่ส่งกลับ (&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>ค้นหา (&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>ข้อความใหญ่ขึ้น (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>ข้อความเล็กลง (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>ขนาดข้อความปกติ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>โหมดนำเสนอ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ไป (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>เปิดโฟลเดอร์บันทึกการทำงาน (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About UPR Desktop</source>
        <translation>เกี่ยวกับ UPR Desktop (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>เลิกทำ %1 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>ทำซ้ำ %1 (&amp;R)</translation>
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
        <translation>หน้า</translation>
    </message>
    <message>
        <source>This is not available in this version yet.</source>
        <translation>รุ่นนี้ยังไม่มีฟังก์ชันนี้</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>ยังไม่พร้อมใช้งาน</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>เลิกทำแล้ว: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>ทำซ้ำแล้ว: %1</translation>
    </message>
    <message>
        <source>Text size: %1 points</source>
        <translation>ขนาดข้อความ: %1 พอยต์</translation>
    </message>
    <message>
        <source>Backing up the workspace</source>
        <translation>กำลังสำรองข้อมูลพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>สำรองข้อมูลไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Could not open the log folder. It is %1</source>
        <translation>เปิดโฟลเดอร์บันทึกการทำงานไม่ได้ โฟลเดอร์อยู่ที่ %1</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Column mapping</source>
        <translation>การจับคู่คอลัมน์</translation>
    </message>
    <message>
        <source>Which field each column of %1 (table “%2”) goes into. Change a choice with its list; a column that is not imported is ignored.</source>
        <translation>แต่ละคอลัมน์ของ %1 (ตาราง “%2”) จะไปอยู่ในช่องข้อมูลใด เปลี่ยนตัวเลือกได้จากรายการของคอลัมน์นั้น คอลัมน์ที่ไม่นำเข้าจะถูกละไว้</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation>วิธีจับคู่</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>ช่องข้อมูลสำหรับคอลัมน์ %1</translation>
    </message>
    <message>
        <source>⚠ Choose the column that holds the recommendation text.</source>
        <translation>⚠ เลือกคอลัมน์ที่เก็บข้อความข้อเสนอแนะ</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>&amp;Add returned workbooks...</source>
        <translation>เพิ่มเวิร์กบุ๊กที่ส่งกลับ (&amp;A)...</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>ล้าง (&amp;L)</translation>
    </message>
    <message>
        <source>Or drop several returned workbooks here at once.</source>
        <translation>หรือลากเวิร์กบุ๊กที่ส่งกลับหลายไฟล์มาวางที่นี่พร้อมกัน</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>เวิร์กบุ๊กที่ส่งกลับ</translation>
    </message>
    <message>
        <source>Add the workbooks member groups sent back to see what merging them would change.</source>
        <translation>เพิ่มเวิร์กบุ๊กที่กลุ่มสมาชิกส่งกลับมา เพื่อดูว่าการรวมจะเปลี่ยนแปลงอะไรบ้าง</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>ชีต</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>เซลล์</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>What</source>
        <translation>อะไร</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Additions</source>
        <translation>รายการเพิ่ม</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>จะเป็น</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>รายการปรับปรุง</translation>
    </message>
    <message>
        <source>Why it is not used</source>
        <translation>เหตุที่ไม่ใช้</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>เซลล์ที่ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>A&amp;pply merge</source>
        <translation>ดำเนินการรวม (&amp;P)</translation>
    </message>
    <message>
        <source>Merge returned workbooks</source>
        <translation>รวมเวิร์กบุ๊กที่ส่งกลับ</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the returned workbooks</source>
        <translation>กำลังอ่านเวิร์กบุ๊กที่ส่งกลับ</translation>
    </message>
    <message>
        <source>✖ refused</source>
        <translation>✖ ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>= already merged</source>
        <translation>= รวมไปแล้ว</translation>
    </message>
    <message>
        <source>✔ merged</source>
        <translation>✔ รวมแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>ข้อขัดแย้ง %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>เซลล์ที่ถูกปฏิเสธ %n เซลล์</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ will merge, %1</source>
        <translation>⚠ จะรวม, %1</translation>
    </message>
    <message>
        <source>✔ will merge</source>
        <translation>✔ จะรวม</translation>
    </message>
    <message>
        <source>Both sides changed these fields since the export. Choose per row, or for all:</source>
        <translation>ทั้งสองฝ่ายเปลี่ยนช่องข้อมูลเหล่านี้หลังการส่งออก เลือกทีละแถว หรือเลือกทั้งหมด:</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>การประเมินของ %1</translation>
    </message>
    <message>
        <source>= %1 was already merged; merging it again changes nothing. %2</source>
        <translation>= %1 ถูกรวมไปแล้ว การรวมซ้ำจะไม่เปลี่ยนแปลงสิ่งใด %2</translation>
    </message>
    <message>
        <source>%1 from %2: %3, %4, %5, %6.</source>
        <translation>%1 จาก %2: %3, %4, %5, %6</translation>
    </message>
    <message numerus="yes">
        <source>%n additions</source>
        <translation>
            <numerusform>เพิ่ม %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updates</source>
        <translation>
            <numerusform>ปรับปรุง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1: %2, %3; %4, %5.</source>
        <translation>✔ %1: %2, %3; %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n files</source>
        <translation>
            <numerusform>รวม %n ไฟล์แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>เพิ่ม %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>ปรับปรุง %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>แก้ข้อขัดแย้งแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to resolve later</source>
        <translation>
            <numerusform>เหลือให้แก้ภายหลัง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>ข้อขัดแย้ง (%1) (&amp;C)</translation>
    </message>
    <message>
        <source>✖ Will not be merged: %1</source>
        <translation>✖ จะไม่รวม: %1</translation>
    </message>
    <message>
        <source>A&amp;dditions (%1)</source>
        <translation>รายการเพิ่ม (%1) (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Updates (%1)</source>
        <translation>รายการปรับปรุง (%1) (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rejected cells (%1)</source>
        <translation>เซลล์ที่ถูกปฏิเสธ (%1) (&amp;R)</translation>
    </message>
    <message>
        <source>Your decision on %1 (%2)</source>
        <translation>การตัดสินใจของคุณสำหรับ %1 (%2)</translation>
    </message>
    <message>
        <source>Merging returned workbooks</source>
        <translation>กำลังรวมเวิร์กบุ๊กที่ส่งกลับ</translation>
    </message>
    <message>
        <source>A backup was made first.</source>
        <translation>ได้สำรองข้อมูลไว้ก่อนแล้ว</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>ยกเลิกแล้ว: ไม่มีสิ่งใดถูกรวม</translation>
    </message>
    <message>
        <source>⚠ The merge failed: nothing was merged.</source>
        <translation>⚠ การรวมล้มเหลว: ไม่มีสิ่งใดถูกรวม</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>วลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>วลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>พิมพ์วลีรหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>วลีรหัสผ่านปัจจุบัน:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>วลีรหัสผ่านใหม่:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>พิมพ์อีกครั้ง:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>จำไว้ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Nobody can recover the data if this passphrase is forgotten. Write it down and keep it somewhere safe.</source>
        <translation>หากลืมวลีรหัสผ่านนี้ จะไม่มีใครกู้ข้อมูลคืนได้ จดไว้และเก็บไว้ในที่ปลอดภัย</translation>
    </message>
</context>
<context>
    <name>OpenConflictsPanel</name>
    <message>
        <source>&amp;Resolve the decided conflicts</source>
        <translation>แก้ข้อขัดแย้งที่ตัดสินใจแล้ว (&amp;R)</translation>
    </message>
    <message>
        <source>Conflicts from earlier merges still waiting for a decision: %1.</source>
        <translation>ข้อขัดแย้งจากการรวมครั้งก่อนที่ยังรอการตัดสินใจ: %1</translation>
    </message>
    <message>
        <source>No conflicts are waiting for a decision.</source>
        <translation>ไม่มีข้อขัดแย้งที่รอการตัดสินใจ</translation>
    </message>
    <message>
        <source>Choose a decision for at least one conflict first.</source>
        <translation>เลือกการตัดสินใจสำหรับข้อขัดแย้งอย่างน้อยหนึ่งรายการก่อน</translation>
    </message>
    <message numerus="yes">
        <source>✔ Resolved %n conflicts.</source>
        <translation>
            <numerusform>✔ แก้ข้อขัดแย้งแล้ว %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Recommendations</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Member groups</source>
        <translation>กลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>การปรึกษาหารือ</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>กิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>แลกเปลี่ยน</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protected workspace</source>
        <translation>พื้นที่ทำงานที่มีการป้องกัน</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Enter it to continue.</source>
        <translation>%1 ได้รับการป้องกันด้วยวลีรหัสผ่าน ป้อนวลีรหัสผ่านเพื่อดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>จำไว้ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>ป้อนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not open the workspace: %1</source>
        <translation>เปิดพื้นที่ทำงานไม่ได้: %1</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>รอ %1 วินาที</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>กำลังหยุด...</translation>
    </message>
</context>
<context>
    <name>RecommendationPicker</name>
    <message>
        <source>Type words or a reference, e.g. torture or 115.2</source>
        <translation>พิมพ์คำหรือเลขที่ เช่น การทรมาน หรือ 115.2</translation>
    </message>
    <message>
        <source>Search recommendations to link</source>
        <translation>ค้นหาข้อเสนอแนะเพื่อเชื่อมโยง</translation>
    </message>
    <message>
        <source>Matching recommendations</source>
        <translation>ข้อเสนอแนะที่ตรงกัน</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>ข้อเสนอแนะที่หารือ</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>เพิ่มรายการที่เลือก (&amp;S)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>นำออก (&amp;V)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>ค้นหา (&amp;D):</translation>
    </message>
    <message>
        <source>Discussed:</source>
        <translation>ที่หารือ:</translation>
    </message>
    <message numerus="yes">
        <source>%n matching recommendations (Enter or Add selected links them).</source>
        <translation>
            <numerusform>ข้อเสนอแนะที่ตรงกัน %n ข้อ (กด Enter หรือ เพิ่มที่เลือก เพื่อเชื่อมโยง)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationTable</name>
    <message>
        <source>Ref</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>รัฐที่ให้ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>ท่าทีของรัฐ</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Lead group</source>
        <translation>กลุ่มนำ</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>สถานะล่าสุด</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>ประเมินล่าสุด</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>How many recommendations are shown</source>
        <translation>จำนวนข้อเสนอแนะที่แสดง</translation>
    </message>
    <message>
        <source>&amp;Assign to group...</source>
        <translation>มอบหมายให้กลุ่ม (&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Unassign from group...</source>
        <translation>ยกเลิกการมอบหมายจากกลุ่ม (&amp;U)...</translation>
    </message>
    <message>
        <source>Set &amp;themes...</source>
        <translation>กำหนดประเด็น (&amp;T)...</translation>
    </message>
    <message>
        <source>Add assess&amp;ment...</source>
        <translation>เพิ่มการประเมิน (&amp;M)...</translation>
    </message>
    <message>
        <source>Recommended &amp;before</source>
        <translation>เคยเสนอแนะมาก่อน (&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments to %1.</source>
        <translation>
            <numerusform>ยกเลิกการมอบหมายให้ %1 แล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the recommendations…</source>
        <translation>กำลังโหลดข้อเสนอแนะ…</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>ข้อเสนอแนะ %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>เลือก %1 ข้อ</translation>
    </message>
    <message>
        <source>Assigned to %1: %2 new, %3 changed, %4 already assigned.</source>
        <translation>มอบหมายให้ %1: ใหม่ %2, เปลี่ยน %3, มอบหมายอยู่แล้ว %4</translation>
    </message>
    <message>
        <source>Add assessment of %1</source>
        <translation>เพิ่มการประเมินของ %1</translation>
    </message>
</context>
<context>
    <name>RecommendedBeforePanel</name>
    <message>
        <source>Select a recommendation to see what was recommended before.</source>
        <translation>เลือกข้อเสนอแนะเพื่อดูว่าเคยมีการเสนอแนะอะไรมาก่อน</translation>
    </message>
    <message>
        <source>Recommended before</source>
        <translation>เคยเสนอแนะมาก่อน</translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation>ยืนยันการเชื่อมโยง (&amp;C)</translation>
    </message>
    <message>
        <source>The selected earlier recommendation was recommended before this one</source>
        <translation>ข้อเสนอแนะรอบก่อนที่เลือกเคยเสนอแนะมาก่อนข้อนี้</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>ปฏิเสธ (&amp;R)</translation>
    </message>
    <message>
        <source>Not the same recommendation: it is not suggested again</source>
        <translation>ไม่ใช่ข้อเสนอแนะเดียวกัน จะไม่ถูกเสนออีก</translation>
    </message>
    <message>
        <source>Confirm all abo&amp;ve...</source>
        <translation>ยืนยันทั้งหมดที่สูงกว่า... (&amp;V)</translation>
    </message>
    <message>
        <source>Preview, then confirm the best suggestion of every recommendation of this cycle above a score</source>
        <translation>ดูตัวอย่าง แล้วยืนยันข้อเสนอที่ดีที่สุดของทุกข้อเสนอแนะในรอบนี้ที่คะแนนสูงกว่าเกณฑ์</translation>
    </message>
    <message>
        <source>Assign its cl&amp;uster...</source>
        <translation>มอบหมายทั้งกลุ่ม... (&amp;U)</translation>
    </message>
    <message>
        <source>Near-duplicates from other States in the same cycle: assign them all to a group at once</source>
        <translation>ข้อเสนอแนะที่แทบซ้ำกันจากรัฐอื่นในรอบเดียวกัน: มอบหมายทั้งหมดให้กลุ่มเดียวในครั้งเดียว</translation>
    </message>
    <message>
        <source>Nothing recommended in an earlier cycle of this State comes close to %1.</source>
        <translation>ไม่มีข้อเสนอแนะในรอบก่อนของรัฐนี้ที่ใกล้เคียงกับ %1</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed predecessors of %1: %n. Select a suggestion, then confirm or reject it.</source>
        <translation>
            <numerusform>ข้อเสนอแนะก่อนหน้าที่ยืนยันแล้วของ %1: %n เลือกข้อเสนอ แล้วยืนยันหรือปฏิเสธ</numerusform>
        </translation>
    </message>
    <message>
        <source>No near-duplicate of this recommendation in its cycle.</source>
        <translation>ไม่มีข้อเสนอแนะที่แทบซ้ำกับข้อนี้ในรอบเดียวกัน</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>กลุ่ม: %1</translation>
    </message>
    <message numerus="yes">
        <source>Links to earlier cycles confirmed: %n.</source>
        <translation>
            <numerusform>ยืนยันการเชื่อมโยงกับรอบก่อนแล้ว: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Implementation (mid-term assessment)</source>
        <translation>การดำเนินการ (การประเมินกลางรอบ)</translation>
    </message>
    <message>
        <source>Coverage by member groups</source>
        <translation>ความครอบคลุมของกลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>Consultations and follow-up actions</source>
        <translation>การปรึกษาหารือและกิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>Cycle to cycle (latest cycle: response history, recommended before)</source>
        <translation>จากรอบสู่รอบ (รอบล่าสุด: ประวัติท่าทีของรัฐ เคยเสนอแนะมาก่อน)</translation>
    </message>
    <message>
        <source>All member groups</source>
        <translation>กลุ่มสมาชิกทั้งหมด</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>ทุกประเด็น</translation>
    </message>
    <message>
        <source>All cycles (the cycle report: the latest)</source>
        <translation>ทุกรอบ (รายงานรอบ: รอบล่าสุด)</translation>
    </message>
    <message>
        <source>Only since</source>
        <translation>เฉพาะตั้งแต่</translation>
    </message>
    <message>
        <source>Only assessments, consultations and actions since this date</source>
        <translation>เฉพาะการประเมิน การปรึกษาหารือ และกิจกรรมตั้งแต่วันที่นี้</translation>
    </message>
    <message>
        <source>Include sensitive fields (government participants, contact details, confidential records)</source>
        <translation>รวมช่องข้อมูลอ่อนไหว (ผู้เข้าร่วมฝ่ายรัฐ ข้อมูลติดต่อ ระเบียนลับ)</translation>
    </message>
    <message>
        <source>The report will say that it contains sensitive fields. Share it only inside the coalition.</source>
        <translation>รายงานจะระบุว่ามีช่องข้อมูลอ่อนไหว แบ่งปันเฉพาะภายในภาคีเครือข่ายเท่านั้น</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>รายงาน (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Member group:</source>
        <translation>กลุ่มสมาชิก (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ประเด็น (&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>รอบ (&amp;Y):</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>ช่วงเวลา:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>แสดงตัวอย่าง (&amp;P)</translation>
    </message>
    <message>
        <source>Save as &amp;Excel workbook...</source>
        <translation>บันทึกเป็นเวิร์กบุ๊ก Excel (&amp;E)...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>บันทึกเป็น PDF (&amp;D)...</translation>
    </message>
    <message>
        <source>Save as &amp;HTML page...</source>
        <translation>บันทึกเป็นหน้าเว็บ HTML (&amp;H)...</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>ตัวอย่างรายงาน</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>รอบที่ %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more sections in the saved report.</source>
        <translation>
            <numerusform>… และอีก %n ส่วนในรายงานที่บันทึก</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>หน้าเว็บ (*.html)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>บันทึกรายงาน</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>กำลังเขียนรายงาน</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>บันทึกรายงานไปที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>RowErrorsModel</name>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>เหตุที่ไม่นำเข้า</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>%1 is locked. Enter its passphrase to continue.</source>
        <translation>%1 ถูกล็อกอยู่ ป้อนวลีรหัสผ่านเพื่อดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>ความปลอดภัย (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase...</source>
        <translation>ป้องกันด้วยวลีรหัสผ่าน (&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Change passphrase...</source>
        <translation>เปลี่ยนวลีรหัสผ่าน (&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase...</source>
        <translation>เอาวลีรหัสผ่านออก (&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Forget the key on this computer</source>
        <translation>ลืมกุญแจในคอมพิวเตอร์เครื่องนี้ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>ล็อกเดี๋ยวนี้ (&amp;L)</translation>
    </message>
    <message>
        <source>Cannot remember the passphrase on this computer: %1.</source>
        <translation>จำวลีรหัสผ่านในคอมพิวเตอร์เครื่องนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>ป้องกันด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The workspace and its backups will be encrypted. A backup is taken first.</source>
        <translation>พื้นที่ทำงานและข้อมูลสำรองจะถูกเข้ารหัส โดยจะสำรองข้อมูลก่อน</translation>
    </message>
    <message>
        <source>The workspace is now protected by a passphrase.</source>
        <translation>พื้นที่ทำงานได้รับการป้องกันด้วยวลีรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The workspace and its backups will be re-encrypted with the new passphrase. A backup is taken first.</source>
        <translation>พื้นที่ทำงานและข้อมูลสำรองจะถูกเข้ารหัสใหม่ด้วยวลีรหัสผ่านใหม่ โดยจะสำรองข้อมูลก่อน</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>เปลี่ยนวลีรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>เอาวลีรหัสผ่านออก</translation>
    </message>
    <message>
        <source>The workspace and its backups will be stored without encryption: anyone with this computer can read them.</source>
        <translation>พื้นที่ทำงานและข้อมูลสำรองจะถูกเก็บโดยไม่เข้ารหัส: ใครก็ตามที่ใช้คอมพิวเตอร์เครื่องนี้จะอ่านได้</translation>
    </message>
    <message>
        <source>The workspace is no longer encrypted.</source>
        <translation>พื้นที่ทำงานไม่ได้เข้ารหัสอีกต่อไป</translation>
    </message>
    <message>
        <source>The key was removed from this computer.</source>
        <translation>นำกุญแจออกจากคอมพิวเตอร์เครื่องนี้แล้ว</translation>
    </message>
    <message>
        <source>No key was remembered on this computer.</source>
        <translation>ไม่มีกุญแจที่จำไว้ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring; anyone using this computer account can open the workspace.</source>
        <translation>กุญแจถูกเก็บไว้ในพวงกุญแจของคอมพิวเตอร์เครื่องนี้ ผู้ที่ใช้บัญชีผู้ใช้นี้ในคอมพิวเตอร์เครื่องนี้จะเปิดพื้นที่ทำงานได้</translation>
    </message>
    <message>
        <source>Cannot remember the passphrase on this computer: %1. You will be asked for it each time.</source>
        <translation>จำวลีรหัสผ่านในคอมพิวเตอร์เครื่องนี้ไม่ได้: %1 ระบบจะถามวลีรหัสผ่านทุกครั้ง</translation>
    </message>
    <message>
        <source>Wait a moment before trying again.</source>
        <translation>รอสักครู่ก่อนลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>ป้อนวลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters; a few unrelated words are best.</source>
        <translation>วลีรหัสผ่านใหม่ต้องมีอย่างน้อย %1 ตัวอักษร ใช้คำที่ไม่เกี่ยวข้องกันหลาย ๆ คำจะดีที่สุด</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>วลีรหัสผ่านใหม่ทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>วลีรหัสผ่านใหม่เหมือนกับวลีรหัสผ่านปัจจุบัน</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Same as the computer</source>
        <translation>เหมือนกับคอมพิวเตอร์</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> พอยต์</translation>
    </message>
    <message>
        <source>Next to the workspace file (default)</source>
        <translation>ข้างไฟล์พื้นที่ทำงาน (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>เรียกดู (&amp;B)...</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>เลือกโฟลเดอร์สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ไม่ล็อก</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Checking the keyring...</source>
        <translation>กำลังตรวจสอบพวงกุญแจ...</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>นำไปใช้ (&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>ย้อนกลับ (&amp;V)</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>การแสดงผล</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>ความปลอดภัย</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>ขนาดข้อความ (&amp;T):</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>ขนาดข้อความเป็นพอยต์</translation>
    </message>
    <message>
        <source>Ctrl+= and Ctrl+- change it from anywhere; Ctrl+0 goes back to normal.</source>
        <translation>Ctrl+= และ Ctrl+- ใช้เปลี่ยนได้จากทุกที่ Ctrl+0 กลับไปขนาดปกติ</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>โฟลเดอร์สำรองข้อมูล (&amp;F):</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>โฟลเดอร์สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Where automatic and manual backups go. Choose a folder on another disk to survive a disk failure.</source>
        <translation>ที่เก็บข้อมูลสำรองอัตโนมัติและที่สำรองเอง เลือกโฟลเดอร์บนดิสก์อื่นเพื่อให้รอดเมื่อดิสก์เสีย</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>ล็อกเมื่อไม่ได้ใช้งาน (&amp;I):</translation>
    </message>
    <message>
        <source>Minutes before the workspace locks</source>
        <translation>จำนวนนาทีก่อนพื้นที่ทำงานล็อก</translation>
    </message>
    <message>
        <source>A protected workspace locks itself after this many minutes without use.</source>
        <translation>พื้นที่ทำงานที่มีการป้องกันจะล็อกตัวเองเมื่อไม่ได้ใช้งานครบจำนวนนาทีนี้</translation>
    </message>
    <message>
        <source>Keyring:</source>
        <translation>พวงกุญแจ:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;การตั้งค่า&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A new language applies when you press Apply: the window is rebuilt and your workspace stays open.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อคุณกด &quot;นำไปใช้&quot;: หน้าต่างจะถูกสร้างใหม่และพื้นที่ทำงานยังเปิดอยู่</translation>
    </message>
    <message>
        <source>A new language applies the next time UPR Desktop starts.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อเปิด UPR Desktop ครั้งถัดไป</translation>
    </message>
    <message>
        <source>✔ Passphrases can be remembered on this computer (%1).</source>
        <translation>✔ จำวลีรหัสผ่านในคอมพิวเตอร์เครื่องนี้ได้ (%1)</translation>
    </message>
    <message>
        <source>✖ Passphrases cannot be remembered on this computer: %1. You will type the passphrase when you open a protected workspace.</source>
        <translation>✖ จำวลีรหัสผ่านในคอมพิวเตอร์เครื่องนี้ไม่ได้: %1 คุณจะต้องพิมพ์วลีรหัสผ่านเมื่อเปิดพื้นที่ทำงานที่มีการป้องกัน</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it first or choose another folder.</source>
        <translation>ไม่มีโฟลเดอร์สำรองข้อมูล %1 สร้างโฟลเดอร์ก่อนหรือเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>UPR Desktop cannot write in the backup folder %1. Choose a folder you can write to.</source>
        <translation>UPR Desktop เขียนลงในโฟลเดอร์สำรองข้อมูล %1 ไม่ได้ เลือกโฟลเดอร์ที่คุณเขียนได้</translation>
    </message>
    <message>
        <source>Settings saved; switching the language...</source>
        <translation>บันทึกการตั้งค่าแล้ว กำลังเปลี่ยนภาษา...</translation>
    </message>
    <message>
        <source>Settings saved. Restart UPR Desktop to see the new language.</source>
        <translation>บันทึกการตั้งค่าแล้ว เปิด UPR Desktop ใหม่เพื่อดูภาษาใหม่</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>บันทึกการตั้งค่าแล้ว</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>รอบก่อน</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>ข้อเสนอแนะรอบก่อน</translation>
    </message>
    <message>
        <source>Response then</source>
        <translation>ท่าทีของรัฐในตอนนั้น</translation>
    </message>
    <message>
        <source>Status then</source>
        <translation>สถานะหลังจากนั้น</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ปฏิเสธแล้ว</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>%1 (cycle %2)</source>
        <translation>%1 (รอบที่ %2)</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Asylum-seekers - refugees</source>
        <translation>ผู้แสวงหาที่ลี้ภัย - ผู้ลี้ภัย</translation>
    </message>
    <message>
        <source>Business &amp; Human rights</source>
        <translation>ธุรกิจกับสิทธิมนุษยชน</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>ภาคประชาสังคม</translation>
    </message>
    <message>
        <source>Cooperation with OHCHR</source>
        <translation>ความร่วมมือกับ OHCHR</translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation>การทุจริต</translation>
    </message>
    <message>
        <source>Counter-terrorism</source>
        <translation>การต่อต้านการก่อการร้าย</translation>
    </message>
    <message>
        <source>CP rights - general</source>
        <translation>สิทธิพลเมืองและสิทธิทางการเมือง - ทั่วไป</translation>
    </message>
    <message>
        <source>Death penalty</source>
        <translation>โทษประหารชีวิต</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>การควบคุมตัว</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>การพัฒนา</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>คนพิการ</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>การเลือกตั้ง</translation>
    </message>
    <message>
        <source>Enforced disappearances</source>
        <translation>การบังคับบุคคลให้สูญหาย</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>สิ่งแวดล้อม</translation>
    </message>
    <message>
        <source>ESC rights - general</source>
        <translation>สิทธิทางเศรษฐกิจ สังคม และวัฒนธรรม - ทั่วไป</translation>
    </message>
    <message>
        <source>Extrajudicial executions</source>
        <translation>การสังหารนอกกระบวนการยุติธรรม</translation>
    </message>
    <message>
        <source>Freedom of association and peaceful assembly</source>
        <translation>เสรีภาพในการสมาคมและการชุมนุมโดยสงบ</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>เสรีภาพในการเดินทาง</translation>
    </message>
    <message>
        <source>Freedom of opinion and expression</source>
        <translation>เสรีภาพในความคิดเห็นและการแสดงออก</translation>
    </message>
    <message>
        <source>Freedom of religion and belief</source>
        <translation>เสรีภาพในการนับถือศาสนาและความเชื่อ</translation>
    </message>
    <message>
        <source>Freedom of the press</source>
        <translation>เสรีภาพสื่อมวลชน</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>HIV - Aids</source>
        <translation>เอชไอวี - เอดส์</translation>
    </message>
    <message>
        <source>Human rights defenders</source>
        <translation>นักปกป้องสิทธิมนุษยชน</translation>
    </message>
    <message>
        <source>Human rights education and training</source>
        <translation>การศึกษาและการฝึกอบรมด้านสิทธิมนุษยชน</translation>
    </message>
    <message>
        <source>Human rights violations by state agents</source>
        <translation>การละเมิดสิทธิมนุษยชนโดยเจ้าหน้าที่รัฐ</translation>
    </message>
    <message>
        <source>Impunity</source>
        <translation>การลอยนวล</translation>
    </message>
    <message>
        <source>Indigenous peoples</source>
        <translation>ชนพื้นเมือง</translation>
    </message>
    <message>
        <source>Internally displaced persons</source>
        <translation>ผู้พลัดถิ่นภายในประเทศ</translation>
    </message>
    <message>
        <source>International humanitarian law</source>
        <translation>กฎหมายมนุษยธรรมระหว่างประเทศ</translation>
    </message>
    <message>
        <source>International instruments</source>
        <translation>ตราสารระหว่างประเทศ</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>กระบวนการยุติธรรม</translation>
    </message>
    <message>
        <source>Juvenile justice</source>
        <translation>กระบวนการยุติธรรมสำหรับเด็กและเยาวชน</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>แรงงาน</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>ผู้ย้ายถิ่น</translation>
    </message>
    <message>
        <source>Minorities</source>
        <translation>ชนกลุ่มน้อย</translation>
    </message>
    <message>
        <source>National plan of action</source>
        <translation>แผนปฏิบัติการระดับชาติ</translation>
    </message>
    <message>
        <source>NHRI</source>
        <translation>สถาบันสิทธิมนุษยชนแห่งชาติ</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>ความยากจน</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>ความเป็นส่วนตัว</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>ความมั่นคงสาธารณะ</translation>
    </message>
    <message>
        <source>Racial discrimination</source>
        <translation>การเลือกปฏิบัติทางเชื้อชาติ</translation>
    </message>
    <message>
        <source>Right to education</source>
        <translation>สิทธิในการศึกษา</translation>
    </message>
    <message>
        <source>Right to food</source>
        <translation>สิทธิในอาหาร</translation>
    </message>
    <message>
        <source>Right to health</source>
        <translation>สิทธิในสุขภาพ</translation>
    </message>
    <message>
        <source>Right to housing</source>
        <translation>สิทธิในที่อยู่อาศัย</translation>
    </message>
    <message>
        <source>Right to land</source>
        <translation>สิทธิในที่ดิน</translation>
    </message>
    <message>
        <source>Right to water</source>
        <translation>สิทธิในน้ำ</translation>
    </message>
    <message>
        <source>Rights of the Child</source>
        <translation>สิทธิเด็ก</translation>
    </message>
    <message>
        <source>Sexual Orientation and Gender Identity</source>
        <translation>วิถีทางเพศและอัตลักษณ์ทางเพศ</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>กลไกพิเศษ</translation>
    </message>
    <message>
        <source>Statelessness</source>
        <translation>ภาวะไร้รัฐ</translation>
    </message>
    <message>
        <source>Technical assistance and cooperation</source>
        <translation>ความช่วยเหลือทางวิชาการและความร่วมมือ</translation>
    </message>
    <message>
        <source>Torture and other CID treatment</source>
        <translation>การทรมานและการปฏิบัติที่โหดร้าย ไร้มนุษยธรรม หรือย่ำยีศักดิ์ศรี</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>การค้ามนุษย์</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>องค์กรตามสนธิสัญญา</translation>
    </message>
    <message>
        <source>UPR process</source>
        <translation>กระบวนการ UPR</translation>
    </message>
    <message>
        <source>Women&apos;s rights</source>
        <translation>สิทธิสตรี</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Scope of international obligations</source>
        <translation>ขอบเขตของพันธกรณีระหว่างประเทศ</translation>
    </message>
    <message>
        <source>Acceptance of international norms</source>
        <translation>การยอมรับบรรทัดฐานระหว่างประเทศ</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>ข้อสงวน</translation>
    </message>
    <message>
        <source>Cooperation with human rights mechanisms and institutions</source>
        <translation>ความร่วมมือกับกลไกและสถาบันด้านสิทธิมนุษยชน</translation>
    </message>
    <message>
        <source>Cooperation with treaty bodies</source>
        <translation>ความร่วมมือกับองค์กรตามสนธิสัญญา</translation>
    </message>
    <message>
        <source>Cooperation with special procedures</source>
        <translation>ความร่วมมือกับกลไกพิเศษ</translation>
    </message>
    <message>
        <source>Cooperation with other international mechanisms and institutions</source>
        <translation>ความร่วมมือกับกลไกและสถาบันระหว่างประเทศอื่น ๆ</translation>
    </message>
    <message>
        <source>Inter-State cooperation &amp; development assistance</source>
        <translation>ความร่วมมือระหว่างรัฐและความช่วยเหลือเพื่อการพัฒนา</translation>
    </message>
    <message>
        <source>Legal, institutional and policy framework</source>
        <translation>กรอบกฎหมาย สถาบัน และนโยบาย</translation>
    </message>
    <message>
        <source>Constitutional and legislative framework</source>
        <translation>กรอบรัฐธรรมนูญและกฎหมาย</translation>
    </message>
    <message>
        <source>Institutions &amp; policies - General</source>
        <translation>สถาบันและนโยบาย - ทั่วไป</translation>
    </message>
    <message>
        <source>Human rights policies</source>
        <translation>นโยบายด้านสิทธิมนุษยชน</translation>
    </message>
    <message>
        <source>Structure of the national human rights machinery</source>
        <translation>โครงสร้างของกลไกสิทธิมนุษยชนระดับชาติ</translation>
    </message>
    <message>
        <source>National Human Rights Institution (NHRI)</source>
        <translation>สถาบันสิทธิมนุษยชนแห่งชาติ</translation>
    </message>
    <message>
        <source>National Plans of Action on Human Rights (or specific areas)</source>
        <translation>แผนปฏิบัติการระดับชาติด้านสิทธิมนุษยชน (หรือเฉพาะด้าน)</translation>
    </message>
    <message>
        <source>Good governance</source>
        <translation>ธรรมาภิบาล</translation>
    </message>
    <message>
        <source>Human rights education, trainings and awareness raising</source>
        <translation>การศึกษา การฝึกอบรม และการสร้างความตระหนักด้านสิทธิมนุษยชน</translation>
    </message>
    <message>
        <source>Human rights education - general</source>
        <translation>การศึกษาด้านสิทธิมนุษยชน - ทั่วไป</translation>
    </message>
    <message>
        <source>Human rights education - in schools</source>
        <translation>การศึกษาด้านสิทธิมนุษยชน - ในโรงเรียน</translation>
    </message>
    <message>
        <source>Professional training in human rights</source>
        <translation>การฝึกอบรมด้านสิทธิมนุษยชนสำหรับผู้ประกอบวิชาชีพ</translation>
    </message>
    <message>
        <source>Awareness raising and dissemination</source>
        <translation>การสร้างความตระหนักและการเผยแพร่</translation>
    </message>
    <message>
        <source>Context, statistics, budget, civil society</source>
        <translation>บริบท สถิติ งบประมาณ ภาคประชาสังคม</translation>
    </message>
    <message>
        <source>Cooperation with civil society</source>
        <translation>ความร่วมมือกับภาคประชาสังคม</translation>
    </message>
    <message>
        <source>Statistics and indicators</source>
        <translation>สถิติและตัวชี้วัด</translation>
    </message>
    <message>
        <source>Budget and resources (for human rights implementation)</source>
        <translation>งบประมาณและทรัพยากร (เพื่อการปฏิบัติตามสิทธิมนุษยชน)</translation>
    </message>
    <message>
        <source>International criminal and humanitarian law</source>
        <translation>กฎหมายอาญาระหว่างประเทศและกฎหมายมนุษยธรรมระหว่างประเทศ</translation>
    </message>
    <message>
        <source>Right to self-determination</source>
        <translation>สิทธิในการกำหนดเจตจำนงของตนเอง</translation>
    </message>
    <message>
        <source>Equality and non-discrimination</source>
        <translation>ความเท่าเทียมและการไม่เลือกปฏิบัติ</translation>
    </message>
    <message>
        <source>Equality &amp; non-discrimination</source>
        <translation>ความเท่าเทียมและการไม่เลือกปฏิบัติ</translation>
    </message>
    <message>
        <source>Right to development</source>
        <translation>สิทธิในการพัฒนา</translation>
    </message>
    <message>
        <source>Right to a remedy</source>
        <translation>สิทธิในการได้รับการเยียวยา</translation>
    </message>
    <message>
        <source>Right to an effective remedy</source>
        <translation>สิทธิในการได้รับการเยียวยาที่มีประสิทธิผล</translation>
    </message>
    <message>
        <source>Business &amp; Human Rights</source>
        <translation>ธุรกิจกับสิทธิมนุษยชน</translation>
    </message>
    <message>
        <source>Human rights and environmental issues</source>
        <translation>สิทธิมนุษยชนและประเด็นสิ่งแวดล้อม</translation>
    </message>
    <message>
        <source>Human rights &amp; counter-terrorism</source>
        <translation>สิทธิมนุษยชนกับการต่อต้านการก่อการร้าย</translation>
    </message>
    <message>
        <source>Human rights &amp; use of mercenaries</source>
        <translation>สิทธิมนุษยชนกับการใช้ทหารรับจ้าง</translation>
    </message>
    <message>
        <source>Civil &amp; political rights - general measures of implementation</source>
        <translation>สิทธิพลเมืองและสิทธิทางการเมือง - มาตรการทั่วไปในการปฏิบัติ</translation>
    </message>
    <message>
        <source>Right to physical and moral integrity</source>
        <translation>สิทธิในบูรณภาพทางร่างกายและจิตใจ</translation>
    </message>
    <message>
        <source>Right to life</source>
        <translation>สิทธิในชีวิต</translation>
    </message>
    <message>
        <source>Extrajudicial, summary or arbitrary executions</source>
        <translation>การประหารชีวิตนอกกระบวนการยุติธรรม โดยรวบรัด หรือโดยพลการ</translation>
    </message>
    <message>
        <source>Prohibition of torture and cruel, inhuman or degrading treatment</source>
        <translation>การห้ามการทรมานและการปฏิบัติที่โหดร้าย ไร้มนุษยธรรม หรือย่ำยีศักดิ์ศรี</translation>
    </message>
    <message>
        <source>Conditions of detention</source>
        <translation>สภาพการควบคุมตัว</translation>
    </message>
    <message>
        <source>Prohibition of slavery, trafficking</source>
        <translation>การห้ามการเป็นทาส การค้ามนุษย์</translation>
    </message>
    <message>
        <source>Gender-based violence</source>
        <translation>ความรุนแรงบนฐานเพศภาวะ</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>ความรุนแรงในครอบครัว</translation>
    </message>
    <message>
        <source>Liberty and security of the person</source>
        <translation>เสรีภาพและความมั่นคงปลอดภัยของบุคคล</translation>
    </message>
    <message>
        <source>Liberty and security - general</source>
        <translation>เสรีภาพและความมั่นคงปลอดภัย - ทั่วไป</translation>
    </message>
    <message>
        <source>Arbitrary arrest and detention</source>
        <translation>การจับกุมและควบคุมตัวโดยพลการ</translation>
    </message>
    <message>
        <source>Fundamental freedoms</source>
        <translation>เสรีภาพขั้นพื้นฐาน</translation>
    </message>
    <message>
        <source>Freedom of thought, conscience and religion</source>
        <translation>เสรีภาพในความคิด มโนธรรม และศาสนา</translation>
    </message>
    <message>
        <source>Right to peaceful assembly</source>
        <translation>สิทธิในการชุมนุมโดยสงบ</translation>
    </message>
    <message>
        <source>Freedom of association</source>
        <translation>เสรีภาพในการสมาคม</translation>
    </message>
    <message>
        <source>Administration of justice</source>
        <translation>การบริหารงานยุติธรรม</translation>
    </message>
    <message>
        <source>Administration of justice &amp; fair trial</source>
        <translation>การบริหารงานยุติธรรมและการพิจารณาคดีที่เป็นธรรม</translation>
    </message>
    <message>
        <source>Rights related to name, identity, nationality</source>
        <translation>สิทธิเกี่ยวกับชื่อ อัตลักษณ์ และสัญชาติ</translation>
    </message>
    <message>
        <source>Right to participation in public affairs and right to vote</source>
        <translation>สิทธิในการมีส่วนร่วมในกิจการสาธารณะและสิทธิในการออกเสียงเลือกตั้ง</translation>
    </message>
    <message>
        <source>Rights related to marriage &amp; family</source>
        <translation>สิทธิเกี่ยวกับการสมรสและครอบครัว</translation>
    </message>
    <message>
        <source>Economic, social &amp; cultural rights - general measures of implementation</source>
        <translation>สิทธิทางเศรษฐกิจ สังคม และวัฒนธรรม - มาตรการทั่วไปในการปฏิบัติ</translation>
    </message>
    <message>
        <source>Right to an adequate standard of living</source>
        <translation>สิทธิในมาตรฐานการครองชีพที่เพียงพอ</translation>
    </message>
    <message>
        <source>Right to an adequate standard of living - general</source>
        <translation>สิทธิในมาตรฐานการครองชีพที่เพียงพอ - ทั่วไป</translation>
    </message>
    <message>
        <source>Right to adequate housing</source>
        <translation>สิทธิในที่อยู่อาศัยที่เพียงพอ</translation>
    </message>
    <message>
        <source>Right to social security</source>
        <translation>สิทธิในความมั่นคงทางสังคม</translation>
    </message>
    <message>
        <source>Human rights &amp; extreme poverty</source>
        <translation>สิทธิมนุษยชนกับความยากจนขั้นรุนแรง</translation>
    </message>
    <message>
        <source>Human rights &amp; drinking water and sanitation</source>
        <translation>สิทธิมนุษยชนกับน้ำดื่มและการสุขาภิบาล</translation>
    </message>
    <message>
        <source>Labour rights</source>
        <translation>สิทธิแรงงาน</translation>
    </message>
    <message>
        <source>Right to work</source>
        <translation>สิทธิในการทำงาน</translation>
    </message>
    <message>
        <source>Right to just and favourable conditions of work</source>
        <translation>สิทธิในสภาพการทำงานที่ยุติธรรมและเอื้ออำนวย</translation>
    </message>
    <message>
        <source>Right to health - General</source>
        <translation>สิทธิในสุขภาพ - ทั่วไป</translation>
    </message>
    <message>
        <source>Access to health-care (general)</source>
        <translation>การเข้าถึงบริการสุขภาพ (ทั่วไป)</translation>
    </message>
    <message>
        <source>Access to sexual and reproductive health and services</source>
        <translation>การเข้าถึงอนามัยเจริญพันธุ์และสุขภาพทางเพศและบริการที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Right to education - General</source>
        <translation>สิทธิในการศึกษา - ทั่วไป</translation>
    </message>
    <message>
        <source>Rights to protection of property; financial credit</source>
        <translation>สิทธิในการคุ้มครองทรัพย์สิน; สินเชื่อทางการเงิน</translation>
    </message>
    <message>
        <source>Cultural rights</source>
        <translation>สิทธิทางวัฒนธรรม</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>สตรี</translation>
    </message>
    <message>
        <source>Advancement of women</source>
        <translation>ความก้าวหน้าของสตรี</translation>
    </message>
    <message>
        <source>Discrimination against women</source>
        <translation>การเลือกปฏิบัติต่อสตรี</translation>
    </message>
    <message>
        <source>Violence against women</source>
        <translation>ความรุนแรงต่อสตรี</translation>
    </message>
    <message>
        <source>Participation of women in political and public life</source>
        <translation>การมีส่วนร่วมของสตรีในชีวิตทางการเมืองและสาธารณะ</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>เด็ก</translation>
    </message>
    <message>
        <source>Children: definition; general principles; protection</source>
        <translation>เด็ก: นิยาม; หลักการทั่วไป; การคุ้มครอง</translation>
    </message>
    <message>
        <source>Children: family environment and alternative care</source>
        <translation>เด็ก: สภาพแวดล้อมในครอบครัวและการดูแลทดแทน</translation>
    </message>
    <message>
        <source>Children: protection against exploitation</source>
        <translation>เด็ก: การคุ้มครองจากการแสวงประโยชน์</translation>
    </message>
    <message>
        <source>Children: juvenile justice</source>
        <translation>เด็ก: กระบวนการยุติธรรมสำหรับเด็กและเยาวชน</translation>
    </message>
    <message>
        <source>Children in armed conflict</source>
        <translation>เด็กในความขัดแย้งทางอาวุธ</translation>
    </message>
    <message>
        <source>Persons with disabilities</source>
        <translation>คนพิการ</translation>
    </message>
    <message>
        <source>Persons with disabilities: definition, general principles</source>
        <translation>คนพิการ: นิยาม หลักการทั่วไป</translation>
    </message>
    <message>
        <source>Members of minorities</source>
        <translation>บุคคลที่เป็นชนกลุ่มน้อย</translation>
    </message>
    <message>
        <source>Refugees &amp; asylum seekers</source>
        <translation>ผู้ลี้ภัยและผู้แสวงหาที่ลี้ภัย</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>กำหนดประเด็นให้ข้อเสนอแนะ %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes separated by commas</source>
        <translation>ประเด็นคั่นด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>ประเด็น (&amp;T):</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>&amp;Replace their current themes (otherwise add to them)</source>
        <translation>แทนที่ประเด็นเดิม (มิฉะนั้นจะเพิ่มเข้าไป) (&amp;R)</translation>
    </message>
    <message>
        <source>Set themes</source>
        <translation>กำหนดประเด็น</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not assessed</source>
        <translation>ยังไม่ประเมิน</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>ตอบรับ</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation>ตอบรับบางส่วน</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>รอพิจารณา</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>ยังไม่ดำเนินการ</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>ดำเนินการบางส่วน</translation>
    </message>
    <message>
        <source>Fully implemented</source>
        <translation>ดำเนินการครบถ้วน</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>การประชุมเชิงปฏิบัติการ</translation>
    </message>
    <message>
        <source>Written submission</source>
        <translation>ข้อเสนอเป็นลายลักษณ์อักษร</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>การเสวนา</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>นำ</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>สนับสนุน</translation>
    </message>
    <message>
        <source>1 - Minimal action</source>
        <translation>1 - การดำเนินการขั้นต่ำ</translation>
    </message>
    <message>
        <source>2 - Continuing action</source>
        <translation>2 - การดำเนินการต่อเนื่อง</translation>
    </message>
    <message>
        <source>3 - Considering action</source>
        <translation>3 - การพิจารณาดำเนินการ</translation>
    </message>
    <message>
        <source>4 - General action</source>
        <translation>4 - การดำเนินการทั่วไป</translation>
    </message>
    <message>
        <source>5 - Specific action</source>
        <translation>5 - การดำเนินการเฉพาะเจาะจง</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>UPR Desktop workspace (*.uprw);;All files (*)</source>
        <translation>พื้นที่ทำงาน UPR Desktop (*.uprw);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Give the workspace a name, e.g. your coalition&apos;s name.</source>
        <translation>ตั้งชื่อพื้นที่ทำงาน เช่น ชื่อภาคีเครือข่ายของคุณ</translation>
    </message>
    <message>
        <source>Choose the State under Review from the list of UN member States.</source>
        <translation>เลือกรัฐที่รับการทบทวนจากรายชื่อรัฐสมาชิกสหประชาชาติ</translation>
    </message>
    <message>
        <source>A file already exists at %1; choose another place.</source>
        <translation>มีไฟล์อยู่แล้วที่ %1 เลือกที่อื่น</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>พื้นที่ทำงานใหม่</translation>
    </message>
    <message>
        <source>e.g. Thai UPR Coalition</source>
        <translation>เช่น ภาคีเครือข่าย UPR ประเทศไทย</translation>
    </message>
    <message>
        <source>Type to search the UN member States</source>
        <translation>พิมพ์เพื่อค้นหารัฐสมาชิกสหประชาชาติ</translation>
    </message>
    <message>
        <source>Chosen for you from the name</source>
        <translation>เลือกให้จากชื่อ</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>เลือก...</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>ชื่อพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>&amp;State under Review:</source>
        <translation>รัฐที่รับการทบทวน (&amp;S):</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>รัฐที่รับการทบทวน</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>รอบ (&amp;C):</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>รอบ UPR</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>ไฟล์พื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ไฟล์ (&amp;F):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>ที่เก็บพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>UPR Desktop</source>
        <translation>UPR Desktop</translation>
    </message>
    <message>
        <source>Follow up on the Universal Periodic Review with your coalition: recommendations, assessments, consultations and exchanges with member groups, all on this computer.</source>
        <translation>ติดตามผลกระบวนการทบทวนสถานการณ์สิทธิมนุษยชนตามระยะ (UPR) ร่วมกับภาคีเครือข่ายของคุณ: ข้อเสนอแนะ การประเมิน การปรึกษาหารือ และการแลกเปลี่ยนกับกลุ่มสมาชิก ทั้งหมดอยู่ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>พื้นที่ทำงานล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>พื้นที่ทำงานล่าสุด</translation>
    </message>
    <message>
        <source>No workspace opened yet.</source>
        <translation>ยังไม่เคยเปิดพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>พื้นที่ทำงานใหม่ (&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>เปิด (&amp;O)...</translation>
    </message>
    <message>
        <source>Try the &amp;demo coalition</source>
        <translation>ลองใช้ภาคีเครือข่ายสาธิต (&amp;D)</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>เปิดพื้นที่ทำงาน</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <source>Workspace status</source>
        <translation>สถานะพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>พื้นที่ทำงาน: %1</translation>
    </message>
    <message>
        <source>Protected by a passphrase</source>
        <translation>ป้องกันด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>On the server: %1</source>
        <translation>บนเซิร์ฟเวอร์: %1</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>ไม่มีการป้องกัน</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>สำรองข้อมูลล่าสุด: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>ยังไม่มีข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Local changes: %1</source>
        <translation>การเปลี่ยนแปลงในเครื่อง: %1</translation>
    </message>
    <message>
        <source>Changes made here since the workspace was created or last merged</source>
        <translation>การเปลี่ยนแปลงที่ทำที่นี่ตั้งแต่สร้างพื้นที่ทำงานหรือรวมครั้งล่าสุด</translation>
    </message>
</context>
<context>
    <name>upr_desktop</name>
    <message>
        <source>Assessed in the last {months} months</source>
        <translation>ประเมินในช่วง {months} เดือนที่ผ่านมา</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {kind}; use one of: {accepted}.</source>
        <translation>&apos;{value}&apos; ไม่ใช่{kind}ที่รู้จัก ใช้ค่าใดค่าหนึ่งต่อไปนี้: {accepted}</translation>
    </message>
    <message>
        <source>That recommendation no longer exists; it may have been undone or merged away.</source>
        <translation>ข้อเสนอแนะนั้นไม่มีอยู่แล้ว อาจถูกเลิกทำหรือถูกรวมไปแล้ว</translation>
    </message>
    <message>
        <source>Assess {ref}: {status}</source>
        <translation>ประเมิน {ref}: {status}</translation>
    </message>
    <message>
        <source>The assessment date {date} is in the future.</source>
        <translation>วันที่ประเมิน {date} เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <source>Say which recommendations: --ref REF..., --theme THEME or --all (exactly one).</source>
        <translation>ระบุว่าข้อเสนอแนะใด: --ref REF..., --theme THEME หรือ --all (อย่างใดอย่างหนึ่งเท่านั้น)</translation>
    </message>
    <message>
        <source>There are no recommendations to assign.</source>
        <translation>ไม่มีข้อเสนอแนะที่จะมอบหมาย</translation>
    </message>
    <message>
        <source>No theme called &apos;{theme}&apos;.</source>
        <translation>ไม่มีประเด็นชื่อ &apos;{theme}&apos;</translation>
    </message>
    <message>
        <source>The change log names an unknown table &apos;{entity}&apos;.</source>
        <translation>บันทึกการเปลี่ยนแปลงอ้างถึงตารางที่ไม่รู้จัก &apos;{entity}&apos;</translation>
    </message>
    <message>
        <source>There is no change number {id}.</source>
        <translation>ไม่มีการเปลี่ยนแปลงหมายเลข {id}</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was already undone.</source>
        <translation>&apos;{label}&apos; ถูกเลิกทำไปแล้ว</translation>
    </message>
    <message>
        <source>Cannot undo &apos;{label}&apos;: later changes touched the same data: {listed}. Use --force to undo it anyway.</source>
        <translation>เลิกทำ &apos;{label}&apos; ไม่ได้: การเปลี่ยนแปลงภายหลังแตะข้อมูลเดียวกัน: {listed} ใช้ --force เพื่อเลิกทำอยู่ดี</translation>
    </message>
    <message>
        <source>Undo: {label}</source>
        <translation>เลิกทำ: {label}</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>ไม่มีอะไรให้เลิกทำ</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>ไม่มีอะไรให้ทำซ้ำ</translation>
    </message>
    <message>
        <source>Redo: {label}</source>
        <translation>ทำซ้ำ: {label}</translation>
    </message>
    <message>
        <source>government body</source>
        <translation>หน่วยงานรัฐ</translation>
    </message>
    <message>
        <source>action</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>This consultation no longer exists (it may have been undone or deleted).</source>
        <translation>การปรึกษาหารือนี้ไม่มีอยู่แล้ว (อาจถูกเลิกทำหรือลบไปแล้ว)</translation>
    </message>
    <message>
        <source>This follow-up action no longer exists (it may have been undone or deleted).</source>
        <translation>กิจกรรมติดตามผลนี้ไม่มีอยู่แล้ว (อาจถูกเลิกทำหรือลบไปแล้ว)</translation>
    </message>
    <message>
        <source>consultation date</source>
        <translation>วันที่ปรึกษาหารือ</translation>
    </message>
    <message>
        <source>A consultation needs a date (--date YYYY-MM-DD).</source>
        <translation>การปรึกษาหารือต้องมีวันที่ (--date YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The consultation date {date} is in the future. Log a consultation once it has taken place.</source>
        <translation>วันที่ปรึกษาหารือ {date} เป็นวันในอนาคต บันทึกการปรึกษาหารือหลังจากที่จัดขึ้นแล้ว</translation>
    </message>
    <message>
        <source>Log consultation with {body} on {date}</source>
        <translation>บันทึกการปรึกษาหารือกับ {body} วันที่ {date}</translation>
    </message>
    <message>
        <source>Consultations have no field {fields}.</source>
        <translation>การปรึกษาหารือไม่มีช่องข้อมูล {fields}</translation>
    </message>
    <message>
        <source>Edit consultation with {body}</source>
        <translation>แก้ไขการปรึกษาหารือกับ {body}</translation>
    </message>
    <message>
        <source>Delete consultation with {body}</source>
        <translation>ลบการปรึกษาหารือกับ {body}</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>วันครบกำหนด</translation>
    </message>
    <message>
        <source>Add follow-up action</source>
        <translation>เพิ่มกิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>Follow-up actions have no field {fields}.</source>
        <translation>กิจกรรมติดตามผลไม่มีช่องข้อมูล {fields}</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>แก้ไขกิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>ลบกิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>ชื่อกลุ่ม</translation>
    </message>
    <message>
        <source>{assignments} assignments will be removed; {assessments} assessments, {consultations} consultations and {actions} follow-up actions will keep their content but lose their group.</source>
        <translation>การมอบหมาย {assignments} รายการจะถูกนำออก ส่วนการประเมิน {assessments} รายการ การปรึกษาหารือ {consultations} ครั้ง และกิจกรรมติดตามผล {actions} รายการ จะยังคงเนื้อหาไว้แต่ไม่ผูกกับกลุ่มอีกต่อไป</translation>
    </message>
    <message>
        <source>The acronym &apos;{acronym}&apos; must be one word of at most 30 characters.</source>
        <translation>ชื่อย่อ &apos;{acronym}&apos; ต้องเป็นคำเดียวและไม่เกิน 30 ตัวอักษร</translation>
    </message>
    <message>
        <source>A member group with acronym &apos;{acronym}&apos; already exists ({name}).</source>
        <translation>มีกลุ่มสมาชิกที่ใช้ชื่อย่อ &apos;{acronym}&apos; อยู่แล้ว ({name})</translation>
    </message>
    <message>
        <source>Add member group {acronym}</source>
        <translation>เพิ่มกลุ่มสมาชิก {acronym}</translation>
    </message>
    <message>
        <source>Member groups have no field {fields}.</source>
        <translation>กลุ่มสมาชิกไม่มีช่องข้อมูล {fields}</translation>
    </message>
    <message>
        <source>Edit member group {acronym}</source>
        <translation>แก้ไขกลุ่มสมาชิก {acronym}</translation>
    </message>
    <message>
        <source>Remove member group {acronym}</source>
        <translation>นำกลุ่มสมาชิก {acronym} ออก</translation>
    </message>
    <message>
        <source>This file has no workspace record.</source>
        <translation>ไฟล์นี้ไม่มีระเบียนพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>No recommendation with reference &apos;{ref}&apos;. List them with: upr-desktop recommendations list</source>
        <translation>ไม่มีข้อเสนอแนะเลขที่ &apos;{ref}&apos; ดูรายการได้ด้วย: upr-desktop recommendations list</translation>
    </message>
    <message>
        <source>The reference &apos;{ref}&apos; names several recommendations; use its id ({ids}).</source>
        <translation>เลขที่ &apos;{ref}&apos; ตรงกับข้อเสนอแนะหลายข้อ ใช้รหัส ({ids}) แทน</translation>
    </message>
    <message>
        <source>Unknown recommendation references: {refs}. Nothing was changed.</source>
        <translation>เลขที่ข้อเสนอแนะที่ไม่รู้จัก: {refs} ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>No member group with acronym &apos;{acronym}&apos;. List them with: upr-desktop groups list</source>
        <translation>ไม่มีกลุ่มสมาชิกที่ใช้ชื่อย่อ &apos;{acronym}&apos; ดูรายการได้ด้วย: upr-desktop groups list</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>ประเด็นต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>{what}ต้องไม่ว่าง</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; write dates as YYYY-MM-DD, e.g. 2026-10-01.</source>
        <translation>&apos;{value}&apos; ไม่ใช่{what}ที่ถูกต้อง เขียนวันที่เป็น YYYY-MM-DD เช่น 2026-10-01</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>เลขที่อ้างอิง</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>ข้อความข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; is not a UPR session number.</source>
        <translation>&apos;{session}&apos; ไม่ใช่หมายเลขสมัยประชุม UPR</translation>
    </message>
    <message>
        <source>The action category must be a number from 1 to 5, not &apos;{value}&apos;.</source>
        <translation>ประเภทการดำเนินการต้องเป็นตัวเลข 1 ถึง 5 ไม่ใช่ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>A recommendation with reference &apos;{ref}&apos; already exists.</source>
        <translation>มีข้อเสนอแนะเลขที่ &apos;{ref}&apos; อยู่แล้ว</translation>
    </message>
    <message>
        <source>Add recommendation {ref}</source>
        <translation>เพิ่มข้อเสนอแนะ {ref}</translation>
    </message>
    <message>
        <source>Recommendations have no editable field {fields}.</source>
        <translation>ข้อเสนอแนะไม่มีช่องข้อมูลที่แก้ไขได้ชื่อ {fields}</translation>
    </message>
    <message>
        <source>Edit recommendation {ref}</source>
        <translation>แก้ไขข้อเสนอแนะ {ref}</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>เลือกข้อเสนอแนะอย่างน้อยหนึ่งข้อ</translation>
    </message>
    <message>
        <source>Delete recommendation {ref}</source>
        <translation>ลบข้อเสนอแนะ {ref}</translation>
    </message>
    <message>
        <source>Select at least one recommendation first.</source>
        <translation>เลือกข้อเสนอแนะอย่างน้อยหนึ่งข้อก่อน</translation>
    </message>
    <message>
        <source>Type at least one theme, separated by commas.</source>
        <translation>พิมพ์ประเด็นอย่างน้อยหนึ่งประเด็น คั่นด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <source>No backup called {name}. List them with: upr-desktop backups</source>
        <translation>ไม่มีข้อมูลสำรองชื่อ {name} ดูรายการได้ด้วย: upr-desktop backups</translation>
    </message>
    <message>
        <source>There is no backup of {path} yet.</source>
        <translation>ยังไม่มีข้อมูลสำรองของ {path}</translation>
    </message>
    <message>
        <source>The backup {path} is damaged too; choose an older one.</source>
        <translation>ข้อมูลสำรอง {path} ก็เสียหายเช่นกัน เลือกชุดที่เก่ากว่า</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {reason}</source>
        <translation>อ่านข้อมูลสำรอง {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. Try again. (If you are sure it is right, the file may be damaged: restore a backup with the same passphrase.)</source>
        <translation>วลีรหัสผ่านสำหรับ {path} ไม่ถูกต้อง ลองอีกครั้ง (หากแน่ใจว่าถูกต้อง ไฟล์อาจเสียหาย: กู้คืนข้อมูลสำรองที่ใช้วลีรหัสผ่านเดียวกัน)</translation>
    </message>
    <message>
        <source>Could not open {path} with its key ({error}).</source>
        <translation>เปิด {path} ด้วยกุญแจของไฟล์ไม่ได้ ({error})</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>อ่าน {path} ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Restore the newest backup with: upr-desktop --workspace &quot;{path}&quot; restore &quot;{backup}&quot;</source>
        <translation>กู้คืนข้อมูลสำรองล่าสุดด้วย: upr-desktop --workspace &quot;{path}&quot; restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>No backup of it was found in {folder}.</source>
        <translation>ไม่พบข้อมูลสำรองของไฟล์นี้ใน {folder}</translation>
    </message>
    <message>
        <source>The workspace {path} is damaged ({detail}). {advice}</source>
        <translation>พื้นที่ทำงาน {path} เสียหาย ({detail}) {advice}</translation>
    </message>
    <message>
        <source>No workspace at {path}. Create one with: upr-desktop --workspace &quot;{path}&quot; init --name NAME --country STATE</source>
        <translation>ไม่มีพื้นที่ทำงานที่ {path} สร้างได้ด้วย: upr-desktop --workspace &quot;{path}&quot; init --name NAME --country STATE</translation>
    </message>
    <message>
        <source>The workspace {path} is protected by a passphrase.</source>
        <translation>พื้นที่ทำงาน {path} ได้รับการป้องกันด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>A workspace needs a name (--name).</source>
        <translation>พื้นที่ทำงานต้องมีชื่อ (--name)</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a UN member state. Use the name as the UN writes it, e.g. &apos;Thailand&apos; or &apos;Viet Nam&apos;.</source>
        <translation>&apos;{country}&apos; ไม่ใช่รัฐสมาชิกสหประชาชาติ ใช้ชื่อตามที่สหประชาชาติเขียน เช่น &apos;Thailand&apos; หรือ &apos;Viet Nam&apos;</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file or open it instead.</source>
        <translation>{path} มีอยู่แล้ว เลือกไฟล์อื่นหรือเปิดไฟล์นี้แทน</translation>
    </message>
    <message>
        <source>This workspace is open in another window (pid {pid}, host {host}). Close it there first, then try again.</source>
        <translation>พื้นที่ทำงานนี้เปิดอยู่ในหน้าต่างอื่น (pid {pid}, เครื่อง {host}) ปิดที่นั่นก่อนแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a UPR Desktop workspace.</source>
        <translation>{path} เป็นไฟล์ SQLite แต่ไม่ใช่พื้นที่ทำงานของ UPR Desktop</translation>
    </message>
    <message>
        <source>{path} has no workspace record; it was not created by UPR Desktop.</source>
        <translation>{path} ไม่มีระเบียนพื้นที่ทำงาน ไม่ได้สร้างด้วย UPR Desktop</translation>
    </message>
    <message>
        <source>Backing up before upgrading the workspace</source>
        <translation>กำลังสำรองข้อมูลก่อนอัปเกรดพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. Try again.</source>
        <translation>วลีรหัสผ่านสำหรับ {path} ไม่ถูกต้อง ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Choose at least one member group to export for.</source>
        <translation>เลือกกลุ่มสมาชิกอย่างน้อยหนึ่งกลุ่มที่จะส่งออกให้</translation>
    </message>
    <message>
        <source>No member group has recommendations assigned yet.</source>
        <translation>ยังไม่มีกลุ่มสมาชิกใดได้รับมอบหมายข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>กำลังเขียน {name}</translation>
    </message>
    <message>
        <source>date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>The protected workspace {path} cannot be read; restore needs its passphrase to check the backup.</source>
        <translation>อ่านพื้นที่ทำงานที่มีการป้องกัน {path} ไม่ได้ การกู้คืนต้องใช้วลีรหัสผ่านของพื้นที่ทำงานเพื่อตรวจสอบข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>no keyring service is running on this computer (no desktop session)</source>
        <translation>ไม่มีบริการพวงกุญแจทำงานอยู่ในคอมพิวเตอร์เครื่องนี้ (ไม่มีเซสชันเดสก์ท็อป)</translation>
    </message>
    <message>
        <source>the only keyring available ({backend}) keeps secrets in a file or asks for a password on a terminal; UPR Desktop does not use it</source>
        <translation>พวงกุญแจเดียวที่มี ({backend}) เก็บความลับไว้ในไฟล์หรือถามรหัสผ่านในเทอร์มินัล UPR Desktop จึงไม่ใช้</translation>
    </message>
    <message>
        <source>no keyring backend is installed</source>
        <translation>ไม่ได้ติดตั้งระบบพวงกุญแจ</translation>
    </message>
    <message>
        <source>the keyring is turned off (UPR_DESKTOP_NO_KEYRING)</source>
        <translation>ปิดพวงกุญแจไว้ (UPR_DESKTOP_NO_KEYRING)</translation>
    </message>
    <message>
        <source>Cannot remember keys on this computer: {reason}.</source>
        <translation>จำกุญแจในคอมพิวเตอร์เครื่องนี้ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>the keyring could not be loaded</source>
        <translation>โหลดพวงกุญแจไม่ได้</translation>
    </message>
    <message>
        <source>The keyring refused to store the key ({error}).</source>
        <translation>พวงกุญแจปฏิเสธการเก็บกุญแจ ({error})</translation>
    </message>
    <message>
        <source>The workspace is locked; enter its passphrase to continue.</source>
        <translation>พื้นที่ทำงานถูกล็อกอยู่ ป้อนวลีรหัสผ่านเพื่อดำเนินการต่อ</translation>
    </message>
    <message>
        <source>{path} is not a protected workspace.</source>
        <translation>{path} ไม่ใช่พื้นที่ทำงานที่มีการป้องกัน</translation>
    </message>
    <message>
        <source>{path} is not protected.</source>
        <translation>{path} ไม่มีการป้องกัน</translation>
    </message>
    <message>
        <source>No workspace at {path}.</source>
        <translation>ไม่มีพื้นที่ทำงานที่ {path}</translation>
    </message>
    <message>
        <source>{path} is already protected; use rekey to change its passphrase.</source>
        <translation>{path} มีการป้องกันอยู่แล้ว ใช้ rekey เพื่อเปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>{path} is not protected; use protect to give it a passphrase.</source>
        <translation>{path} ไม่มีการป้องกัน ใช้ protect เพื่อตั้งวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters; a few unrelated words are best.</source>
        <translation>วลีรหัสผ่านต้องมีอย่างน้อย {n} ตัวอักษร ใช้คำที่ไม่เกี่ยวข้องกันหลาย ๆ คำจะดีที่สุด</translation>
    </message>
    <message>
        <source>The converted copy {path} did not check out; nothing was changed.</source>
        <translation>สำเนาที่แปลงแล้ว {path} ตรวจสอบไม่ผ่าน ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Encrypting {name}</source>
        <translation>กำลังเข้ารหัส {name}</translation>
    </message>
    <message>
        <source>Decrypting {name}</source>
        <translation>กำลังถอดรหัส {name}</translation>
    </message>
    <message>
        <source>Re-encrypting {name}</source>
        <translation>กำลังเข้ารหัส {name} ใหม่</translation>
    </message>
    <message>
        <source>What would be removed has changed since it was confirmed; look at the list again.</source>
        <translation>สิ่งที่จะถูกนำออกเปลี่ยนไปตั้งแต่ได้ยืนยัน ดูรายการอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>เขียน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>(No key can be remembered here: {reason}.)</source>
        <translation>(จำกุญแจที่นี่ไม่ได้: {reason})</translation>
    </message>
    <message>
        <source>The workspace {path} is protected by a passphrase. Run the command in a terminal to be asked for it, or set {env} for scripts.</source>
        <translation>พื้นที่ทำงาน {path} ได้รับการป้องกันด้วยวลีรหัสผ่าน เรียกใช้คำสั่งในเทอร์มินัลเพื่อให้ระบบถามวลีรหัสผ่าน หรือตั้งค่า {env} สำหรับสคริปต์</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>วลีรหัสผ่านสำหรับ {name}: </translation>
    </message>
    <message>
        <source>{message} Next attempt in {seconds:.0f} s.</source>
        <translation>{message} ลองครั้งถัดไปได้ในอีก {seconds:.0f} วินาที</translation>
    </message>
    <message>
        <source>--map expects HEADER=FIELD pairs separated by commas, e.g. &quot;Texte=text,Pays=recommending_states&quot;; &apos;{part}&apos; is not one.</source>
        <translation>--map ต้องการคู่ HEADER=FIELD คั่นด้วยเครื่องหมายจุลภาค เช่น &quot;Texte=text,Pays=recommending_states&quot; แต่ &apos;{part}&apos; ไม่ใช่คู่ดังกล่าว</translation>
    </message>
    <message>
        <source>--map: &apos;{name}&apos; is not a field; use one of: {fields}.</source>
        <translation>--map: &apos;{name}&apos; ไม่ใช่ช่องข้อมูล ใช้ค่าใดค่าหนึ่งต่อไปนี้: {fields}</translation>
    </message>
    <message>
        <source>--map names a column &apos;{header}&apos; the file does not have; its columns are: {headers}.</source>
        <translation>--map ระบุคอลัมน์ &apos;{header}&apos; ที่ไม่มีในไฟล์ คอลัมน์ของไฟล์คือ: {headers}</translation>
    </message>
    <message>
        <source>Cannot import {file}: {reason}</source>
        <translation>นำเข้า {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>ไม่มีไฟล์นี้</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>the file is larger than 1 GB; split the export into smaller files.</source>
        <translation>ไฟล์ใหญ่กว่า 1 GB แบ่งไฟล์ส่งออกเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <source>the file is an empty archive.</source>
        <translation>ไฟล์เป็นไฟล์บีบอัดที่ว่างเปล่า</translation>
    </message>
    <message>
        <source>it is not a valid {ext} file (it may be damaged, truncated or renamed).</source>
        <translation>ไม่ใช่ไฟล์ {ext} ที่ถูกต้อง (อาจเสียหาย ถูกตัดทอน หรือถูกเปลี่ยนชื่อ)</translation>
    </message>
    <message>
        <source>the file is protected by a password. Open it in Excel or Word, remove the password (File &gt; Info &gt; Protect), save it and import it again.</source>
        <translation>ไฟล์ถูกป้องกันด้วยรหัสผ่าน เปิดใน Excel หรือ Word เอารหัสผ่านออก (ไฟล์ &gt; ข้อมูล &gt; ป้องกัน) บันทึก แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>it is a zip archive but not an Excel, Word or OpenDocument file.</source>
        <translation>เป็นไฟล์บีบอัด zip แต่ไม่ใช่ไฟล์ Excel, Word หรือ OpenDocument</translation>
    </message>
    <message>
        <source>Cannot import {file} as an OHCHR matrix: no table has the headers &apos;Recommendation&apos; and &apos;Position&apos; with a themes or SDGs column.</source>
        <translation>นำเข้า {file} เป็นตารางของ OHCHR ไม่ได้: ไม่มีตารางใดมีหัวคอลัมน์ &apos;Recommendation&apos; และ &apos;Position&apos; พร้อมคอลัมน์ประเด็นหรือ SDGs</translation>
    </message>
    <message>
        <source>the recommendation text is empty</source>
        <translation>ข้อความข้อเสนอแนะว่างเปล่า</translation>
    </message>
    <message>
        <source>the position (Supported or Noted) is empty</source>
        <translation>ท่าทีของรัฐ (Supported หรือ Noted) ว่างเปล่า</translation>
    </message>
    <message>
        <source>Reading recommendations</source>
        <translation>กำลังอ่านข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Cannot import {file}: the workbook is damaged or incomplete ({reason}). Save it again from Excel.</source>
        <translation>นำเข้า {file} ไม่ได้: เวิร์กบุ๊กเสียหายหรือไม่สมบูรณ์ ({reason}) บันทึกอีกครั้งจาก Excel</translation>
    </message>
    <message>
        <source>Cannot import {file}: the workbook is protected by a password. Remove the password in Excel, save, and import again.</source>
        <translation>นำเข้า {file} ไม่ได้: เวิร์กบุ๊กถูกป้องกันด้วยรหัสผ่าน เอารหัสผ่านออกใน Excel บันทึก แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>Cannot import {file}: the JSON holds no list of recommendations.</source>
        <translation>นำเข้า {file} ไม่ได้: JSON ไม่มีรายการข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document holds no table. OHCHR matrices are one table of recommendations.</source>
        <translation>นำเข้า {file} ไม่ได้: เอกสาร Word ไม่มีตาราง ตารางของ OHCHR คือตารางข้อเสนอแนะหนึ่งตาราง</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is empty (no cell holds anything).</source>
        <translation>นำเข้า {file} ไม่ได้: ไฟล์ว่างเปล่า (ไม่มีเซลล์ใดมีข้อมูล)</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not valid JSON ({reason}); it may be truncated.</source>
        <translation>นำเข้า {file} ไม่ได้: ไม่ใช่ JSON ที่ถูกต้อง ({reason}) ไฟล์อาจถูกตัดทอน</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document cannot be opened ({reason}). Save it again from Word.</source>
        <translation>นำเข้า {file} ไม่ได้: เปิดเอกสาร Word ไม่ได้ ({reason}) บันทึกอีกครั้งจาก Word</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document is damaged ({reason}).</source>
        <translation>นำเข้า {file} ไม่ได้: เอกสาร Word เสียหาย ({reason})</translation>
    </message>
    <message>
        <source>table {number}</source>
        <translation>ตารางที่ {number}</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is too large to read on this computer.</source>
        <translation>นำเข้า {file} ไม่ได้: ไฟล์ใหญ่เกินกว่าจะอ่านได้บนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Unknown import format &apos;{name}&apos;; use one of: {formats}.</source>
        <translation>ไม่รู้จักรูปแบบการนำเข้า &apos;{name}&apos; ใช้ค่าใดค่าหนึ่งต่อไปนี้: {formats}</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not a recognised format (UPR Info export, OHCHR matrix, UHRI export, or a table with a column of recommendation texts). If it is a table, name its columns with --map &quot;Header=text,...&quot; and --format table.</source>
        <translation>นำเข้า {file} ไม่ได้: ไม่ใช่รูปแบบที่รู้จัก (ไฟล์ส่งออกจาก UPR Info, ตารางของ OHCHR, ไฟล์ส่งออกจาก UHRI หรือตารางที่มีคอลัมน์ข้อความข้อเสนอแนะ) หากเป็นตาราง ให้ระบุชื่อคอลัมน์ด้วย --map &quot;Header=text,...&quot; และ --format table</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>กำลังอ่าน {file}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>นำเข้าเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Cannot import {file}: it holds no recommendations (only headers or empty rows).</source>
        <translation>นำเข้า {file} ไม่ได้: ไม่มีข้อเสนอแนะ (มีแต่หัวตารางหรือแถวว่าง)</translation>
    </message>
    <message>
        <source>--country: &apos;{country}&apos; is not a UN member or observer State.</source>
        <translation>--country: &apos;{country}&apos; ไม่ใช่รัฐสมาชิกหรือรัฐผู้สังเกตการณ์ของสหประชาชาติ</translation>
    </message>
    <message>
        <source>Nothing in this file matched {state}{narrowing}; it holds: {listed}. Use --country STATE or --all-states.</source>
        <translation>ไม่มีสิ่งใดในไฟล์นี้ตรงกับ {state}{narrowing} ไฟล์มี: {listed} ใช้ --country STATE หรือ --all-states</translation>
    </message>
    <message>
        <source> with the cycle/session asked for</source>
        <translation> ในรอบ/สมัยประชุมที่ระบุ</translation>
    </message>
    <message>
        <source>Cannot import {file}: no column holds the recommendation text. Its columns are: {headers}. Say which one with --map &quot;HEADER=text&quot;.</source>
        <translation>นำเข้า {file} ไม่ได้: ไม่มีคอลัมน์ใดเก็บข้อความข้อเสนอแนะ คอลัมน์ของไฟล์คือ: {headers} ระบุคอลัมน์ด้วย --map &quot;HEADER=text&quot;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not a text file, a spreadsheet or a Word document.</source>
        <translation>นำเข้า {file} ไม่ได้: ไม่ใช่ไฟล์ข้อความ สเปรดชีต หรือเอกสาร Word</translation>
    </message>
    <message>
        <source>Cannot import {file}: line {line} cannot be read as CSV ({reason}).</source>
        <translation>นำเข้า {file} ไม่ได้: บรรทัดที่ {line} อ่านเป็น CSV ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>the response &apos;{value}&apos; is not one of Supported, Noted, Supported/Noted (partially supported) or Pending</source>
        <translation>ท่าทีของรัฐ &apos;{value}&apos; ไม่ใช่ Supported, Noted, Supported/Noted (ตอบรับบางส่วน) หรือ Pending</translation>
    </message>
    <message>
        <source>the session &apos;{value}&apos; is not a UPR session number</source>
        <translation>สมัยประชุม &apos;{value}&apos; ไม่ใช่หมายเลขสมัยประชุม UPR</translation>
    </message>
    <message>
        <source>the cycle &apos;{value}&apos; is not a UPR cycle number</source>
        <translation>รอบ &apos;{value}&apos; ไม่ใช่หมายเลขรอบ UPR</translation>
    </message>
    <message>
        <source>the action category &apos;{value}&apos; is not a number from 1 to 5</source>
        <translation>ประเภทการดำเนินการ &apos;{value}&apos; ไม่ใช่ตัวเลข 1 ถึง 5</translation>
    </message>
    <message>
        <source>Names not on the UN list of States were kept as written: {listed}.</source>
        <translation>ชื่อที่ไม่อยู่ในรายชื่อรัฐของสหประชาชาติถูกเก็บไว้ตามที่เขียน: {listed}</translation>
    </message>
    <message>
        <source>SDG entries that name no goal or target were left out: {listed}.</source>
        <translation>ไม่รวมรายการ SDG ที่ไม่ได้ระบุเป้าหมายหรือเป้าประสงค์: {listed}</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>นำเข้า {file}</translation>
    </message>
    <message>
        <source>Comparing with the workspace</source>
        <translation>กำลังเปรียบเทียบกับพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Adding recommendations</source>
        <translation>กำลังเพิ่มข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>the same recommendation as row {row}; skipped</source>
        <translation>ข้อเสนอแนะเดียวกับแถวที่ {row} จึงข้ามไป</translation>
    </message>
    <message>
        <source>the text has {count} characters, more than {limit}; shorten it.</source>
        <translation>ข้อความมี {count} ตัวอักษร เกิน {limit} โปรดย่อให้สั้นลง</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not in the {column} list ({labels}).</source>
        <translation>&apos;{value}&apos; ไม่อยู่ในรายการ {column} ({labels})</translation>
    </message>
    <message>
        <source>{date} is in the future.</source>
        <translation>{date} เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>unknown recommendation ref(s): {refs}.</source>
        <translation>เลขที่ข้อเสนอแนะที่ไม่รู้จัก: {refs}</translation>
    </message>
    <message>
        <source>{value} is a number, not a date; write the date as YYYY-MM-DD.</source>
        <translation>{value} เป็นตัวเลข ไม่ใช่วันที่ เขียนวันที่เป็น YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write the date as YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos; ไม่ใช่วันที่ เขียนวันที่เป็น YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; could be {first} or {second}; write the date as YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos; อาจเป็น {first} หรือ {second} ก็ได้ เขียนวันที่เป็น YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Resolve conflict on {ref} {field}</source>
        <translation>แก้ข้อขัดแย้งของ {ref} {field}</translation>
    </message>
    <message>
        <source>Resolve a conflict with ours, theirs or an edited value, not &apos;{take}&apos;.</source>
        <translation>แก้ข้อขัดแย้งด้วย ours, theirs หรือค่าที่แก้ไข ไม่ใช่ &apos;{take}&apos;</translation>
    </message>
    <message>
        <source>There is no conflict number {id}. List them with: upr-desktop conflicts list</source>
        <translation>ไม่มีข้อขัดแย้งหมายเลข {id} ดูรายการได้ด้วย: upr-desktop conflicts list</translation>
    </message>
    <message>
        <source>Conflict {id} belongs to a merge that was undone.</source>
        <translation>ข้อขัดแย้ง {id} เป็นของการรวมที่ถูกเลิกทำแล้ว</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved ({how}).</source>
        <translation>ข้อขัดแย้ง {id} ได้รับการแก้ไขไปแล้ว ({how})</translation>
    </message>
    <message>
        <source>Resolve all conflicts with ours or theirs.</source>
        <translation>แก้ข้อขัดแย้งทั้งหมดด้วย ours หรือ theirs</translation>
    </message>
    <message>
        <source>Give the value to keep (--value).</source>
        <translation>ระบุค่าที่จะเก็บไว้ (--value)</translation>
    </message>
    <message>
        <source>Conflict {id} ({field}): {reason}</source>
        <translation>ข้อขัดแย้ง {id} ({field}): {reason}</translation>
    </message>
    <message>
        <source>A decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <source>{file}, decision {number}</source>
        <translation>{file} การตัดสินใจที่ {number}</translation>
    </message>
    <message>
        <source>{where}: &apos;take&apos; must be ours, theirs or edited, not &apos;{take}&apos;.</source>
        <translation>{where}: &apos;take&apos; ต้องเป็น ours, theirs หรือ edited ไม่ใช่ &apos;{take}&apos;</translation>
    </message>
    <message>
        <source>{where}: name the conflict&apos;s &apos;field&apos; (status, evidence, due_date...).</source>
        <translation>{where}: ระบุ &apos;field&apos; ของข้อขัดแย้ง (status, evidence, due_date...)</translation>
    </message>
    <message>
        <source>{where}: an edited decision needs the &apos;value&apos; to keep.</source>
        <translation>{where}: การตัดสินใจแบบแก้ไขค่าต้องมี &apos;value&apos; ที่จะเก็บไว้</translation>
    </message>
    <message>
        <source>{where}: name the conflict by &apos;sheet&apos; and &apos;cell&apos;, or by &apos;ref&apos;.</source>
        <translation>{where}: ระบุข้อขัดแย้งด้วย &apos;sheet&apos; และ &apos;cell&apos; หรือด้วย &apos;ref&apos;</translation>
    </message>
    <message>
        <source>{file}: expected a list of decisions, or an object with a &quot;decisions&quot; list.</source>
        <translation>{file}: ต้องการรายการการตัดสินใจ หรือออบเจ็กต์ที่มีรายการ &quot;decisions&quot;</translation>
    </message>
    <message>
        <source>{where}: each decision is an object such as {example}.</source>
        <translation>{where}: การตัดสินใจแต่ละรายการเป็นออบเจ็กต์ เช่น {example}</translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {keys}; a decision has file, sheet, cell, ref, field, take and value.</source>
        <translation>{where}: ไม่รู้จักคีย์ {keys} การตัดสินใจมี file, sheet, cell, ref, field, take และ value</translation>
    </message>
    <message>
        <source>Cannot read the decisions file {file}: {reason}</source>
        <translation>อ่านไฟล์การตัดสินใจ {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({reason}); see the README for the decisions file.</source>
        <translation>{file} ไม่ใช่ JSON ที่ถูกต้อง ({reason}) ดูเรื่องไฟล์การตัดสินใจใน README</translation>
    </message>
    <message>
        <source>{first} and {other} decide the same conflict ({file} {sheet}!{cell} {field}) differently; keep one.</source>
        <translation>{first} และ {other} ตัดสินข้อขัดแย้งเดียวกัน ({file} {sheet}!{cell} {field}) ต่างกัน เก็บไว้เพียงรายการเดียว</translation>
    </message>
    <message>
        <source>{source} ({conflict}) matches no conflict of the files being merged: the files or the workspace changed since the preview. Preview the merge again (upr-desktop merge --dry-run) and check the decisions.</source>
        <translation>{source} ({conflict}) ไม่ตรงกับข้อขัดแย้งใดของไฟล์ที่กำลังรวม: ไฟล์หรือพื้นที่ทำงานเปลี่ยนไปหลังการแสดงตัวอย่าง แสดงตัวอย่างการรวมอีกครั้ง (upr-desktop merge --dry-run) และตรวจสอบการตัดสินใจ</translation>
    </message>
    <message>
        <source>The secretariat of {coalition}</source>
        <translation>ฝ่ายเลขานุการของ {coalition}</translation>
    </message>
    <message>
        <source>{acronym} has no recommendations assigned; assign some first (upr-desktop assign --group {acronym} ...).</source>
        <translation>{acronym} ยังไม่ได้รับมอบหมายข้อเสนอแนะ มอบหมายก่อน (upr-desktop assign --group {acronym} ...)</translation>
    </message>
    <message>
        <source>None of the recommendations asked for is assigned to {acronym}.</source>
        <translation>ไม่มีข้อเสนอแนะที่ขอใดได้รับมอบหมายให้ {acronym}</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <source>{group}: the group&apos;s language &apos;{language}&apos; is not one this app ships; the workbook is in English.</source>
        <translation>{group}: ภาษาของกลุ่ม &apos;{language}&apos; ไม่ใช่ภาษาที่แอปนี้มี เวิร์กบุ๊กจึงเป็นภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>{file}: unknown exchange format version {version}; update the app.</source>
        <translation>{file}: ไม่รู้จักรุ่นรูปแบบการแลกเปลี่ยน {version} โปรดอัปเดตแอป</translation>
    </message>
    <message>
        <source>Import workbook {file}</source>
        <translation>นำเข้าเวิร์กบุ๊ก {file}</translation>
    </message>
    <message>
        <source>This workspace has not imported a workbook from the secretariat; import one first (upr-desktop import-workbook FILE).</source>
        <translation>พื้นที่ทำงานนี้ยังไม่ได้นำเข้าเวิร์กบุ๊กจากฝ่ายเลขานุการ นำเข้าก่อน (upr-desktop import-workbook FILE)</translation>
    </message>
    <message>
        <source>{file} comes from the coalition workspace &apos;{other}&apos;, not this one; import it into a new workspace.</source>
        <translation>{file} มาจากพื้นที่ทำงานของภาคีเครือข่าย &apos;{other}&apos; ไม่ใช่พื้นที่ทำงานนี้ ให้นำเข้าในพื้นที่ทำงานใหม่</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>อ่านก่อน</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>การปรึกษาหารือ</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>กิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation>รหัส (ห้ามแก้ไข)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>รัฐที่ให้ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>ท่าทีของรัฐ</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>บทบาทของคุณ</translation>
    </message>
    <message>
        <source>Latest status (all groups)</source>
        <translation>สถานะล่าสุด (ทุกกลุ่ม)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>หน่วยงานรัฐ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation>ผู้เข้าร่วมฝ่ายรัฐ</translation>
    </message>
    <message>
        <source>Recommendations discussed (refs)</source>
        <translation>ข้อเสนอแนะที่หารือ (เลขที่)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>คำมั่น</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>วันครบกำหนด</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more changes (--limit 0 shows all).</source>
        <translation>
            <numerusform>  ... และอีก %n การเปลี่ยนแปลง (--limit 0 แสดงทั้งหมด)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations to other States (or other cycles/sessions) were left out.</source>
        <translation>
            <numerusform>ข้อเสนอแนะ %n ข้อที่ให้แก่รัฐอื่น (หรือรอบ/สมัยประชุมอื่น) ถูกตัดออก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({group}), merged on {when}: %n cells could not be used. Please correct them in your workbook and send it again.</source>
        <translation>
            <numerusform>{file} ({group}) รวมเมื่อ {when}: ใช้เซลล์ไม่ได้ %n เซลล์ โปรดแก้ไขในสมุดงานของคุณแล้วส่งอีกครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked refs</source>
        <translation>เลขที่ที่เชื่อมโยง</translation>
    </message>
    <message>
        <source>To fill in: choose from the list how far the recommendation is implemented, as your group sees it now.</source>
        <translation>ให้กรอก: เลือกจากรายการว่าข้อเสนอแนะได้รับการดำเนินการไปถึงไหนแล้ว ตามที่กลุ่มของคุณเห็นในขณะนี้</translation>
    </message>
    <message>
        <source>To fill in: the date your group made this assessment, as YYYY-MM-DD. Leave it empty for today.</source>
        <translation>ให้กรอก: วันที่กลุ่มของคุณประเมินนี้ ในรูปแบบ YYYY-MM-DD เว้นว่างไว้หากเป็นวันนี้</translation>
    </message>
    <message>
        <source>To fill in: what you saw that shows this status: a law passed, a budget, a programme, cases, figures.</source>
        <translation>ให้กรอก: สิ่งที่คุณพบซึ่งแสดงสถานะนี้ เช่น กฎหมายที่ผ่าน งบประมาณ โครงการ คดี ตัวเลข</translation>
    </message>
    <message>
        <source>To fill in: where the evidence comes from: documents, links, reports, meetings.</source>
        <translation>ให้กรอก: หลักฐานมาจากไหน เช่น เอกสาร ลิงก์ รายงาน การประชุม</translation>
    </message>
    <message>
        <source>To fill in if you wish: anything else the secretariat should know.</source>
        <translation>กรอกได้ตามต้องการ: สิ่งอื่นใดที่ฝ่ายเลขานุการควรทราบ</translation>
    </message>
    <message>
        <source>The date of the meeting, as YYYY-MM-DD. Needed for a new row.</source>
        <translation>วันที่ประชุม ในรูปแบบ YYYY-MM-DD จำเป็นสำหรับแถวใหม่</translation>
    </message>
    <message>
        <source>The ministry, department or office you met. Needed for a new row.</source>
        <translation>กระทรวง กรม หรือสำนักงานที่คุณพบ จำเป็นสำหรับแถวใหม่</translation>
    </message>
    <message>
        <source>Choose from the list what kind of engagement it was. Needed for a new row.</source>
        <translation>เลือกจากรายการว่าเป็นการมีส่วนร่วมประเภทใด จำเป็นสำหรับแถวใหม่</translation>
    </message>
    <message>
        <source>Who took part for the coalition.</source>
        <translation>ผู้เข้าร่วมฝ่ายภาคีเครือข่าย</translation>
    </message>
    <message>
        <source>Who took part for the government. Sensitive: keep this file safe.</source>
        <translation>ผู้เข้าร่วมฝ่ายรัฐ ข้อมูลอ่อนไหว: เก็บไฟล์นี้ไว้อย่างปลอดภัย</translation>
    </message>
    <message>
        <source>The refs of the recommendations discussed, separated by commas (e.g. 145.1, 145.7).</source>
        <translation>เลขที่ของข้อเสนอแนะที่หารือ คั่นด้วยเครื่องหมายจุลภาค (เช่น 145.1, 145.7)</translation>
    </message>
    <message>
        <source>What was discussed.</source>
        <translation>สิ่งที่หารือกัน</translation>
    </message>
    <message>
        <source>What the government committed to do, if anything.</source>
        <translation>สิ่งที่รัฐให้คำมั่นว่าจะทำ (ถ้ามี)</translation>
    </message>
    <message>
        <source>What must be done next. Needed for a new row.</source>
        <translation>สิ่งที่ต้องทำต่อไป จำเป็นสำหรับแถวใหม่</translation>
    </message>
    <message>
        <source>When it should be done, as YYYY-MM-DD.</source>
        <translation>ควรทำเสร็จเมื่อใด ในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose from the list where the action stands; a new action is Open.</source>
        <translation>เลือกจากรายการว่ากิจกรรมอยู่ในขั้นใด กิจกรรมใหม่คือ &quot;เปิดอยู่&quot;</translation>
    </message>
    <message>
        <source>The refs of the recommendations it serves, separated by commas.</source>
        <translation>เลขที่ของข้อเสนอแนะที่กิจกรรมนี้รองรับ คั่นด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <source>There is no merge number {id}. List them with: upr-desktop merges list</source>
        <translation>ไม่มีการรวมหมายเลข {id} ดูรายการได้ด้วย: upr-desktop merges list</translation>
    </message>
    <message>
        <source>The merge of {file} was already undone.</source>
        <translation>การรวม {file} ถูกเลิกทำไปแล้ว</translation>
    </message>
    <message>
        <source>The merge of {file} has no recorded changes to undo.</source>
        <translation>การรวม {file} ไม่มีการเปลี่ยนแปลงที่บันทึกไว้ให้เลิกทำ</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s format version {version} is not one this version of UPR Desktop knows; update the app, or export a new workbook.</source>
        <translation>{file}: รุ่นรูปแบบของเวิร์กบุ๊ก {version} ไม่ใช่รุ่นที่ UPR Desktop รุ่นนี้รู้จัก โปรดอัปเดตแอป หรือส่งออกเวิร์กบุ๊กใหม่</translation>
    </message>
    <message>
        <source>{file}: this workbook was exported from another workspace (&apos;{other}&apos;), not from &apos;{ours}&apos;. Merge it into the workspace it came from.</source>
        <translation>{file}: เวิร์กบุ๊กนี้ส่งออกจากพื้นที่ทำงานอื่น (&apos;{other}&apos;) ไม่ใช่จาก &apos;{ours}&apos; ให้รวมเข้ากับพื้นที่ทำงานต้นทาง</translation>
    </message>
    <message>
        <source>{file}: merged without a valid signature, because you trusted it (--trust-unsigned).</source>
        <translation>{file}: รวมแล้วโดยไม่มีลายเซ็นที่ถูกต้อง เพราะคุณเลือกเชื่อถือไฟล์นี้ (--trust-unsigned)</translation>
    </message>
    <message>
        <source>{file}: the member group {group} of this workbook no longer exists in the workspace.</source>
        <translation>{file}: กลุ่มสมาชิก {group} ของเวิร์กบุ๊กนี้ไม่มีอยู่ในพื้นที่ทำงานแล้ว</translation>
    </message>
    <message>
        <source>{file}: the hidden exchange metadata has no base values.</source>
        <translation>{file}: ข้อมูลเมตาการแลกเปลี่ยนที่ซ่อนอยู่ไม่มีค่าฐาน</translation>
    </message>
    <message>
        <source>{file}: row {row} of &apos;{sheet}&apos; repeats an earlier row; it was added once.</source>
        <translation>{file}: แถวที่ {row} ของ &apos;{sheet}&apos; ซ้ำกับแถวก่อนหน้า จึงเพิ่มเพียงครั้งเดียว</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s signature does not match (its hidden metadata was changed, or it was not signed by this workspace). If you trust where it came from, merge it with --trust-unsigned.</source>
        <translation>{file}: ลายเซ็นของเวิร์กบุ๊กไม่ตรงกัน (ข้อมูลเมตาที่ซ่อนอยู่ถูกเปลี่ยน หรือไม่ได้ลงนามโดยพื้นที่ทำงานนี้) หากคุณเชื่อถือแหล่งที่มา ให้รวมด้วย --trust-unsigned</translation>
    </message>
    <message>
        <source>the Status cannot be emptied; choose Unknown if you do not know.</source>
        <translation>ล้างค่า &quot;สถานะ&quot; ไม่ได้ เลือก &quot;ไม่ทราบ&quot; หากคุณไม่ทราบ</translation>
    </message>
    <message>
        <source>nothing from this row was merged because its Assessment date cannot be read.</source>
        <translation>ไม่ได้รวมข้อมูลใดจากแถวนี้ เพราะอ่าน &quot;วันที่ประเมิน&quot; ไม่ได้</translation>
    </message>
    <message>
        <source>an assessment needs a Status; choose one from the list.</source>
        <translation>การประเมินต้องมี &quot;สถานะ&quot; เลือกจากรายการ</translation>
    </message>
    <message>
        <source>row {row} was not added because some of its cells cannot be read.</source>
        <translation>ไม่ได้เพิ่มแถวที่ {row} เพราะอ่านบางเซลล์ไม่ได้</translation>
    </message>
    <message>
        <source>the cell holds a formula; formulas are not read. Type the value itself.</source>
        <translation>เซลล์มีสูตร ระบบไม่อ่านสูตร ให้พิมพ์ค่าจริงลงไป</translation>
    </message>
    <message>
        <source>the same row appears several times (rows {rows}) with different values; keep one and merge again.</source>
        <translation>แถวเดียวกันปรากฏหลายครั้ง (แถว {rows}) โดยมีค่าต่างกัน เก็บไว้แถวเดียวแล้วรวมอีกครั้ง</translation>
    </message>
    <message>
        <source>the row has no hidden ID and its Ref &apos;{ref}&apos; matches no single recommendation of this workbook.</source>
        <translation>แถวนี้ไม่มีรหัสที่ซ่อนอยู่ และเลขที่ &apos;{ref}&apos; ไม่ตรงกับข้อเสนอแนะใดข้อเดียวในเวิร์กบุ๊กนี้</translation>
    </message>
    <message>
        <source>this recommendation was deleted from the workspace after the export; the row was not merged.</source>
        <translation>ข้อเสนอแนะนี้ถูกลบออกจากพื้นที่ทำงานหลังการส่งออก จึงไม่ได้รวมแถวนี้</translation>
    </message>
    <message>
        <source>this row&apos;s hidden ID names a record of another member group; the row was not merged.</source>
        <translation>รหัสที่ซ่อนอยู่ของแถวนี้อ้างถึงระเบียนของกลุ่มสมาชิกอื่น จึงไม่ได้รวมแถวนี้</translation>
    </message>
    <message>
        <source>a new row needs a {header}; row {row} was not added.</source>
        <translation>แถวใหม่ต้องมี &quot;{header}&quot; จึงไม่ได้เพิ่มแถวที่ {row}</translation>
    </message>
    <message>
        <source>this row&apos;s hidden ID is not a recommendation of this workbook (copied from another workbook?); the row was not merged.</source>
        <translation>รหัสที่ซ่อนอยู่ของแถวนี้ไม่ใช่ข้อเสนอแนะของเวิร์กบุ๊กนี้ (คัดลอกมาจากเวิร์กบุ๊กอื่นหรือไม่?) จึงไม่ได้รวมแถวนี้</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in the hidden ID column is not an ID this workbook was given; the row was not merged.</source>
        <translation>&apos;{value}&apos; ในคอลัมน์รหัสที่ซ่อนอยู่ไม่ใช่รหัสที่เวิร์กบุ๊กนี้ได้รับ จึงไม่ได้รวมแถวนี้</translation>
    </message>
    <message>
        <source>this record was deleted from the workspace after the export; the row was not merged.</source>
        <translation>ระเบียนนี้ถูกลบออกจากพื้นที่ทำงานหลังการส่งออก จึงไม่ได้รวมแถวนี้</translation>
    </message>
    <message>
        <source>this value cannot be emptied.</source>
        <translation>ค่านี้ล้างให้ว่างไม่ได้</translation>
    </message>
    <message>
        <source>Merge {file} from {group}</source>
        <translation>รวม {file} จาก {group}</translation>
    </message>
    <message>
        <source>--prefer takes &apos;ours&apos; or &apos;theirs&apos;, not &apos;{value}&apos;.</source>
        <translation>--prefer รับค่า &apos;ours&apos; หรือ &apos;theirs&apos; ไม่ใช่ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{source}: {file} {sheet}!{cell} ({field}): {reason}</source>
        <translation>{source}: {file} {sheet}!{cell} ({field}): {reason}</translation>
    </message>
    <message>
        <source>Nothing has been done.</source>
        <translation>ยังไม่มีการดำเนินการใด ๆ</translation>
    </message>
    <message>
        <source>Some steps were taken, but not all that was recommended.</source>
        <translation>มีการดำเนินการบางขั้นตอน แต่ไม่ครบตามที่ได้รับข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>What was recommended has been done.</source>
        <translation>ได้ดำเนินการตามข้อเสนอแนะแล้ว</translation>
    </message>
    <message>
        <source>You have no information.</source>
        <translation>คุณไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>UPR follow-up workbook for {group}</source>
        <translation>เวิร์กบุ๊กติดตามผล UPR สำหรับ {group}</translation>
    </message>
    <message>
        <source>What to fill in</source>
        <translation>สิ่งที่ต้องกรอก</translation>
    </message>
    <message>
        <source>Recommendations sheet: next to each recommendation assigned to your group, choose the Status from the list, write the Assessment date (YYYY-MM-DD; leave it empty for today), the Evidence you have, your Sources and any Comment.</source>
        <translation>ชีตข้อเสนอแนะ: ถัดจากข้อเสนอแนะแต่ละข้อที่มอบหมายให้กลุ่มของคุณ ให้เลือก &quot;สถานะ&quot; จากรายการ กรอก &quot;วันที่ประเมิน&quot; (YYYY-MM-DD เว้นว่างไว้หากเป็นวันนี้) &quot;หลักฐาน&quot; ที่คุณมี &quot;แหล่งที่มา&quot; และ &quot;ความเห็น&quot; ใด ๆ</translation>
    </message>
    <message>
        <source>Yellow columns are the ones to fill in; point at a column&apos;s title to read what goes in it. Grey columns give the context and cannot be changed.</source>
        <translation>คอลัมน์สีเหลืองคือคอลัมน์ที่ต้องกรอก ชี้ที่ชื่อคอลัมน์เพื่ออ่านว่าต้องกรอกอะไร คอลัมน์สีเทาให้ข้อมูลประกอบและแก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>Consultations sheet: correct the meetings already listed, and add new ones in the empty rows (Date, Government body and Kind are needed; Recommendations discussed: refs separated by commas).</source>
        <translation>ชีตการปรึกษาหารือ: แก้ไขการประชุมที่มีอยู่แล้ว และเพิ่มการประชุมใหม่ในแถวว่าง (ต้องมี &quot;วันที่&quot; &quot;หน่วยงานรัฐ&quot; และ &quot;ประเภท&quot;; &quot;ข้อเสนอแนะที่หารือ&quot;: เลขที่คั่นด้วยเครื่องหมายจุลภาค)</translation>
    </message>
    <message>
        <source>Follow-up actions sheet: update the Status of your actions and add new ones in the empty rows.</source>
        <translation>ชีตกิจกรรมติดตามผล: ปรับปรุง &quot;สถานะ&quot; ของกิจกรรมของคุณ และเพิ่มกิจกรรมใหม่ในแถวว่าง</translation>
    </message>
    <message>
        <source>What not to touch</source>
        <translation>สิ่งที่ห้ามแตะต้อง</translation>
    </message>
    <message>
        <source>Do not rename, delete or reorder the sheets, and do not delete the hidden ID column: it is how your answers find their way back. Sorting and filtering rows is fine.</source>
        <translation>ห้ามเปลี่ยนชื่อ ลบ หรือเรียงลำดับชีตใหม่ และห้ามลบคอลัมน์รหัสที่ซ่อนอยู่ เพราะเป็นสิ่งที่ทำให้คำตอบของคุณกลับมาถูกที่ การเรียงลำดับและกรองแถวทำได้</translation>
    </message>
    <message>
        <source>Do not type formulas: they are not read. Do not delete rows to remove something: tell the secretariat instead.</source>
        <translation>ห้ามพิมพ์สูตร เพราะระบบไม่อ่าน ห้ามลบแถวเพื่อเอาข้อมูลออก ให้แจ้งฝ่ายเลขานุการแทน</translation>
    </message>
    <message>
        <source>The statuses</source>
        <translation>สถานะต่าง ๆ</translation>
    </message>
    <message>
        <source>Printing and sending back</source>
        <translation>การพิมพ์และการส่งกลับ</translation>
    </message>
    <message>
        <source>Each sheet prints across the width of the page, in landscape, with its column titles on every page.</source>
        <translation>แต่ละชีตพิมพ์เต็มความกว้างของหน้าในแนวนอน โดยมีชื่อคอลัมน์ทุกหน้า</translation>
    </message>
    <message>
        <source>When you are done, save the file as it is (.xlsx) and send it back.</source>
        <translation>เมื่อเสร็จแล้ว ให้บันทึกไฟล์ตามเดิม (.xlsx) แล้วส่งกลับ</translation>
    </message>
    <message>
        <source>Send back by {deadline}</source>
        <translation>ส่งกลับภายใน {deadline}</translation>
    </message>
    <message>
        <source>Returned by {group} to the secretariat of {coalition} on {when}.</source>
        <translation>{group} ส่งกลับให้ฝ่ายเลขานุการของ {coalition} เมื่อ {when}</translation>
    </message>
    <message>
        <source>This is a return prepared in the UPR Desktop app by {group}.</source>
        <translation>นี่คือไฟล์ตอบกลับที่ {group} จัดทำในแอป UPR Desktop</translation>
    </message>
    <message>
        <source>Sent by the secretariat of {coalition} on {when}.</source>
        <translation>ส่งโดยฝ่ายเลขานุการของ {coalition} เมื่อ {when}</translation>
    </message>
    <message>
        <source>Please send it back by {deadline}.</source>
        <translation>โปรดส่งกลับภายใน {deadline}</translation>
    </message>
    <message>
        <source>Did you mean {names} or {last}?</source>
        <translation>คุณหมายถึง {names} หรือ {last} ใช่หรือไม่?</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>คุณหมายถึง {name} ใช่หรือไม่?</translation>
    </message>
    <message>
        <source>A value stored in the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the damaged record, then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup.</source>
        <translation>ค่าที่เก็บไว้ในพื้นที่ทำงานอ่านไม่ได้: ไฟล์เสียหาย เรียก `upr-desktop check` เพื่อหาระเบียนที่เสียหาย แล้วใช้ `upr-desktop export-json --salvage -o FILE` เพื่อเก็บส่วนที่เหลือทั้งหมด หรือกู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขอ้างอิง</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>สมัยประชุม</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Theme cluster</source>
        <translation>กลุ่มประเด็น</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>รัฐที่ถูกทบทวน</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>เอกสารต้นทาง</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>หมายเหตุแหล่งที่มา</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>ลับ</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>สถานะการประเมิน</translation>
    </message>
    <message>
        <source>Assessment evidence</source>
        <translation>หลักฐานการประเมิน</translation>
    </message>
    <message>
        <source>Assessment sources</source>
        <translation>แหล่งที่มาของการประเมิน</translation>
    </message>
    <message>
        <source>Assessment comment</source>
        <translation>ความเห็นในการประเมิน</translation>
    </message>
    <message>
        <source>Assessing group</source>
        <translation>กลุ่มที่ประเมิน</translation>
    </message>
    <message>
        <source>Confidential assessment</source>
        <translation>การประเมินที่เป็นความลับ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Assignment note</source>
        <translation>หมายเหตุการมอบหมาย</translation>
    </message>
    <message>
        <source>{field} changed from “{old}” to “{new}”</source>
        <translation>{field} เปลี่ยนจาก “{old}” เป็น “{new}”</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>{group}&apos;s assessment of {date} removed ({status})</source>
        <translation>การประเมินของ {group} เมื่อ {date} ถูกนำออก ({status})</translation>
    </message>
    <message>
        <source>Assigned to {group} as {role}</source>
        <translation>มอบหมายให้ {group} ในบทบาท {role}</translation>
    </message>
    <message>
        <source>Theme {theme} removed</source>
        <translation>นำประเด็น {theme} ออก</translation>
    </message>
    <message>
        <source>Recommendation added</source>
        <translation>เพิ่มข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Recommendation removed</source>
        <translation>นำข้อเสนอแนะออก</translation>
    </message>
    <message>
        <source>{field} of {group}</source>
        <translation>{field} ของ {group}</translation>
    </message>
    <message>
        <source>{field} set to “{new}”</source>
        <translation>{field} กำหนดเป็น “{new}”</translation>
    </message>
    <message>
        <source>{field} cleared (was “{old}”)</source>
        <translation>{field} ถูกล้าง (เดิม “{old}”)</translation>
    </message>
    <message>
        <source>merged from {file}</source>
        <translation>รวมจาก {file}</translation>
    </message>
    <message>
        <source>conflict in {file}, decided here</source>
        <translation>ข้อขัดแย้งใน {file} ตัดสินที่นี่</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>นำเข้าจาก {file}</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>ทำซ้ำแล้ว</translation>
    </message>
    <message>
        <source>{change} ({origin})</source>
        <translation>{change} ({origin})</translation>
    </message>
    <message>
        <source>a group since removed</source>
        <translation>กลุ่มที่ถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>Status set to {status} by {group} on {date}</source>
        <translation>{group} กำหนดสถานะเป็น {status} เมื่อ {date}</translation>
    </message>
    <message>
        <source>The coalition&apos;s assessment of {date} removed ({status})</source>
        <translation>การประเมินของภาคีเครือข่ายเมื่อ {date} ถูกนำออก ({status})</translation>
    </message>
    <message>
        <source>Assignment to {group} removed</source>
        <translation>ยกเลิกการมอบหมายให้ {group}</translation>
    </message>
    <message>
        <source>Assigned to {group} as {role}, due {date}</source>
        <translation>มอบหมายให้ {group} ในบทบาท {role} กำหนดเสร็จ {date}</translation>
    </message>
    <message>
        <source>a theme since removed</source>
        <translation>ประเด็นที่ถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>Theme {theme} added</source>
        <translation>เพิ่มประเด็น {theme}</translation>
    </message>
    <message>
        <source>merged from {group}&apos;s return of {date}</source>
        <translation>รวมจากไฟล์ที่ {group} ส่งกลับเมื่อ {date}</translation>
    </message>
    <message>
        <source>conflict in {group}&apos;s return of {date}, decided here</source>
        <translation>ข้อขัดแย้งในไฟล์ที่ {group} ส่งกลับเมื่อ {date} ตัดสินที่นี่</translation>
    </message>
    <message>
        <source>Status set to {status} by the coalition on {date}</source>
        <translation>ภาคีเครือข่ายกำหนดสถานะเป็น {status} เมื่อ {date}</translation>
    </message>
    <message>
        <source>{response} until {date}</source>
        <translation>{response} จนถึง {date}</translation>
    </message>
    <message>
        <source>then {response}</source>
        <translation>จากนั้น {response}</translation>
    </message>
    <message>
        <source>then {response} until {date}</source>
        <translation>จากนั้น {response} จนถึง {date}</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n recommendations to {acronym}</source>
        <translation>
            <numerusform>มอบหมายข้อเสนอแนะ %n ข้อให้ {acronym}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n recommendations from {acronym}</source>
        <translation>
            <numerusform>ยกเลิกการมอบหมายข้อเสนอแนะ %n ข้อจาก {acronym}</numerusform>
        </translation>
    </message>
    <message>
        <source>the record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>{who} changed {record} ({fields}) at {at} after you opened it; your changes were not saved, so that nothing of theirs is lost. Open it again and make your change on what is there now.</source>
        <translation>{who} ได้แก้ไข{record} ({fields}) เมื่อ {at} หลังจากที่คุณเปิดไว้ การแก้ไขของคุณจึงไม่ได้บันทึก เพื่อไม่ให้ข้อมูลของผู้นั้นสูญหาย โปรดเปิดใหม่อีกครั้งแล้วแก้ไขจากข้อมูลปัจจุบัน</translation>
    </message>
    <message>
        <source>Merges are undone one by one: the last one ({file}) with: upr-desktop merges undo {id}</source>
        <translation>การรวมต้องเลิกทำทีละครั้ง: ครั้งล่าสุด ({file}) ด้วย: upr-desktop merges undo {id}</translation>
    </message>
    <message>
        <source>Imports are undone one by one: the last one ({file}) with: upr-desktop imports undo {id}</source>
        <translation>การนำเข้าต้องเลิกทำทีละครั้ง: ครั้งล่าสุด ({file}) ด้วย: upr-desktop imports undo {id}</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>ฝ่ายเลขานุการ</translation>
    </message>
    <message>
        <source>Set the secretariat to {name}</source>
        <translation>ตั้งฝ่ายเลขานุการเป็น {name}</translation>
    </message>
    <message>
        <source>the consultation with {body}</source>
        <translation>การหารือกับ {body}</translation>
    </message>
    <message>
        <source>the follow-up action &quot;{action}&quot;</source>
        <translation>กิจกรรมติดตามผล &quot;{action}&quot;</translation>
    </message>
    <message>
        <source>A recommendation cannot be its own predecessor ({ref}).</source>
        <translation>ข้อเสนอแนะไม่สามารถเป็นข้อเสนอแนะก่อนหน้าของตัวเองได้ ({ref})</translation>
    </message>
    <message>
        <source>{earlier} was made to {other}, not to {state}: only recommendations to the same State can be linked.</source>
        <translation>{earlier} เสนอแนะต่อ {other} ไม่ใช่ {state} เชื่อมโยงได้เฉพาะข้อเสนอแนะต่อรัฐเดียวกัน</translation>
    </message>
    <message>
        <source>{earlier} (cycle {earlier_cycle}) is not from a cycle before {ref} (cycle {cycle}): a predecessor comes from an earlier cycle.</source>
        <translation>{earlier} (รอบที่ {earlier_cycle}) ไม่ได้มาจากรอบก่อน {ref} (รอบที่ {cycle}) ข้อเสนอแนะก่อนหน้าต้องมาจากรอบก่อน</translation>
    </message>
    <message>
        <source>A link is either confirmed or rejected, not &apos;{status}&apos;.</source>
        <translation>การเชื่อมโยงต้องเป็นยืนยันหรือปฏิเสธ ไม่ใช่ &apos;{status}&apos;</translation>
    </message>
    <message>
        <source>Confirm that {earlier} was recommended before {ref}</source>
        <translation>ยืนยันว่า {earlier} เคยเสนอแนะก่อน {ref}</translation>
    </message>
    <message>
        <source>Reject {earlier} as recommended before {ref}</source>
        <translation>ปฏิเสธว่า {earlier} เคยเสนอแนะก่อน {ref}</translation>
    </message>
    <message>
        <source>recommendation {ref}</source>
        <translation>ข้อเสนอแนะ {ref}</translation>
    </message>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>กำหนดประเด็นให้ข้อเสนอแนะ %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a State&apos;s name.</source>
        <translation>&apos;{name}&apos; ไม่ใช่ชื่อรัฐ</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected recommendations no longer exist; refresh the list and try again.</source>
        <translation>
            <numerusform>ข้อเสนอแนะที่เลือก %n ข้อไม่มีอยู่แล้ว โปรดรีเฟรชรายการแล้วลองอีกครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough free space in {folder} for a backup of {name}: about {need} MB are needed and {free} MB are free. Nothing was changed; free some space (or choose another backup folder in Settings) and try again.</source>
        <translation>พื้นที่ว่างใน {folder} ไม่พอสำหรับสำรองข้อมูล {name}: ต้องใช้ประมาณ {need} MB และมีว่าง {free} MB ไม่มีสิ่งใดถูกเปลี่ยนแปลง ทำให้มีพื้นที่ว่าง (หรือเลือกโฟลเดอร์สำรองข้อมูลอื่นในการตั้งค่า) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{backup} is not protected by a passphrase, but the workspace is: restoring it would leave your data unprotected. Choose a backup taken since the workspace was protected (upr-desktop backups), or restore it and then run protect again after unprotecting the workspace.</source>
        <translation>{backup} ไม่ได้ป้องกันด้วยวลีรหัสผ่าน แต่พื้นที่ทำงานมีการป้องกัน: การกู้คืนจะทำให้ข้อมูลของคุณไม่มีการป้องกัน เลือกข้อมูลสำรองที่ทำหลังจากป้องกันพื้นที่ทำงานแล้ว (upr-desktop backups) หรือเอาวลีรหัสผ่านออกก่อน (unprotect) กู้คืน แล้วป้องกันอีกครั้ง (protect)</translation>
    </message>
    <message>
        <source>{backup} is protected by a passphrase, but the workspace is not: it was taken while the workspace was protected. Choose a backup taken since the passphrase was removed.</source>
        <translation>{backup} ป้องกันด้วยวลีรหัสผ่าน แต่พื้นที่ทำงานไม่มีการป้องกัน: ข้อมูลสำรองนี้ทำขณะที่พื้นที่ทำงานยังมีการป้องกัน เลือกข้อมูลสำรองที่ทำหลังจากเอาวลีรหัสผ่านออกแล้ว</translation>
    </message>
    <message>
        <source>{backup} is protected by another passphrase than the workspace&apos;s (it was taken before the passphrase was changed, or belongs to another workspace); it cannot be restored with this one.</source>
        <translation>{backup} ป้องกันด้วยวลีรหัสผ่านอื่นที่ไม่ใช่ของพื้นที่ทำงาน (ทำไว้ก่อนเปลี่ยนวลีรหัสผ่าน หรือเป็นของพื้นที่ทำงานอื่น) จึงกู้คืนด้วยวลีรหัสผ่านนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Could not make the backup folder {folder}: {reason}. Nothing was changed; choose another backup folder in Settings.</source>
        <translation>สร้างโฟลเดอร์สำรองข้อมูล {folder} ไม่ได้: {reason} ไม่มีสิ่งใดถูกเปลี่ยนแปลง เลือกโฟลเดอร์สำรองข้อมูลอื่นในการตั้งค่า</translation>
    </message>
    <message>
        <source>Could not back up {path} into {folder}: {reason}. Nothing was changed.</source>
        <translation>สำรองข้อมูล {path} ไปยัง {folder} ไม่ได้: {reason} ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>อ่าน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{path} is still in use by another task; nothing was changed. Try the import again.</source>
        <translation>{path} ยังถูกใช้งานโดยงานอื่นอยู่ ไม่มีสิ่งใดถูกเปลี่ยนแปลง โปรดลองนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>ไฟล์เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>ไฟล์ข้อความ</translation>
    </message>
    <message>
        <source>its folder cannot be written to, so SQLite cannot keep its journal beside it</source>
        <translation>เขียนลงในโฟลเดอร์ของไฟล์นี้ไม่ได้ SQLite จึงเก็บบันทึกธุรกรรมไว้ข้างไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>อยู่บนดิสก์แบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>the file is marked immutable</source>
        <translation>ไฟล์ถูกตั้งค่าเป็นห้ามแก้ไข (immutable)</translation>
    </message>
    <message>
        <source>To bring recommendations in from it: upr-desktop import &quot;{path}&quot;; a returned exchange workbook is merged with: upr-desktop merge &quot;{path}&quot;.</source>
        <translation>หากต้องการนำเข้าข้อเสนอแนะจากไฟล์นี้: upr-desktop import &quot;{path}&quot; ส่วนเวิร์กบุ๊กแลกเปลี่ยนที่ส่งกลับมาให้รวมด้วย: upr-desktop merge &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>{path} is not a UPR Desktop workspace: it is {kind}.</source>
        <translation>{path} ไม่ใช่พื้นที่ทำงานของ UPR Desktop: เป็น{kind}</translation>
    </message>
    <message>
        <source>{path} is on a disk that cannot be written to and changes are still in its {wal} file, which SQLite cannot read there. Copy the workspace with both files to a writable folder and open the copy.</source>
        <translation>{path} อยู่บนดิสก์ที่เขียนไม่ได้ และยังมีการเปลี่ยนแปลงค้างอยู่ในไฟล์ {wal} ซึ่ง SQLite อ่านที่นั่นไม่ได้ ให้คัดลอกพื้นที่ทำงานพร้อมทั้งสองไฟล์ไปยังโฟลเดอร์ที่เขียนได้ แล้วเปิดสำเนานั้น</translation>
    </message>
    <message>
        <source>a zip archive: an Excel, Word or LibreOffice document</source>
        <translation>ไฟล์ zip: เอกสาร Excel, Word หรือ LibreOffice</translation>
    </message>
    <message>
        <source>an empty zip archive</source>
        <translation>ไฟล์ zip ว่างเปล่า</translation>
    </message>
    <message>
        <source>an old Office file (.xls or .doc)</source>
        <translation>ไฟล์ Office รุ่นเก่า (.xls หรือ .doc)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <source>row {row} of {table}</source>
        <translation>แถว {row} ของ {table}</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>ไม่ใช่ข้อความ</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an id</source>
        <translation>&apos;{value}&apos; ไม่ใช่รหัสระบุ</translation>
    </message>
    <message>
        <source>it is not a whole number</source>
        <translation>ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <source>it is neither yes nor no</source>
        <translation>ไม่ใช่ทั้งใช่และไม่ใช่</translation>
    </message>
    <message>
        <source>{copy} is not protected by a passphrase while the workspace is: run `upr-desktop protect` to protect it too.</source>
        <translation>{copy} ไม่ได้ป้องกันด้วยวลีรหัสผ่าน ขณะที่พื้นที่ทำงานมีการป้องกัน: เรียก `upr-desktop protect` เพื่อป้องกันไฟล์นี้ด้วย</translation>
    </message>
    <message>
        <source>it is not JSON text</source>
        <translation>ไม่ใช่ข้อความ JSON</translation>
    </message>
    <message>
        <source>it is not a JSON {kind}</source>
        <translation>ไม่ใช่ {kind} แบบ JSON</translation>
    </message>
    <message>
        <source>it is not a date</source>
        <translation>ไม่ใช่วันที่</translation>
    </message>
    <message>
        <source>Checking the change log</source>
        <translation>กำลังตรวจบันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>member group</source>
        <translation>กลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>การประเมิน</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>การมอบหมาย</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>การปรึกษาหารือ</translation>
    </message>
    <message>
        <source>follow-up action</source>
        <translation>การดำเนินการติดตามผล</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>การรวม</translation>
    </message>
    <message>
        <source>import</source>
        <translation>การนำเข้า</translation>
    </message>
    <message>
        <source>change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>change-log entry</source>
        <translation>รายการในบันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>workspace record</source>
        <translation>ระเบียนของพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>{entity} of recommendation {ref} (row {row})</source>
        <translation>{entity}ของข้อเสนอแนะ {ref} (แถว {row})</translation>
    </message>
    <message>
        <source>{entity} {name} (row {row})</source>
        <translation>{entity} {name} (แถว {row})</translation>
    </message>
    <message>
        <source>The file&apos;s pages cannot be read: {reason}</source>
        <translation>อ่านหน้าของไฟล์ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{record} refers to a {parent} that does not exist.</source>
        <translation>{record} อ้างถึง{parent}ที่ไม่มีอยู่</translation>
    </message>
    <message>
        <source>The links between records cannot be checked: {reason}</source>
        <translation>ตรวจการเชื่อมโยงระหว่างระเบียนไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>it is not readable text</source>
        <translation>ไม่ใช่ข้อความที่อ่านได้</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ไม่ใช่ JSON ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>&apos;{value}&apos; ไม่ใช่วันที่</translation>
    </message>
    <message>
        <source>Checking {table}</source>
        <translation>กำลังตรวจ {table}</translation>
    </message>
    <message>
        <source>{record}: its id is {stored} but the change log recorded {logged}; the id was changed outside the app (or damaged).</source>
        <translation>{record}: รหัสระบุคือ {stored} แต่บันทึกการเปลี่ยนแปลงบันทึกไว้ว่า {logged} รหัสระบุถูกเปลี่ยนนอกแอป (หรือเสียหาย)</translation>
    </message>
    <message>
        <source>The search index does not match the recommendations ({reason}); searches may miss or show the wrong ones. Rebuild it with: upr-desktop check --rebuild-search-index</source>
        <translation>ดัชนีการค้นหาไม่ตรงกับข้อเสนอแนะ ({reason}) การค้นหาอาจตกหล่นหรือแสดงรายการผิด สร้างดัชนีใหม่ด้วย: upr-desktop check --rebuild-search-index</translation>
    </message>
    <message>
        <source>{record}: its row and the index {index} disagree (a stored value was changed outside the app, or damaged).</source>
        <translation>{record}: แถวและดัชนี {index} ไม่ตรงกัน (ค่าที่เก็บไว้ถูกเปลี่ยนนอกแอป หรือเสียหาย)</translation>
    </message>
    <message>
        <source>The file&apos;s structure: {detail}</source>
        <translation>โครงสร้างของไฟล์: {detail}</translation>
    </message>
    <message>
        <source>The table {table} cannot be read: {reason}</source>
        <translation>อ่านตาราง {table} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>row {row} of {table} cannot be read at all: {reason}</source>
        <translation>แถว {row} ของ {table} อ่านไม่ได้เลย: {reason}</translation>
    </message>
    <message>
        <source>{record}: the stored {column} cannot be read: {problem}.</source>
        <translation>{record}: อ่านค่า {column} ที่เก็บไว้ไม่ได้: {problem}</translation>
    </message>
    <message>
        <source>The change log cannot be compared with {table}: {reason}</source>
        <translation>เปรียบเทียบบันทึกการเปลี่ยนแปลงกับ {table} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>An interrupted {operation} of {path} was undone: the workspace and its copies are as they were before it. Run it again.</source>
        <translation>{operation}ของ {path} ที่ถูกขัดจังหวะได้ถูกยกเลิกแล้ว: พื้นที่ทำงานและสำเนาของมันกลับเป็นเหมือนก่อนหน้า ให้เรียกคำสั่งอีกครั้ง</translation>
    </message>
    <message>
        <source>An interrupted {operation} of {path} was finished: the workspace and every copy of it are now under its current passphrase.</source>
        <translation>{operation}ของ {path} ที่ถูกขัดจังหวะเสร็จสมบูรณ์แล้ว: พื้นที่ทำงานและสำเนาทุกชุดใช้วลีรหัสผ่านปัจจุบันแล้ว</translation>
    </message>
    <message>
        <source>protection of the copies</source>
        <translation>การป้องกันสำเนา</translation>
    </message>
    <message>
        <source>The converted copy of {path} for an interrupted change of passphrase is missing; nothing was touched. Keep every file beside the workspace and its backups as it is, and ask for help.</source>
        <translation>ไม่พบสำเนาที่แปลงแล้วของ {path} สำหรับการเปลี่ยนวลีรหัสผ่านที่ถูกขัดจังหวะ ไม่มีสิ่งใดถูกแตะต้อง ให้เก็บทุกไฟล์ข้างพื้นที่ทำงานและข้อมูลสำรองไว้ตามเดิม แล้วขอความช่วยเหลือ</translation>
    </message>
    <message>
        <source>The record of an interrupted change of passphrase, {path}, cannot be read ({reason}). Move it away only after checking that the workspace opens.</source>
        <translation>อ่านบันทึกของการเปลี่ยนวลีรหัสผ่านที่ถูกขัดจังหวะ {path} ไม่ได้ ({reason}) ให้ย้ายไฟล์นี้ออกก็ต่อเมื่อตรวจแล้วว่าพื้นที่ทำงานเปิดได้</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>การป้องกัน</translation>
    </message>
    <message>
        <source>removal of the passphrase</source>
        <translation>การเอาวลีรหัสผ่านออก</translation>
    </message>
    <message>
        <source>change of passphrase</source>
        <translation>การเปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>{path} already exists; move the workspace to a new file. Nothing was changed.</source>
        <translation>{path} มีอยู่แล้ว โปรดย้ายพื้นที่ทำงานไปยังไฟล์ใหม่ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>The database {where} is not empty; move a workspace only into an empty database (createdb -O ROLE NAME). Nothing was changed.</source>
        <translation>ฐานข้อมูล {where} ไม่ว่าง ย้ายพื้นที่ทำงานได้เฉพาะไปยังฐานข้อมูลว่างเท่านั้น (createdb -O ROLE NAME) ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Cannot reach the server for {where}: {detail}</source>
        <translation>ไม่สามารถติดต่อเซิร์ฟเวอร์ของ {where}: {detail}</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} บน {host}</translation>
    </message>
    <message>
        <source>The server refused {user} for {where}: the password is wrong or missing. Save it with: upr-desktop --workspace &quot;{url}&quot; server remember-password</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธ {user} สำหรับ {where}: รหัสผ่านไม่ถูกต้องหรือไม่มี บันทึกรหัสผ่านด้วย: upr-desktop --workspace &quot;{url}&quot; server remember-password</translation>
    </message>
    <message>
        <source>The server has no database &apos;{database}&apos; ({where}). Ask its administrator to create it (createdb -O ROLE {database}).</source>
        <translation>เซิร์ฟเวอร์ไม่มีฐานข้อมูล &apos;{database}&apos; ({where}) โปรดขอให้ผู้ดูแลสร้าง (createdb -O ROLE {database})</translation>
    </message>
    <message>
        <source>The server for {where} did not prove who it is: its certificate is not signed by the authority in {ca}. Nothing was sent. Ask the server&apos;s administrator for its CA certificate and name it with sslrootcert=.</source>
        <translation>เซิร์ฟเวอร์ของ {where} ไม่ได้พิสูจน์ว่าเป็นใคร: ใบรับรองของเซิร์ฟเวอร์ไม่ได้ลงนามโดยผู้ออกใบรับรองใน {ca} ไม่มีข้อมูลใดถูกส่งออกไป ขอใบรับรอง CA ของเซิร์ฟเวอร์จากผู้ดูแลระบบ แล้วระบุด้วย sslrootcert=</translation>
    </message>
    <message>
        <source>The server for {where} showed a certificate made for another name. Nothing was sent. Connect with the host name its certificate names, or ask its administrator.</source>
        <translation>เซิร์ฟเวอร์ของ {where} แสดงใบรับรองที่ออกให้ชื่ออื่น ไม่มีข้อมูลใดถูกส่งออกไป เชื่อมต่อด้วยชื่อโฮสต์ที่ระบุในใบรับรอง หรือสอบถามผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>No CA certificate at {ca} to check the server for {where} with (sslmode={mode}). Save the server&apos;s CA certificate there, or name it with sslrootcert=.</source>
        <translation>ไม่มีใบรับรอง CA ที่ {ca} สำหรับตรวจสอบเซิร์ฟเวอร์ของ {where} (sslmode={mode}) บันทึกใบรับรอง CA ของเซิร์ฟเวอร์ไว้ที่นั่น หรือระบุด้วย sslrootcert=</translation>
    </message>
    <message>
        <source>The server for {where} does not offer an encrypted connection, and sslmode={mode} requires one. Ask its administrator to turn TLS on (ssl = on).</source>
        <translation>เซิร์ฟเวอร์ของ {where} ไม่มีการเชื่อมต่อแบบเข้ารหัส แต่ sslmode={mode} กำหนดให้ต้องมี ขอให้ผู้ดูแลระบบเปิด TLS (ssl = on)</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address; write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>&apos;{url}&apos; ไม่ใช่ที่อยู่เซิร์ฟเวอร์ โปรดเขียน postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no host or no database; write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>&apos;{url}&apos; ไม่ได้ระบุโฮสต์หรือฐานข้อมูล โปรดเขียน postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>{path} is not a server connection file (it holds no settings).</source>
        <translation>{path} ไม่ใช่ไฟล์เชื่อมต่อเซิร์ฟเวอร์ (ไม่มีการตั้งค่า)</translation>
    </message>
    <message>
        <source>{path} holds a password: remove it; passwords are kept in the keyring (upr-desktop server remember-password).</source>
        <translation>{path} มีรหัสผ่านอยู่ โปรดลบออก รหัสผ่านจะเก็บไว้ในพวงกุญแจ (upr-desktop server remember-password)</translation>
    </message>
    <message>
        <source>{path} names no host or no database (&quot;host&quot;, &quot;database&quot;).</source>
        <translation>{path} ไม่ได้ระบุโฮสต์หรือฐานข้อมูล (&quot;host&quot;, &quot;database&quot;)</translation>
    </message>
    <message>
        <source>The server for {where} runs PostgreSQL {version}; UPR Desktop needs 13 or newer.</source>
        <translation>เซิร์ฟเวอร์ของ {where} ใช้ PostgreSQL {version} แต่ UPR Desktop ต้องการรุ่น 13 ขึ้นไป</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address ({reason}); write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>&apos;{url}&apos; ไม่ใช่ที่อยู่เซิร์ฟเวอร์ ({reason}) โปรดเขียน postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>{path} is not a server connection file (it is {size} bytes; one is a few lines).</source>
        <translation>{path} ไม่ใช่ไฟล์เชื่อมต่อเซิร์ฟเวอร์ (มีขนาด {size} ไบต์ ไฟล์ดังกล่าวมีเพียงไม่กี่บรรทัด)</translation>
    </message>
    <message>
        <source>No server connection file at {path}.</source>
        <translation>ไม่มีไฟล์เชื่อมต่อเซิร์ฟเวอร์ที่ {path}</translation>
    </message>
    <message>
        <source>{path} is not a server connection file ({reason}).</source>
        <translation>{path} ไม่ใช่ไฟล์เชื่อมต่อเซิร์ฟเวอร์ ({reason})</translation>
    </message>
    <message>
        <source>{path} holds a password in its URL: remove it; passwords are kept in the keyring.</source>
        <translation>{path} มีรหัสผ่านอยู่ใน URL โปรดลบออก รหัสผ่านจะเก็บไว้ในพวงกุญแจ</translation>
    </message>
    <message>
        <source>A server workspace has no file to copy; use upr-desktop backup (pg_dump).</source>
        <translation>พื้นที่ทำงานบนเซิร์ฟเวอร์ไม่มีไฟล์ให้คัดลอก โปรดใช้ upr-desktop backup (pg_dump)</translation>
    </message>
    <message>
        <source>The database {where} holds no UPR Desktop workspace. Create one with: upr-desktop --workspace &quot;{url}&quot; init --name NAME --country STATE</source>
        <translation>ฐานข้อมูล {where} ไม่มีพื้นที่ทำงานของ UPR Desktop สร้างได้ด้วย: upr-desktop --workspace &quot;{url}&quot; init --name NAME --country STATE</translation>
    </message>
    <message>
        <source>Upgrading the workspace on the server</source>
        <translation>กำลังปรับรุ่นพื้นที่ทำงานบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>The database {where} already holds a workspace; open it instead (nothing was changed).</source>
        <translation>ฐานข้อมูล {where} มีพื้นที่ทำงานอยู่แล้ว โปรดเปิดพื้นที่ทำงานนั้นแทน (ไม่มีการเปลี่ยนแปลงใด ๆ)</translation>
    </message>
    <message>
        <source>The database {where} is not empty ({tables}...); create a workspace in an empty database (createdb -O ROLE NAME).</source>
        <translation>ฐานข้อมูล {where} ไม่ว่าง ({tables}...) โปรดสร้างพื้นที่ทำงานในฐานข้อมูลว่าง (createdb -O ROLE NAME)</translation>
    </message>
    <message>
        <source>{program} is not installed, so the server workspace cannot be backed up or restored from here. Install the PostgreSQL client programs (Debian/Ubuntu: apt-get install postgresql-client) or set UPR_DESKTOP_PG_BIN to their folder. Nothing was changed.</source>
        <translation>ไม่ได้ติดตั้ง {program} จึงสำรองหรือกู้คืนพื้นที่ทำงานบนเซิร์ฟเวอร์จากที่นี่ไม่ได้ โปรดติดตั้งโปรแกรมไคลเอนต์ของ PostgreSQL (Debian/Ubuntu: apt-get install postgresql-client) หรือกำหนดโฟลเดอร์ใน UPR_DESKTOP_PG_BIN ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Could not back up {where}: pg_dump said: {detail}. Nothing was changed.</source>
        <translation>สำรอง {where} ไม่ได้ pg_dump แจ้งว่า: {detail} ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Could not back up {where}: pg_dump wrote an empty backup. Nothing was changed.</source>
        <translation>สำรอง {where} ไม่ได้ pg_dump เขียนข้อมูลสำรองที่ว่างเปล่า ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>{path} is not a backup of a server workspace (pg_restore cannot read it); nothing was changed.</source>
        <translation>{path} ไม่ใช่ข้อมูลสำรองของพื้นที่ทำงานบนเซิร์ฟเวอร์ (pg_restore อ่านไม่ได้) ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Could not restore {backup} into {where}: pg_restore said: {detail}. The database was left as it was.</source>
        <translation>กู้คืน {backup} ไปยัง {where} ไม่ได้ pg_restore แจ้งว่า: {detail} ฐานข้อมูลยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <source>The search index does not match the recommendations ({refs}); searches may miss them. Rebuild it with: upr-desktop check --rebuild-search-index</source>
        <translation>ดัชนีการค้นหาไม่ตรงกับข้อเสนอแนะ ({refs}) การค้นหาอาจหาไม่พบ สร้างใหม่ด้วย: upr-desktop check --rebuild-search-index</translation>
    </message>
    <message>
        <source>recommendation {ref}: its status, last assessment or lead group does not match its assessments and assignments (changed outside the app).</source>
        <translation>ข้อเสนอแนะ {ref}: สถานะ การประเมินล่าสุด หรือกลุ่มหลักไม่ตรงกับการประเมินและการมอบหมาย (ถูกแก้ไขนอกแอป)</translation>
    </message>
    <message numerus="yes">
        <source>The Dashboard&apos;s counts differ from the records in %n places (changed outside the app).</source>
        <translation>
            <numerusform>ตัวเลขในแดชบอร์ดไม่ตรงกับระเบียนใน %n จุด (ถูกแก้ไขนอกแอป)</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row} of {table}: {column} is not a JSON {kind}.</source>
        <translation>แถว {row} ของ {table}: {column} ไม่ใช่ JSON {kind}</translation>
    </message>
    <message>
        <source>The server refused this change: {role} may read everything but write only its own group&apos;s assessments, consultations and follow-up actions. Nothing was changed; ask the secretariat to make it.</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธการเปลี่ยนแปลงนี้: {role} อ่านได้ทุกอย่าง แต่เขียนได้เฉพาะการประเมิน การหารือ และการดำเนินการติดตามผลของกลุ่มตนเองเท่านั้น ไม่มีการเปลี่ยนแปลงใด ๆ โปรดขอให้สำนักเลขาธิการดำเนินการ</translation>
    </message>
    <message>
        <source>A text to save holds a NUL character (0x00), which a server cannot store; remove it and try again. Nothing was changed.</source>
        <translation>ข้อความที่จะบันทึกมีอักขระ NUL (0x00) ซึ่งเซิร์ฟเวอร์จัดเก็บไม่ได้ โปรดลบออกแล้วลองอีกครั้ง ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>--role takes &apos;secretariat&apos; or &apos;member&apos;, not &apos;{value}&apos;.</source>
        <translation>--role รับค่า &apos;secretariat&apos; หรือ &apos;member&apos; เท่านั้น ไม่ใช่ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a server login: use lower-case letters, digits and _ (e.g. amina_k).</source>
        <translation>&apos;{name}&apos; ใช้เป็นชื่อเข้าสู่ระบบเซิร์ฟเวอร์ไม่ได้ โปรดใช้ตัวพิมพ์เล็ก ตัวเลข และ _ (เช่น amina_k)</translation>
    </message>
    <message>
        <source>A member writes for one group: say which with --group ACR.</source>
        <translation>สมาชิกเขียนข้อมูลให้กลุ่มเดียว โปรดระบุกลุ่มด้วย --group ACR</translation>
    </message>
    <message>
        <source>No member group &apos;{acronym}&apos;. Add it first with: upr-desktop groups add NAME --acronym {acronym}</source>
        <translation>ไม่มีกลุ่มสมาชิก &apos;{acronym}&apos; โปรดเพิ่มก่อนด้วย: upr-desktop groups add NAME --acronym {acronym}</translation>
    </message>
    <message>
        <source>opened for reading only</source>
        <translation>เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file.</source>
        <translation>{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์พื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>{path} can only be read ({reason}); nothing was changed. Every command that only reads works; to change it, copy it to a folder you can write to, or make it writable again.</source>
        <translation>{path} อ่านได้อย่างเดียว ({reason}) ไม่มีสิ่งใดถูกเปลี่ยนแปลง ทุกคำสั่งที่เพียงอ่านทำงานได้ หากต้องการแก้ไข ให้คัดลอกไปยังโฟลเดอร์ที่เขียนได้ หรือทำให้เขียนได้อีกครั้ง</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}</source>
        <translation>สร้าง {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by an older version of UPR Desktop and must be upgraded before it is read, but it can only be read ({reason}). Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} สร้างด้วย UPR Desktop รุ่นเก่ากว่าและต้องปรับรุ่นก่อนอ่าน แต่อ่านได้อย่างเดียว ({reason}) ให้คัดลอกไปยังโฟลเดอร์ที่เขียนได้แล้วเปิดสำเนานั้น</translation>
    </message>
    <message>
        <source>No member group has recommendations of cycle {cycle} assigned.</source>
        <translation>ยังไม่มีกลุ่มสมาชิกใดได้รับมอบหมายข้อเสนอแนะของรอบที่ {cycle}</translation>
    </message>
    <message>
        <source>--response-on date</source>
        <translation>วันที่ของ --response-on</translation>
    </message>
    <message>
        <source>The minimum score is a number from 0 to 1 (e.g. 0.6), not {value}.</source>
        <translation>คะแนนขั้นต่ำเป็นตัวเลขตั้งแต่ 0 ถึง 1 (เช่น 0.6) ไม่ใช่ {value}</translation>
    </message>
    <message>
        <source>{ref} has no near-duplicate in its cycle: assign it alone with: upr-desktop assign --ref {ref}</source>
        <translation>{ref} ไม่มีข้อเสนอแนะที่แทบซ้ำในรอบเดียวกัน มอบหมายเฉพาะข้อนี้ด้วย: upr-desktop assign --ref {ref}</translation>
    </message>
    <message>
        <source>{path} is a workspace file; this works on a workspace on a server (--workspace postgresql://...).</source>
        <translation>{path} เป็นไฟล์พื้นที่ทำงาน คำสั่งนี้ใช้กับพื้นที่ทำงานบนเซิร์ฟเวอร์ (--workspace postgresql://...)</translation>
    </message>
    <message>
        <source>Cannot remember the server password on this computer: {reason}. Set {env} instead, or use PostgreSQL&apos;s own ~/.pgpass file.</source>
        <translation>ไม่สามารถจดจำรหัสผ่านของเซิร์ฟเวอร์บนคอมพิวเตอร์เครื่องนี้: {reason} ให้ตั้งค่า {env} แทน หรือใช้ไฟล์ ~/.pgpass ของ PostgreSQL</translation>
    </message>
    <message>
        <source>Cannot remember the server password on this computer: the keyring refused it ({error}). Set {env} instead, or use PostgreSQL&apos;s own ~/.pgpass file.</source>
        <translation>ไม่สามารถจดจำรหัสผ่านของเซิร์ฟเวอร์บนคอมพิวเตอร์เครื่องนี้: พวงกุญแจปฏิเสธ ({error}) ให้ตั้งค่า {env} แทน หรือใช้ไฟล์ ~/.pgpass ของ PostgreSQL</translation>
    </message>
    <message>
        <source>The workspace can only be read ({reason}); the search index was not checked.</source>
        <translation>พื้นที่ทำงานอ่านได้อย่างเดียว ({reason}) จึงไม่ได้ตรวจดัชนีการค้นหา</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: it can only be read ({reason}). Nothing was changed.</source>
        <translation>กู้คืนลงใน {path} ไม่ได้: อ่านได้อย่างเดียว ({reason}) ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Not enough free space in {folder} to convert {path}: about {need} MB are needed and {free} MB are free. Nothing was changed.</source>
        <translation>พื้นที่ว่างใน {folder} ไม่พอสำหรับแปลง {path}: ต้องใช้ประมาณ {need} MB และมีว่าง {free} MB ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>{path} is not protected by this key.</source>
        <translation>{path} ไม่ได้ป้องกันด้วยกุญแจนี้</translation>
    </message>
    <message>
        <source>Converting the copy {name}</source>
        <translation>กำลังแปลงสำเนา {name}</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>ประเมินแล้ว</translation>
    </message>
    <message>
        <source>discussed in a consultation</source>
        <translation>หารือแล้วในการปรึกษาหารือ</translation>
    </message>
    <message>
        <source>linked to a follow-up action</source>
        <translation>เชื่อมโยงกับกิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>linked as recommended before</source>
        <translation>เชื่อมโยงว่าเคยเสนอแนะมาก่อน</translation>
    </message>
    <message>
        <source>Import {id}: {file} ({format}) on {when}: added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>การนำเข้า {id}: {file} ({format}) เมื่อ {when}: เพิ่ม {added}, ปรับปรุง {updated}, ไม่เปลี่ยนแปลง {unchanged}, ข้าม {skipped}</translation>
    </message>
    <message>
        <source>  added {ref}: {text}</source>
        <translation>  เพิ่ม {ref}: {text}</translation>
    </message>
    <message>
        <source>  {ref} {field}: {old} -&gt; {new}</source>
        <translation>  {ref} {field}: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>  {ref}: linked {kind} {value}</source>
        <translation>  {ref}: เชื่อมโยง{kind} {value}</translation>
    </message>
    <message>
        <source>  row {row} not imported: {message}</source>
        <translation>  แถว {row} ไม่ได้นำเข้า: {message}</translation>
    </message>
    <message>
        <source>There is no import number {id}. List them with: upr-desktop imports list</source>
        <translation>ไม่มีการนำเข้าหมายเลข {id} ดูรายการได้ด้วย: upr-desktop imports list</translation>
    </message>
    <message>
        <source>The import of {file} changed nothing; there is nothing to undo.</source>
        <translation>การนำเข้า {file} ไม่ได้เปลี่ยนแปลงอะไร จึงไม่มีอะไรให้เลิกทำ</translation>
    </message>
    <message>
        <source>The import of {file} was already undone.</source>
        <translation>การนำเข้า {file} ถูกเลิกทำไปแล้ว</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (และอีก {count} รายการ)</translation>
    </message>
    <message>
        <source>Cannot undo the import of {file}: later changes touched its recommendations: {listed}{more}. Undo those first, or keep the import.</source>
        <translation>เลิกทำการนำเข้า {file} ไม่ได้: การเปลี่ยนแปลงภายหลังแตะข้อเสนอแนะของการนำเข้านี้: {listed}{more} เลิกทำการเปลี่ยนแปลงเหล่านั้นก่อน หรือเก็บการนำเข้าไว้</translation>
    </message>
    <message>
        <source>  It was undone.</source>
        <translation>  ถูกเลิกทำแล้ว</translation>
    </message>
    <message>
        <source>{file} is a report UPR Desktop wrote (“{title}”), not a list of recommendations: importing it would add its recommendations a second time. Import the UPR Info export, OHCHR matrix or UHRI export they came from. Nothing was imported.</source>
        <translation>{file} เป็นรายงานที่ UPR Desktop เขียนขึ้น (“{title}”) ไม่ใช่รายการข้อเสนอแนะ: หากนำเข้าจะเพิ่มข้อเสนอแนะเหล่านั้นซ้ำเป็นครั้งที่สอง โปรดนำเข้าไฟล์ส่งออกของ UPR Info เมทริกซ์ของ OHCHR หรือไฟล์ส่งออกของ UHRI ที่เป็นต้นทางของข้อเสนอแนะ ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>{acronym} has no recommendations of cycle {cycle} assigned.</source>
        <translation>{acronym} ไม่ได้รับมอบหมายข้อเสนอแนะของรอบที่ {cycle}</translation>
    </message>
    <message>
        <source>Note: this workspace holds no recommendation of UPR cycle {cycle} (it holds: {held}).</source>
        <translation>หมายเหตุ: พื้นที่ทำงานนี้ไม่มีข้อเสนอแนะของรอบ UPR ที่ {cycle} (มี: {held})</translation>
    </message>
    <message>
        <source>The workspace holds no recommendation of cycle {cycle}; its cycles: {cycles}.</source>
        <translation>พื้นที่ทำงานไม่มีข้อเสนอแนะของรอบที่ {cycle} รอบที่มี: {cycles}</translation>
    </message>
    <message>
        <source>Not merged: {reason}</source>
        <translation>ไม่ได้รวม: {reason}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>มอบหมายแล้ว %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed</source>
        <translation>
            <numerusform>ประเมินแล้ว %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>เลยกำหนด %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open actions</source>
        <translation>
            <numerusform>การดำเนินการที่ยังเปิดอยู่ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited recommendation {ref} (now version {version})</source>
        <translation>แก้ไขข้อเสนอแนะ {ref} แล้ว (ตอนนี้เป็นรุ่นที่ {version})</translation>
    </message>
    <message numerus="yes">
        <source>Would confirm %n links (nothing was changed).</source>
        <translation>
            <numerusform>จะยืนยันการเชื่อมโยง %n รายการ (ยังไม่มีการเปลี่ยนแปลง)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n links; undo with: upr-desktop undo</source>
        <translation>
            <numerusform>ยืนยันการเชื่อมโยง %n รายการแล้ว เลิกทำด้วย: upr-desktop undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments.</source>
        <translation>
            <numerusform>ยกเลิกการมอบหมายแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n items.</source>
        <translation>
            <numerusform>ลบแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups converted too.</source>
        <translation>
            <numerusform>แปลงข้อมูลสำรองด้วย %n ชุด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keys from this computer&apos;s keyring.</source>
        <translation>
            <numerusform>ลบกุญแจ %n ดอกออกจากพวงกุญแจของคอมพิวเตอร์นี้แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows to {target}; open it with: upr-desktop --workspace &quot;{target}&quot;</source>
        <translation>
            <numerusform>คัดลอก %n แถวไปยัง {target} แล้ว เปิดได้ด้วย: upr-desktop --workspace &quot;{target}&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>การทบทวน</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>member groups</source>
        <translation>กลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>การมอบหมาย</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>การประเมิน</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>การหารือ</translation>
    </message>
    <message>
        <source>follow-up actions</source>
        <translation>การดำเนินการติดตามผล</translation>
    </message>
    <message>
        <source>merges</source>
        <translation>การรวมข้อมูล</translation>
    </message>
    <message>
        <source>changes in the log</source>
        <translation>การเปลี่ยนแปลงในบันทึก</translation>
    </message>
    <message>
        <source>schema version: {version}</source>
        <translation>รุ่นของสคีมา: {version}</translation>
    </message>
    <message numerus="yes">
        <source>last backup: {when} (%n kept)</source>
        <translation>
            <numerusform>สำรองข้อมูลล่าสุด: {when} (เก็บไว้ %n ชุด)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value, the change log and the search index check out.</source>
        <translation>
            <numerusform>ok: อ่านแล้ว %n แถว ทุกค่าที่เก็บไว้ บันทึกการเปลี่ยนแปลง และดัชนีค้นหาถูกต้อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value and the change log check out.</source>
        <translation>
            <numerusform>ok: อ่านแล้ว %n แถว ทุกค่าที่เก็บไว้และบันทึกการเปลี่ยนแปลงถูกต้อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring {backup} (taken {when}) undoes %n changes made since:</source>
        <translation>
            <numerusform>การกู้คืน {backup} (สำรองเมื่อ {when}) จะยกเลิกการเปลี่ยนแปลง %n รายการที่ทำหลังจากนั้น:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... และอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>server: {server}, database {database} ({size} bytes), you are {role}</source>
        <translation>เซิร์ฟเวอร์: {server}, ฐานข้อมูล {database} ({size} ไบต์), คุณคือ {role}</translation>
    </message>
    <message>
        <source>file: {path} ({size} bytes, encrypted)</source>
        <translation>ไฟล์: {path} ({size} ไบต์, เข้ารหัสแล้ว)</translation>
    </message>
    <message>
        <source>file: {path} ({size} bytes, not encrypted)</source>
        <translation>ไฟล์: {path} ({size} ไบต์, ไม่ได้เข้ารหัส)</translation>
    </message>
    <message numerus="yes">
        <source>Salvaged the workspace: %n damaged records left out and listed under &quot;damaged&quot;.</source>
        <translation>
            <numerusform>กู้พื้นที่ทำงานแล้ว: ระเบียนที่เสียหาย %n รายการถูกตัดออกและแสดงไว้ใต้ &quot;damaged&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} changed ({source}, {when})</source>
        <translation>{field} เปลี่ยนแปลง ({source}, {when})</translation>
    </message>
    <message>
        <source>deleted ({source}, {when})</source>
        <translation>ถูกลบ ({source}, {when})</translation>
    </message>
    <message>
        <source>tagged by hand ({source}, {when})</source>
        <translation>ติดแท็กด้วยมือ ({source}, {when})</translation>
    </message>
    <message>
        <source>tagged with a {kind} this import created ({source}, {when})</source>
        <translation>ติดแท็ก{kind}ที่การนำเข้านี้สร้างขึ้น ({source}, {when})</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula with no saved result, and formulas are not worked out on import, so {reason}. Paste the values instead of the formulas (in Excel: Paste Special &gt; Values) and import again.</source>
        <translation>เซลล์ {cell} มีสูตรที่ไม่มีผลลัพธ์บันทึกไว้ และจะไม่คำนวณสูตรขณะนำเข้า จึง{reason} ให้วางค่าแทนสูตร (ใน Excel: วางแบบพิเศษ &gt; ค่า) แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>Cells {cells} hold formulas with no saved result; formulas are not worked out on import, so they were read as empty. Paste the values instead of the formulas (in Excel: Paste Special &gt; Values) and import again.</source>
        <translation>เซลล์ {cells} มีสูตรที่ไม่มีผลลัพธ์บันทึกไว้ การนำเข้าไม่คำนวณสูตร จึงอ่านเซลล์เหล่านี้เป็นค่าว่าง โปรดวางค่าแทนสูตร (ใน Excel: วางแบบพิเศษ &gt; ค่า) แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>แถว {row} คอลัมน์ {column}</translation>
    </message>
    <message>
        <source>Cannot import {file}: it holds {count} records of {fields} fields, more than one import may read; split it into smaller files.</source>
        <translation>นำเข้า {file} ไม่ได้: มี {count} ระเบียน ระเบียนละ {fields} ช่อง มากกว่าที่การนำเข้าหนึ่งครั้งอ่านได้ ให้แบ่งเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> และอีก {count} เซลล์</translation>
    </message>
    <message>
        <source>Cannot import {file}: its JSON is nested thousands of levels deep, which no export is; it was not read.</source>
        <translation>นำเข้า {file} ไม่ได้: JSON ซ้อนกันหลายพันชั้น ซึ่งไม่มีไฟล์ส่งออกใดทำเช่นนั้น จึงไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is damaged or incomplete (truncated): {reason}</source>
        <translation>นำเข้า {file} ไม่ได้: ไฟล์เสียหายหรือไม่สมบูรณ์ (ถูกตัดขาด): {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8: it was read as {encoding}, but {other} was also possible. If texts look garbled in the preview, save the file again as &apos;CSV UTF-8&apos; and import that.</source>
        <translation>{file} ไม่ใช่ UTF-8: อ่านเป็น {encoding} แต่ก็อาจเป็น {other} ได้ หากข้อความในตัวอย่างดูผิดเพี้ยน ให้บันทึกไฟล์อีกครั้งเป็น &apos;CSV UTF-8&apos; แล้วนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <source>{file} is an exchange workbook (a member group&apos;s return), not a list of recommendations: use merge (upr-desktop merge &quot;{file}&quot;, or Exchange &gt; Merge returns in the app). Nothing was imported.</source>
        <translation>{file} เป็นเวิร์กบุ๊กแลกเปลี่ยน (ไฟล์ตอบกลับของกลุ่มสมาชิก) ไม่ใช่รายการข้อเสนอแนะ: ให้ใช้การรวม (upr-desktop merge &quot;{file}&quot; หรือ แลกเปลี่ยน &gt; รวมไฟล์ตอบกลับ ในแอป) ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>{file} is about {other} (its header says &quot;{line}&quot;), but this workspace follows {ours}: nothing was imported. To follow {other}, create a workspace for it: {command}</source>
        <translation>{file} เป็นเรื่องของ {other} (หัวไฟล์ระบุว่า &quot;{line}&quot;) แต่พื้นที่ทำงานนี้ติดตาม {ours}: ไม่มีสิ่งใดถูกนำเข้า หากต้องการติดตาม {other} ให้สร้างพื้นที่ทำงานสำหรับรัฐนั้น: {command}</translation>
    </message>
    <message>
        <source>{file} does not say which State it is about, and it names {ours} as a recommending State (rows {rows}): it must be about another State. Nothing was imported. Give its State with --country STATE, in a workspace for that State.</source>
        <translation>{file} ไม่ได้ระบุว่าเป็นเรื่องของรัฐใด และระบุ {ours} เป็นรัฐที่ให้ข้อเสนอแนะ (แถว {rows}) จึงต้องเป็นเรื่องของรัฐอื่น ไม่มีสิ่งใดถูกนำเข้า ระบุรัฐด้วย --country STATE ในพื้นที่ทำงานของรัฐนั้น</translation>
    </message>
    <message>
        <source>{file} does not say which State it is about; its recommendations were taken as {ours}&apos;s. If they are not, undo this import (Exchange &gt; History in the app, or upr-desktop imports undo) and import it in a workspace for their State.</source>
        <translation>{file} ไม่ได้ระบุว่าเป็นเรื่องของรัฐใด จึงถือว่าข้อเสนอแนะเป็นของ {ours} หากไม่ใช่ ให้เลิกทำการนำเข้านี้ (แลกเปลี่ยน &gt; ประวัติ ในแอป หรือ upr-desktop imports undo) แล้วนำเข้าในพื้นที่ทำงานของรัฐนั้น</translation>
    </message>
    <message>
        <source>Copying the workspace to build the import into</source>
        <translation>กำลังคัดลอกพื้นที่ทำงานเพื่อสร้างการนำเข้าลงในสำเนา</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n links to earlier cycles</source>
        <translation>
            <numerusform>ยืนยันการเชื่อมโยงกับรอบก่อน %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n links to earlier cycles</source>
        <translation>
            <numerusform>ปฏิเสธการเชื่อมโยงกับรอบก่อน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} holds recommendations to {listed}, none to {ours}: nothing was imported. Import it with --country STATE (or --all-states) to keep them anyway, or create a workspace for {first}: {command}</source>
        <translation>{file} มีข้อเสนอแนะถึง {listed} แต่ไม่มีถึง {ours}: ไม่มีสิ่งใดถูกนำเข้า นำเข้าด้วย --country STATE (หรือ --all-states) เพื่อเก็บไว้อยู่ดี หรือสร้างพื้นที่ทำงานสำหรับ {first}: {command}</translation>
    </message>
    <message>
        <source>Cannot import {file}: a quote opened on line {line} is never closed, so the rest of the file would be read as one field; the file is cut off or damaged. Download or save it again; nothing was imported.</source>
        <translation>นำเข้า {file} ไม่ได้: เครื่องหมายอัญประกาศที่เปิดในบรรทัดที่ {line} ไม่เคยถูกปิด ส่วนที่เหลือของไฟล์จึงจะถูกอ่านเป็นช่องเดียว ไฟล์ถูกตัดขาดหรือเสียหาย ให้ดาวน์โหลดหรือบันทึกใหม่ ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>Cannot import {file}: it seems cut off: its last line ({line}) ends without a line break and has {count} of the {width} columns. Download or save the file again; nothing was imported.</source>
        <translation>นำเข้า {file} ไม่ได้: ดูเหมือนไฟล์ถูกตัดขาด บรรทัดสุดท้าย ({line}) จบโดยไม่มีการขึ้นบรรทัดใหม่และมีเพียง {count} จาก {width} คอลัมน์ ให้ดาวน์โหลดหรือบันทึกไฟล์ใหม่ ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>Misspelt State names were read as the State they clearly mean: {listed}.</source>
        <translation>ชื่อรัฐที่สะกดผิดถูกอ่านเป็นรัฐที่ชัดเจนว่าหมายถึง: {listed}</translation>
    </message>
    <message>
        <source>{name} ({count}; did you mean {near}?)</source>
        <translation>{name} ({count}; หมายถึง {near} ใช่หรือไม่?)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not written as YYYY-MM-DD; write {date} if that is the date meant.</source>
        <translation>&apos;{value}&apos; ไม่ได้เขียนเป็น YYYY-MM-DD ให้เขียน {date} หากหมายถึงวันที่นั้น</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>ชีต</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>เซลล์</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>What the cell holds</source>
        <translation>สิ่งที่อยู่ในเซลล์</translation>
    </message>
    <message>
        <source>Why it was not used</source>
        <translation>เหตุที่ไม่ได้ใช้</translation>
    </message>
    <message>
        <source>Cells to fix</source>
        <translation>เซลล์ที่ต้องแก้ไข</translation>
    </message>
    <message>
        <source> (it holds &apos;{value}&apos;)</source>
        <translation> (มีค่า &apos;{value}&apos;)</translation>
    </message>
    <message>
        <source>Write the cells to fix to a .xlsx, .csv or .txt file, not &apos;{name}&apos;.</source>
        <translation>เขียนเซลล์ที่ต้องแก้ไขเป็นไฟล์ .xlsx, .csv หรือ .txt ไม่ใช่ &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>The merge of {file} used every cell: there is nothing to send back.</source>
        <translation>การรวม {file} ใช้ทุกเซลล์ได้: ไม่มีอะไรต้องส่งกลับ</translation>
    </message>
    <message>
        <source>Left out of {acronym}&apos;s workbook, as not assigned to {acronym} (or confidential, which an export leaves out without --include-sensitive): {refs}.</source>
        <translation>ไม่ได้รวมไว้ในสมุดงานของ {acronym} เพราะไม่ได้มอบหมายให้ {acronym} (หรือเป็นข้อมูลลับ ซึ่งการส่งออกจะไม่รวมไว้หากไม่ใช้ --include-sensitive): {refs}</translation>
    </message>
    <message>
        <source>  Filled in by {name}.</source>
        <translation>  กรอกโดย {name}</translation>
    </message>
    <message>
        <source>  {ref}{where} {field}: &apos;{old}&apos; -&gt; &apos;{new}&apos; (recorded by {who})</source>
        <translation>  {ref}{where} {field}: &apos;{old}&apos; -&gt; &apos;{new}&apos; (บันทึกโดย {who})</translation>
    </message>
    <message>
        <source>  conflict {id}: {ref}{sheet}!{cell} {field}: base &apos;{base}&apos;, ours &apos;{ours}&apos;, theirs &apos;{theirs}&apos; ({decision})</source>
        <translation>  ข้อขัดแย้ง {id}: {ref}{sheet}!{cell} {field}: ฐาน &apos;{base}&apos;, ของเรา &apos;{ours}&apos;, ของกลุ่ม &apos;{theirs}&apos; ({decision})</translation>
    </message>
    <message>
        <source> (it held &apos;{value}&apos;)</source>
        <translation> (เคยมีค่า &apos;{value}&apos;)</translation>
    </message>
    <message>
        <source>  not used: {sheet}!{cell}{what}{held}: {reason}</source>
        <translation>  ไม่ได้ใช้: {sheet}!{cell}{what}{held}: {reason}</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>ยังไม่ได้ตัดสินใจ</translation>
    </message>
    <message>
        <source>the row&apos;s Ref is {ref} but its hidden ID is that of recommendation {id_ref}; one of them was changed, so the row was not merged. Use the workbook you were sent.</source>
        <translation>เลขที่ของแถวคือ {ref} แต่รหัสที่ซ่อนอยู่เป็นของข้อเสนอแนะ {id_ref} อย่างใดอย่างหนึ่งถูกเปลี่ยน จึงไม่ได้รวมแถวนี้ ให้ใช้เวิร์กบุ๊กที่ส่งให้คุณ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>พันธะสัญญา</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>government participants</source>
        <translation>ผู้เข้าร่วมฝ่ายรัฐบาล</translation>
    </message>
    <message>
        <source>linked refs</source>
        <translation>เลขอ้างอิงที่เชื่อมโยง</translation>
    </message>
    <message numerus="yes">
        <source>%n new assessments</source>
        <translation>
            <numerusform>การประเมินใหม่ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new consultations</source>
        <translation>
            <numerusform>การหารือใหม่ %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new follow-up actions</source>
        <translation>
            <numerusform>กิจกรรมติดตามผลใหม่ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
    <message>
        <source>{what}: {field} {old} → {new}</source>
        <translation>{what}: {field} {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed</source>
        <translation>
            <numerusform>เปลี่ยนแปลง %n ช่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}; {changed}</source>
        <translation>{added}; {changed}</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>ไม่มีอะไรใหม่</translation>
    </message>
    <message>
        <source>Sent by {name}, for the secretariat of {coalition}, on {when}.</source>
        <translation>ส่งโดย {name} ในนามฝ่ายเลขานุการของ {coalition} เมื่อ {when}</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>ความหมาย</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>หน้า {page}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>the file is {mb} MB, far larger than an exchange workbook; it was not opened.</source>
        <translation>ไฟล์มีขนาด {mb} MB ใหญ่กว่าเวิร์กบุ๊กแลกเปลี่ยนมาก จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>this is an old Excel 97-2003 (.xls) file or an encrypted workbook. Open it and save it as .xlsx (Excel Workbook), without a password, then merge again.</source>
        <translation>นี่เป็นไฟล์ Excel 97-2003 (.xls) แบบเก่า หรือเวิร์กบุ๊กที่เข้ารหัส เปิดแล้วบันทึกเป็น .xlsx (Excel Workbook) โดยไม่มีรหัสผ่าน แล้วรวมอีกครั้ง</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (it may be another kind of file renamed .xlsx). Send the workbook as it was saved by Excel or LibreOffice.</source>
        <translation>ไฟล์นี้ไม่ใช่เวิร์กบุ๊ก .xlsx (อาจเป็นไฟล์ชนิดอื่นที่เปลี่ยนชื่อเป็น .xlsx) ส่งเวิร์กบุ๊กตามที่บันทึกจาก Excel หรือ LibreOffice</translation>
    </message>
    <message>
        <source>cannot be read ({reason}).</source>
        <translation>อ่านไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is damaged and cannot be read.</source>
        <translation>ชีต &apos;{sheet}&apos; เสียหายและอ่านไม่ได้</translation>
    </message>
    <message>
        <source>this zip file is not an Excel workbook (it has no {part}).</source>
        <translation>ไฟล์ zip นี้ไม่ใช่เวิร์กบุ๊ก Excel (ไม่มี {part})</translation>
    </message>
    <message>
        <source>No system keyring is available, so the key that signs exchange workbooks is kept inside the workspace file. Protect the workspace with a passphrase to protect the key too.</source>
        <translation>ไม่มีพวงกุญแจของระบบ กุญแจที่ใช้ลงนามเวิร์กบุ๊กแลกเปลี่ยนจึงถูกเก็บไว้ในไฟล์พื้นที่ทำงาน ป้องกันพื้นที่ทำงานด้วยวลีรหัสผ่านเพื่อป้องกันกุญแจด้วย</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has cells as far as column {col}; an exchange workbook never does. Clear the far cells and save again.</source>
        <translation>ชีต &apos;{sheet}&apos; มีเซลล์ไปถึงคอลัมน์ {col} ซึ่งเวิร์กบุ๊กแลกเปลี่ยนไม่เคยมี ล้างเซลล์ที่อยู่ไกลออกไปแล้วบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has {rows} rows, more than {limit}; it was not read.</source>
        <translation>ชีต &apos;{sheet}&apos; มี {rows} แถว เกิน {limit} จึงไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>this workbook has no exchange metadata: it was not exported by UPR Desktop, or its hidden sheet was deleted. Use the workbook you were sent.</source>
        <translation>เวิร์กบุ๊กนี้ไม่มีข้อมูลเมตาการแลกเปลี่ยน: ไม่ได้ส่งออกจาก UPR Desktop หรือชีตที่ซ่อนอยู่ถูกลบ ใช้เวิร์กบุ๊กที่ได้รับ</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is empty; its header row is gone.</source>
        <translation>ชีต &apos;{sheet}&apos; ว่างเปล่า แถวหัวตารางหายไป</translation>
    </message>
    <message>
        <source>{file}: the hidden ID column of &apos;{sheet}&apos; was deleted; rows are matched by {how} instead.</source>
        <translation>{file}: คอลัมน์รหัสที่ซ่อนอยู่ของ &apos;{sheet}&apos; ถูกลบ จึงจับคู่แถวด้วย{how}แทน</translation>
    </message>
    <message>
        <source>{file}: the workbook holds macros (.xlsm); they were ignored and never run. Only the cells&apos; values were read.</source>
        <translation>{file}: เวิร์กบุ๊กมีมาโคร (.xlsm) ซึ่งถูกละเว้นและไม่เคยถูกเรียกใช้ อ่านเฉพาะค่าในเซลล์เท่านั้น</translation>
    </message>
    <message>
        <source>Filled in by (write your name here):</source>
        <translation>กรอกโดย (เขียนชื่อของคุณที่นี่):</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; cannot be read ({reason}): the workbook is damaged. Ask for the file again.</source>
        <translation>อ่านชีต &apos;{sheet}&apos; ไม่ได้ ({reason}): เวิร์กบุ๊กเสียหาย ให้ขอไฟล์ใหม่</translation>
    </message>
    <message>
        <source>the hidden exchange metadata is damaged (it was edited by hand?). Ask for the workbook again.</source>
        <translation>ข้อมูลเมตาการแลกเปลี่ยนที่ซ่อนอยู่เสียหาย (ถูกแก้ไขด้วยมือหรือไม่?) ขอเวิร์กบุ๊กใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has lost both its hidden ID column and its Ref column, so rows cannot be matched. Use the workbook you were sent.</source>
        <translation>ชีต &apos;{sheet}&apos; สูญเสียทั้งคอลัมน์รหัสที่ซ่อนอยู่และคอลัมน์ &quot;เลขที่&quot; จึงจับคู่แถวไม่ได้ ใช้เวิร์กบุ๊กที่ได้รับ</translation>
    </message>
    <message>
        <source>{file}: the column &apos;{header}&apos; of &apos;{sheet}&apos; is missing; nothing in it was merged.</source>
        <translation>{file}: ไม่มีคอลัมน์ &apos;{header}&apos; ของ &apos;{sheet}&apos; จึงไม่ได้รวมข้อมูลในคอลัมน์นั้น</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({reason}). Open it in Excel or LibreOffice, save it again as .xlsx and retry.</source>
        <translation>อ่านเวิร์กบุ๊กไม่ได้ ({reason}) เปิดใน Excel หรือ LibreOffice บันทึกอีกครั้งเป็น .xlsx แล้วลองใหม่</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is missing (renamed or deleted?). Give it back its name &apos;{sheet}&apos; and merge again.</source>
        <translation>ไม่มีชีต &apos;{sheet}&apos; (ถูกเปลี่ยนชื่อหรือลบหรือไม่?) เปลี่ยนชื่อกลับเป็น &apos;{sheet}&apos; แล้วรวมอีกครั้ง</translation>
    </message>
    <message>
        <source>their Ref</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>their content</source>
        <translation>เนื้อหา</translation>
    </message>
    <message>
        <source>{where}: characters a spreadsheet cannot hold were replaced by line breaks or removed.</source>
        <translation>{where}: อักขระที่สเปรดชีตเก็บไม่ได้ถูกแทนที่ด้วยการขึ้นบรรทัดใหม่หรือถูกลบออก</translation>
    </message>
    <message>
        <source>{where}: the text has {count} characters, more than a spreadsheet cell holds ({limit}); the workbook shows it shortened and it cannot be edited there.</source>
        <translation>{where}: ข้อความมี {count} ตัวอักษร เกินกว่าที่เซลล์สเปรดชีตเก็บได้ ({limit}) เวิร์กบุ๊กจึงแสดงแบบย่อและแก้ไขในนั้นไม่ได้</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translation>เลือกจากรายการ</translation>
    </message>
    <message>
        <source>Pick one of the values in the dropdown list.</source>
        <translation>เลือกค่าใดค่าหนึ่งในรายการแบบเลื่อนลง</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>เขียนวันที่เป็น YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The record {id} no longer exists in the workspace.</source>
        <translation>ระเบียน {id} ไม่มีอยู่ในพื้นที่ทำงานแล้ว</translation>
    </message>
    <message>
        <source>The recommendation {id} no longer exists in the workspace.</source>
        <translation>ข้อเสนอแนะ {id} ไม่มีอยู่ในพื้นที่ทำงานแล้ว</translation>
    </message>
    <message>
        <source>An assessment needs a status.</source>
        <translation>การประเมินต้องมีสถานะ</translation>
    </message>
    <message>
        <source>Unknown recommendation references: {refs}.</source>
        <translation>เลขที่ข้อเสนอแนะที่ไม่รู้จัก: {refs}</translation>
    </message>
    <message>
        <source>Sensitive fields excluded: government participants, contact details and confidential records are not in this report.</source>
        <translation>ไม่รวมช่องข้อมูลอ่อนไหว: ผู้เข้าร่วมฝ่ายรัฐ ข้อมูลติดต่อ และระเบียนลับไม่อยู่ในรายงานนี้</translation>
    </message>
    <message>
        <source>Implementation of UPR recommendations: mid-term assessment</source>
        <translation>การดำเนินการตามข้อเสนอแนะ UPR: การประเมินกลางรอบ</translation>
    </message>
    <message>
        <source>Coverage of UPR recommendations by the coalition</source>
        <translation>ความครอบคลุมของข้อเสนอแนะ UPR โดยภาคีเครือข่าย</translation>
    </message>
    <message>
        <source>Consultations with government and follow-up actions</source>
        <translation>การปรึกษาหารือกับรัฐและกิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>Cycle to cycle: what was recommended before, how it went, and where it stands</source>
        <translation>จากรอบสู่รอบ: สิ่งที่เคยเสนอแนะมาก่อน ผลเป็นอย่างไร และสถานะปัจจุบัน</translation>
    </message>
    <message>
        <source>Situation as of {date}.</source>
        <translation>สถานการณ์ ณ วันที่ {date}</translation>
    </message>
    <message>
        <source>Sensitive fields INCLUDED (government participants, contact details, confidential records). Do not share this report outside the coalition.</source>
        <translation>รวมช่องข้อมูลอ่อนไหวไว้ด้วย (ผู้เข้าร่วมฝ่ายรัฐ ข้อมูลติดต่อ ระเบียนลับ) ห้ามแบ่งปันรายงานนี้นอกภาคีเครือข่าย</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>ประเมินโดย</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>ประเมินเมื่อ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>นำ</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>สนับสนุน</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>ไม่เคยประเมิน</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>ประเมินล่าสุด</translation>
    </message>
    <message>
        <source>Coalition participants</source>
        <translation>ผู้เข้าร่วมจากภาคีเครือข่าย</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>การปรึกษาหารือ</translation>
    </message>
    <message>
        <source>Recommendations assigned to member group {group}.</source>
        <translation>ข้อเสนอแนะที่มอบหมายให้กลุ่มสมาชิก {group}</translation>
    </message>
    <message>
        <source>Theme: {theme}.</source>
        <translation>ประเด็น: {theme}</translation>
    </message>
    <message>
        <source>Assessments, consultations and actions since {date}.</source>
        <translation>การประเมิน การปรึกษาหารือ และกิจกรรมตั้งแต่ {date}</translation>
    </message>
    <message>
        <source>Recommendations and responses</source>
        <translation>ข้อเสนอแนะและท่าทีของรัฐ</translation>
    </message>
    <message>
        <source>Current implementation status</source>
        <translation>สถานะการดำเนินการปัจจุบัน</translation>
    </message>
    <message>
        <source>Status by theme</source>
        <translation>สถานะตามประเด็น</translation>
    </message>
    <message>
        <source>Current status by theme</source>
        <translation>สถานะปัจจุบันตามประเด็น</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>ความครอบคลุม</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>ข้อมูลติดต่อ</translation>
    </message>
    <message>
        <source>Member groups</source>
        <translation>กลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>Recommendations per member group</source>
        <translation>ข้อเสนอแนะต่อกลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>Consultations per government body</source>
        <translation>การปรึกษาหารือต่อหน่วยงานรัฐ</translation>
    </message>
    <message>
        <source>Consultations per quarter</source>
        <translation>การปรึกษาหารือรายไตรมาส</translation>
    </message>
    <message>
        <source>Deadlines of open actions</source>
        <translation>กำหนดเวลาของกิจกรรมที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>ตอบรับ</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Share of recommendations supported, by regional group of the recommending States</source>
        <translation>สัดส่วนข้อเสนอแนะที่ตอบรับ จำแนกตามกลุ่มภูมิภาคของรัฐที่ให้ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Recommendations: {count}.</source>
        <translation>ข้อเสนอแนะ: {count}</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>ประเภทการดำเนินการ</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} of %n actions are overdue.</source>
        <translation>
            <numerusform>เกินกำหนด {overdue} จาก %n กิจกรรม</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead group</source>
        <translation>กลุ่มนำ</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>กลุ่มสนับสนุน</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <source>With a lead</source>
        <translation>มีกลุ่มนำ</translation>
    </message>
    <message>
        <source>Assessed in {months} months</source>
        <translation>ประเมินใน {months} เดือน</translation>
    </message>
    <message>
        <source>{assigned} of {count} assigned.</source>
        <translation>มอบหมายแล้ว {assigned} จาก {count}</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>ยังไม่ได้มอบหมาย</translation>
    </message>
    <message>
        <source>These recommendations have no member group yet.</source>
        <translation>ข้อเสนอแนะเหล่านี้ยังไม่มีกลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>ข้อเสนอแนะที่หารือ</translation>
    </message>
    <message>
        <source>With commitments</source>
        <translation>มีคำมั่น</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <source>Consultations: {count}.</source>
        <translation>การปรึกษาหารือ: {count}</translation>
    </message>
    <message>
        <source>Assigned to a member group</source>
        <translation>มอบหมายให้กลุ่มสมาชิกแล้ว</translation>
    </message>
    <message>
        <source>With a lead group</source>
        <translation>มีกลุ่มนำ</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>ข้อเสนอแนะทั้งหมด</translation>
    </message>
    <message>
        <source>Due in the next {days} days</source>
        <translation>ครบกำหนดใน {days} วันข้างหน้า</translation>
    </message>
    <message>
        <source>Later or no due date</source>
        <translation>ภายหลังหรือไม่มีวันครบกำหนด</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>เปิดอยู่หรือกำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Generated on {date} by UPR Desktop.</source>
        <translation>สร้างเมื่อ {date} โดย UPR Desktop</translation>
    </message>
    <message>
        <source>Demo data for training: the organisations and people in it are invented.</source>
        <translation>ข้อมูลสาธิตสำหรับการฝึกอบรม: องค์กรและบุคคลในข้อมูลนี้เป็นเรื่องสมมติ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Write the report to a .xlsx or .pdf file, or a .html page, not &apos;{name}&apos;.</source>
        <translation>เขียนรายงานเป็นไฟล์ .xlsx หรือ .pdf หรือหน้า .html ไม่ใช่ &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>The writer of .{format} reports could not be loaded ({error}). Write an .xlsx workbook or an .html page instead.</source>
        <translation>โหลดตัวเขียนรายงาน .{format} ไม่ได้ ({error}) ให้เขียนเป็นเวิร์กบุ๊ก .xlsx หรือหน้า .html แทน</translation>
    </message>
    <message>
        <source>No writer for .{format} reports is installed here.</source>
        <translation>ไม่ได้ติดตั้งตัวเขียนรายงาน .{format} ไว้ที่นี่</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>A demo workspace already exists at {path}. Open it, or put it back as it was with: upr-desktop demo --reset</source>
        <translation>มีพื้นที่ทำงานสาธิตอยู่แล้วที่ {path} เปิดใช้ หรือคืนค่าเดิมด้วย: upr-desktop demo --reset</translation>
    </message>
    <message>
        <source>{path} is not a demo workspace; --reset only replaces demo data. Choose another file with --workspace.</source>
        <translation>{path} ไม่ใช่พื้นที่ทำงานสาธิต --reset แทนที่ได้เฉพาะข้อมูลสาธิต เลือกไฟล์อื่นด้วย --workspace</translation>
    </message>
    <message>
        <source>emulated (soffice not found): metadata sheet hidden instead of very hidden, quote prefixes, freeze panes and workbook protection dropped, as a LibreOffice resave does</source>
        <translation>จำลอง (ไม่พบ soffice): ซ่อนชีตข้อมูลเมตาแบบธรรมดาแทนการซ่อนแบบพิเศษ ตัดเครื่องหมายนำหน้าข้อความ การตรึงแนว และการป้องกันเวิร์กบุ๊กออก เหมือนการบันทึกซ้ำด้วย LibreOffice</translation>
    </message>
    <message>
        <source>Workshop scenario in {folder} (merge the files one by one with: upr-desktop merge FILE):</source>
        <translation>สถานการณ์จำลองสำหรับการอบรมใน {folder} (รวมไฟล์ทีละไฟล์ด้วย: upr-desktop merge FILE):</translation>
    </message>
    <message>
        <source>LibreOffice file: {how}</source>
        <translation>ไฟล์ LibreOffice: {how}</translation>
    </message>
    <message>
        <source>The workshop scenario edits the workspace; run it on the demo coalition only.</source>
        <translation>สถานการณ์จำลองสำหรับการอบรมจะแก้ไขพื้นที่ทำงาน ใช้กับภาคีเครือข่ายสาธิตเท่านั้น</translation>
    </message>
    <message>
        <source>resaved with LibreOffice Calc (soffice --headless --convert-to xlsx)</source>
        <translation>บันทึกซ้ำด้วย LibreOffice Calc (soffice --headless --convert-to xlsx)</translation>
    </message>
    <message>
        <source>the same kind of edits, saved by LibreOffice Calc; it must merge like a clean file.</source>
        <translation>การแก้ไขแบบเดียวกัน บันทึกด้วย LibreOffice Calc ต้องรวมได้เหมือนไฟล์ที่เรียบร้อย</translation>
    </message>
    <message>
        <source>{ref} was also changed in the workspace after the export: a conflict to resolve side by side; the other row merges.</source>
        <translation>{ref} ถูกเปลี่ยนในพื้นที่ทำงานด้วยหลังการส่งออก: เป็นข้อขัดแย้งที่ต้องแก้แบบเทียบข้างกัน ส่วนแถวอื่นรวมได้</translation>
    </message>
    <message>
        <source>a status outside the dropdown (&apos;Mostly done&apos;) and a date typed as text (&apos;next Tuesday&apos;): the error report names the cells; the good row still merges.</source>
        <translation>สถานะที่ไม่อยู่ในรายการแบบเลื่อนลง (&apos;Mostly done&apos;) และวันที่ที่พิมพ์เป็นข้อความ (&apos;next Tuesday&apos;): รายงานข้อผิดพลาดระบุเซลล์ ส่วนแถวที่ถูกต้องยังรวมได้</translation>
    </message>
    <message>
        <source>conflict on {ref} {field}: ours &apos;{ours}&apos; / theirs &apos;{theirs}&apos;</source>
        <translation>ข้อขัดแย้งของ {ref} {field}: ของเรา &apos;{ours}&apos; / ของกลุ่ม &apos;{theirs}&apos;</translation>
    </message>
    <message>
        <source>Resaving {file} with LibreOffice...</source>
        <translation>กำลังบันทึก {file} ซ้ำด้วย LibreOffice...</translation>
    </message>
    <message>
        <source>Expected: {line}</source>
        <translation>สิ่งที่คาดไว้: {line}</translation>
    </message>
    <message>
        <source>Note: your settings ({path}) could not be read ({reason}); the defaults are used (the backup folder too). Choose your settings again in the app, or correct the file.</source>
        <translation>หมายเหตุ: อ่านการตั้งค่าของคุณ ({path}) ไม่ได้ ({reason}) จึงใช้ค่าเริ่มต้นแทน (รวมถึงโฟลเดอร์สำรองข้อมูลด้วย) โปรดเลือกการตั้งค่าอีกครั้งในแอป หรือแก้ไขไฟล์</translation>
    </message>
    <message>
        <source>Note: {path} can only be read ({reason}); it was opened for reading only.</source>
        <translation>หมายเหตุ: {path} อ่านได้อย่างเดียว ({reason}) จึงเปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>{verb} the demo coalition (training data) at {path} in {seconds:.2f} s: {recommendations} recommendations, {groups} member groups, {assignments} assignments, {assessments} assessments, {consultations} consultations, {actions} follow-up actions.</source>
        <translation>{verb}ภาคีเครือข่ายสาธิต (ข้อมูลฝึกอบรม) ที่ {path} ใน {seconds:.2f} วินาที: ข้อเสนอแนะ {recommendations} ข้อ, กลุ่มสมาชิก {groups} กลุ่ม, การมอบหมาย {assignments} รายการ, การประเมิน {assessments} รายการ, การปรึกษาหารือ {consultations} ครั้ง, กิจกรรมติดตามผล {actions} รายการ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>ยังไม่มีการรวม</translation>
    </message>
    <message>
        <source>Merge {id}: {file} from {group} on {when}</source>
        <translation>การรวม {id}: {file} จาก {group} เมื่อ {when}</translation>
    </message>
    <message>
        <source>A recommendation is counted under every theme it has: {several} of the {total} recommendations have several themes, so the theme rows add up to more than {total}.</source>
        <translation>ข้อเสนอแนะจะถูกนับในทุกประเด็นที่มี: ข้อเสนอแนะ {several} จาก {total} ข้อมีหลายประเด็น แถวประเด็นจึงรวมกันได้มากกว่า {total}</translation>
    </message>
    <message>
        <source>The themes in use are listed on the dashboard.</source>
        <translation>ประเด็นที่ใช้อยู่แสดงไว้ในแดชบอร์ด</translation>
    </message>
    <message>
        <source>Undid the merge of {file}.</source>
        <translation>เลิกทำการรวม {file} แล้ว</translation>
    </message>
    <message>
        <source>No conflicts waiting.</source>
        <translation>ไม่มีข้อขัดแย้งที่รออยู่</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: {how}.</source>
        <translation>แก้ข้อขัดแย้ง {id} แล้ว: {how}</translation>
    </message>
    <message>
        <source>Wrote the return {file}</source>
        <translation>เขียนไฟล์ตอบกลับ {file} แล้ว</translation>
    </message>
    <message>
        <source>These workbooks include sensitive information: send them only to people who may see it.</source>
        <translation>เวิร์กบุ๊กเหล่านี้มีข้อมูลอ่อนไหว: ส่งให้เฉพาะผู้ที่มีสิทธิ์เห็นเท่านั้น</translation>
    </message>
    <message>
        <source>Workbooks are sent by: {name}</source>
        <translation>เวิร์กบุ๊กส่งโดย: {name}</translation>
    </message>
    <message>
        <source>No secretariat is set: workbooks say they are sent by the secretariat. Set it with: upr-desktop secretariat NAME</source>
        <translation>ยังไม่ได้ตั้งฝ่ายเลขานุการ: เวิร์กบุ๊กจะระบุว่าส่งโดยฝ่ายเลขานุการ ตั้งได้ด้วย: upr-desktop secretariat NAME</translation>
    </message>
    <message>
        <source>Name one conflict by its number, or use --all.</source>
        <translation>ระบุข้อขัดแย้งหนึ่งรายการด้วยหมายเลข หรือใช้ --all</translation>
    </message>
    <message>
        <source>--value resolves one conflict; use --take with --all.</source>
        <translation>--value แก้ข้อขัดแย้งได้ทีละรายการ ใช้ --take กับ --all</translation>
    </message>
    <message>
        <source>  rejected {sheet}!{cell}: {reason}</source>
        <translation>  ปฏิเสธ {sheet}!{cell}: {reason}</translation>
    </message>
    <message>
        <source>  conflict {sheet}!{cell} {ref} {field}: base &apos;{base}&apos;, ours &apos;{ours}&apos;, theirs &apos;{theirs}&apos;</source>
        <translation>  ข้อขัดแย้ง {sheet}!{cell} {ref} {field}: ฐาน &apos;{base}&apos;, ของเรา &apos;{ours}&apos;, ของกลุ่ม &apos;{theirs}&apos;</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source> -&gt; decided: {take}</source>
        <translation> -&gt; ตัดสินแล้ว: {take}</translation>
    </message>
    <message>
        <source>Logged consultation with {body} on {date}</source>
        <translation>บันทึกการปรึกษาหารือกับ {body} วันที่ {date} แล้ว</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>ยังไม่มีการปรึกษาหารือ</translation>
    </message>
    <message>
        <source>Added follow-up action {id}</source>
        <translation>เพิ่มกิจกรรมติดตามผล {id} แล้ว</translation>
    </message>
    <message>
        <source>No follow-up actions yet.</source>
        <translation>ยังไม่มีกิจกรรมติดตามผล</translation>
    </message>
    <message>
        <source>Added member group {acronym} ({name})</source>
        <translation>เพิ่มกลุ่มสมาชิก {acronym} ({name}) แล้ว</translation>
    </message>
    <message>
        <source>Changed member group {acronym} ({name})</source>
        <translation>เปลี่ยนแปลงกลุ่มสมาชิก {acronym} ({name}) แล้ว</translation>
    </message>
    <message>
        <source>No member groups yet.</source>
        <translation>ยังไม่มีกลุ่มสมาชิก</translation>
    </message>
    <message>
        <source>Removed {acronym}. {impact}</source>
        <translation>นำ {acronym} ออกแล้ว {impact}</translation>
    </message>
    <message>
        <source>Say what to change: --name, --new-acronym, --region, --focal-point or --language.</source>
        <translation>ระบุสิ่งที่จะเปลี่ยน: --name, --new-acronym, --region, --focal-point หรือ --language</translation>
    </message>
    <message>
        <source>would add</source>
        <translation>จะเพิ่ม</translation>
    </message>
    <message>
        <source>added</source>
        <translation>เพิ่มแล้ว</translation>
    </message>
    <message>
        <source>{file} ({format}): {verb} {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>{file} ({format}): {verb} {added}, ปรับปรุง {updated}, ไม่เปลี่ยนแปลง {unchanged}, ข้าม {skipped}</translation>
    </message>
    <message>
        <source>  (undone)</source>
        <translation>  (เลิกทำแล้ว)</translation>
    </message>
    <message>
        <source>  (changed nothing)</source>
        <translation>  (ไม่ได้เปลี่ยนแปลงอะไร)</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>ยังไม่มีการนำเข้า</translation>
    </message>
    <message>
        <source>Undid the import of {file}: {added} recommendations removed, {updated} put back as they were.</source>
        <translation>เลิกทำการนำเข้า {file} แล้ว: นำข้อเสนอแนะออก {added} ข้อ คืนค่าเดิม {updated} ข้อ</translation>
    </message>
    <message>
        <source>  row {row}: {message}</source>
        <translation>  แถว {row}: {message}</translation>
    </message>
    <message>
        <source>  This is import {id}; undo it with: upr-desktop imports undo {id}</source>
        <translation>  นี่คือการนำเข้า {id} เลิกทำได้ด้วย: upr-desktop imports undo {id}</translation>
    </message>
    <message>
        <source>{ref} &lt;- {earlier} (cycle {cycle})  score {score:.2f}  {response}; status then: {status}
    {text}
    {earlier_text}</source>
        <translation>{ref} &lt;- {earlier} (รอบที่ {cycle})  คะแนน {score:.2f}  {response} สถานะหลังจากนั้น: {status}
    {text}
    {earlier_text}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>ยังไม่ประเมิน</translation>
    </message>
    <message>
        <source>No suggestions at this score: try a lower --min-score.</source>
        <translation>ไม่มีข้อเสนอที่คะแนนนี้ ลองใช้ --min-score ที่ต่ำลง</translation>
    </message>
    <message>
        <source>No links decided yet.</source>
        <translation>ยังไม่มีการตัดสินใจเรื่องการเชื่อมโยง</translation>
    </message>
    <message>
        <source>Say which link to confirm: upr-desktop links confirm REF EARLIER_REF (or --above S).</source>
        <translation>ระบุการเชื่อมโยงที่จะยืนยัน: upr-desktop links confirm REF EARLIER_REF (หรือ --above S)</translation>
    </message>
    <message>
        <source>--dry-run and --cycle go with --above.</source>
        <translation>--dry-run และ --cycle ใช้คู่กับ --above</translation>
    </message>
    <message>
        <source>Confirmed: {earlier} recommended before {ref}.</source>
        <translation>ยืนยันแล้ว: {earlier} เคยเสนอแนะก่อน {ref}</translation>
    </message>
    <message>
        <source>Already so; nothing changed.</source>
        <translation>เป็นเช่นนั้นอยู่แล้ว ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Rejected: {earlier} not recommended before {ref}.</source>
        <translation>ปฏิเสธแล้ว: {earlier} ไม่ได้เสนอแนะก่อน {ref}</translation>
    </message>
    <message>
        <source>Give either REF EARLIER... or --above S, not both.</source>
        <translation>ระบุ REF EARLIER... หรือ --above S อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสอง</translation>
    </message>
    <message>
        <source>Added recommendation {ref}</source>
        <translation>เพิ่มข้อเสนอแนะ {ref} แล้ว</translation>
    </message>
    <message>
        <source>Recommendation {ref} already said so; nothing changed.</source>
        <translation>ข้อเสนอแนะ {ref} มีค่านี้อยู่แล้ว ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>No recommendations found.</source>
        <translation>ไม่พบข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Assigned: {created} new, {updated} changed, {unchanged} already so.</source>
        <translation>มอบหมายแล้ว: ใหม่ {created}, เปลี่ยน {updated}, เป็นอยู่แล้ว {unchanged}</translation>
    </message>
    <message>
        <source>Unknown report &apos;{kind}&apos;; choose implementation, coverage, consultations or cycle.</source>
        <translation>ไม่รู้จักรายงาน &apos;{kind}&apos; เลือก implementation, coverage, consultations หรือ cycle</translation>
    </message>
    <message>
        <source>Recommendations of cycle {cycle}.</source>
        <translation>ข้อเสนอแนะของรอบที่ {cycle}</translation>
    </message>
    <message>
        <source>Response and its history</source>
        <translation>ท่าทีของรัฐและประวัติ</translation>
    </message>
    <message>
        <source>Recommended before, and how it fared</source>
        <translation>เคยเสนอแนะมาก่อน และผลเป็นอย่างไร</translation>
    </message>
    <message>
        <source>Recommendations of the cycle</source>
        <translation>ข้อเสนอแนะของรอบนี้</translation>
    </message>
    <message>
        <source>Decided after the review (pending first): supported</source>
        <translation>ตัดสินใจหลังการทบทวน (รอพิจารณาก่อน): ตอบรับ</translation>
    </message>
    <message>
        <source>Decided after the review (pending first): noted</source>
        <translation>ตัดสินใจหลังการทบทวน (รอพิจารณาก่อน): รับทราบ</translation>
    </message>
    <message>
        <source>Noted at first, supported later</source>
        <translation>รับทราบก่อน แล้วตอบรับภายหลัง</translation>
    </message>
    <message>
        <source>Recommended before (a confirmed predecessor in an earlier cycle)</source>
        <translation>เคยเสนอแนะมาก่อน (มีข้อเสนอแนะก่อนหน้าที่ยืนยันแล้วในรอบก่อน)</translation>
    </message>
    <message>
        <source>Noted in an earlier cycle, supported in this one</source>
        <translation>รับทราบในรอบก่อน ตอบรับในรอบนี้</translation>
    </message>
    <message>
        <source>The cycle in figures</source>
        <translation>รอบนี้ในตัวเลข</translation>
    </message>
    <message>
        <source>How the earlier recommendations fared (latest status of each confirmed predecessor)</source>
        <translation>ข้อเสนอแนะรอบก่อนเป็นอย่างไร (สถานะล่าสุดของข้อเสนอแนะก่อนหน้าที่ยืนยันแล้ว)</translation>
    </message>
    <message>
        <source>Current status of the cycle&apos;s recommendations, repeated or new</source>
        <translation>สถานะปัจจุบันของข้อเสนอแนะในรอบนี้ ที่ซ้ำหรือใหม่</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Decided at adoption: {supported} supported / {noted} noted.</source>
        <translation>ตัดสินใจเมื่อรับรองรายงาน: ตอบรับ {supported} / รับทราบ {noted}</translation>
    </message>
    <message>
        <source>Earlier recommendations</source>
        <translation>ข้อเสนอแนะรอบก่อน</translation>
    </message>
    <message>
        <source>Recommended before</source>
        <translation>เคยเสนอแนะมาก่อน</translation>
    </message>
    <message>
        <source>New in this cycle</source>
        <translation>ใหม่ในรอบนี้</translation>
    </message>
    <message>
        <source>{ref} (cycle {cycle}): {response}, {status}</source>
        <translation>{ref} (รอบที่ {cycle}): {response}, {status}</translation>
    </message>
    <message>
        <source>Recommendations: {count}; recommended before: {repeated}.</source>
        <translation>ข้อเสนอแนะ: {count} เคยเสนอแนะมาก่อน: {repeated}</translation>
    </message>
    <message>
        <source>{status}: {added}, {updated}, {conflicts}, {rejected}</source>
        <translation>{status}: {added}, {updated}, {conflicts}, {rejected}</translation>
    </message>
    <message>
        <source>a clean return.</source>
        <translation>ไฟล์ส่งกลับที่ไม่มีปัญหา</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>เพิ่ม %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>ปรับปรุง %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>ข้อขัดแย้ง %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>เซลล์ที่ถูกปฏิเสธ %n เซลล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} {workspace} from {file}: %n recommendations for {group}</source>
        <translation>
            <numerusform>{what} {workspace} จาก {file}: ข้อเสนอแนะ %n ข้อสำหรับ {group}</numerusform>
        </translation>
    </message>
    <message>
        <source>{group}: {file} ({recs}, {cons}, {acts})</source>
        <translation>{group}: {file} ({recs}, {cons}, {acts})</translation>
    </message>
    <message>
        <source>{file} ({group}): {status}, {added}, {updated}, {conflicts}, {rejected}</source>
        <translation>{file} ({group}): {status}, {added}, {updated}, {conflicts}, {rejected}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %n cells to fix to {file}: send it to the group.</source>
        <translation>
            <numerusform>เขียนเซลล์ที่ต้องแก้ %n เซลล์ลงใน {file} แล้ว ส่งไฟล์นี้ให้กลุ่ม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n conflicts.</source>
        <translation>
            <numerusform>แก้ข้อขัดแย้งแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>ข้อเสนอแนะ %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultations</source>
        <translation>
            <numerusform>การหารือ %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n กิจกรรม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions; {overdue} overdue as of {date}.</source>
        <translation>
            <numerusform>%n กิจกรรม เกินกำหนด {overdue} ณ {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more rows not imported.</source>
        <translation>
            <numerusform>  ... และอีก %n แถวที่ไม่ได้นำเข้า</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n &apos;accepted in part&apos; rows were merged into partially supported recommendations.</source>
        <translation>
            <numerusform>  แถว &apos;ยอมรับบางส่วน&apos; %n แถวถูกรวมเป็นข้อเสนอแนะที่สนับสนุนบางส่วน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n heading rows were read as theme clusters.</source>
        <translation>
            <numerusform>  แถวหัวเรื่อง %n แถวถูกอ่านเป็นกลุ่มประเด็น</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster {number} (cycle {cycle}): {refs}</source>
        <translation>กลุ่ม {number} (รอบที่ {cycle}): {refs}</translation>
    </message>
    <message>
        <source>No near-duplicates in this cycle.</source>
        <translation>ไม่มีข้อเสนอแนะที่แทบซ้ำกันในรอบนี้</translation>
    </message>
    <message>
        <source>Recorded {status} for {ref} on {date}</source>
        <translation>บันทึก {status} สำหรับ {ref} วันที่ {date} แล้ว</translation>
    </message>
    <message>
        <source>Say what to change: --new-ref, --text, --response, --from or --action-category.</source>
        <translation>ระบุสิ่งที่จะเปลี่ยน: --new-ref, --text, --response, --from หรือ --action-category</translation>
    </message>
    <message>
        <source>--response-on goes with --response: say what the new response is.</source>
        <translation>--response-on ใช้คู่กับ --response ระบุท่าทีใหม่ของรัฐด้วย</translation>
    </message>
    <message>
        <source>           response: {history}</source>
        <translation>           ท่าทีของรัฐ: {history}</translation>
    </message>
    <message>
        <source>           recommended before: {refs}</source>
        <translation>           เคยเสนอแนะมาก่อน: {refs}</translation>
    </message>
    <message>
        <source>Wrote the {kind} report to {path} ({note})</source>
        <translation>เขียนรายงาน {kind} ไปที่ {path} แล้ว ({note})</translation>
    </message>
    <message>
        <source>Recommendations: {total}; supported: {supported} ({share})</source>
        <translation>ข้อเสนอแนะ: {total}; ตอบรับ: {supported} ({share})</translation>
    </message>
    <message>
        <source>Consultations with government: {count}</source>
        <translation>การปรึกษาหารือกับรัฐ: {count}</translation>
    </message>
    <message>
        <source>Situation as of {date}</source>
        <translation>สถานการณ์ ณ วันที่ {date}</translation>
    </message>
    <message>
        <source>Assigned to a group: {assigned}; with a lead group: {lead}; assessed in the last {months} months: {assessed}</source>
        <translation>มอบหมายให้กลุ่มแล้ว: {assigned}; มีกลุ่มนำ: {lead}; ประเมินในช่วง {months} เดือนที่ผ่านมา: {assessed}</translation>
    </message>
    <message>
        <source>Follow-up actions: {open} open, {in_progress} in progress, {due_soon} due within {days} days, {overdue} overdue</source>
        <translation>กิจกรรมติดตามผล: เปิดอยู่ {open}, กำลังดำเนินการ {in_progress}, ครบกำหนดภายใน {days} วัน {due_soon}, เลยกำหนด {overdue}</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>วลีรหัสผ่านใหม่: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>พิมพ์วลีรหัสผ่านใหม่อีกครั้ง: </translation>
    </message>
    <message>
        <source>The key of {path} is remembered on this computer.</source>
        <translation>กุญแจของ {path} ถูกจำไว้ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Keys can be remembered ({backend}).</source>
        <translation>จำกุญแจได้ ({backend})</translation>
    </message>
    <message>
        <source>Keys cannot be remembered: {reason}.</source>
        <translation>จำกุญแจไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>A passphrase is needed: run the command in a terminal, or set {env} for scripts.</source>
        <translation>ต้องใช้วลีรหัสผ่าน: เรียกใช้คำสั่งในเทอร์มินัล หรือตั้งค่า {env} สำหรับสคริปต์</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Backup taken first: {path}</source>
        <translation>สำรองข้อมูลไว้ก่อนแล้ว: {path}</translation>
    </message>
    <message>
        <source>Removed {path}: it could not be read to convert it, and it would have stayed readable without the new passphrase.</source>
        <translation>ลบ {path} แล้ว: อ่านไฟล์นี้เพื่อแปลงไม่ได้ และหากเก็บไว้จะยังอ่านได้โดยไม่ต้องใช้วลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Left as it was: {path} (under another passphrase).</source>
        <translation>คงไว้ตามเดิม: {path} (ใช้วลีรหัสผ่านอื่น)</translation>
    </message>
    <message>
        <source>The key is remembered on this computer.</source>
        <translation>กุญแจถูกจำไว้ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>The key could not be remembered: {reason}.</source>
        <translation>จำกุญแจไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{path} is now protected by a passphrase.</source>
        <translation>{path} ได้รับการป้องกันด้วยวลีรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>{path} is no longer encrypted.</source>
        <translation>{path} ไม่ได้เข้ารหัสอีกต่อไป</translation>
    </message>
    <message>
        <source>The passphrase of {path} was changed.</source>
        <translation>เปลี่ยนวลีรหัสผ่านของ {path} แล้ว</translation>
    </message>
    <message>
        <source>Cannot remember keys on this computer: {reason}. You will be asked for the passphrase.</source>
        <translation>จำกุญแจในคอมพิวเตอร์เครื่องนี้ไม่ได้: {reason} ระบบจะถามวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The keyring refused to store the key.</source>
        <translation>พวงกุญแจปฏิเสธการเก็บกุญแจ</translation>
    </message>
    <message>
        <source>The key of {path} was removed from this computer.</source>
        <translation>นำกุญแจของ {path} ออกจากคอมพิวเตอร์เครื่องนี้แล้ว</translation>
    </message>
    <message>
        <source>No key of {path} was remembered here.</source>
        <translation>ไม่มีกุญแจของ {path} ที่จำไว้ที่นี่</translation>
    </message>
    <message>
        <source>Nothing to remove: no workspace at {path}.</source>
        <translation>ไม่มีอะไรให้นำออก: ไม่มีพื้นที่ทำงานที่ {path}</translation>
    </message>
    <message>
        <source>This removes for good:
{listing}</source>
        <translation>การดำเนินการนี้จะนำออกอย่างถาวร:
{listing}</translation>
    </message>
    <message>
        <source>Type DELETE to confirm: </source>
        <translation>พิมพ์ DELETE เพื่อยืนยัน: </translation>
    </message>
    <message>
        <source>Removing:
{listing}</source>
        <translation>กำลังนำออก:
{listing}</translation>
    </message>
    <message>
        <source>{path} is already protected, and so is every copy of it; use rekey to change its passphrase.</source>
        <translation>{path} มีการป้องกันอยู่แล้ว และสำเนาทุกชุดก็เช่นกัน ใช้ rekey เพื่อเปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The unprotected copies of {path} are now protected by its passphrase.</source>
        <translation>สำเนาที่ไม่ได้ป้องกันของ {path} ได้รับการป้องกันด้วยวลีรหัสผ่านของมันแล้ว</translation>
    </message>
    <message>
        <source>Exchange signing keys were removed too: workbooks exported before cannot be checked when they come back (merge them with --trust-unsigned after looking at them).</source>
        <translation>กุญแจลงนามสำหรับการแลกเปลี่ยนก็ถูกนำออกด้วย: เวิร์กบุ๊กที่ส่งออกก่อนหน้านี้จะตรวจสอบไม่ได้เมื่อส่งกลับมา (รวมด้วย --trust-unsigned หลังจากตรวจดูแล้ว)</translation>
    </message>
    <message>
        <source>This would remove:
{listing}
Run again with --yes to remove them.</source>
        <translation>การดำเนินการนี้จะนำออก:
{listing}
เรียกใช้อีกครั้งพร้อม --yes เพื่อนำออก</translation>
    </message>
    <message>
        <source>The password for {entry} is kept in this computer&apos;s keyring.</source>
        <translation>รหัสผ่านของ {entry} ถูกเก็บไว้ในพวงกุญแจของคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>No password given: type it at the prompt, or set {env}.</source>
        <translation>ไม่ได้ระบุรหัสผ่าน โปรดพิมพ์เมื่อระบบถาม หรือกำหนด {env}</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>รหัสผ่านของ {name}: </translation>
    </message>
    <message>
        <source>{user} may now open this workspace as {role}</source>
        <translation>ตอนนี้ {user} เปิดพื้นที่ทำงานนี้ในฐานะ {role} ได้แล้ว</translation>
    </message>
    <message>
        <source>{path} is a workspace file; remember-password is for a workspace on a server.</source>
        <translation>{path} เป็นไฟล์พื้นที่ทำงาน remember-password ใช้สำหรับพื้นที่ทำงานบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Server password: </source>
        <translation>รหัสผ่านเซิร์ฟเวอร์: </translation>
    </message>
    <message>
        <source>Created workspace &apos;{name}&apos; for {state} at {path}</source>
        <translation>สร้างพื้นที่ทำงาน &apos;{name}&apos; สำหรับ {state} ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>สำรองข้อมูลไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>ยังไม่มีข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Restored {backup}. The state before it was kept as {safety}.</source>
        <translation>กู้คืน {backup} แล้ว สภาพก่อนหน้าถูกเก็บไว้เป็น {safety}</translation>
    </message>
    <message>
        <source>The workspace cannot be read ({reason}); restoring {backup} (taken {when}) replaces it, and the damaged file is kept aside.</source>
        <translation>อ่านพื้นที่ทำงานไม่ได้ ({reason}) การกู้คืน {backup} (ทำเมื่อ {when}) จะแทนที่พื้นที่ทำงาน และไฟล์ที่เสียหายจะถูกเก็บแยกไว้</translation>
    </message>
    <message>
        <source>Restoring {backup} (taken {when}) undoes nothing: it holds everything the workspace holds.</source>
        <translation>การกู้คืน {backup} (ทำเมื่อ {when}) ไม่ได้ยกเลิกสิ่งใด: ข้อมูลสำรองมีทุกอย่างที่พื้นที่ทำงานมี</translation>
    </message>
    <message>
        <source>The current state is backed up first, so this can itself be undone by restoring that backup.</source>
        <translation>สถานะปัจจุบันจะถูกสำรองไว้ก่อน ดังนั้นการกู้คืนครั้งนี้ยกเลิกได้ด้วยการกู้คืนข้อมูลสำรองนั้น</translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation>เลิกทำแล้ว: {label}</translation>
    </message>
    <message>
        <source>Redone: {label}</source>
        <translation>ทำซ้ำแล้ว: {label}</translation>
    </message>
    <message>
        <source>read only: {reason} (every command that only reads works)</source>
        <translation>อ่านอย่างเดียว: {reason} (ทุกคำสั่งที่เพียงอ่านทำงานได้)</translation>
    </message>
    <message>
        <source>The search index was rebuilt from the recommendations.</source>
        <translation>สร้างดัชนีการค้นหาใหม่จากข้อเสนอแนะแล้ว</translation>
    </message>
    <message>
        <source>Save what can be read with: upr-desktop export-json --salvage -o FILE; or restore a backup (upr-desktop restore latest --dry-run says what it would undo).</source>
        <translation>เก็บส่วนที่อ่านได้ด้วย: upr-desktop export-json --salvage -o FILE หรือกู้คืนข้อมูลสำรอง (upr-desktop restore latest --dry-run บอกว่าจะยกเลิกอะไรบ้าง)</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>ไม่มีสิ่งใดถูกเปลี่ยนแปลง (--dry-run)</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>เขียน {path} แล้ว</translation>
    </message>
    <message>
        <source>  {table}: {now} now, {then} in the backup</source>
        <translation>  {table}: ตอนนี้ {now} ในข้อมูลสำรอง {then}</translation>
    </message>
    <message>
        <source>Nothing in the workspace is damaged; everything was exported.</source>
        <translation>ไม่มีสิ่งใดในพื้นที่ทำงานเสียหาย ส่งออกทุกอย่างแล้ว</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(สาธิต)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>ชีต &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; spans {rows} rows by {columns} columns ({cells} cells), more than the {limit} cells a file may have; it was not opened. Split it into smaller files.</source>
        <translation>ชีต &apos;{sheet}&apos; ครอบคลุม {rows} แถว คูณ {columns} คอลัมน์ ({cells} เซลล์) มากกว่า {limit} เซลล์ที่ไฟล์หนึ่งมีได้ จึงไม่ได้เปิด ให้แบ่งเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <source>{where}: a cell tag is not well formed; it was not opened. Save the file again from Excel or LibreOffice.</source>
        <translation>{where}: แท็กเซลล์มีรูปแบบไม่ถูกต้อง จึงไม่ได้เปิด ให้บันทึกไฟล์ใหม่จาก Excel หรือ LibreOffice</translation>
    </message>
    <message>
        <source>{where}: the cell reference &apos;{ref}&apos; is not a plain reference such as B12; it was not opened.</source>
        <translation>{where}: การอ้างอิงเซลล์ &apos;{ref}&apos; ไม่ใช่การอ้างอิงแบบธรรมดาเช่น B12 จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>it is a binary Excel workbook (.xlsb), which is not read; save it as an Excel Workbook (.xlsx) and try again.</source>
        <translation>เป็นเวิร์กบุ๊ก Excel แบบไบนารี (.xlsb) ซึ่งไม่อ่าน ให้บันทึกเป็น Excel Workbook (.xlsx) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{where}: a repeat count &apos;{value}&apos; is not a number; it was not opened.</source>
        <translation>{where}: จำนวนการซ้ำ &apos;{value}&apos; ไม่ใช่ตัวเลข จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; holds more than {limit} cells; it was not opened. Split it into smaller files.</source>
        <translation>ชีต &apos;{sheet}&apos; มีเซลล์มากกว่า {limit} เซลล์ จึงไม่ได้เปิด ให้แบ่งเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <source>{where}: a cell tag names its &apos;{name}&apos; twice, which no spreadsheet program writes; it was not opened.</source>
        <translation>{where}: แท็กเซลล์ระบุ &apos;{name}&apos; ซ้ำสองครั้ง ซึ่งไม่มีโปรแกรมสเปรดชีตใดเขียนเช่นนั้น จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>sheet {number}</source>
        <translation>ชีต {number}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has cells down to row {row}, more than the {limit} rows it may have; it was not opened.</source>
        <translation>ชีต &apos;{sheet}&apos; มีเซลล์ลงไปถึงแถว {row} มากกว่า {limit} แถวที่มีได้ จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has cells as far as column {column} (column {number}), more than the {limit} columns it may have; clear the far cells, save and try again.</source>
        <translation>ชีต &apos;{sheet}&apos; มีเซลล์ไปไกลถึงคอลัมน์ {column} (คอลัมน์ที่ {number}) มากกว่า {limit} คอลัมน์ที่มีได้ ให้ล้างเซลล์ที่อยู่ไกล บันทึก แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; holds text without any tag end for megabytes; it is not a spreadsheet part.</source>
        <translation>ส่วน &apos;{part}&apos; มีข้อความที่ไม่มีจุดสิ้นสุดแท็กยาวหลายเมกะไบต์ จึงไม่ใช่ส่วนของสเปรดชีต</translation>
    </message>
    <message>
        <source>it holds no Excel workbook.</source>
        <translation>ไม่มีเวิร์กบุ๊ก Excel อยู่ในไฟล์</translation>
    </message>
    <message>
        <source>the old Excel (.xls) file is damaged ({reason}).</source>
        <translation>ไฟล์ Excel รุ่นเก่า (.xls) เสียหาย ({reason})</translation>
    </message>
    <message>
        <source>{where}: the row number &apos;{row}&apos; is not a number; it was not opened.</source>
        <translation>{where}: เลขแถว &apos;{row}&apos; ไม่ใช่ตัวเลข จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>the Word document</source>
        <translation>เอกสาร Word</translation>
    </message>
    <message>
        <source>the text file is {mb} MB, more than the {limit} MB one import may read; split it into smaller files.</source>
        <translation>ไฟล์ข้อความมีขนาด {mb} MB มากกว่า {limit} MB ที่การนำเข้าหนึ่งครั้งอ่านได้ ให้แบ่งเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <source>the document&apos;s text unpacks to {mb} MB, more than the {limit} MB a matrix may have; it was not opened.</source>
        <translation>ข้อความของเอกสารขยายออกเป็น {mb} MB มากกว่า {limit} MB ที่เมทริกซ์หนึ่งมีได้ จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>line {line} has {count} fields, more than the {limit} a row may have; it was not read.</source>
        <translation>บรรทัดที่ {line} มี {count} ช่อง มากกว่า {limit} ช่องที่แถวหนึ่งมีได้ จึงไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>it has more than {limit} rows; split it into smaller files.</source>
        <translation>มีมากกว่า {limit} แถว ให้แบ่งเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <source>it has more than {limit} fields in all (by line {line}); split it into smaller files.</source>
        <translation>มีทั้งหมดมากกว่า {limit} ช่อง (ถึงบรรทัดที่ {line}) ให้แบ่งเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <source>a field on line {line} is longer than {limit} characters, far longer than any recommendation (a quote left open?).</source>
        <translation>ช่องหนึ่งในบรรทัดที่ {line} ยาวเกิน {limit} อักขระ ยาวกว่าข้อเสนอแนะใด ๆ มาก (อาจมีอัญประกาศที่ไม่ได้ปิด?)</translation>
    </message>
    <message>
        <source>a table row spans more than {limit} columns, which Word itself does not allow; it was not opened.</source>
        <translation>แถวของตารางครอบคลุมมากกว่า {limit} คอลัมน์ ซึ่ง Word เองไม่อนุญาต จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>its tables have more than {limit} rows, far more than any matrix; it was not opened.</source>
        <translation>ตารางมีมากกว่า {limit} แถว มากกว่าเมทริกซ์ใด ๆ มาก จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>its tables have more than {limit} cells, far more than any matrix; it was not opened.</source>
        <translation>ตารางมีมากกว่า {limit} เซลล์ มากกว่าเมทริกซ์ใด ๆ มาก จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (perhaps cut off while copying or downloading). Save or download it again.</source>
        <translation>ไฟล์เสียหายหรือไม่สมบูรณ์ (อาจถูกตัดขาดระหว่างคัดลอกหรือดาวน์โหลด) บันทึกหรือดาวน์โหลดอีกครั้ง</translation>
    </message>
    <message>
        <source>the archive holds {count} parts, far more than any real file; it was not opened.</source>
        <translation>ไฟล์บีบอัดมี {count} ส่วน มากกว่าไฟล์จริงใด ๆ มาก จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>the archive would unpack to {size} MB: this looks like a zip bomb; it was not opened.</source>
        <translation>ไฟล์บีบอัดจะขยายเป็น {size} MB: ดูเหมือนเป็น zip bomb จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; declares XML entities (a DTD), which Office files never do; it may be an attack and was not opened.</source>
        <translation>ส่วน &apos;{name}&apos; ประกาศเอนทิตี XML (DTD) ซึ่งไฟล์ Office ไม่เคยทำ อาจเป็นการโจมตีจึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>the archive contains a part with an unsafe name ({name}); it was not opened.</source>
        <translation>ไฟล์บีบอัดมีส่วนที่ชื่อไม่ปลอดภัย ({name}) จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>the file is protected by a password. Remove the password (in Excel or Word: File &gt; Info &gt; Protect), save it and try again.</source>
        <translation>ไฟล์ถูกป้องกันด้วยรหัสผ่าน เอารหัสผ่านออก (ใน Excel หรือ Word: ไฟล์ &gt; ข้อมูล &gt; ป้องกัน) บันทึก แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; unpacks to {size} MB from {packed} KB: this looks like a zip bomb; it was not opened.</source>
        <translation>ส่วน &apos;{name}&apos; ขยายเป็น {size} MB จาก {packed} KB: ดูเหมือนเป็น zip bomb จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; is larger than it declares (a zip bomb?); the file was not opened.</source>
        <translation>ส่วน &apos;{name}&apos; ใหญ่กว่าที่ประกาศไว้ (zip bomb หรือไม่?) จึงไม่ได้เปิดไฟล์</translation>
    </message>
    <message>
        <source>A file could not be read or written{where}: {reason}.</source>
        <translation>อ่านหรือเขียนไฟล์ไม่ได้{where}: {reason}</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and the workspace is as it was before. Free some space and try again.</source>
        <translation>ดิสก์เต็ม: การเปลี่ยนแปลงไม่ได้บันทึก และพื้นที่ทำงานยังเหมือนเดิม ทำให้มีพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The workspace cannot be written (a read-only file, folder or disk): the change was not saved. Every command that only reads still works.</source>
        <translation>เขียนลงพื้นที่ทำงานไม่ได้ (ไฟล์ โฟลเดอร์ หรือดิสก์เป็นแบบอ่านอย่างเดียว): การเปลี่ยนแปลงไม่ได้บันทึก ทุกคำสั่งที่เพียงอ่านยังทำงานได้</translation>
    </message>
    <message>
        <source>The disk could not be written (an input/output error: a full disk, a failing one, or a USB stick removed?): the change was not saved and the workspace is as it was before.</source>
        <translation>เขียนลงดิสก์ไม่ได้ (ข้อผิดพลาดอินพุต/เอาต์พุต: ดิสก์เต็ม ดิสก์เสีย หรือถอดแฟลชไดรฟ์ USB ออก?): การเปลี่ยนแปลงไม่ได้บันทึก และพื้นที่ทำงานยังเหมือนเดิม</translation>
    </message>
    <message>
        <source>Part of the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the damaged record, then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup.</source>
        <translation>อ่านบางส่วนของพื้นที่ทำงานไม่ได้: ไฟล์เสียหาย เรียก `upr-desktop check` เพื่อหาระเบียนที่เสียหาย แล้วใช้ `upr-desktop export-json --salvage -o FILE` เพื่อเก็บส่วนที่เหลือทั้งหมด หรือกู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again in a moment.</source>
        <translation>พื้นที่ทำงานกำลังถูกใช้งาน: มีโปรแกรมอื่นกำลังเขียนอยู่ ลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>The disk is full{where}: the command stopped before finishing and changed nothing. Free some space and try again.</source>
        <translation>ดิสก์เต็ม{where}: คำสั่งหยุดก่อนเสร็จและไม่ได้เปลี่ยนแปลงสิ่งใด ทำให้มีพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The disk is read-only{where}: nothing could be written. Every command that only reads still works.</source>
        <translation>ดิสก์เป็นแบบอ่านอย่างเดียว{where}: เขียนสิ่งใดไม่ได้ ทุกคำสั่งที่เพียงอ่านยังทำงานได้</translation>
    </message>
    <message>
        <source>Permission denied{where}: this account may not write there. Choose another place, or ask for the permission.</source>
        <translation>ไม่ได้รับอนุญาต{where}: บัญชีนี้เขียนที่นั่นไม่ได้ ให้เลือกที่อื่น หรือขออนุญาต</translation>
    </message>
    <message>
        <source>The disk could not be read or written{where} (an input/output error: a failing disk, or a USB stick removed?).</source>
        <translation>อ่านหรือเขียนดิสก์ไม่ได้{where} (ข้อผิดพลาดอินพุต/เอาต์พุต: ดิสก์เสีย หรือถอดแฟลชไดรฟ์ USB ออก?)</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({error}). The details are in {path}; please send them to whoever supports your installation.</source>
        <translation>ปัญหาที่ไม่คาดคิดทำให้คำสั่งหยุดทำงาน ({error}) รายละเอียดอยู่ใน {path} โปรดส่งให้ผู้ที่ดูแลการติดตั้งของคุณ</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({error}).</source>
        <translation>ปัญหาที่ไม่คาดคิดทำให้คำสั่งหยุดทำงาน ({error})</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language this app ships; use one of: {languages}.</source>
        <translation>&apos;{code}&apos; ไม่ใช่ภาษาที่แอปนี้มี ใช้ภาษาใดภาษาหนึ่งต่อไปนี้: {languages}</translation>
    </message>
    <message>
        <source>it does not hold settings</source>
        <translation>ไฟล์นี้ไม่มีการตั้งค่า</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {reason}</source>
        <translation>บันทึกการตั้งค่าของคุณไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>This PDF would list {rows} rows, hundreds of pages. Narrow it with --group or --theme (the Member group and Theme boxes), or write an .xlsx workbook instead.</source>
        <translation>PDF นี้จะมี {rows} แถว หรือหลายร้อยหน้า จำกัดให้แคบลงด้วย --group หรือ --theme (ช่องกลุ่มสมาชิกและประเด็น) หรือบันทึกเป็นเวิร์กบุ๊ก .xlsx แทน</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>หน้า {page} จาก {pages}</translation>
    </message>
    <message>
        <source>Sensitive fields included</source>
        <translation>รวมช่องข้อมูลอ่อนไหว</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>ข้อมูลสาธิต</translation>
    </message>
</context>
</TS>

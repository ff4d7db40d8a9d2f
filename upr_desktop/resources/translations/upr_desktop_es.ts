<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>demo data</source>
        <translation>datos de demostración</translation>
    </message>
    <message>
        <source>Sensitive fields included</source>
        <translation>Campos sensibles incluidos</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>This PDF would list {rows} rows, hundreds of pages. Narrow it with --group or --theme (the Member group and Theme boxes), or write an .xlsx workbook instead.</source>
        <translation>Este PDF tendría {rows} filas, cientos de páginas. Acótelo con --group o --theme (las listas Grupo miembro y Tema), o guarde en su lugar un libro .xlsx.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About UPR Desktop</source>
        <translation>Acerca de UPR Desktop</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Licence of UPR Desktop</source>
        <translation>Licencia de UPR Desktop</translation>
    </message>
    <message>
        <source>Licences of the software UPR Desktop includes</source>
        <translation>Licencias del software incluido en UPR Desktop</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licencia</translation>
    </message>
    <message>
        <source>&amp;Third-party software</source>
        <translation>Software de &amp;terceros</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>UPR Desktop %1</source>
        <translation>UPR Desktop %1</translation>
    </message>
    <message>
        <source>Follow up on Universal Periodic Review recommendations as a coalition, offline.</source>
        <translation>Dar seguimiento en coalición a las recomendaciones del Examen Periódico Universal, sin conexión.</translation>
    </message>
    <message>
        <source>Copyright © UPR Desktop contributors.</source>
        <translation>Copyright © los colaboradores de UPR Desktop.</translation>
    </message>
    <message>
        <source>UPR Desktop is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The Licence tab has the full text; the Third-party software tab lists the libraries it includes and their licences.</source>
        <translation>UPR Desktop es software libre: puede redistribuirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía. La pestaña Licencia contiene el texto completo; la pestaña Software de terceros enumera las bibliotecas que incluye y sus licencias.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add follow-up action</source>
        <translation>Añadir acción de seguimiento</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>Editar la acción de seguimiento</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(sin grupo)</translation>
    </message>
    <message>
        <source>Has a &amp;due date</source>
        <translation>Tiene &amp;fecha límite</translation>
    </message>
    <message>
        <source>C&amp;onfidential (kept out of shared exports)</source>
        <translation>C&amp;onfidencial (excluido de las exportaciones compartidas)</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation>Consulta:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Descripción de la acción</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Responsible group</source>
        <translation>Grupo responsable</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>Follow-up action saved</source>
        <translation>Acción de seguimiento guardada</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidas</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Show the actions about one UPR cycle&apos;s recommendations</source>
        <translation>Mostrar las acciones sobre las recomendaciones de un ciclo del EPU</translation>
    </message>
    <message>
        <source>&amp;Add action...</source>
        <translation>&amp;Añadir acción...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como hecha</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>E&amp;liminar...</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up actions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Acciones de seguimiento&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(sin grupo)</translation>
    </message>
    <message>
        <source>%1 shown; %2 overdue as of %4 (marked %3).</source>
        <translation>%1 mostradas; %2 atrasadas al %4 (marcadas con %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>Marcada como hecha: %1</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>Eliminar la acción de seguimiento</translation>
    </message>
    <message>
        <source>Delete this follow-up action?</source>
        <translation>¿Eliminar esta acción de seguimiento?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Delete action</source>
        <translation>&amp;Eliminar la acción</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <source>%1 Overdue: %2</source>
        <translation>%1 Vencida: %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Add assessment of %1</source>
        <translation>Añadir una evaluación de %1</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>Elija un estado…</translation>
    </message>
    <message>
        <source>(the coalition as a whole)</source>
        <translation>(la coalición en su conjunto)</translation>
    </message>
    <message>
        <source>What shows this status: laws passed, budgets, cases, statistics...</source>
        <translation>Qué demuestra este estado: leyes aprobadas, presupuestos, casos, estadísticas...</translation>
    </message>
    <message>
        <source>Links or documents</source>
        <translation>Enlaces o documentos</translation>
    </message>
    <message>
        <source>&amp;Confidential (never leaves this workspace in exports)</source>
        <translation>&amp;Confidencial (nunca sale de este espacio de trabajo en las exportaciones)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>&amp;Assessed by:</source>
        <translation>Evaluado &amp;por:</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Evaluado por</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>E&amp;videncias:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>F&amp;uentes:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Añadir la evaluación</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>Unassign %n recommendations</source>
        <translation>
            <numerusform>Quitar la asignación de %n recomendación</numerusform>
            <numerusform>Quitar la asignación de %n recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n recommendations</source>
        <translation>
            <numerusform>Asignar %n recomendación</numerusform>
            <numerusform>Asignar %n recomendaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member &amp;group:</source>
        <translation>&amp;Grupo miembro:</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>Grupo miembro</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>There are no member groups yet. Add them on the Member groups page.</source>
        <translation>Todavía no hay grupos miembros. Añádalos en la página Grupos miembros.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
</context>
<context>
    <name>BarChartView</name>
    <message>
        <source>%1 — counting…</source>
        <translation>%1 — contando…</translation>
    </message>
</context>
<context>
    <name>ConfirmAboveDialog</name>
    <message>
        <source>Confirm all above a score</source>
        <translation>Confirmar todo por encima de una puntuación</translation>
    </message>
    <message>
        <source>Mi&amp;nimum score:</source>
        <translation>Puntuación mí&amp;nima:</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>Recomendación anterior</translation>
    </message>
    <message>
        <source>Links that would be confirmed</source>
        <translation>Vínculos que se confirmarían</translation>
    </message>
    <message>
        <source>Looking for suggestions...</source>
        <translation>Buscando sugerencias...</translation>
    </message>
    <message numerus="yes">
        <source>Links that would be confirmed: %n (the best suggestion of each recommendation scoring at least this). Nothing is changed until you confirm; Undo takes them all back.</source>
        <translation>
            <numerusform>Vínculos que se confirmarían: %n (la mejor sugerencia de cada recomendación que alcance esta puntuación). Nada cambia hasta que confirme; Deshacer los retira todos.</numerusform>
            <numerusform>Vínculos que se confirmarían: %n (la mejor sugerencia de cada recomendación que alcance esta puntuación). Nada cambia hasta que confirme; Deshacer los retira todos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm: %n</source>
        <translation>
            <numerusform>Confirmar: %n</numerusform>
            <numerusform>Confirmar: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Conservar la nuestra</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>Valor editado</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When exported (base)</source>
        <translation>Al exportar (base)</translation>
    </message>
    <message>
        <source>Ours (secretariat)</source>
        <translation>La nuestra (secretaría)</translation>
    </message>
    <message>
        <source>Theirs (group)</source>
        <translation>La suya (grupo)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Organismo gubernamental</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation>Participantes del gobierno</translation>
    </message>
    <message>
        <source>Linked refs</source>
        <translation>Ref. vinculadas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Aún sin decisión</translation>
    </message>
    <message>
        <source>All &amp;ours</source>
        <translation>Todas las &amp;nuestras</translation>
    </message>
    <message>
        <source>All t&amp;heirs</source>
        <translation>Todas las &amp;suyas</translation>
    </message>
    <message>
        <source>Conflicts side by side</source>
        <translation>Conflictos lado a lado</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>p. ej. Ministerio de Justicia</translation>
    </message>
    <message>
        <source>Sensitive: names of officials are left out of exchange workbooks and shared exports.</source>
        <translation>Sensible: los nombres de los funcionarios se excluyen de los libros de intercambio y de las exportaciones compartidas.</translation>
    </message>
    <message>
        <source>Con&amp;fidential (kept out of shared exports)</source>
        <translation>Con&amp;fidencial (excluido de las exportaciones compartidas)</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Fecha de celebración</translation>
    </message>
    <message>
        <source>Government &amp;body:</source>
        <translation>&amp;Órgano gubernamental:</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Órgano gubernamental</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Kind of consultation</source>
        <translation>Tipo de consulta</translation>
    </message>
    <message>
        <source>Led by &amp;group:</source>
        <translation>Dirigida por el &amp;grupo:</translation>
    </message>
    <message>
        <source>Member group that led it</source>
        <translation>Grupo miembro que la dirigió</translation>
    </message>
    <message>
        <source>&amp;Coalition participants:</source>
        <translation>Participantes de la &amp;coalición:</translation>
    </message>
    <message>
        <source>Coalition participants</source>
        <translation>Participantes de la coalición</translation>
    </message>
    <message>
        <source>Go&amp;vernment participants (sensitive):</source>
        <translation>Participantes del go&amp;bierno (sensible):</translation>
    </message>
    <message>
        <source>Government participants, sensitive</source>
        <translation>Participantes del gobierno, sensible</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Recomendaciones:</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>Recomendaciones tratadas</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Co&amp;mmitments:</source>
        <translation>Co&amp;mpromisos:</translation>
    </message>
    <message>
        <source>Commitments made</source>
        <translation>Compromisos asumidos</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(sin grupo)</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>&amp;New consultation</source>
        <translation>&amp;Nueva consulta</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>E&amp;liminar...</translation>
    </message>
    <message>
        <source>Show the consultations about one UPR cycle&apos;s recommendations</source>
        <translation>Mostrar las consultas sobre las recomendaciones de un ciclo del EPU</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consultations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Consultas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Save consultation</source>
        <translation>&amp;Guardar la consulta</translation>
    </message>
    <message>
        <source>Follow-up actions of this consultation</source>
        <translation>Acciones de seguimiento de esta consulta</translation>
    </message>
    <message>
        <source>Add &amp;follow-up action...</source>
        <translation>Añadir acción de &amp;seguimiento...</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message numerus="yes">
        <source>%n consultations logged.</source>
        <translation>
            <numerusform>%n consulta registrada.</numerusform>
            <numerusform>%n consultas registradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultations about recommendations of cycle %1.</source>
        <translation>
            <numerusform>%n consulta sobre recomendaciones del ciclo %1.</numerusform>
            <numerusform>%n consultas sobre recomendaciones del ciclo %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n follow-up actions are kept without a consultation. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Su %n acción de seguimiento se conserva sin consulta. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>Sus %n acciones de seguimiento se conservan sin consulta. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;New consultation&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nueva consulta&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Consultation with %1 on %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Consulta con %1 el %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Save the consultation first, then add its follow-up actions.</source>
        <translation>Guarde primero la consulta y luego añada sus acciones de seguimiento.</translation>
    </message>
    <message>
        <source>Consultation saved</source>
        <translation>Consulta guardada</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>Eliminar la consulta</translation>
    </message>
    <message>
        <source>Delete the consultation with %1 on %2?</source>
        <translation>¿Eliminar la consulta con %1 del %2?</translation>
    </message>
    <message>
        <source>&amp;Delete consultation</source>
        <translation>&amp;Eliminar la consulta</translation>
    </message>
</context>
<context>
    <name>ConsultationsTable</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Órgano gubernamental</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Recs</source>
        <translation>Recs</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
</context>
<context>
    <name>CycleChoice</name>
    <message>
        <source>Show the work of one UPR cycle</source>
        <translation>Mostrar el trabajo de un ciclo del EPU</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>Todos los ciclos</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;iclo:</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Ciclo %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asia-Pacífico</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Europa Oriental</translation>
    </message>
    <message>
        <source>Latin America and Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <source>Western Europe and others</source>
        <translation>Europa Occidental y otros</translation>
    </message>
    <message>
        <source>Observer States</source>
        <translation>Estados observadores</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Show the figures of one member group</source>
        <translation>Mostrar las cifras de un grupo miembro</translation>
    </message>
    <message>
        <source>All member groups</source>
        <translation>Todos los grupos miembros</translation>
    </message>
    <message>
        <source>Show the figures of one UPR cycle</source>
        <translation>Mostrar las cifras de un ciclo del EPU</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Apoyadas</translation>
    </message>
    <message>
        <source>Assigned to a group</source>
        <translation>Asignadas a un grupo</translation>
    </message>
    <message>
        <source>With a lead group</source>
        <translation>Con un grupo líder</translation>
    </message>
    <message>
        <source>Assessed in the last 6 months</source>
        <translation>Evaluadas en los últimos 6 meses</translation>
    </message>
    <message>
        <source>Consultations with government</source>
        <translation>Consultas con el gobierno</translation>
    </message>
    <message>
        <source>Follow-up actions overdue</source>
        <translation>Acciones de seguimiento vencidas</translation>
    </message>
    <message>
        <source>Implementation status by theme</source>
        <translation>Estado de aplicación por tema</translation>
    </message>
    <message>
        <source>Recommendations by response</source>
        <translation>Recomendaciones por respuesta</translation>
    </message>
    <message>
        <source>Implementation status by member group</source>
        <translation>Estado de aplicación por grupo miembro</translation>
    </message>
    <message>
        <source>Supported, by regional group of the recommending States</source>
        <translation>Apoyadas, por grupo regional de los Estados recomendantes</translation>
    </message>
    <message>
        <source>Recommending States (most recommendations)</source>
        <translation>Estados recomendantes (con más recomendaciones)</translation>
    </message>
    <message>
        <source>Action categories</source>
        <translation>Categorías de acción</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Consultations per quarter</source>
        <translation>Consultas por trimestre</translation>
    </message>
    <message>
        <source>Point at a bar to see its number; click it to list those recommendations.</source>
        <translation>Señale una barra para ver su cifra; haga clic en ella para listar esas recomendaciones.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Contando las cifras…</translation>
    </message>
    <message>
        <source>Situation as of %1</source>
        <translation>Situación a %1</translation>
    </message>
    <message>
        <source>Situation as of %1; counting the rest…</source>
        <translation>Situación a %1; contando el resto…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>The Recommendations page cannot be filtered from here in this version.</source>
        <translation>La página Recomendaciones no se puede filtrar desde aquí en esta versión.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a recommendation to see its details.</source>
        <translation>Seleccione una recomendación para ver sus detalles.</translation>
    </message>
    <message>
        <source>Recommendation details</source>
        <translation>Detalles de la recomendación</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texto completo</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Asignada a:</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Assign to group...</source>
        <translation>Asignar a un grupo...</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Quitar la asignación</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Assessment timeline</source>
        <translation>Cronología de evaluaciones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>&amp;Add assessment...</source>
        <translation>&amp;Añadir una evaluación...</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>E&amp;valuaciones</translation>
    </message>
    <message>
        <source>Linked consultations</source>
        <translation>Consultas vinculadas</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Órgano gubernamental</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Co&amp;nsultations</source>
        <translation>Co&amp;nsultas</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>ciclo %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Temas: %1</translation>
    </message>
    <message>
        <source>coalition</source>
        <translation>coalición</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>No recommendation matches this search and these filters. Change the search or a filter, or clear them all to see every recommendation.</source>
        <translation>Ninguna recomendación coincide con esta búsqueda y estos filtros. Cambie la búsqueda o un filtro, o bórrelos todos para ver todas las recomendaciones.</translation>
    </message>
    <message>
        <source>No recommendations yet. Import them with File → Import recommendations (Ctrl+I).</source>
        <translation>Aún no hay recomendaciones. Impórtelas con Archivo → Importar recomendaciones (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>UPR Desktop hit an unexpected problem. The change in progress was not saved; everything saved before is intact. Please copy this report and send it to whoever supports your coalition&apos;s installation.</source>
        <translation>UPR Desktop encontró un problema inesperado. El cambio en curso no se guardó; todo lo guardado antes está intacto. Copie este informe y envíelo a quien dé soporte a la instalación de su coalición.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>No se puede hacer</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>E&amp;xport workbooks</source>
        <translation>E&amp;xportar libros</translation>
    </message>
    <message>
        <source>&amp;Merge returns</source>
        <translation>&amp;Fusionar devoluciones</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Open &amp;conflicts (%1)</source>
        <translation>&amp;Conflictos abiertos (%1)</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Member &amp;groups (choose one or several):</source>
        <translation>&amp;Grupos miembros (uno o varios):</translation>
    </message>
    <message>
        <source>Member groups to export for</source>
        <translation>Grupos miembros para los que exportar</translation>
    </message>
    <message>
        <source>Which recommendations</source>
        <translation>Qué recomendaciones</translation>
    </message>
    <message>
        <source>All &amp;assigned to the group</source>
        <translation>Todas las &amp;asignadas al grupo</translation>
    </message>
    <message>
        <source>Only these &amp;refs:</source>
        <translation>Solo estas &amp;ref.:</translation>
    </message>
    <message>
        <source>Only the &amp;theme:</source>
        <translation>Solo el &amp;tema:</translation>
    </message>
    <message>
        <source>e.g. 115.1, 115.4</source>
        <translation>p. ej. 115.1, 115.4</translation>
    </message>
    <message>
        <source>Refs to export</source>
        <translation>Ref. que exportar</translation>
    </message>
    <message>
        <source>Theme to export</source>
        <translation>Tema que exportar</translation>
    </message>
    <message>
        <source>Export the work of one UPR cycle</source>
        <translation>Exportar el trabajo de un ciclo del EPU</translation>
    </message>
    <message>
        <source>&amp;Deadline for the return:</source>
        <translation>&amp;Plazo para la devolución:</translation>
    </message>
    <message>
        <source>Deadline for the return</source>
        <translation>Plazo para la devolución</translation>
    </message>
    <message>
        <source>Workbook &amp;language:</source>
        <translation>&amp;Idioma de los libros:</translation>
    </message>
    <message>
        <source>Language of the workbooks</source>
        <translation>Idioma de los libros</translation>
    </message>
    <message>
        <source>Each group&apos;s own language</source>
        <translation>El idioma de cada grupo</translation>
    </message>
    <message>
        <source>The Read me, column titles, dropdown values and messages of the workbook are in this language. Returns are read back whatever their language.</source>
        <translation>El Léame, los títulos de las columnas, los valores de las listas desplegables y los mensajes del libro están en este idioma. Las devoluciones se leen sea cual sea su idioma.</translation>
    </message>
    <message>
        <source>Sent &amp;by (the secretariat):</source>
        <translation>Enviado &amp;por (la secretaría):</translation>
    </message>
    <message>
        <source>e.g. the coordinator&apos;s name, or the secretariat&apos;s</source>
        <translation>p. ej., el nombre de la coordinadora o de la secretaría</translation>
    </message>
    <message>
        <source>Written in each workbook&apos;s Read me; kept in the workspace</source>
        <translation>Se escribe en la hoja Léame de cada libro; se guarda en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Include &amp;sensitive information</source>
        <translation>Incluir información &amp;sensible</translation>
    </message>
    <message>
        <source>Adds the government participants of consultations and every record marked confidential (recommendations, assessments, consultations, follow-up actions). Send such workbooks only to people who may see them.</source>
        <translation>Añade los participantes del gobierno en las consultas y todo registro marcado como confidencial (recomendaciones, evaluaciones, consultas, acciones de seguimiento). Envíe esos libros solo a personas que puedan verlos.</translation>
    </message>
    <message>
        <source>&amp;Export workbooks...</source>
        <translation>&amp;Exportar libros...</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n asignada</numerusform>
            <numerusform>%n asignadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for the %n workbooks</source>
        <translation>
            <numerusform>Carpeta del libro</numerusform>
            <numerusform>Carpeta de los %n libros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n workbooks</source>
        <translation>
            <numerusform>%n libro exportado</numerusform>
            <numerusform>%n libros exportados</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the workbook for %1</source>
        <translation>Guardar el libro para %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting workbooks</source>
        <translation>Exportando libros</translation>
    </message>
    <message>
        <source>✔ %1: %2 (%3 recommendations, %4 consultations, %5 actions)</source>
        <translation>✔ %1: %2 (%3 recomendaciones, %4 consultas, %5 acciones)</translation>
    </message>
    <message>
        <source>⚠ These workbooks include sensitive information: send them only to people who may see it.</source>
        <translation>⚠ Estos libros incluyen información sensible: envíelos solo a personas que puedan verla.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search reference, text or State (Ctrl+F)</source>
        <translation>Buscar referencia, texto o Estado (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search recommendations</source>
        <translation>Buscar recomendaciones</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>Cualquier respuesta</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>Último estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>Grupo miembro</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Cualquier grupo</translation>
    </message>
    <message>
        <source>Recommending State</source>
        <translation>Estado recomendante</translation>
    </message>
    <message>
        <source>Any State</source>
        <translation>Cualquier Estado</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>Categoría de acción</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation>Cualquier ciclo</translation>
    </message>
    <message>
        <source>&amp;Unassigned only</source>
        <translation>Solo &amp;sin asignar</translation>
    </message>
    <message>
        <source>Not assessed &amp;since</source>
        <translation>No evaluadas &amp;desde</translation>
    </message>
    <message>
        <source>Not assessed since this date</source>
        <translation>No evaluadas desde esta fecha</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Ciclo %1</translation>
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
        <translation>Añadir grupo miembro</translation>
    </message>
    <message>
        <source>Edit member group %1</source>
        <translation>Editar el grupo miembro %1</translation>
    </message>
    <message>
        <source>Sensitive: left out of exchange workbooks and shared exports.</source>
        <translation>Sensible: se excluye de los libros de intercambio y de las exportaciones compartidas.</translation>
    </message>
    <message>
        <source>Not set (English)</source>
        <translation>Sin definir (inglés)</translation>
    </message>
    <message>
        <source>The exchange workbooks sent to this group are written in this language.</source>
        <translation>Los libros de intercambio enviados a este grupo están redactados en este idioma.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>&amp;Focal point:</source>
        <translation>&amp;Punto focal:</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>&amp;Contact details (sensitive):</source>
        <translation>Datos de &amp;contacto (sensible):</translation>
    </message>
    <message>
        <source>Contact details, sensitive</source>
        <translation>Datos de contacto, sensible</translation>
    </message>
    <message>
        <source>&amp;Workbook language:</source>
        <translation>&amp;Idioma de los libros:</translation>
    </message>
    <message>
        <source>Language of the group&apos;s workbooks</source>
        <translation>Idioma de los libros del grupo</translation>
    </message>
    <message>
        <source>The acronym is one word (at most 30 characters) and must differ from every other group&apos;s.</source>
        <translation>La sigla es una sola palabra (30 caracteres como máximo) y debe ser distinta de la de los demás grupos.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Member groups</source>
        <translation>Grupos miembros</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Member groups&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Grupos miembros&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Add group...</source>
        <translation>&amp;Añadir grupo...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Quitar...</translation>
    </message>
    <message>
        <source>Add a member group (Insert in the table)</source>
        <translation>Añadir un grupo miembro (Insert en la tabla)</translation>
    </message>
    <message>
        <source>Edit the selected group (F2 or Enter)</source>
        <translation>Editar el grupo seleccionado (F2 o Intro)</translation>
    </message>
    <message>
        <source>Remove the selected group (Delete)</source>
        <translation>Quitar el grupo seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Count the work of one UPR cycle</source>
        <translation>Contar el trabajo de un ciclo del EPU</translation>
    </message>
    <message>
        <source>No member groups yet. Add the first one with Add group (Insert).</source>
        <translation>Todavía no hay grupos miembros. Añada el primero con Añadir grupo (Insert).</translation>
    </message>
    <message>
        <source>%1; %2 with overdue work (marked %3).</source>
        <translation>%1; %2 con trabajo atrasado (marcados con %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n member groups</source>
        <translation>
            <numerusform>%n grupo miembro</numerusform>
            <numerusform>%n grupos miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3, %4 assessed; %5; %6, %7 overdue. Focal point: %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3, %4 evaluadas; %5; %6, %7 atrasadas. Punto focal: %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations assigned</source>
        <translation>
            <numerusform>%n recomendación asignada</numerusform>
            <numerusform>%n recomendaciones asignadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignments overdue</source>
        <translation>
            <numerusform>%n asignación atrasada</numerusform>
            <numerusform>%n asignaciones atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up actions</source>
        <translation>
            <numerusform>%n acción de seguimiento abierta</numerusform>
            <numerusform>%n acciones de seguimiento abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its load in detail.</source>
        <translation>Seleccione un grupo para ver su carga en detalle.</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>ninguno designado</translation>
    </message>
    <message>
        <source>Saved member group %1</source>
        <translation>Grupo miembro %1 guardado</translation>
    </message>
    <message>
        <source>Remove member group</source>
        <translation>Quitar el grupo miembro</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>¿Quitar %1 (%2)?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Quitar el grupo</translation>
    </message>
    <message>
        <source>Removed member group %1</source>
        <translation>Grupo miembro %1 quitado</translation>
    </message>
</context>
<context>
    <name>GroupsTable</name>
    <message>
        <source>%1 assignments past their due date without an assessment; %2 follow-up actions past due</source>
        <translation>%1 asignaciones con la fecha límite pasada sin evaluación; %2 acciones de seguimiento vencidas</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluadas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>↶ undone</source>
        <translation>↶ deshecha</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>changed nothing</source>
        <translation>nada cambiado</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History of merges and imports</source>
        <translation>Historial de fusiones e importaciones</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>&amp;Send the rejected cells back…</source>
        <translation>&amp;Devolver las celdas rechazadas…</translation>
    </message>
    <message>
        <source>A short workbook listing the cells this merge could not use, to send to the group</source>
        <translation>Un breve libro con las celdas que esta fusión no pudo usar, para enviar al grupo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Deshacer la fusión</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Deshacer la importación</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>Fusión de %1</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Importación de %1</translation>
    </message>
    <message>
        <source>Wrote the cells to fix to %1: send it to the group.</source>
        <translation>Celdas por corregir escritas en %1: envíelo al grupo.</translation>
    </message>
    <message>
        <source>Save the cells to fix for %1</source>
        <translation>Guardar las celdas por corregir para %1</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV (*.csv);;Text (*.txt)</source>
        <translation>Libro (*.xlsx);;CSV (*.csv);;Texto (*.txt)</translation>
    </message>
    <message>
        <source>Undid the merge of %1.</source>
        <translation>Se deshizo la fusión de %1.</translation>
    </message>
    <message>
        <source>Undid the import of %1.</source>
        <translation>Se deshizo la importación de %1.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Deshacer la fusión</translation>
    </message>
    <message>
        <source>&amp;Force: undo anyway</source>
        <translation>&amp;Forzar: deshacer de todos modos</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>UPR Info database export</source>
        <translation>Exportación de la base de datos de UPR Info</translation>
    </message>
    <message>
        <source>OHCHR thematic matrix</source>
        <translation>Matriz temática del ACNUDH</translation>
    </message>
    <message>
        <source>UHRI export (Universal Human Rights Index)</source>
        <translation>Exportación del IUDH (Índice Universal de Derechos Humanos)</translation>
    </message>
    <message>
        <source>Table with a header row</source>
        <translation>Tabla con una fila de encabezados</translation>
    </message>
    <message>
        <source>Import recommendations</source>
        <translation>Importar recomendaciones</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>&amp;Previsualizar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>C&amp;hoose files...</source>
        <translation>E&amp;legir archivos...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconocer automáticamente</translation>
    </message>
    <message>
        <source>Column &amp;mapping...</source>
        <translation>Correspondencia de &amp;columnas...</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Choose or drop a file (xlsx, xls, ods, csv, docx or json).</source>
        <translation>Elija o suelte un archivo (xlsx, xls, ods, csv, docx o json).</translation>
    </message>
    <message>
        <source>Which recommendations</source>
        <translation>Qué recomendaciones</translation>
    </message>
    <message>
        <source>This workspace&apos;s State</source>
        <translation>El Estado de este espacio de trabajo</translation>
    </message>
    <message>
        <source>Another &amp;State:</source>
        <translation>Otro E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;All States in the file</source>
        <translation>&amp;Todos los Estados del archivo</translation>
    </message>
    <message>
        <source>Another State under Review</source>
        <translation>Otro Estado examinado</translation>
    </message>
    <message>
        <source>e.g. Viet Nam</source>
        <translation>p. ej. Viet Nam</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;iclo:</translation>
    </message>
    <message>
        <source>Sessio&amp;n:</source>
        <translation>Sesió&amp;n:</translation>
    </message>
    <message>
        <source>Responses took &amp;effect on:</source>
        <translation>Respuestas &amp;vigentes desde:</translation>
    </message>
    <message>
        <source>A response this file changes (pending, then supported or noted at the adoption) is kept in the recommendation&apos;s history with this day; otherwise with today&apos;s</source>
        <translation>Una respuesta que este archivo cambie (pendiente, luego apoyada o anotada en la aprobación) se guarda en el historial de la recomendación con esta fecha; si no, con la de hoy</translation>
    </message>
    <message>
        <source>The day the file&apos;s responses took effect</source>
        <translation>El día en que las respuestas del archivo entraron en vigor</translation>
    </message>
    <message>
        <source>Preview (nothing is written yet)</source>
        <translation>Vista previa (aún no se escribe nada)</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Por añadir</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Por actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped (row errors)</source>
        <translation>Omitidas (errores de fila)</translation>
    </message>
    <message>
        <source>Left out (other States, cycles, sessions)</source>
        <translation>Excluidas (otros Estados, ciclos, sesiones)</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Filas que no se importarán</translation>
    </message>
    <message>
        <source>Recommendation files (%1)</source>
        <translation>Archivos de recomendaciones (%1)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation>Libros (*.xlsx *.xls *.ods)</translation>
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
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Recognising %1...</source>
        <translation>Reconociendo %1...</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>✔ Recognised as: %1 (%2). Choose another format above if this is wrong.</source>
        <translation>✔ Reconocido como: %1 (%2). Elija otro formato arriba si no es correcto.</translation>
    </message>
    <message>
        <source>⚠ Not recognised. If the file is a table, choose “Table with a header row” as the format, then Column mapping to say which column holds what.</source>
        <translation>⚠ No reconocido. Si el archivo es una tabla, elija el formato «Tabla con una fila de encabezados» y luego Correspondencia de columnas para indicar qué contiene cada columna.</translation>
    </message>
    <message>
        <source>Cannot import %1: it is not a recognised format (a UPR Info export, an OHCHR matrix, a UHRI export, or a table with a column of recommendation texts). If it is a table, choose “Table with a header row” under Format, then Column mapping to say which column holds what.</source>
        <translation>No se puede importar %1: no es un formato reconocido (una exportación de UPR Info, una matriz del ACNUDH, una exportación del UHRI o una tabla con una columna de textos de recomendaciones). Si es una tabla, elija «Tabla con una fila de encabezados» en Formato y luego Correspondencia de columnas para indicar qué columna contiene qué.</translation>
    </message>
    <message>
        <source>%1 is a returned exchange workbook: it was opened in the merge preview (Exchange page).</source>
        <translation>%1 es un libro de intercambio devuelto: se abrió en la vista previa de fusión (página Intercambio).</translation>
    </message>
    <message>
        <source>Only &amp;%1 (this workspace&apos;s State)</source>
        <translation>Solo &amp;%1 (el Estado de este espacio de trabajo)</translation>
    </message>
    <message>
        <source>This format has fixed columns; there is no mapping to change.</source>
        <translation>Este formato tiene columnas fijas; no hay correspondencia que cambiar.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Imported (written to the workspace)</source>
        <translation>Importado (escrito en el espacio de trabajo)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <source>Format: %1.</source>
        <translation>Formato: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n “accepted in part” rows are merged into partially supported recommendations.</source>
        <translation>
            <numerusform>%n fila «aceptada en parte» se fusiona en una recomendación apoyada parcialmente.</numerusform>
            <numerusform>%n filas «aceptadas en parte» se fusionan en recomendaciones apoyadas parcialmente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: this file adds or changes nothing.</source>
        <translation>Nada que importar: este archivo no añade ni cambia nada.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vista previa cancelada.</translation>
    </message>
    <message>
        <source>⚠ This file cannot be imported as it is: %1</source>
        <translation>⚠ Este archivo no se puede importar tal como está: %1</translation>
    </message>
    <message>
        <source>Cannot import %1: it is about %2 (its header says “%3”), but this workspace follows %4. Nothing was imported. To follow %2, create a workspace for it: File &gt; New workspace.</source>
        <translation>No se puede importar %1: trata de %2 (su encabezado dice «%3»), pero este espacio de trabajo sigue a %4. No se importó nada. Para seguir a %2, cree un espacio de trabajo para ese Estado: Archivo &gt; Nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot import %1: it holds recommendations to %2, none to %3. Nothing was imported. To keep them anyway, choose “Another State” or “All States in the file” above; to follow %4, create a workspace for it: File &gt; New workspace.</source>
        <translation>No se puede importar %1: contiene recomendaciones dirigidas a %2, ninguna a %3. No se importó nada. Para conservarlas de todos modos, elija «Otro Estado» o «Todos los Estados del archivo» arriba; para seguir a %4, cree un espacio de trabajo para ese Estado: Archivo &gt; Nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>✔ Imported %1: added %2, updated %3, unchanged %4, skipped %5.</source>
        <translation>✔ %1 importado: %2 añadidas, %3 actualizadas, %4 sin cambios, %5 omitidas.</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>Antes se hizo una copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se cambió nada.</translation>
    </message>
    <message>
        <source>⚠ The import failed: nothing was changed.</source>
        <translation>⚠ La importación falló: no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Reference (ref)</source>
        <translation>Referencia (ref.)</translation>
    </message>
    <message>
        <source>Recommendation text</source>
        <translation>Texto de la recomendación</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>Estado examinado</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>Estados recomendantes</translation>
    </message>
    <message>
        <source>Response (supported/noted)</source>
        <translation>Respuesta (apoyada/anotada)</translation>
    </message>
    <message>
        <source>Action category (1-5)</source>
        <translation>Categoría de acción (1-5)</translation>
    </message>
    <message>
        <source>UPR session</source>
        <translation>Sesión del EPU</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>Ciclo del EPU</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>Theme cluster</source>
        <translation>Grupo temático</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Documento de origen</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>reconocida por su nombre</translation>
    </message>
    <message>
        <source>matched by a known spelling</source>
        <translation>reconocida por una grafía conocida</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>su elección</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>no reconocida</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Nuevo espacio de trabajo...</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>&amp;Abrir un espacio de trabajo...</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Cerrar el espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Import recommendations...</source>
        <translation>&amp;Importar recomendaciones...</translation>
    </message>
    <message>
        <source>&amp;Export workbooks for groups...</source>
        <translation>&amp;Exportar libros para los grupos...</translation>
    </message>
    <message>
        <source>&amp;Merge returned workbooks...</source>
        <translation>&amp;Fusionar los libros devueltos...</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About UPR Desktop</source>
        <translation>&amp;Acerca de UPR Desktop</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>This is not available in this version yet.</source>
        <translation>Esto aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Aún no disponible</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
    <message>
        <source>Text size: %1 points</source>
        <translation>Tamaño del texto: %1 puntos</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Could not open the log folder. It is %1</source>
        <translation>No se pudo abrir la carpeta de registros. Está en %1</translation>
    </message>
    <message>
        <source>Backing up the workspace</source>
        <translation>Copia de seguridad del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Which field each column of %1 (table “%2”) goes into. Change a choice with its list; a column that is not imported is ignored.</source>
        <translation>El campo al que va cada columna de %1 (tabla «%2»). Cambie una elección con su lista; una columna que no se importa se ignora.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation>Cómo se reconoció</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
    <message>
        <source>⚠ Choose the column that holds the recommendation text.</source>
        <translation>⚠ Elija la columna que contiene el texto de la recomendación.</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>&amp;Add returned workbooks...</source>
        <translation>&amp;Añadir libros devueltos...</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Or drop several returned workbooks here at once.</source>
        <translation>O suelte aquí varios libros devueltos a la vez.</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>Libros devueltos</translation>
    </message>
    <message>
        <source>Add the workbooks member groups sent back to see what merging them would change.</source>
        <translation>Añada los libros que devolvieron los grupos miembros para ver qué cambiaría al fusionarlos.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Additions</source>
        <translation>Adiciones</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Pasa a ser</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Why it is not used</source>
        <translation>Por qué no se usa</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>Celdas rechazadas</translation>
    </message>
    <message>
        <source>A&amp;pply merge</source>
        <translation>A&amp;plicar la fusión</translation>
    </message>
    <message>
        <source>Merge returned workbooks</source>
        <translation>Fusionar libros devueltos</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the returned workbooks</source>
        <translation>Leyendo los libros devueltos</translation>
    </message>
    <message>
        <source>✖ refused</source>
        <translation>✖ rechazado</translation>
    </message>
    <message>
        <source>= already merged</source>
        <translation>= ya fusionado</translation>
    </message>
    <message>
        <source>✔ merged</source>
        <translation>✔ fusionado</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>%n celda rechazada</numerusform>
            <numerusform>%n celdas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ will merge, %1</source>
        <translation>⚠ se fusionará, %1</translation>
    </message>
    <message>
        <source>✔ will merge</source>
        <translation>✔ se fusionará</translation>
    </message>
    <message>
        <source>Both sides changed these fields since the export. Choose per row, or for all:</source>
        <translation>Ambas partes cambiaron estos campos desde la exportación. Elija por fila o para todos:</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>Evaluación de %1</translation>
    </message>
    <message>
        <source>= %1 was already merged; merging it again changes nothing. %2</source>
        <translation>= %1 ya se fusionó; fusionarlo de nuevo no cambia nada. %2</translation>
    </message>
    <message>
        <source>%1 from %2: %3, %4, %5, %6.</source>
        <translation>%1 de %2: %3, %4, %5, %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n additions</source>
        <translation>
            <numerusform>%n adición</numerusform>
            <numerusform>%n adiciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updates</source>
        <translation>
            <numerusform>%n actualización</numerusform>
            <numerusform>%n actualizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1: %2, %3; %4, %5.</source>
        <translation>✔ %1: %2, %3; %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n files</source>
        <translation>
            <numerusform>%n archivo fusionado</numerusform>
            <numerusform>%n archivos fusionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>%n conflicto resuelto</numerusform>
            <numerusform>%n conflictos resueltos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to resolve later</source>
        <translation>
            <numerusform>%n por resolver más tarde</numerusform>
            <numerusform>%n por resolver más tarde</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflictos (%1)</translation>
    </message>
    <message>
        <source>✖ Will not be merged: %1</source>
        <translation>✖ No se fusionará: %1</translation>
    </message>
    <message>
        <source>A&amp;dditions (%1)</source>
        <translation>A&amp;diciones (%1)</translation>
    </message>
    <message>
        <source>&amp;Updates (%1)</source>
        <translation>Act&amp;ualizaciones (%1)</translation>
    </message>
    <message>
        <source>&amp;Rejected cells (%1)</source>
        <translation>Celdas &amp;rechazadas (%1)</translation>
    </message>
    <message>
        <source>Your decision on %1 (%2)</source>
        <translation>Su decisión sobre %1 (%2)</translation>
    </message>
    <message>
        <source>Merging returned workbooks</source>
        <translation>Fusionando los libros devueltos</translation>
    </message>
    <message>
        <source>A backup was made first.</source>
        <translation>Antes se hizo una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>Cancelado: no se fusionó nada.</translation>
    </message>
    <message>
        <source>⚠ The merge failed: nothing was merged.</source>
        <translation>⚠ La fusión falló: no se fusionó nada.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Recordar en este equipo</translation>
    </message>
    <message>
        <source>Nobody can recover the data if this passphrase is forgotten. Write it down and keep it somewhere safe.</source>
        <translation>Nadie podrá recuperar los datos si se olvida esta frase de contraseña. Anótela y guárdela en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>OpenConflictsPanel</name>
    <message>
        <source>&amp;Resolve the decided conflicts</source>
        <translation>&amp;Resolver los conflictos decididos</translation>
    </message>
    <message>
        <source>Conflicts from earlier merges still waiting for a decision: %1.</source>
        <translation>Conflictos de fusiones anteriores que esperan una decisión: %1.</translation>
    </message>
    <message>
        <source>No conflicts are waiting for a decision.</source>
        <translation>Ningún conflicto espera una decisión.</translation>
    </message>
    <message>
        <source>Choose a decision for at least one conflict first.</source>
        <translation>Elija primero una decisión para al menos un conflicto.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Resolved %n conflicts.</source>
        <translation>
            <numerusform>✔ %n conflicto resuelto.</numerusform>
            <numerusform>✔ %n conflictos resueltos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Member groups</source>
        <translation>Grupos miembros</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protected workspace</source>
        <translation>Espacio de trabajo protegido</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Enter it to continue.</source>
        <translation>%1 está protegido por una frase de contraseña. Introdúzcala para continuar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Recordar en este equipo</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase de contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not open the workspace: %1</source>
        <translation>No se pudo abrir el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>Espere %1 s</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Deteniendo...</translation>
    </message>
</context>
<context>
    <name>RecommendationPicker</name>
    <message>
        <source>Type words or a reference, e.g. torture or 115.2</source>
        <translation>Escriba palabras o una referencia, p. ej. tortura o 115.2</translation>
    </message>
    <message>
        <source>Search recommendations to link</source>
        <translation>Buscar recomendaciones para vincular</translation>
    </message>
    <message>
        <source>Matching recommendations</source>
        <translation>Recomendaciones encontradas</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>Recomendaciones tratadas</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>Añadir la &amp;selección</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Qui&amp;tar</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <source>Discussed:</source>
        <translation>Tratadas:</translation>
    </message>
    <message numerus="yes">
        <source>%n matching recommendations (Enter or Add selected links them).</source>
        <translation>
            <numerusform>%n recomendación coincidente (Intro o Añadir selección la vincula).</numerusform>
            <numerusform>%n recomendaciones coincidentes (Intro o Añadir selección las vincula).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationTable</name>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>Estados recomendantes</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Lead group</source>
        <translation>Grupo líder</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>Último estado</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Última evaluación</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>How many recommendations are shown</source>
        <translation>Cuántas recomendaciones se muestran</translation>
    </message>
    <message>
        <source>&amp;Assign to group...</source>
        <translation>&amp;Asignar a un grupo...</translation>
    </message>
    <message>
        <source>&amp;Unassign from group...</source>
        <translation>&amp;Quitar de un grupo...</translation>
    </message>
    <message>
        <source>Set &amp;themes...</source>
        <translation>Definir los &amp;temas...</translation>
    </message>
    <message>
        <source>Add assess&amp;ment...</source>
        <translation>Añadir una e&amp;valuación...</translation>
    </message>
    <message>
        <source>Recommended &amp;before</source>
        <translation>Recomendada &amp;antes</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments to %1.</source>
        <translation>
            <numerusform>%n asignación a %1 retirada.</numerusform>
            <numerusform>%n asignaciones a %1 retiradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the recommendations…</source>
        <translation>Cargando las recomendaciones…</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recomendación</numerusform>
            <numerusform>%n recomendaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 seleccionadas</translation>
    </message>
    <message>
        <source>Assigned to %1: %2 new, %3 changed, %4 already assigned.</source>
        <translation>Asignadas a %1: %2 nuevas, %3 modificadas, %4 ya asignadas.</translation>
    </message>
    <message>
        <source>Add assessment of %1</source>
        <translation>Añadir una evaluación de %1</translation>
    </message>
</context>
<context>
    <name>RecommendedBeforePanel</name>
    <message>
        <source>Select a recommendation to see what was recommended before.</source>
        <translation>Seleccione una recomendación para ver lo que se recomendó antes.</translation>
    </message>
    <message>
        <source>Recommended before</source>
        <translation>Recomendada antes</translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation>&amp;Confirmar el vínculo</translation>
    </message>
    <message>
        <source>The selected earlier recommendation was recommended before this one</source>
        <translation>La recomendación anterior seleccionada ya se había hecho antes que esta</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Not the same recommendation: it is not suggested again</source>
        <translation>No es la misma recomendación: no se volverá a sugerir</translation>
    </message>
    <message>
        <source>Confirm all abo&amp;ve...</source>
        <translation>Confirmar todo por enc&amp;ima...</translation>
    </message>
    <message>
        <source>Preview, then confirm the best suggestion of every recommendation of this cycle above a score</source>
        <translation>Previsualizar y luego confirmar la mejor sugerencia de cada recomendación de este ciclo por encima de una puntuación</translation>
    </message>
    <message>
        <source>Assign its cl&amp;uster...</source>
        <translation>Asignar su gr&amp;upo...</translation>
    </message>
    <message>
        <source>Near-duplicates from other States in the same cycle: assign them all to a group at once</source>
        <translation>Casi duplicados de otros Estados en el mismo ciclo: asignarlos todos a un grupo de una vez</translation>
    </message>
    <message>
        <source>Nothing recommended in an earlier cycle of this State comes close to %1.</source>
        <translation>Ninguna recomendación de un ciclo anterior de este Estado se parece a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed predecessors of %1: %n. Select a suggestion, then confirm or reject it.</source>
        <translation>
            <numerusform>Antecedentes confirmados de %1: %n. Seleccione una sugerencia y luego confírmela o recházela.</numerusform>
            <numerusform>Antecedentes confirmados de %1: %n. Seleccione una sugerencia y luego confírmela o recházela.</numerusform>
        </translation>
    </message>
    <message>
        <source>No near-duplicate of this recommendation in its cycle.</source>
        <translation>No hay casi duplicados de esta recomendación en su ciclo.</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Links to earlier cycles confirmed: %n.</source>
        <translation>
            <numerusform>Vínculos con ciclos anteriores confirmados: %n.</numerusform>
            <numerusform>Vínculos con ciclos anteriores confirmados: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Implementation (mid-term assessment)</source>
        <translation>Aplicación (evaluación de mitad de período)</translation>
    </message>
    <message>
        <source>Coverage by member groups</source>
        <translation>Cobertura por los grupos miembros</translation>
    </message>
    <message>
        <source>Consultations and follow-up actions</source>
        <translation>Consultas y acciones de seguimiento</translation>
    </message>
    <message>
        <source>Cycle to cycle (latest cycle: response history, recommended before)</source>
        <translation>De un ciclo a otro (último ciclo: historial de respuestas, recomendada antes)</translation>
    </message>
    <message>
        <source>All member groups</source>
        <translation>Todos los grupos miembros</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>All cycles (the cycle report: the latest)</source>
        <translation>Todos los ciclos (informe del ciclo: el último)</translation>
    </message>
    <message>
        <source>Only since</source>
        <translation>Solo desde el</translation>
    </message>
    <message>
        <source>Only assessments, consultations and actions since this date</source>
        <translation>Solo las evaluaciones, consultas y acciones desde esta fecha</translation>
    </message>
    <message>
        <source>Include sensitive fields (government participants, contact details, confidential records)</source>
        <translation>Incluir campos sensibles (participantes oficiales, contactos, registros confidenciales)</translation>
    </message>
    <message>
        <source>The report will say that it contains sensitive fields. Share it only inside the coalition.</source>
        <translation>El informe indicará que contiene campos sensibles. Compártalo solo dentro de la coalición.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Member group:</source>
        <translation>&amp;Grupo miembro:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;iclo:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Save as &amp;Excel workbook...</source>
        <translation>Guardar como libro de &amp;Excel...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Guardar como P&amp;DF...</translation>
    </message>
    <message>
        <source>Save as &amp;HTML page...</source>
        <translation>Guardar como página &amp;HTML...</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Ciclo %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more sections in the saved report.</source>
        <translation>
            <numerusform>… y %n sección más en el informe guardado.</numerusform>
            <numerusform>… y %n secciones más en el informe guardado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Escribiendo el informe</translation>
    </message>
</context>
<context>
    <name>RowErrorsModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>Por qué no se importa</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>%1 is locked. Enter its passphrase to continue.</source>
        <translation>%1 está bloqueado. Introduzca su frase de contraseña para continuar.</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Se&amp;guridad</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase...</source>
        <translation>&amp;Proteger con una frase de contraseña...</translation>
    </message>
    <message>
        <source>&amp;Change passphrase...</source>
        <translation>&amp;Cambiar la frase de contraseña...</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase...</source>
        <translation>&amp;Quitar la frase de contraseña...</translation>
    </message>
    <message>
        <source>&amp;Forget the key on this computer</source>
        <translation>&amp;Olvidar la clave en este equipo</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Cannot remember the passphrase on this computer: %1.</source>
        <translation>No se puede recordar la frase de contraseña en este equipo: %1.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <source>The workspace and its backups will be encrypted. A backup is taken first.</source>
        <translation>El espacio de trabajo y sus copias de seguridad se cifrarán. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>The workspace is now protected by a passphrase.</source>
        <translation>El espacio de trabajo está ahora protegido por una frase de contraseña.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The workspace and its backups will be re-encrypted with the new passphrase. A backup is taken first.</source>
        <translation>El espacio de trabajo y sus copias de seguridad se volverán a cifrar con la nueva frase de contraseña. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <source>The workspace and its backups will be stored without encryption: anyone with this computer can read them.</source>
        <translation>El espacio de trabajo y sus copias de seguridad se guardarán sin cifrar: cualquiera con acceso a este equipo podrá leerlos.</translation>
    </message>
    <message>
        <source>The workspace is no longer encrypted.</source>
        <translation>El espacio de trabajo ya no está cifrado.</translation>
    </message>
    <message>
        <source>The key was removed from this computer.</source>
        <translation>Se quitó la clave de este equipo.</translation>
    </message>
    <message>
        <source>No key was remembered on this computer.</source>
        <translation>No había ninguna clave recordada en este equipo.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring; anyone using this computer account can open the workspace.</source>
        <translation>La clave se guarda en el llavero de este equipo; cualquiera que use esta cuenta puede abrir el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot remember the passphrase on this computer: %1. You will be asked for it each time.</source>
        <translation>No se puede recordar la frase de contraseña en este equipo: %1. Se le pedirá cada vez.</translation>
    </message>
    <message>
        <source>Wait a moment before trying again.</source>
        <translation>Espere un momento antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Introduzca la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters; a few unrelated words are best.</source>
        <translation>La nueva frase de contraseña necesita al menos %1 caracteres; lo mejor son unas cuantas palabras sin relación.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de contraseña es igual a la actual.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Same as the computer</source>
        <translation>Igual que el ordenador</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Next to the workspace file (default)</source>
        <translation>Junto al archivo del espacio de trabajo (predeterminado)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Checking the keyring...</source>
        <translation>Comprobando el llavero...</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Tamaño del texto en puntos</translation>
    </message>
    <message>
        <source>Ctrl+= and Ctrl+- change it from anywhere; Ctrl+0 goes back to normal.</source>
        <translation>Ctrl+= y Ctrl+- lo cambian desde cualquier lugar; Ctrl+0 vuelve al normal.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Carpeta de copias de seguridad:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Where automatic and manual backups go. Choose a folder on another disk to survive a disk failure.</source>
        <translation>Dónde se guardan las copias automáticas y manuales. Elija una carpeta en otro disco para sobrevivir a una avería del disco.</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Bloquear tras &amp;inactividad:</translation>
    </message>
    <message>
        <source>Minutes before the workspace locks</source>
        <translation>Minutos antes de que se bloquee el espacio de trabajo</translation>
    </message>
    <message>
        <source>A protected workspace locks itself after this many minutes without use.</source>
        <translation>Un espacio de trabajo protegido se bloquea tras estos minutos sin uso.</translation>
    </message>
    <message>
        <source>Keyring:</source>
        <translation>Llavero:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Configuración&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A new language applies when you press Apply: the window is rebuilt and your workspace stays open.</source>
        <translation>Un nuevo idioma se aplica al pulsar Aplicar: la ventana se reconstruye y su espacio de trabajo sigue abierto.</translation>
    </message>
    <message>
        <source>A new language applies the next time UPR Desktop starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie UPR Desktop.</translation>
    </message>
    <message>
        <source>✔ Passphrases can be remembered on this computer (%1).</source>
        <translation>✔ Las frases de contraseña pueden recordarse en este ordenador (%1).</translation>
    </message>
    <message>
        <source>✖ Passphrases cannot be remembered on this computer: %1. You will type the passphrase when you open a protected workspace.</source>
        <translation>✖ Las frases de contraseña no pueden recordarse en este ordenador: %1. Escribirá la frase al abrir un espacio de trabajo protegido.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it first or choose another folder.</source>
        <translation>La carpeta de copias de seguridad %1 no existe. Créela primero o elija otra carpeta.</translation>
    </message>
    <message>
        <source>UPR Desktop cannot write in the backup folder %1. Choose a folder you can write to.</source>
        <translation>UPR Desktop no puede escribir en la carpeta de copias de seguridad %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Settings saved; switching the language...</source>
        <translation>Configuración guardada; cambiando el idioma...</translation>
    </message>
    <message>
        <source>Settings saved. Restart UPR Desktop to see the new language.</source>
        <translation>Configuración guardada. Reinicie UPR Desktop para ver el nuevo idioma.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>Recomendación anterior</translation>
    </message>
    <message>
        <source>Response then</source>
        <translation>Respuesta entonces</translation>
    </message>
    <message>
        <source>Status then</source>
        <translation>Estado desde entonces</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>%1 (cycle %2)</source>
        <translation>%1 (ciclo %2)</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Asylum-seekers - refugees</source>
        <translation>Solicitantes de asilo - refugiados</translation>
    </message>
    <message>
        <source>Business &amp; Human rights</source>
        <translation>Empresas y derechos humanos</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Cooperation with OHCHR</source>
        <translation>Cooperación con el ACNUDH</translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation>Corrupción</translation>
    </message>
    <message>
        <source>Counter-terrorism</source>
        <translation>Lucha contra el terrorismo</translation>
    </message>
    <message>
        <source>CP rights - general</source>
        <translation>Derechos civiles y políticos - general</translation>
    </message>
    <message>
        <source>Death penalty</source>
        <translation>Pena de muerte</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Elecciones</translation>
    </message>
    <message>
        <source>Enforced disappearances</source>
        <translation>Desapariciones forzadas</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Medio ambiente</translation>
    </message>
    <message>
        <source>ESC rights - general</source>
        <translation>Derechos económicos, sociales y culturales - general</translation>
    </message>
    <message>
        <source>Extrajudicial executions</source>
        <translation>Ejecuciones extrajudiciales</translation>
    </message>
    <message>
        <source>Freedom of association and peaceful assembly</source>
        <translation>Libertad de asociación y de reunión pacífica</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>Libertad de circulación</translation>
    </message>
    <message>
        <source>Freedom of opinion and expression</source>
        <translation>Libertad de opinión y de expresión</translation>
    </message>
    <message>
        <source>Freedom of religion and belief</source>
        <translation>Libertad de religión y de creencias</translation>
    </message>
    <message>
        <source>Freedom of the press</source>
        <translation>Libertad de prensa</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>HIV - Aids</source>
        <translation>VIH - sida</translation>
    </message>
    <message>
        <source>Human rights defenders</source>
        <translation>Defensores de los derechos humanos</translation>
    </message>
    <message>
        <source>Human rights education and training</source>
        <translation>Educación y formación en derechos humanos</translation>
    </message>
    <message>
        <source>Human rights violations by state agents</source>
        <translation>Violaciones de derechos humanos por agentes del Estado</translation>
    </message>
    <message>
        <source>Impunity</source>
        <translation>Impunidad</translation>
    </message>
    <message>
        <source>Indigenous peoples</source>
        <translation>Pueblos indígenas</translation>
    </message>
    <message>
        <source>Internally displaced persons</source>
        <translation>Desplazados internos</translation>
    </message>
    <message>
        <source>International humanitarian law</source>
        <translation>Derecho internacional humanitario</translation>
    </message>
    <message>
        <source>International instruments</source>
        <translation>Instrumentos internacionales</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justicia</translation>
    </message>
    <message>
        <source>Juvenile justice</source>
        <translation>Justicia juvenil</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrantes</translation>
    </message>
    <message>
        <source>Minorities</source>
        <translation>Minorías</translation>
    </message>
    <message>
        <source>National plan of action</source>
        <translation>Plan de acción nacional</translation>
    </message>
    <message>
        <source>NHRI</source>
        <translation>INDH</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>Pobreza</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>Seguridad pública</translation>
    </message>
    <message>
        <source>Racial discrimination</source>
        <translation>Discriminación racial</translation>
    </message>
    <message>
        <source>Right to education</source>
        <translation>Derecho a la educación</translation>
    </message>
    <message>
        <source>Right to food</source>
        <translation>Derecho a la alimentación</translation>
    </message>
    <message>
        <source>Right to health</source>
        <translation>Derecho a la salud</translation>
    </message>
    <message>
        <source>Right to housing</source>
        <translation>Derecho a la vivienda</translation>
    </message>
    <message>
        <source>Right to land</source>
        <translation>Derecho a la tierra</translation>
    </message>
    <message>
        <source>Right to water</source>
        <translation>Derecho al agua</translation>
    </message>
    <message>
        <source>Rights of the Child</source>
        <translation>Derechos del niño</translation>
    </message>
    <message>
        <source>Sexual Orientation and Gender Identity</source>
        <translation>Orientación sexual e identidad de género</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>Procedimientos especiales</translation>
    </message>
    <message>
        <source>Statelessness</source>
        <translation>Apatridia</translation>
    </message>
    <message>
        <source>Technical assistance and cooperation</source>
        <translation>Asistencia técnica y cooperación</translation>
    </message>
    <message>
        <source>Torture and other CID treatment</source>
        <translation>Tortura y otros tratos crueles, inhumanos o degradantes</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Trata de personas</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>Órganos de tratados</translation>
    </message>
    <message>
        <source>UPR process</source>
        <translation>Proceso del EPU</translation>
    </message>
    <message>
        <source>Women&apos;s rights</source>
        <translation>Derechos de la mujer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Scope of international obligations</source>
        <translation>Alcance de las obligaciones internacionales</translation>
    </message>
    <message>
        <source>Acceptance of international norms</source>
        <translation>Aceptación de las normas internacionales</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Cooperation with human rights mechanisms and institutions</source>
        <translation>Cooperación con los mecanismos e instituciones de derechos humanos</translation>
    </message>
    <message>
        <source>Cooperation with treaty bodies</source>
        <translation>Cooperación con los órganos de tratados</translation>
    </message>
    <message>
        <source>Cooperation with special procedures</source>
        <translation>Cooperación con los procedimientos especiales</translation>
    </message>
    <message>
        <source>Cooperation with other international mechanisms and institutions</source>
        <translation>Cooperación con otros mecanismos e instituciones internacionales</translation>
    </message>
    <message>
        <source>Inter-State cooperation &amp; development assistance</source>
        <translation>Cooperación entre Estados y asistencia para el desarrollo</translation>
    </message>
    <message>
        <source>Legal, institutional and policy framework</source>
        <translation>Marco jurídico, institucional y de políticas</translation>
    </message>
    <message>
        <source>Constitutional and legislative framework</source>
        <translation>Marco constitucional y legislativo</translation>
    </message>
    <message>
        <source>Institutions &amp; policies - General</source>
        <translation>Instituciones y políticas - general</translation>
    </message>
    <message>
        <source>Human rights policies</source>
        <translation>Políticas de derechos humanos</translation>
    </message>
    <message>
        <source>Structure of the national human rights machinery</source>
        <translation>Estructura del mecanismo nacional de derechos humanos</translation>
    </message>
    <message>
        <source>National Human Rights Institution (NHRI)</source>
        <translation>Institución nacional de derechos humanos (INDH)</translation>
    </message>
    <message>
        <source>National Plans of Action on Human Rights (or specific areas)</source>
        <translation>Planes de acción nacionales de derechos humanos (o de ámbitos específicos)</translation>
    </message>
    <message>
        <source>Good governance</source>
        <translation>Buena gobernanza</translation>
    </message>
    <message>
        <source>Human rights education, trainings and awareness raising</source>
        <translation>Educación, formación y sensibilización en materia de derechos humanos</translation>
    </message>
    <message>
        <source>Human rights education - general</source>
        <translation>Educación en derechos humanos - general</translation>
    </message>
    <message>
        <source>Human rights education - in schools</source>
        <translation>Educación en derechos humanos - en las escuelas</translation>
    </message>
    <message>
        <source>Professional training in human rights</source>
        <translation>Formación profesional en derechos humanos</translation>
    </message>
    <message>
        <source>Awareness raising and dissemination</source>
        <translation>Sensibilización y difusión</translation>
    </message>
    <message>
        <source>Context, statistics, budget, civil society</source>
        <translation>Contexto, estadísticas, presupuesto, sociedad civil</translation>
    </message>
    <message>
        <source>Cooperation with civil society</source>
        <translation>Cooperación con la sociedad civil</translation>
    </message>
    <message>
        <source>Statistics and indicators</source>
        <translation>Estadísticas e indicadores</translation>
    </message>
    <message>
        <source>Budget and resources (for human rights implementation)</source>
        <translation>Presupuesto y recursos (para hacer efectivos los derechos humanos)</translation>
    </message>
    <message>
        <source>International criminal and humanitarian law</source>
        <translation>Derecho penal internacional y derecho internacional humanitario</translation>
    </message>
    <message>
        <source>Right to self-determination</source>
        <translation>Derecho a la libre determinación</translation>
    </message>
    <message>
        <source>Equality and non-discrimination</source>
        <translation>Igualdad y no discriminación</translation>
    </message>
    <message>
        <source>Equality &amp; non-discrimination</source>
        <translation>Igualdad y no discriminación</translation>
    </message>
    <message>
        <source>Right to development</source>
        <translation>Derecho al desarrollo</translation>
    </message>
    <message>
        <source>Right to a remedy</source>
        <translation>Derecho a un recurso</translation>
    </message>
    <message>
        <source>Right to an effective remedy</source>
        <translation>Derecho a un recurso efectivo</translation>
    </message>
    <message>
        <source>Business &amp; Human Rights</source>
        <translation>Empresas y derechos humanos</translation>
    </message>
    <message>
        <source>Human rights and environmental issues</source>
        <translation>Derechos humanos y cuestiones ambientales</translation>
    </message>
    <message>
        <source>Human rights &amp; counter-terrorism</source>
        <translation>Derechos humanos y lucha contra el terrorismo</translation>
    </message>
    <message>
        <source>Human rights &amp; use of mercenaries</source>
        <translation>Derechos humanos y utilización de mercenarios</translation>
    </message>
    <message>
        <source>Civil &amp; political rights - general measures of implementation</source>
        <translation>Derechos civiles y políticos - medidas generales de aplicación</translation>
    </message>
    <message>
        <source>Right to physical and moral integrity</source>
        <translation>Derecho a la integridad física y moral</translation>
    </message>
    <message>
        <source>Right to life</source>
        <translation>Derecho a la vida</translation>
    </message>
    <message>
        <source>Extrajudicial, summary or arbitrary executions</source>
        <translation>Ejecuciones extrajudiciales, sumarias o arbitrarias</translation>
    </message>
    <message>
        <source>Prohibition of torture and cruel, inhuman or degrading treatment</source>
        <translation>Prohibición de la tortura y de los tratos crueles, inhumanos o degradantes</translation>
    </message>
    <message>
        <source>Conditions of detention</source>
        <translation>Condiciones de detención</translation>
    </message>
    <message>
        <source>Prohibition of slavery, trafficking</source>
        <translation>Prohibición de la esclavitud, trata de personas</translation>
    </message>
    <message>
        <source>Gender-based violence</source>
        <translation>Violencia de género</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Violencia doméstica</translation>
    </message>
    <message>
        <source>Liberty and security of the person</source>
        <translation>Libertad y seguridad de la persona</translation>
    </message>
    <message>
        <source>Liberty and security - general</source>
        <translation>Libertad y seguridad - general</translation>
    </message>
    <message>
        <source>Arbitrary arrest and detention</source>
        <translation>Arresto y detención arbitrarios</translation>
    </message>
    <message>
        <source>Fundamental freedoms</source>
        <translation>Libertades fundamentales</translation>
    </message>
    <message>
        <source>Freedom of thought, conscience and religion</source>
        <translation>Libertad de pensamiento, de conciencia y de religión</translation>
    </message>
    <message>
        <source>Right to peaceful assembly</source>
        <translation>Derecho de reunión pacífica</translation>
    </message>
    <message>
        <source>Freedom of association</source>
        <translation>Libertad de asociación</translation>
    </message>
    <message>
        <source>Administration of justice</source>
        <translation>Administración de justicia</translation>
    </message>
    <message>
        <source>Administration of justice &amp; fair trial</source>
        <translation>Administración de justicia y juicio imparcial</translation>
    </message>
    <message>
        <source>Rights related to name, identity, nationality</source>
        <translation>Derechos relacionados con el nombre, la identidad y la nacionalidad</translation>
    </message>
    <message>
        <source>Right to participation in public affairs and right to vote</source>
        <translation>Derecho a participar en los asuntos públicos y derecho de voto</translation>
    </message>
    <message>
        <source>Rights related to marriage &amp; family</source>
        <translation>Derechos relacionados con el matrimonio y la familia</translation>
    </message>
    <message>
        <source>Economic, social &amp; cultural rights - general measures of implementation</source>
        <translation>Derechos económicos, sociales y culturales - medidas generales de aplicación</translation>
    </message>
    <message>
        <source>Right to an adequate standard of living</source>
        <translation>Derecho a un nivel de vida adecuado</translation>
    </message>
    <message>
        <source>Right to an adequate standard of living - general</source>
        <translation>Derecho a un nivel de vida adecuado - general</translation>
    </message>
    <message>
        <source>Right to adequate housing</source>
        <translation>Derecho a una vivienda adecuada</translation>
    </message>
    <message>
        <source>Right to social security</source>
        <translation>Derecho a la seguridad social</translation>
    </message>
    <message>
        <source>Human rights &amp; extreme poverty</source>
        <translation>Derechos humanos y pobreza extrema</translation>
    </message>
    <message>
        <source>Human rights &amp; drinking water and sanitation</source>
        <translation>Derechos humanos, agua potable y saneamiento</translation>
    </message>
    <message>
        <source>Labour rights</source>
        <translation>Derechos laborales</translation>
    </message>
    <message>
        <source>Right to work</source>
        <translation>Derecho al trabajo</translation>
    </message>
    <message>
        <source>Right to just and favourable conditions of work</source>
        <translation>Derecho a condiciones de trabajo equitativas y satisfactorias</translation>
    </message>
    <message>
        <source>Right to health - General</source>
        <translation>Derecho a la salud - general</translation>
    </message>
    <message>
        <source>Access to health-care (general)</source>
        <translation>Acceso a la atención de la salud (general)</translation>
    </message>
    <message>
        <source>Access to sexual and reproductive health and services</source>
        <translation>Acceso a la salud sexual y reproductiva y a los servicios correspondientes</translation>
    </message>
    <message>
        <source>Right to education - General</source>
        <translation>Derecho a la educación - general</translation>
    </message>
    <message>
        <source>Rights to protection of property; financial credit</source>
        <translation>Derecho a la protección de la propiedad; crédito financiero</translation>
    </message>
    <message>
        <source>Cultural rights</source>
        <translation>Derechos culturales</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Advancement of women</source>
        <translation>Adelanto de la mujer</translation>
    </message>
    <message>
        <source>Discrimination against women</source>
        <translation>Discriminación contra la mujer</translation>
    </message>
    <message>
        <source>Violence against women</source>
        <translation>Violencia contra la mujer</translation>
    </message>
    <message>
        <source>Participation of women in political and public life</source>
        <translation>Participación de la mujer en la vida política y pública</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Children: definition; general principles; protection</source>
        <translation>Niños: definición; principios generales; protección</translation>
    </message>
    <message>
        <source>Children: family environment and alternative care</source>
        <translation>Niños: entorno familiar y modalidades alternativas de cuidado</translation>
    </message>
    <message>
        <source>Children: protection against exploitation</source>
        <translation>Niños: protección contra la explotación</translation>
    </message>
    <message>
        <source>Children: juvenile justice</source>
        <translation>Niños: justicia juvenil</translation>
    </message>
    <message>
        <source>Children in armed conflict</source>
        <translation>Niños en los conflictos armados</translation>
    </message>
    <message>
        <source>Persons with disabilities</source>
        <translation>Personas con discapacidad</translation>
    </message>
    <message>
        <source>Persons with disabilities: definition, general principles</source>
        <translation>Personas con discapacidad: definición, principios generales</translation>
    </message>
    <message>
        <source>Members of minorities</source>
        <translation>Personas pertenecientes a minorías</translation>
    </message>
    <message>
        <source>Refugees &amp; asylum seekers</source>
        <translation>Refugiados y solicitantes de asilo</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>Definir los temas de %n recomendación</numerusform>
            <numerusform>Definir los temas de %n recomendaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes separated by commas</source>
        <translation>Temas separados por comas</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>&amp;Replace their current themes (otherwise add to them)</source>
        <translation>&amp;Reemplazar sus temas actuales (si no, se añaden)</translation>
    </message>
    <message>
        <source>Set themes</source>
        <translation>Definir los temas</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Supported</source>
        <translation>Apoyada</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotada</translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation>Apoyada parcialmente</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>No aplicada</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Aplicada parcialmente</translation>
    </message>
    <message>
        <source>Fully implemented</source>
        <translation>Plenamente aplicada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Written submission</source>
        <translation>Contribución escrita</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>1 - Minimal action</source>
        <translation>1 - Acción mínima</translation>
    </message>
    <message>
        <source>2 - Continuing action</source>
        <translation>2 - Acción continua</translation>
    </message>
    <message>
        <source>3 - Considering action</source>
        <translation>3 - Acción en consideración</translation>
    </message>
    <message>
        <source>4 - General action</source>
        <translation>4 - Acción general</translation>
    </message>
    <message>
        <source>5 - Specific action</source>
        <translation>5 - Acción específica</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluada</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>UPR Desktop workspace (*.uprw);;All files (*)</source>
        <translation>Espacio de trabajo de UPR Desktop (*.uprw);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Give the workspace a name, e.g. your coalition&apos;s name.</source>
        <translation>Dé un nombre al espacio de trabajo, por ejemplo el de su coalición.</translation>
    </message>
    <message>
        <source>Choose the State under Review from the list of UN member States.</source>
        <translation>Elija el Estado examinado en la lista de Estados miembros de la ONU.</translation>
    </message>
    <message>
        <source>A file already exists at %1; choose another place.</source>
        <translation>Ya existe un archivo en %1; elija otro lugar.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>e.g. Thai UPR Coalition</source>
        <translation>p. ej. Coalición EPU Tailandia</translation>
    </message>
    <message>
        <source>Type to search the UN member States</source>
        <translation>Escriba para buscar entre los Estados miembros de la ONU</translation>
    </message>
    <message>
        <source>Chosen for you from the name</source>
        <translation>Elegido a partir del nombre</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nombre del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;State under Review:</source>
        <translation>&amp;Estado examinado:</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>Estado examinado</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>Ciclo del EPU</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Archivo del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Dónde guardar el espacio de trabajo</translation>
    </message>
    <message>
        <source>UPR Desktop</source>
        <translation>UPR Desktop</translation>
    </message>
    <message>
        <source>Follow up on the Universal Periodic Review with your coalition: recommendations, assessments, consultations and exchanges with member groups, all on this computer.</source>
        <translation>Haga el seguimiento del Examen Periódico Universal con su coalición: recomendaciones, evaluaciones, consultas e intercambios con los grupos miembros, todo en este ordenador.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espacios de trabajo &amp;recientes</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>No workspace opened yet.</source>
        <translation>Todavía no se ha abierto ningún espacio de trabajo.</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Nuevo espacio de trabajo...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>Try the &amp;demo coalition</source>
        <translation>Probar la coalición de &amp;demostración</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <source>Workspace status</source>
        <translation>Estado del espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Protected by a passphrase</source>
        <translation>Protegido con una frase de contraseña</translation>
    </message>
    <message>
        <source>On the server: %1</source>
        <translation>En el servidor: %1</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Sin protección</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última copia de seguridad: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aún no hay copia de seguridad</translation>
    </message>
    <message>
        <source>Local changes: %1</source>
        <translation>Cambios locales: %1</translation>
    </message>
    <message>
        <source>Changes made here since the workspace was created or last merged</source>
        <translation>Cambios hechos aquí desde que se creó el espacio de trabajo o desde la última fusión</translation>
    </message>
</context>
<context>
    <name>upr_desktop</name>
    <message>
        <source>No backup called {name}. List them with: upr-desktop backups</source>
        <translation>No hay ninguna copia de seguridad llamada {name}. Lístelas con: upr-desktop backups</translation>
    </message>
    <message>
        <source>There is no backup of {path} yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad de {path}.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged too; choose an older one.</source>
        <translation>La copia de seguridad {path} también está dañada; elija una más antigua.</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {reason}</source>
        <translation>No se puede leer la copia de seguridad {path}: {reason}</translation>
    </message>
    <message>
        <source>The change log names an unknown table &apos;{entity}&apos;.</source>
        <translation>El registro de cambios menciona una tabla desconocida «{entity}».</translation>
    </message>
    <message>
        <source>There is no change number {id}.</source>
        <translation>No hay ningún cambio número {id}.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was already undone.</source>
        <translation>«{label}» ya se deshizo.</translation>
    </message>
    <message>
        <source>Cannot undo &apos;{label}&apos;: later changes touched the same data: {listed}. Use --force to undo it anyway.</source>
        <translation>No se puede deshacer «{label}»: cambios posteriores afectaron a los mismos datos: {listed}. Use --force para deshacerlo de todos modos.</translation>
    </message>
    <message>
        <source>Undo: {label}</source>
        <translation>Deshacer: {label}</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <source>Redo: {label}</source>
        <translation>Rehacer: {label}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {kind}; use one of: {accepted}.</source>
        <translation>«{value}» no es un valor conocido ({kind}); use uno de estos: {accepted}.</translation>
    </message>
    <message>
        <source>This consultation no longer exists (it may have been undone or deleted).</source>
        <translation>Esta consulta ya no existe (puede que se haya deshecho o eliminado).</translation>
    </message>
    <message>
        <source>consultation date</source>
        <translation>fecha de la consulta</translation>
    </message>
    <message>
        <source>The consultation date {date} is in the future. Log a consultation once it has taken place.</source>
        <translation>La fecha de la consulta {date} está en el futuro. Registre una consulta una vez celebrada.</translation>
    </message>
    <message>
        <source>Edit consultation with {body}</source>
        <translation>Editar la consulta con {body}</translation>
    </message>
    <message>
        <source>This follow-up action no longer exists (it may have been undone or deleted).</source>
        <translation>Esta acción de seguimiento ya no existe (puede que se haya deshecho o eliminado).</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>Editar la acción de seguimiento</translation>
    </message>
    <message>
        <source>That recommendation no longer exists; it may have been undone or merged away.</source>
        <translation>Esa recomendación ya no existe; puede que se haya deshecho o fusionado.</translation>
    </message>
    <message>
        <source>Assess {ref}: {status}</source>
        <translation>Evaluar {ref}: {status}</translation>
    </message>
    <message>
        <source>The assessment date {date} is in the future.</source>
        <translation>La fecha de evaluación {date} está en el futuro.</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>fecha de la evaluación</translation>
    </message>
    <message>
        <source>Say which recommendations: --ref REF..., --theme THEME or --all (exactly one).</source>
        <translation>Indique qué recomendaciones: --ref REF..., --theme TEMA o --all (exactamente una de estas opciones).</translation>
    </message>
    <message>
        <source>There are no recommendations to assign.</source>
        <translation>No hay ninguna recomendación que asignar.</translation>
    </message>
    <message>
        <source>No theme called &apos;{theme}&apos;.</source>
        <translation>No hay ningún tema llamado «{theme}».</translation>
    </message>
    <message>
        <source>government body</source>
        <translation>órgano gubernamental</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>A consultation needs a date (--date YYYY-MM-DD).</source>
        <translation>Una consulta necesita una fecha (--date AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Log consultation with {body} on {date}</source>
        <translation>Registrar la consulta con {body} del {date}</translation>
    </message>
    <message>
        <source>Consultations have no field {fields}.</source>
        <translation>Las consultas no tienen el campo {fields}.</translation>
    </message>
    <message>
        <source>Delete consultation with {body}</source>
        <translation>Eliminar la consulta con {body}</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>Add follow-up action</source>
        <translation>Añadir acción de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up actions have no field {fields}.</source>
        <translation>Las acciones de seguimiento no tienen el campo {fields}.</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>Eliminar la acción de seguimiento</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>sigla</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nombre del grupo</translation>
    </message>
    <message>
        <source>{assignments} assignments will be removed; {assessments} assessments, {consultations} consultations and {actions} follow-up actions will keep their content but lose their group.</source>
        <translation>Se quitarán {assignments} asignaciones; {assessments} evaluaciones, {consultations} consultas y {actions} acciones de seguimiento conservarán su contenido pero perderán su grupo.</translation>
    </message>
    <message>
        <source>The acronym &apos;{acronym}&apos; must be one word of at most 30 characters.</source>
        <translation>La sigla «{acronym}» debe ser una sola palabra de 30 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A member group with acronym &apos;{acronym}&apos; already exists ({name}).</source>
        <translation>Ya existe un grupo miembro con la sigla «{acronym}» ({name}).</translation>
    </message>
    <message>
        <source>Add member group {acronym}</source>
        <translation>Añadir el grupo miembro {acronym}</translation>
    </message>
    <message>
        <source>Member groups have no field {fields}.</source>
        <translation>Los grupos miembros no tienen el campo {fields}.</translation>
    </message>
    <message>
        <source>Edit member group {acronym}</source>
        <translation>Editar el grupo miembro {acronym}</translation>
    </message>
    <message>
        <source>Remove member group {acronym}</source>
        <translation>Quitar el grupo miembro {acronym}</translation>
    </message>
    <message>
        <source>This file has no workspace record.</source>
        <translation>Este archivo no tiene registro de espacio de trabajo.</translation>
    </message>
    <message>
        <source>No recommendation with reference &apos;{ref}&apos;. List them with: upr-desktop recommendations list</source>
        <translation>No hay ninguna recomendación con la referencia «{ref}». Lístelas con: upr-desktop recommendations list</translation>
    </message>
    <message>
        <source>The reference &apos;{ref}&apos; names several recommendations; use its id ({ids}).</source>
        <translation>La referencia «{ref}» designa varias recomendaciones; use su id ({ids}).</translation>
    </message>
    <message>
        <source>Unknown recommendation references: {refs}. Nothing was changed.</source>
        <translation>Referencias de recomendaciones desconocidas: {refs}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>No member group with acronym &apos;{acronym}&apos;. List them with: upr-desktop groups list</source>
        <translation>No hay ningún grupo miembro con la sigla «{acronym}». Lístelos con: upr-desktop groups list</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Un tema necesita un nombre.</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>El campo «{what}» no puede estar vacío.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; write dates as YYYY-MM-DD, e.g. 2026-10-01.</source>
        <translation>«{value}» no es válido para «{what}»; escriba las fechas como AAAA-MM-DD, p. ej. 2026-10-01.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>texto de la recomendación</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; is not a UPR session number.</source>
        <translation>«{session}» no es un número de sesión del EPU.</translation>
    </message>
    <message>
        <source>The action category must be a number from 1 to 5, not &apos;{value}&apos;.</source>
        <translation>La categoría de acción debe ser un número del 1 al 5, no «{value}».</translation>
    </message>
    <message>
        <source>A recommendation with reference &apos;{ref}&apos; already exists.</source>
        <translation>Ya existe una recomendación con la referencia «{ref}».</translation>
    </message>
    <message>
        <source>Add recommendation {ref}</source>
        <translation>Añadir la recomendación {ref}</translation>
    </message>
    <message>
        <source>Recommendations have no editable field {fields}.</source>
        <translation>Las recomendaciones no tienen el campo editable {fields}.</translation>
    </message>
    <message>
        <source>Edit recommendation {ref}</source>
        <translation>Editar la recomendación {ref}</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Elija al menos una recomendación.</translation>
    </message>
    <message>
        <source>Delete recommendation {ref}</source>
        <translation>Eliminar la recomendación {ref}</translation>
    </message>
    <message>
        <source>Select at least one recommendation first.</source>
        <translation>Seleccione primero al menos una recomendación.</translation>
    </message>
    <message>
        <source>Type at least one theme, separated by commas.</source>
        <translation>Escriba al menos un tema, separados por comas.</translation>
    </message>
    <message>
        <source>Restore the newest backup with: upr-desktop --workspace &quot;{path}&quot; restore &quot;{backup}&quot;</source>
        <translation>Restaure la copia de seguridad más reciente con: upr-desktop --workspace &quot;{path}&quot; restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>No backup of it was found in {folder}.</source>
        <translation>No se encontró ninguna copia de seguridad de este archivo en {folder}.</translation>
    </message>
    <message>
        <source>The workspace {path} is damaged ({detail}). {advice}</source>
        <translation>El espacio de trabajo {path} está dañado ({detail}). {advice}</translation>
    </message>
    <message>
        <source>No workspace at {path}. Create one with: upr-desktop --workspace &quot;{path}&quot; init --name NAME --country STATE</source>
        <translation>No hay ningún espacio de trabajo en {path}. Cree uno con: upr-desktop --workspace &quot;{path}&quot; init --name NOMBRE --country ESTADO</translation>
    </message>
    <message>
        <source>The workspace {path} is protected by a passphrase.</source>
        <translation>El espacio de trabajo {path} está protegido por una frase de contraseña.</translation>
    </message>
    <message>
        <source>A workspace needs a name (--name).</source>
        <translation>Un espacio de trabajo necesita un nombre (--name).</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a UN member state. Use the name as the UN writes it, e.g. &apos;Thailand&apos; or &apos;Viet Nam&apos;.</source>
        <translation>«{country}» no es un Estado miembro de la ONU. Use el nombre como lo escribe la ONU en inglés, p. ej. &apos;Thailand&apos; o &apos;Viet Nam&apos;.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file or open it instead.</source>
        <translation>{path} ya existe; elija otro archivo o ábralo.</translation>
    </message>
    <message>
        <source>This workspace is open in another window (pid {pid}, host {host}). Close it there first, then try again.</source>
        <translation>Este espacio de trabajo está abierto en otra ventana (pid {pid}, equipo {host}). Ciérrelo primero allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a UPR Desktop workspace.</source>
        <translation>{path} es un archivo SQLite, pero no un espacio de trabajo de UPR Desktop.</translation>
    </message>
    <message>
        <source>{path} has no workspace record; it was not created by UPR Desktop.</source>
        <translation>{path} no tiene registro de espacio de trabajo; no lo creó UPR Desktop.</translation>
    </message>
    <message>
        <source>Backing up before upgrading the workspace</source>
        <translation>Copia de seguridad antes de actualizar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. Try again.</source>
        <translation>Frase de contraseña incorrecta para {path}. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. Try again. (If you are sure it is right, the file may be damaged: restore a backup with the same passphrase.)</source>
        <translation>Frase de contraseña incorrecta para {path}. Inténtelo de nuevo. (Si está seguro de que es correcta, puede que el archivo esté dañado: restaure una copia de seguridad con la misma frase de contraseña.)</translation>
    </message>
    <message>
        <source>Could not open {path} with its key ({error}).</source>
        <translation>No se pudo abrir {path} con su clave ({error}).</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>No se pudo leer {path}: {error}</translation>
    </message>
    <message>
        <source>no keyring service is running on this computer (no desktop session)</source>
        <translation>no hay ningún servicio de llavero en funcionamiento en este equipo (no hay sesión de escritorio)</translation>
    </message>
    <message>
        <source>the only keyring available ({backend}) keeps secrets in a file or asks for a password on a terminal; UPR Desktop does not use it</source>
        <translation>el único llavero disponible ({backend}) guarda los secretos en un archivo o pide una contraseña en un terminal; UPR Desktop no lo usa</translation>
    </message>
    <message>
        <source>no keyring backend is installed</source>
        <translation>no hay ningún módulo de llavero instalado</translation>
    </message>
    <message>
        <source>the keyring is turned off (UPR_DESKTOP_NO_KEYRING)</source>
        <translation>el llavero está desactivado (UPR_DESKTOP_NO_KEYRING)</translation>
    </message>
    <message>
        <source>Cannot remember keys on this computer: {reason}.</source>
        <translation>No se pueden recordar claves en este equipo: {reason}.</translation>
    </message>
    <message>
        <source>the keyring could not be loaded</source>
        <translation>no se pudo cargar el llavero</translation>
    </message>
    <message>
        <source>The keyring refused to store the key ({error}).</source>
        <translation>El llavero se negó a guardar la clave ({error}).</translation>
    </message>
    <message>
        <source>The workspace is locked; enter its passphrase to continue.</source>
        <translation>El espacio de trabajo está bloqueado; introduzca su frase de contraseña para continuar.</translation>
    </message>
    <message>
        <source>{path} is not a protected workspace.</source>
        <translation>{path} no es un espacio de trabajo protegido.</translation>
    </message>
    <message>
        <source>{path} is not protected.</source>
        <translation>{path} no está protegido.</translation>
    </message>
    <message>
        <source>No workspace at {path}.</source>
        <translation>No hay ningún espacio de trabajo en {path}.</translation>
    </message>
    <message>
        <source>{path} is already protected; use rekey to change its passphrase.</source>
        <translation>{path} ya está protegido; use rekey para cambiar su frase de contraseña.</translation>
    </message>
    <message>
        <source>{path} is not protected; use protect to give it a passphrase.</source>
        <translation>{path} no está protegido; use protect para darle una frase de contraseña.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters; a few unrelated words are best.</source>
        <translation>Una frase de contraseña necesita al menos {n} caracteres; lo mejor son unas cuantas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>The converted copy {path} did not check out; nothing was changed.</source>
        <translation>La copia convertida {path} no superó la comprobación; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Encrypting {name}</source>
        <translation>Cifrando {name}</translation>
    </message>
    <message>
        <source>Decrypting {name}</source>
        <translation>Descifrando {name}</translation>
    </message>
    <message>
        <source>Re-encrypting {name}</source>
        <translation>Volviendo a cifrar {name}</translation>
    </message>
    <message>
        <source>What would be removed has changed since it was confirmed; look at the list again.</source>
        <translation>Lo que se quitaría ha cambiado desde que se confirmó; vuelva a mirar la lista.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>(No key can be remembered here: {reason}.)</source>
        <translation>(Aquí no se puede recordar ninguna clave: {reason}.)</translation>
    </message>
    <message>
        <source>The workspace {path} is protected by a passphrase. Run the command in a terminal to be asked for it, or set {env} for scripts.</source>
        <translation>El espacio de trabajo {path} está protegido por una frase de contraseña. Ejecute el comando en un terminal para que se le pida, o defina {env} para los scripts.</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>Frase de contraseña de {name}: </translation>
    </message>
    <message>
        <source>{message} Next attempt in {seconds:.0f} s.</source>
        <translation>{message} Próximo intento en {seconds:.0f} s.</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Comparing with the workspace</source>
        <translation>Comparando con el espacio de trabajo</translation>
    </message>
    <message>
        <source>Adding recommendations</source>
        <translation>Añadiendo recomendaciones</translation>
    </message>
    <message>
        <source>the same recommendation as row {row}; skipped</source>
        <translation>la misma recomendación que la fila {row}; omitida</translation>
    </message>
    <message>
        <source>--map expects HEADER=FIELD pairs separated by commas, e.g. &quot;Texte=text,Pays=recommending_states&quot;; &apos;{part}&apos; is not one.</source>
        <translation>--map espera pares ENCABEZADO=CAMPO separados por comas, p. ej. &quot;Texte=text,Pays=recommending_states&quot;; «{part}» no lo es.</translation>
    </message>
    <message>
        <source>--map: &apos;{name}&apos; is not a field; use one of: {fields}.</source>
        <translation>--map: «{name}» no es un campo; use uno de estos: {fields}.</translation>
    </message>
    <message>
        <source>--map names a column &apos;{header}&apos; the file does not have; its columns are: {headers}.</source>
        <translation>--map menciona una columna «{header}» que el archivo no tiene; sus columnas son: {headers}.</translation>
    </message>
    <message>
        <source>Cannot import {file} as an OHCHR matrix: no table has the headers &apos;Recommendation&apos; and &apos;Position&apos; with a themes or SDGs column.</source>
        <translation>No se puede importar {file} como matriz del ACNUDH: ninguna tabla tiene los encabezados &apos;Recommendation&apos; y &apos;Position&apos; con una columna de temas u ODS.</translation>
    </message>
    <message>
        <source>the recommendation text is empty</source>
        <translation>el texto de la recomendación está vacío</translation>
    </message>
    <message>
        <source>the position (Supported or Noted) is empty</source>
        <translation>la posición (Supported o Noted) está vacía</translation>
    </message>
    <message>
        <source>Reading recommendations</source>
        <translation>Leyendo recomendaciones</translation>
    </message>
    <message>
        <source>Cannot import {file}: the workbook is damaged or incomplete ({reason}). Save it again from Excel.</source>
        <translation>No se puede importar {file}: el libro está dañado o incompleto ({reason}). Vuelva a guardarlo desde Excel.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the workbook is protected by a password. Remove the password in Excel, save, and import again.</source>
        <translation>No se puede importar {file}: el libro está protegido con contraseña. Quite la contraseña en Excel, guarde y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the JSON holds no list of recommendations.</source>
        <translation>No se puede importar {file}: el JSON no contiene ninguna lista de recomendaciones.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document holds no table. OHCHR matrices are one table of recommendations.</source>
        <translation>No se puede importar {file}: el documento de Word no contiene ninguna tabla. Las matrices del ACNUDH son una tabla de recomendaciones.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is empty (no cell holds anything).</source>
        <translation>No se puede importar {file}: el archivo está vacío (ninguna celda contiene nada).</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not valid JSON ({reason}); it may be truncated.</source>
        <translation>No se puede importar {file}: no es un JSON válido ({reason}); puede que esté truncado.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document cannot be opened ({reason}). Save it again from Word.</source>
        <translation>No se puede importar {file}: el documento de Word no se puede abrir ({reason}). Vuelva a guardarlo desde Word.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document is damaged ({reason}).</source>
        <translation>No se puede importar {file}: el documento de Word está dañado ({reason}).</translation>
    </message>
    <message>
        <source>table {number}</source>
        <translation>tabla {number}</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is too large to read on this computer.</source>
        <translation>No se puede importar {file}: es demasiado grande para leerlo en este equipo.</translation>
    </message>
    <message>
        <source>Unknown import format &apos;{name}&apos;; use one of: {formats}.</source>
        <translation>Formato de importación desconocido «{name}»; use uno de estos: {formats}.</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not a recognised format (UPR Info export, OHCHR matrix, UHRI export, or a table with a column of recommendation texts). If it is a table, name its columns with --map &quot;Header=text,...&quot; and --format table.</source>
        <translation>No se puede importar {file}: no es un formato reconocido (exportación de UPR Info, matriz del ACNUDH, exportación del IUDH o una tabla con una columna de textos de recomendaciones). Si es una tabla, nombre sus columnas con --map &quot;Encabezado=text,...&quot; y --format table.</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Leyendo {file}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Cannot import {file}: it holds no recommendations (only headers or empty rows).</source>
        <translation>No se puede importar {file}: no contiene ninguna recomendación (solo encabezados o filas vacías).</translation>
    </message>
    <message>
        <source>--country: &apos;{country}&apos; is not a UN member or observer State.</source>
        <translation>--country: «{country}» no es un Estado miembro u observador de la ONU.</translation>
    </message>
    <message>
        <source>Nothing in this file matched {state}{narrowing}; it holds: {listed}. Use --country STATE or --all-states.</source>
        <translation>Nada en este archivo corresponde a {state}{narrowing}; contiene: {listed}. Use --country ESTADO o --all-states.</translation>
    </message>
    <message>
        <source> with the cycle/session asked for</source>
        <translation> en el ciclo/la sesión indicados</translation>
    </message>
    <message>
        <source>Cannot import {file}: {reason}</source>
        <translation>No se puede importar {file}: {reason}</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>the file is larger than 1 GB; split the export into smaller files.</source>
        <translation>el archivo supera 1 GB; divida la exportación en archivos más pequeños.</translation>
    </message>
    <message>
        <source>the file is an empty archive.</source>
        <translation>el archivo es un archivo comprimido vacío.</translation>
    </message>
    <message>
        <source>it is not a valid {ext} file (it may be damaged, truncated or renamed).</source>
        <translation>no es un archivo {ext} válido (puede que esté dañado, truncado o renombrado).</translation>
    </message>
    <message>
        <source>the file is protected by a password. Open it in Excel or Word, remove the password (File &gt; Info &gt; Protect), save it and import it again.</source>
        <translation>el archivo está protegido con contraseña. Ábralo en Excel o Word, quite la contraseña (Archivo &gt; Información &gt; Proteger), guárdelo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>it is a zip archive but not an Excel, Word or OpenDocument file.</source>
        <translation>es un archivo zip, pero no un archivo de Excel, Word u OpenDocument.</translation>
    </message>
    <message>
        <source>Cannot import {file}: no column holds the recommendation text. Its columns are: {headers}. Say which one with --map &quot;HEADER=text&quot;.</source>
        <translation>No se puede importar {file}: ninguna columna contiene el texto de las recomendaciones. Sus columnas son: {headers}. Indique cuál con --map &quot;ENCABEZADO=text&quot;.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not a text file, a spreadsheet or a Word document.</source>
        <translation>No se puede importar {file}: no es un archivo de texto, ni una hoja de cálculo, ni un documento de Word.</translation>
    </message>
    <message>
        <source>Cannot import {file}: line {line} cannot be read as CSV ({reason}).</source>
        <translation>No se puede importar {file}: la línea {line} no se puede leer como CSV ({reason}).</translation>
    </message>
    <message>
        <source>the response &apos;{value}&apos; is not one of Supported, Noted, Supported/Noted (partially supported) or Pending</source>
        <translation>la respuesta «{value}» no es Supported, Noted, Supported/Noted (apoyada parcialmente) ni Pending</translation>
    </message>
    <message>
        <source>the session &apos;{value}&apos; is not a UPR session number</source>
        <translation>la sesión «{value}» no es un número de sesión del EPU</translation>
    </message>
    <message>
        <source>the cycle &apos;{value}&apos; is not a UPR cycle number</source>
        <translation>el ciclo «{value}» no es un número de ciclo del EPU</translation>
    </message>
    <message>
        <source>the action category &apos;{value}&apos; is not a number from 1 to 5</source>
        <translation>la categoría de acción «{value}» no es un número del 1 al 5</translation>
    </message>
    <message>
        <source>Names not on the UN list of States were kept as written: {listed}.</source>
        <translation>Los nombres que no están en la lista de Estados de la ONU se conservaron tal como estaban escritos: {listed}.</translation>
    </message>
    <message>
        <source>SDG entries that name no goal or target were left out: {listed}.</source>
        <translation>Se dejaron fuera las entradas de ODS que no indican ningún objetivo ni meta: {listed}.</translation>
    </message>
    <message>
        <source>Merge {file} from {group}</source>
        <translation>Fusionar {file} de {group}</translation>
    </message>
    <message>
        <source>--prefer takes &apos;ours&apos; or &apos;theirs&apos;, not &apos;{value}&apos;.</source>
        <translation>--prefer admite &apos;ours&apos; o &apos;theirs&apos;, no «{value}».</translation>
    </message>
    <message>
        <source>the text has {count} characters, more than {limit}; shorten it.</source>
        <translation>el texto tiene {count} caracteres, más de {limit}; acórtelo.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not in the {column} list ({labels}).</source>
        <translation>«{value}» no está en la lista «{column}» ({labels}).</translation>
    </message>
    <message>
        <source>{date} is in the future.</source>
        <translation>{date} está en el futuro.</translation>
    </message>
    <message>
        <source>unknown recommendation ref(s): {refs}.</source>
        <translation>referencia(s) de recomendación desconocida(s): {refs}.</translation>
    </message>
    <message>
        <source>{value} is a number, not a date; write the date as YYYY-MM-DD.</source>
        <translation>{value} es un número, no una fecha; escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write the date as YYYY-MM-DD.</source>
        <translation>«{value}» no es una fecha; escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; could be {first} or {second}; write the date as YYYY-MM-DD.</source>
        <translation>«{value}» podría ser {first} o {second}; escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Resolve conflict on {ref} {field}</source>
        <translation>Resolver el conflicto en {ref} {field}</translation>
    </message>
    <message>
        <source>Resolve a conflict with ours, theirs or an edited value, not &apos;{take}&apos;.</source>
        <translation>Resuelva un conflicto con ours, theirs o un valor editado, no «{take}».</translation>
    </message>
    <message>
        <source>There is no conflict number {id}. List them with: upr-desktop conflicts list</source>
        <translation>No hay ningún conflicto número {id}. Lístelos con: upr-desktop conflicts list</translation>
    </message>
    <message>
        <source>Conflict {id} belongs to a merge that was undone.</source>
        <translation>El conflicto {id} pertenece a una fusión que se deshizo.</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved ({how}).</source>
        <translation>El conflicto {id} ya se resolvió ({how}).</translation>
    </message>
    <message>
        <source>Resolve all conflicts with ours or theirs.</source>
        <translation>Resuelva todos los conflictos con ours o theirs.</translation>
    </message>
    <message>
        <source>Give the value to keep (--value).</source>
        <translation>Indique el valor que conservar (--value).</translation>
    </message>
    <message>
        <source>Conflict {id} ({field}): {reason}</source>
        <translation>Conflicto {id} ({field}): {reason}</translation>
    </message>
    <message>
        <source>UPR follow-up workbook for {group}</source>
        <translation>Libro de seguimiento del EPU para {group}</translation>
    </message>
    <message>
        <source>What to fill in</source>
        <translation>Qué rellenar</translation>
    </message>
    <message>
        <source>What not to touch</source>
        <translation>Qué no tocar</translation>
    </message>
    <message>
        <source>When you are done, save the file as it is (.xlsx) and send it back.</source>
        <translation>Cuando termine, guarde el archivo tal cual (.xlsx) y devuélvalo.</translation>
    </message>
    <message>
        <source>Please send it back by {deadline}.</source>
        <translation>Devuélvalo a más tardar el {deadline}.</translation>
    </message>
    <message>
        <source>This is a return prepared in the UPR Desktop app by {group}.</source>
        <translation>Esta es una devolución preparada en la aplicación UPR Desktop por {group}.</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Escribiendo {name}</translation>
    </message>
    <message>
        <source>The secretariat of {coalition}</source>
        <translation>La secretaría de {coalition}</translation>
    </message>
    <message>
        <source>{acronym} has no recommendations assigned; assign some first (upr-desktop assign --group {acronym} ...).</source>
        <translation>{acronym} no tiene recomendaciones asignadas; asígnele algunas primero (upr-desktop assign --group {acronym} ...).</translation>
    </message>
    <message>
        <source>None of the recommendations asked for is assigned to {acronym}.</source>
        <translation>Ninguna de las recomendaciones pedidas está asignada a {acronym}.</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>No member group has recommendations assigned yet.</source>
        <translation>Ningún grupo miembro tiene todavía recomendaciones asignadas.</translation>
    </message>
    <message>
        <source>Did you mean {names} or {last}?</source>
        <translation>¿Quiso decir {names} o {last}?</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>¿Quiso decir {name}?</translation>
    </message>
    <message>
        <source>A value stored in the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the damaged record, then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup.</source>
        <translation>Un valor guardado en el espacio de trabajo no se puede leer: el archivo está dañado. Ejecute `upr-desktop check` para encontrar el registro dañado y luego `upr-desktop export-json --salvage -o ARCHIVO` para salvar todo lo demás, o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Theme cluster</source>
        <translation>Grupo temático</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>Estado examinado</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Documento de origen</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Nota sobre la fuente</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>Estado de la evaluación</translation>
    </message>
    <message>
        <source>Assessment evidence</source>
        <translation>Evidencias de la evaluación</translation>
    </message>
    <message>
        <source>Assessment sources</source>
        <translation>Fuentes de la evaluación</translation>
    </message>
    <message>
        <source>Assessment comment</source>
        <translation>Comentario de la evaluación</translation>
    </message>
    <message>
        <source>Assessing group</source>
        <translation>Grupo evaluador</translation>
    </message>
    <message>
        <source>Confidential assessment</source>
        <translation>Evaluación confidencial</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Assignment note</source>
        <translation>Nota de la asignación</translation>
    </message>
    <message>
        <source>{field} changed from “{old}” to “{new}”</source>
        <translation>{field}: «{old}» cambiado a «{new}»</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{group}&apos;s assessment of {date} removed ({status})</source>
        <translation>Evaluación de {group} del {date} retirada ({status})</translation>
    </message>
    <message>
        <source>Assigned to {group} as {role}</source>
        <translation>Asignada a {group} ({role})</translation>
    </message>
    <message>
        <source>Theme {theme} removed</source>
        <translation>Tema «{theme}» retirado</translation>
    </message>
    <message>
        <source>Recommendation added</source>
        <translation>Recomendación añadida</translation>
    </message>
    <message>
        <source>Recommendation removed</source>
        <translation>Recomendación retirada</translation>
    </message>
    <message>
        <source>{field} of {group}</source>
        <translation>{field} de {group}</translation>
    </message>
    <message>
        <source>{field} set to “{new}”</source>
        <translation>{field}: «{new}»</translation>
    </message>
    <message>
        <source>{field} cleared (was “{old}”)</source>
        <translation>{field} borrado (era «{old}»)</translation>
    </message>
    <message>
        <source>merged from {file}</source>
        <translation>fusionado desde {file}</translation>
    </message>
    <message>
        <source>conflict in {file}, decided here</source>
        <translation>conflicto en {file}, decidido aquí</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>importado desde {file}</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>rehecho</translation>
    </message>
    <message>
        <source>{change} ({origin})</source>
        <translation>{change} ({origin})</translation>
    </message>
    <message>
        <source>a group since removed</source>
        <translation>un grupo eliminado después</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Status set to {status} by {group} on {date}</source>
        <translation>Estado «{status}» asignado por {group} el {date}</translation>
    </message>
    <message>
        <source>The coalition&apos;s assessment of {date} removed ({status})</source>
        <translation>Evaluación de la coalición del {date} retirada ({status})</translation>
    </message>
    <message>
        <source>Assignment to {group} removed</source>
        <translation>Asignación a {group} retirada</translation>
    </message>
    <message>
        <source>Assigned to {group} as {role}, due {date}</source>
        <translation>Asignada a {group} ({role}), vence el {date}</translation>
    </message>
    <message>
        <source>a theme since removed</source>
        <translation>un tema eliminado después</translation>
    </message>
    <message>
        <source>Theme {theme} added</source>
        <translation>Tema «{theme}» añadido</translation>
    </message>
    <message>
        <source>merged from {group}&apos;s return of {date}</source>
        <translation>fusionado desde la devolución de {group} del {date}</translation>
    </message>
    <message>
        <source>conflict in {group}&apos;s return of {date}, decided here</source>
        <translation>conflicto en la devolución de {group} del {date}, decidido aquí</translation>
    </message>
    <message>
        <source>Status set to {status} by the coalition on {date}</source>
        <translation>Estado «{status}» asignado por la coalición el {date}</translation>
    </message>
    <message>
        <source>{response} until {date}</source>
        <translation>{response} hasta el {date}</translation>
    </message>
    <message>
        <source>then {response}</source>
        <translation>luego {response}</translation>
    </message>
    <message>
        <source>then {response} until {date}</source>
        <translation>luego {response} hasta el {date}</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n recommendations to {acronym}</source>
        <translation>
            <numerusform>Asignar %n recomendación a {acronym}</numerusform>
            <numerusform>Asignar %n recomendaciones a {acronym}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n recommendations from {acronym}</source>
        <translation>
            <numerusform>Quitar %n recomendación a {acronym}</numerusform>
            <numerusform>Quitar %n recomendaciones a {acronym}</numerusform>
        </translation>
    </message>
    <message>
        <source>the record</source>
        <translation>el registro</translation>
    </message>
    <message>
        <source>{who} changed {record} ({fields}) at {at} after you opened it; your changes were not saved, so that nothing of theirs is lost. Open it again and make your change on what is there now.</source>
        <translation>{who} modificó {record} ({fields}) a las {at} después de que usted lo abriera; sus cambios no se guardaron, para que no se pierda nada de lo suyo. Ábralo de nuevo y haga su cambio sobre lo que hay ahora.</translation>
    </message>
    <message>
        <source>Merges are undone one by one: the last one ({file}) with: upr-desktop merges undo {id}</source>
        <translation>Las fusiones se deshacen una por una: la última ({file}) con: upr-desktop merges undo {id}</translation>
    </message>
    <message>
        <source>Imports are undone one by one: the last one ({file}) with: upr-desktop imports undo {id}</source>
        <translation>Las importaciones se deshacen una por una: la última ({file}) con: upr-desktop imports undo {id}</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>la secretaría</translation>
    </message>
    <message>
        <source>Set the secretariat to {name}</source>
        <translation>Secretaría fijada: {name}</translation>
    </message>
    <message>
        <source>the consultation with {body}</source>
        <translation>la consulta con {body}</translation>
    </message>
    <message>
        <source>the follow-up action &quot;{action}&quot;</source>
        <translation>la acción de seguimiento «{action}»</translation>
    </message>
    <message>
        <source>A recommendation cannot be its own predecessor ({ref}).</source>
        <translation>Una recomendación no puede ser su propio antecedente ({ref}).</translation>
    </message>
    <message>
        <source>{earlier} was made to {other}, not to {state}: only recommendations to the same State can be linked.</source>
        <translation>{earlier} se dirigió a {other}, no a {state}: solo se pueden vincular recomendaciones al mismo Estado.</translation>
    </message>
    <message>
        <source>{earlier} (cycle {earlier_cycle}) is not from a cycle before {ref} (cycle {cycle}): a predecessor comes from an earlier cycle.</source>
        <translation>{earlier} (ciclo {earlier_cycle}) no es de un ciclo anterior a {ref} (ciclo {cycle}): un antecedente procede de un ciclo anterior.</translation>
    </message>
    <message>
        <source>A link is either confirmed or rejected, not &apos;{status}&apos;.</source>
        <translation>Un vínculo está confirmado o rechazado, no «{status}».</translation>
    </message>
    <message>
        <source>Confirm that {earlier} was recommended before {ref}</source>
        <translation>Confirmar que {earlier} se recomendó antes que {ref}</translation>
    </message>
    <message>
        <source>Reject {earlier} as recommended before {ref}</source>
        <translation>Rechazar {earlier} como recomendada antes que {ref}</translation>
    </message>
    <message>
        <source>recommendation {ref}</source>
        <translation>la recomendación {ref}</translation>
    </message>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>Definir los temas de %n recomendación</numerusform>
            <numerusform>Definir los temas de %n recomendaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a State&apos;s name.</source>
        <translation>«{name}» no es el nombre de un Estado.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected recommendations no longer exist; refresh the list and try again.</source>
        <translation>
            <numerusform>%n de las recomendaciones seleccionadas ya no existe; actualice la lista e inténtelo de nuevo.</numerusform>
            <numerusform>%n de las recomendaciones seleccionadas ya no existen; actualice la lista e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough free space in {folder} for a backup of {name}: about {need} MB are needed and {free} MB are free. Nothing was changed; free some space (or choose another backup folder in Settings) and try again.</source>
        <translation>No hay espacio libre suficiente en {folder} para una copia de seguridad de {name}: se necesitan unos {need} MB y hay {free} MB libres. No se cambió nada; libere espacio (o elija otra carpeta de copias en la Configuración) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{backup} is not protected by a passphrase, but the workspace is: restoring it would leave your data unprotected. Choose a backup taken since the workspace was protected (upr-desktop backups), or restore it and then run protect again after unprotecting the workspace.</source>
        <translation>{backup} no está protegida por una frase de contraseña, pero el espacio de trabajo sí: restaurarla dejaría sus datos sin protección. Elija una copia hecha después de proteger el espacio de trabajo (upr-desktop backups), o quite primero la frase de contraseña (unprotect), restáurela y vuelva a proteger (protect).</translation>
    </message>
    <message>
        <source>{backup} is protected by a passphrase, but the workspace is not: it was taken while the workspace was protected. Choose a backup taken since the passphrase was removed.</source>
        <translation>{backup} está protegida por una frase de contraseña, pero el espacio de trabajo no: se hizo cuando el espacio de trabajo estaba protegido. Elija una copia hecha después de quitar la frase de contraseña.</translation>
    </message>
    <message>
        <source>{backup} is protected by another passphrase than the workspace&apos;s (it was taken before the passphrase was changed, or belongs to another workspace); it cannot be restored with this one.</source>
        <translation>{backup} está protegida por otra frase de contraseña distinta de la del espacio de trabajo (se hizo antes de cambiar la frase de contraseña, o pertenece a otro espacio de trabajo); no se puede restaurar con esta.</translation>
    </message>
    <message>
        <source>Could not make the backup folder {folder}: {reason}. Nothing was changed; choose another backup folder in Settings.</source>
        <translation>No se pudo crear la carpeta de copias de seguridad {folder}: {reason}. No se cambió nada; elija otra carpeta de copias en la Configuración.</translation>
    </message>
    <message>
        <source>Could not back up {path} into {folder}: {reason}. Nothing was changed.</source>
        <translation>No se pudo hacer una copia de seguridad de {path} en {folder}: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>{path} is still in use by another task; nothing was changed. Try the import again.</source>
        <translation>{path} todavía está en uso por otra tarea; no se cambió nada. Vuelva a intentar la importación.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un archivo de texto</translation>
    </message>
    <message>
        <source>its folder cannot be written to, so SQLite cannot keep its journal beside it</source>
        <translation>no se puede escribir en su carpeta, así que SQLite no puede llevar su diario al lado</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>está en un disco de solo lectura</translation>
    </message>
    <message>
        <source>the file is marked immutable</source>
        <translation>el archivo está marcado como inmutable</translation>
    </message>
    <message>
        <source>To bring recommendations in from it: upr-desktop import &quot;{path}&quot;; a returned exchange workbook is merged with: upr-desktop merge &quot;{path}&quot;.</source>
        <translation>Para importar sus recomendaciones: upr-desktop import &quot;{path}&quot;; un libro de intercambio devuelto se fusiona con: upr-desktop merge &quot;{path}&quot;.</translation>
    </message>
    <message>
        <source>{path} is not a UPR Desktop workspace: it is {kind}.</source>
        <translation>{path} no es un espacio de trabajo de UPR Desktop: es {kind}.</translation>
    </message>
    <message>
        <source>{path} is on a disk that cannot be written to and changes are still in its {wal} file, which SQLite cannot read there. Copy the workspace with both files to a writable folder and open the copy.</source>
        <translation>{path} está en un disco en el que no se puede escribir y todavía hay cambios en su archivo {wal}, que SQLite no puede leer allí. Copie el espacio de trabajo con ambos archivos a una carpeta con permiso de escritura y abra la copia.</translation>
    </message>
    <message>
        <source>a zip archive: an Excel, Word or LibreOffice document</source>
        <translation>un archivo zip: un documento de Excel, Word o LibreOffice</translation>
    </message>
    <message>
        <source>an empty zip archive</source>
        <translation>un archivo zip vacío</translation>
    </message>
    <message>
        <source>an old Office file (.xls or .doc)</source>
        <translation>un archivo antiguo de Office (.xls o .doc)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>row {row} of {table}</source>
        <translation>fila {row} de {table}</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>no es texto</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an id</source>
        <translation>«{value}» no es un identificador</translation>
    </message>
    <message>
        <source>it is not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>it is neither yes nor no</source>
        <translation>no es ni sí ni no</translation>
    </message>
    <message>
        <source>{copy} is not protected by a passphrase while the workspace is: run `upr-desktop protect` to protect it too.</source>
        <translation>{copy} no está protegida por una frase de contraseña mientras que el espacio de trabajo sí: ejecute `upr-desktop protect` para protegerla también.</translation>
    </message>
    <message>
        <source>it is not JSON text</source>
        <translation>no es texto JSON</translation>
    </message>
    <message>
        <source>it is not a JSON {kind}</source>
        <translation>no es un {kind} JSON</translation>
    </message>
    <message>
        <source>it is not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>Checking the change log</source>
        <translation>Comprobando el registro de cambios</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <source>member group</source>
        <translation>grupo miembro</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>asignación</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>follow-up action</source>
        <translation>acción de seguimiento</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusión</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>change-log entry</source>
        <translation>entrada del registro de cambios</translation>
    </message>
    <message>
        <source>workspace record</source>
        <translation>registro del espacio de trabajo</translation>
    </message>
    <message>
        <source>{entity} of recommendation {ref} (row {row})</source>
        <translation>{entity} de la recomendación {ref} (fila {row})</translation>
    </message>
    <message>
        <source>{entity} {name} (row {row})</source>
        <translation>{entity} {name} (fila {row})</translation>
    </message>
    <message>
        <source>The file&apos;s pages cannot be read: {reason}</source>
        <translation>Las páginas del archivo no se pueden leer: {reason}</translation>
    </message>
    <message>
        <source>{record} refers to a {parent} that does not exist.</source>
        <translation>{record} remite a un(a) {parent} que no existe.</translation>
    </message>
    <message>
        <source>The links between records cannot be checked: {reason}</source>
        <translation>No se pueden comprobar los vínculos entre registros: {reason}</translation>
    </message>
    <message>
        <source>it is not readable text</source>
        <translation>no es un texto legible</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>«{value}» no es una fecha</translation>
    </message>
    <message>
        <source>Checking {table}</source>
        <translation>Comprobando {table}</translation>
    </message>
    <message>
        <source>{record}: its id is {stored} but the change log recorded {logged}; the id was changed outside the app (or damaged).</source>
        <translation>{record}: su identificador es {stored} pero el registro de cambios anotó {logged}; el identificador se cambió fuera de la aplicación (o se dañó).</translation>
    </message>
    <message>
        <source>The search index does not match the recommendations ({reason}); searches may miss or show the wrong ones. Rebuild it with: upr-desktop check --rebuild-search-index</source>
        <translation>El índice de búsqueda no coincide con las recomendaciones ({reason}); las búsquedas pueden omitir algunas o mostrar otras equivocadas. Reconstrúyalo con: upr-desktop check --rebuild-search-index</translation>
    </message>
    <message>
        <source>{record}: its row and the index {index} disagree (a stored value was changed outside the app, or damaged).</source>
        <translation>{record}: su fila y el índice {index} no concuerdan (un valor guardado se cambió fuera de la aplicación, o se dañó).</translation>
    </message>
    <message>
        <source>The file&apos;s structure: {detail}</source>
        <translation>La estructura del archivo: {detail}</translation>
    </message>
    <message>
        <source>The table {table} cannot be read: {reason}</source>
        <translation>La tabla {table} no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>row {row} of {table} cannot be read at all: {reason}</source>
        <translation>la fila {row} de {table} no se puede leer en absoluto: {reason}</translation>
    </message>
    <message>
        <source>{record}: the stored {column} cannot be read: {problem}.</source>
        <translation>{record}: el valor guardado de {column} no se puede leer: {problem}.</translation>
    </message>
    <message>
        <source>The change log cannot be compared with {table}: {reason}</source>
        <translation>El registro de cambios no se puede comparar con {table}: {reason}</translation>
    </message>
    <message>
        <source>An interrupted {operation} of {path} was undone: the workspace and its copies are as they were before it. Run it again.</source>
        <translation>Se deshizo una {operation} interrumpida de {path}: el espacio de trabajo y sus copias están como antes. Vuelva a lanzarla.</translation>
    </message>
    <message>
        <source>An interrupted {operation} of {path} was finished: the workspace and every copy of it are now under its current passphrase.</source>
        <translation>Se terminó una {operation} interrumpida de {path}: el espacio de trabajo y todas sus copias están ahora bajo su frase de contraseña actual.</translation>
    </message>
    <message>
        <source>protection of the copies</source>
        <translation>protección de las copias</translation>
    </message>
    <message>
        <source>The converted copy of {path} for an interrupted change of passphrase is missing; nothing was touched. Keep every file beside the workspace and its backups as it is, and ask for help.</source>
        <translation>Falta la copia convertida de {path} de un cambio de frase de contraseña interrumpido; no se tocó nada. Deje tal cual todos los archivos junto al espacio de trabajo y sus copias de seguridad, y pida ayuda.</translation>
    </message>
    <message>
        <source>The record of an interrupted change of passphrase, {path}, cannot be read ({reason}). Move it away only after checking that the workspace opens.</source>
        <translation>El registro de un cambio de frase de contraseña interrumpido, {path}, no se puede leer ({reason}). No lo mueva hasta comprobar que el espacio de trabajo se abre.</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>protección</translation>
    </message>
    <message>
        <source>removal of the passphrase</source>
        <translation>eliminación de la frase de contraseña</translation>
    </message>
    <message>
        <source>change of passphrase</source>
        <translation>modificación de la frase de contraseña</translation>
    </message>
    <message>
        <source>{path} already exists; move the workspace to a new file. Nothing was changed.</source>
        <translation>{path} ya existe; mueva el espacio de trabajo a un archivo nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The database {where} is not empty; move a workspace only into an empty database (createdb -O ROLE NAME). Nothing was changed.</source>
        <translation>La base de datos {where} no está vacía; mueva un espacio de trabajo solo a una base de datos vacía (createdb -O ROLE NAME). No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot reach the server for {where}: {detail}</source>
        <translation>No se puede acceder al servidor de {where}: {detail}</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} en {host}</translation>
    </message>
    <message>
        <source>The server refused {user} for {where}: the password is wrong or missing. Save it with: upr-desktop --workspace &quot;{url}&quot; server remember-password</source>
        <translation>El servidor rechazó a {user} para {where}: la contraseña es incorrecta o falta. Guárdela con: upr-desktop --workspace &quot;{url}&quot; server remember-password</translation>
    </message>
    <message>
        <source>The server has no database &apos;{database}&apos; ({where}). Ask its administrator to create it (createdb -O ROLE {database}).</source>
        <translation>El servidor no tiene la base de datos «{database}» ({where}). Pida a su administrador que la cree (createdb -O ROLE {database}).</translation>
    </message>
    <message>
        <source>The server for {where} did not prove who it is: its certificate is not signed by the authority in {ca}. Nothing was sent. Ask the server&apos;s administrator for its CA certificate and name it with sslrootcert=.</source>
        <translation>El servidor de {where} no demostró quién es: su certificado no está firmado por la autoridad de {ca}. No se envió nada. Pida al administrador del servidor su certificado de autoridad (CA) e indíquelo con sslrootcert=.</translation>
    </message>
    <message>
        <source>The server for {where} showed a certificate made for another name. Nothing was sent. Connect with the host name its certificate names, or ask its administrator.</source>
        <translation>El servidor de {where} presentó un certificado hecho para otro nombre. No se envió nada. Conéctese con el nombre de host que indica su certificado, o pregunte a su administrador.</translation>
    </message>
    <message>
        <source>No CA certificate at {ca} to check the server for {where} with (sslmode={mode}). Save the server&apos;s CA certificate there, or name it with sslrootcert=.</source>
        <translation>No hay ningún certificado de autoridad (CA) en {ca} para verificar el servidor de {where} (sslmode={mode}). Guarde allí el certificado CA del servidor, o indíquelo con sslrootcert=.</translation>
    </message>
    <message>
        <source>The server for {where} does not offer an encrypted connection, and sslmode={mode} requires one. Ask its administrator to turn TLS on (ssl = on).</source>
        <translation>El servidor de {where} no ofrece una conexión cifrada, y sslmode={mode} la exige. Pida a su administrador que active TLS (ssl = on).</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address; write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>«{url}» no es una dirección de servidor; escriba postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no host or no database; write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>«{url}» no indica host o base de datos; escriba postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>{path} is not a server connection file (it holds no settings).</source>
        <translation>{path} no es un archivo de conexión a un servidor (no contiene ajustes).</translation>
    </message>
    <message>
        <source>{path} holds a password: remove it; passwords are kept in the keyring (upr-desktop server remember-password).</source>
        <translation>{path} contiene una contraseña: quítela; las contraseñas se guardan en el llavero (upr-desktop server remember-password).</translation>
    </message>
    <message>
        <source>{path} names no host or no database (&quot;host&quot;, &quot;database&quot;).</source>
        <translation>{path} no indica host o base de datos (&quot;host&quot;, &quot;database&quot;).</translation>
    </message>
    <message>
        <source>The server for {where} runs PostgreSQL {version}; UPR Desktop needs 13 or newer.</source>
        <translation>El servidor de {where} usa PostgreSQL {version}; UPR Desktop necesita la 13 o posterior.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address ({reason}); write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>«{url}» no es una dirección de servidor ({reason}); escriba postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>{path} is not a server connection file (it is {size} bytes; one is a few lines).</source>
        <translation>{path} no es un archivo de conexión a un servidor (tiene {size} bytes; uno tiene unas pocas líneas).</translation>
    </message>
    <message>
        <source>No server connection file at {path}.</source>
        <translation>No hay ningún archivo de conexión a un servidor en {path}.</translation>
    </message>
    <message>
        <source>{path} is not a server connection file ({reason}).</source>
        <translation>{path} no es un archivo de conexión a un servidor ({reason}).</translation>
    </message>
    <message>
        <source>{path} holds a password in its URL: remove it; passwords are kept in the keyring.</source>
        <translation>{path} contiene una contraseña en su URL: quítela; las contraseñas se guardan en el llavero.</translation>
    </message>
    <message>
        <source>A server workspace has no file to copy; use upr-desktop backup (pg_dump).</source>
        <translation>Un espacio de trabajo en un servidor no tiene archivo que copiar; use upr-desktop backup (pg_dump).</translation>
    </message>
    <message>
        <source>The database {where} holds no UPR Desktop workspace. Create one with: upr-desktop --workspace &quot;{url}&quot; init --name NAME --country STATE</source>
        <translation>La base de datos {where} no contiene ningún espacio de trabajo de UPR Desktop. Cree uno con: upr-desktop --workspace &quot;{url}&quot; init --name NAME --country STATE</translation>
    </message>
    <message>
        <source>Upgrading the workspace on the server</source>
        <translation>Actualizando el espacio de trabajo en el servidor</translation>
    </message>
    <message>
        <source>The database {where} already holds a workspace; open it instead (nothing was changed).</source>
        <translation>La base de datos {where} ya contiene un espacio de trabajo; ábralo en su lugar (no se cambió nada).</translation>
    </message>
    <message>
        <source>The database {where} is not empty ({tables}...); create a workspace in an empty database (createdb -O ROLE NAME).</source>
        <translation>La base de datos {where} no está vacía ({tables}...); cree un espacio de trabajo en una base de datos vacía (createdb -O ROLE NAME).</translation>
    </message>
    <message>
        <source>{program} is not installed, so the server workspace cannot be backed up or restored from here. Install the PostgreSQL client programs (Debian/Ubuntu: apt-get install postgresql-client) or set UPR_DESKTOP_PG_BIN to their folder. Nothing was changed.</source>
        <translation>{program} no está instalado, así que el espacio de trabajo del servidor no se puede respaldar ni restaurar desde aquí. Instale los programas cliente de PostgreSQL (Debian/Ubuntu: apt-get install postgresql-client) o indique su carpeta en UPR_DESKTOP_PG_BIN. No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not back up {where}: pg_dump said: {detail}. Nothing was changed.</source>
        <translation>No se pudo respaldar {where}: pg_dump dijo: {detail}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not back up {where}: pg_dump wrote an empty backup. Nothing was changed.</source>
        <translation>No se pudo respaldar {where}: pg_dump escribió una copia vacía. No se cambió nada.</translation>
    </message>
    <message>
        <source>{path} is not a backup of a server workspace (pg_restore cannot read it); nothing was changed.</source>
        <translation>{path} no es una copia de seguridad de un espacio de trabajo en un servidor (pg_restore no puede leerla); no se cambió nada.</translation>
    </message>
    <message>
        <source>Could not restore {backup} into {where}: pg_restore said: {detail}. The database was left as it was.</source>
        <translation>No se pudo restaurar {backup} en {where}: pg_restore dijo: {detail}. La base de datos quedó como estaba.</translation>
    </message>
    <message>
        <source>The search index does not match the recommendations ({refs}); searches may miss them. Rebuild it with: upr-desktop check --rebuild-search-index</source>
        <translation>El índice de búsqueda no coincide con las recomendaciones ({refs}); las búsquedas pueden omitirlas. Reconstrúyalo con: upr-desktop check --rebuild-search-index</translation>
    </message>
    <message>
        <source>recommendation {ref}: its status, last assessment or lead group does not match its assessments and assignments (changed outside the app).</source>
        <translation>recomendación {ref}: su estado, su última evaluación o su grupo líder no coincide con sus evaluaciones y asignaciones (cambiado fuera de la aplicación).</translation>
    </message>
    <message numerus="yes">
        <source>The Dashboard&apos;s counts differ from the records in %n places (changed outside the app).</source>
        <translation>
            <numerusform>Las cifras del panel difieren de los registros en %n lugar (cambiados fuera de la aplicación).</numerusform>
            <numerusform>Las cifras del panel difieren de los registros en %n lugares (cambiados fuera de la aplicación).</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row} of {table}: {column} is not a JSON {kind}.</source>
        <translation>fila {row} de {table}: {column} no es un {kind} JSON.</translation>
    </message>
    <message>
        <source>The server refused this change: {role} may read everything but write only its own group&apos;s assessments, consultations and follow-up actions. Nothing was changed; ask the secretariat to make it.</source>
        <translation>El servidor rechazó este cambio: {role} puede leer todo pero solo escribir las evaluaciones, consultas y acciones de seguimiento de su propio grupo. No se cambió nada; pida a la secretaría que lo haga.</translation>
    </message>
    <message>
        <source>A text to save holds a NUL character (0x00), which a server cannot store; remove it and try again. Nothing was changed.</source>
        <translation>Un texto por guardar contiene un carácter NUL (0x00), que un servidor no puede almacenar; quítelo e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>--role takes &apos;secretariat&apos; or &apos;member&apos;, not &apos;{value}&apos;.</source>
        <translation>--role acepta «secretariat» o «member», no «{value}».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a server login: use lower-case letters, digits and _ (e.g. amina_k).</source>
        <translation>«{name}» no puede ser un usuario del servidor: use minúsculas, dígitos y _ (p. ej., amina_k).</translation>
    </message>
    <message>
        <source>A member writes for one group: say which with --group ACR.</source>
        <translation>Un miembro escribe para un solo grupo: indique cuál con --group ACR.</translation>
    </message>
    <message>
        <source>No member group &apos;{acronym}&apos;. Add it first with: upr-desktop groups add NAME --acronym {acronym}</source>
        <translation>No hay ningún grupo miembro «{acronym}». Agréguelo primero con: upr-desktop groups add NAME --acronym {acronym}</translation>
    </message>
    <message>
        <source>opened for reading only</source>
        <translation>abierto en solo lectura</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file.</source>
        <translation>{path} es una carpeta, no un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>{path} can only be read ({reason}); nothing was changed. Every command that only reads works; to change it, copy it to a folder you can write to, or make it writable again.</source>
        <translation>{path} solo se puede leer ({reason}); no se cambió nada. Todas las órdenes de lectura funcionan; para cambiarlo, cópielo a una carpeta con permiso de escritura, o vuelva a hacerlo modificable.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}</source>
        <translation>No se puede crear {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by an older version of UPR Desktop and must be upgraded before it is read, but it can only be read ({reason}). Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} se creó con una versión anterior de UPR Desktop y debe actualizarse antes de leerse, pero solo se puede leer ({reason}). Cópielo a una carpeta con permiso de escritura y abra la copia.</translation>
    </message>
    <message>
        <source>No member group has recommendations of cycle {cycle} assigned.</source>
        <translation>Ningún grupo miembro tiene asignadas recomendaciones del ciclo {cycle}.</translation>
    </message>
    <message>
        <source>--response-on date</source>
        <translation>fecha de --response-on</translation>
    </message>
    <message>
        <source>The minimum score is a number from 0 to 1 (e.g. 0.6), not {value}.</source>
        <translation>La puntuación mínima es un número de 0 a 1 (p. ej. 0.6), no {value}.</translation>
    </message>
    <message>
        <source>{ref} has no near-duplicate in its cycle: assign it alone with: upr-desktop assign --ref {ref}</source>
        <translation>{ref} no tiene casi duplicados en su ciclo: asígnela sola con: upr-desktop assign --ref {ref}</translation>
    </message>
    <message>
        <source>{path} is a workspace file; this works on a workspace on a server (--workspace postgresql://...).</source>
        <translation>{path} es un archivo de espacio de trabajo; esto funciona con un espacio de trabajo en un servidor (--workspace postgresql://...).</translation>
    </message>
    <message>
        <source>Cannot remember the server password on this computer: {reason}. Set {env} instead, or use PostgreSQL&apos;s own ~/.pgpass file.</source>
        <translation>No se puede recordar la contraseña del servidor en este equipo: {reason}. Defina {env} en su lugar, o use el archivo ~/.pgpass de PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot remember the server password on this computer: the keyring refused it ({error}). Set {env} instead, or use PostgreSQL&apos;s own ~/.pgpass file.</source>
        <translation>No se puede recordar la contraseña del servidor en este equipo: el llavero la rechazó ({error}). Defina {env} en su lugar, o use el archivo ~/.pgpass de PostgreSQL.</translation>
    </message>
    <message>
        <source>The workspace can only be read ({reason}); the search index was not checked.</source>
        <translation>El espacio de trabajo solo se puede leer ({reason}); el índice de búsqueda no se comprobó.</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: it can only be read ({reason}). Nothing was changed.</source>
        <translation>No se puede restaurar en {path}: solo se puede leer ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <source>Not enough free space in {folder} to convert {path}: about {need} MB are needed and {free} MB are free. Nothing was changed.</source>
        <translation>No hay espacio libre suficiente en {folder} para convertir {path}: se necesitan unos {need} MB y hay {free} MB libres. No se cambió nada.</translation>
    </message>
    <message>
        <source>{path} is not protected by this key.</source>
        <translation>{path} no está protegido con esta clave.</translation>
    </message>
    <message>
        <source>Converting the copy {name}</source>
        <translation>Convirtiendo la copia {name}</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>asignada</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>evaluada</translation>
    </message>
    <message>
        <source>discussed in a consultation</source>
        <translation>tratada en una consulta</translation>
    </message>
    <message>
        <source>linked to a follow-up action</source>
        <translation>vinculada a una acción de seguimiento</translation>
    </message>
    <message>
        <source>linked as recommended before</source>
        <translation>vinculada como recomendada antes</translation>
    </message>
    <message>
        <source>Import {id}: {file} ({format}) on {when}: added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>Importación {id}: {file} ({format}) el {when}: {added} añadidas, {updated} actualizadas, {unchanged} sin cambios, {skipped} omitidas.</translation>
    </message>
    <message>
        <source>  added {ref}: {text}</source>
        <translation>  añadida {ref}: {text}</translation>
    </message>
    <message>
        <source>  {ref} {field}: {old} -&gt; {new}</source>
        <translation>  {ref} {field}: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>  {ref}: linked {kind} {value}</source>
        <translation>  {ref}: vínculo {kind} {value}</translation>
    </message>
    <message>
        <source>  row {row} not imported: {message}</source>
        <translation>  fila {row} no importada: {message}</translation>
    </message>
    <message>
        <source>There is no import number {id}. List them with: upr-desktop imports list</source>
        <translation>No hay ninguna importación número {id}. Vea la lista con: upr-desktop imports list</translation>
    </message>
    <message>
        <source>The import of {file} changed nothing; there is nothing to undo.</source>
        <translation>La importación de {file} no cambió nada; no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>The import of {file} was already undone.</source>
        <translation>La importación de {file} ya se deshizo.</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
    <message>
        <source>Cannot undo the import of {file}: later changes touched its recommendations: {listed}{more}. Undo those first, or keep the import.</source>
        <translation>No se puede deshacer la importación de {file}: cambios posteriores afectaron a sus recomendaciones: {listed}{more}. Deshaga primero esos cambios o conserve la importación.</translation>
    </message>
    <message>
        <source>  It was undone.</source>
        <translation>  Se deshizo.</translation>
    </message>
    <message>
        <source>{field} changed ({source}, {when})</source>
        <translation>{field} modificado ({source}, {when})</translation>
    </message>
    <message>
        <source>deleted ({source}, {when})</source>
        <translation>eliminada ({source}, {when})</translation>
    </message>
    <message>
        <source>tagged by hand ({source}, {when})</source>
        <translation>etiquetada a mano ({source}, {when})</translation>
    </message>
    <message>
        <source>tagged with a {kind} this import created ({source}, {when})</source>
        <translation>etiquetada con un {kind} creado por esta importación ({source}, {when})</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula with no saved result, and formulas are not worked out on import, so {reason}. Paste the values instead of the formulas (in Excel: Paste Special &gt; Values) and import again.</source>
        <translation>la celda {cell} contiene una fórmula sin resultado guardado, y las fórmulas no se calculan al importar: {reason}. Pegue los valores en lugar de las fórmulas (en Excel: Pegado especial &gt; Valores) e importe de nuevo.</translation>
    </message>
    <message>
        <source>Cells {cells} hold formulas with no saved result; formulas are not worked out on import, so they were read as empty. Paste the values instead of the formulas (in Excel: Paste Special &gt; Values) and import again.</source>
        <translation>Las celdas {cells} contienen fórmulas sin resultado guardado; las fórmulas no se calculan al importar, así que se leyeron vacías. Pegue los valores en lugar de las fórmulas (en Excel: Pegado especial &gt; Valores) e importe de nuevo.</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>fila {row}, columna {column}</translation>
    </message>
    <message>
        <source>Cannot import {file}: it holds {count} records of {fields} fields, more than one import may read; split it into smaller files.</source>
        <translation>No se puede importar {file}: contiene {count} registros de {fields} campos, más de lo que una importación puede leer; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>Cannot import {file}: its JSON is nested thousands of levels deep, which no export is; it was not read.</source>
        <translation>No se puede importar {file}: su JSON está anidado en miles de niveles, algo que ninguna exportación hace; no se leyó.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is damaged or incomplete (truncated): {reason}</source>
        <translation>No se puede importar {file}: el archivo está dañado o incompleto (truncado): {reason}</translation>
    </message>
    <message>
        <source>{file} is a report UPR Desktop wrote (“{title}”), not a list of recommendations: importing it would add its recommendations a second time. Import the UPR Info export, OHCHR matrix or UHRI export they came from. Nothing was imported.</source>
        <translation>{file} es un informe escrito por UPR Desktop («{title}»), no una lista de recomendaciones: importarlo añadiría sus recomendaciones por segunda vez. Importe la exportación de UPR Info, la matriz del ACNUDH o la exportación del IUDH de las que provienen. No se importó nada.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8: it was read as {encoding}, but {other} was also possible. If texts look garbled in the preview, save the file again as &apos;CSV UTF-8&apos; and import that.</source>
        <translation>{file} no está en UTF-8: se leyó como {encoding}, pero {other} también era posible. Si los textos se ven alterados en la vista previa, guarde el archivo como «CSV UTF-8» e importe ese.</translation>
    </message>
    <message>
        <source>{file} is an exchange workbook (a member group&apos;s return), not a list of recommendations: use merge (upr-desktop merge &quot;{file}&quot;, or Exchange &gt; Merge returns in the app). Nothing was imported.</source>
        <translation>{file} es un libro de intercambio (la devolución de un grupo miembro), no una lista de recomendaciones: use la fusión (upr-desktop merge &quot;{file}&quot;, o Intercambio &gt; Fusionar devoluciones en la aplicación). No se importó nada.</translation>
    </message>
    <message>
        <source>{file} is about {other} (its header says &quot;{line}&quot;), but this workspace follows {ours}: nothing was imported. To follow {other}, create a workspace for it: {command}</source>
        <translation>{file} trata de {other} (su encabezado dice &quot;{line}&quot;), pero este espacio de trabajo sigue a {ours}: no se importó nada. Para seguir a {other}, cree un espacio de trabajo para ese Estado: {command}</translation>
    </message>
    <message>
        <source>{file} does not say which State it is about, and it names {ours} as a recommending State (rows {rows}): it must be about another State. Nothing was imported. Give its State with --country STATE, in a workspace for that State.</source>
        <translation>{file} no dice de qué Estado trata, y nombra a {ours} como Estado recomendante (filas {rows}): debe tratar de otro Estado. No se importó nada. Indique su Estado con --country ESTADO, en un espacio de trabajo para ese Estado.</translation>
    </message>
    <message>
        <source>{file} does not say which State it is about; its recommendations were taken as {ours}&apos;s. If they are not, undo this import (Exchange &gt; History in the app, or upr-desktop imports undo) and import it in a workspace for their State.</source>
        <translation>{file} no dice de qué Estado trata; sus recomendaciones se tomaron como de {ours}. Si no lo son, deshaga esta importación (Intercambio &gt; Historial en la aplicación, o upr-desktop imports undo) e impórtelo en un espacio de trabajo para su Estado.</translation>
    </message>
    <message>
        <source>Copying the workspace to build the import into</source>
        <translation>Copiando el espacio de trabajo en el que se construye la importación</translation>
    </message>
    <message>
        <source>{file} holds recommendations to {listed}, none to {ours}: nothing was imported. Import it with --country STATE (or --all-states) to keep them anyway, or create a workspace for {first}: {command}</source>
        <translation>{file} contiene recomendaciones dirigidas a {listed}, ninguna a {ours}: no se importó nada. Impórtelo con --country ESTADO (o --all-states) para conservarlas de todos modos, o cree un espacio de trabajo para {first}: {command}</translation>
    </message>
    <message>
        <source>Cannot import {file}: a quote opened on line {line} is never closed, so the rest of the file would be read as one field; the file is cut off or damaged. Download or save it again; nothing was imported.</source>
        <translation>No se puede importar {file}: unas comillas abiertas en la línea {line} nunca se cierran, así que el resto del archivo se leería como un solo campo; el archivo está cortado o dañado. Descárguelo o guárdelo de nuevo; no se importó nada.</translation>
    </message>
    <message>
        <source>Cannot import {file}: it seems cut off: its last line ({line}) ends without a line break and has {count} of the {width} columns. Download or save the file again; nothing was imported.</source>
        <translation>No se puede importar {file}: parece cortado: su última línea ({line}) termina sin salto de línea y tiene {count} de las {width} columnas. Descargue o guarde el archivo de nuevo; no se importó nada.</translation>
    </message>
    <message>
        <source>Misspelt State names were read as the State they clearly mean: {listed}.</source>
        <translation>Nombres de Estados mal escritos se leyeron como el Estado que claramente designan: {listed}.</translation>
    </message>
    <message>
        <source>{name} ({count}; did you mean {near}?)</source>
        <translation>{name} ({count}; ¿quiso decir {near}?)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not written as YYYY-MM-DD; write {date} if that is the date meant.</source>
        <translation>«{value}» no está escrito como AAAA-MM-DD; escriba {date} si esa es la fecha.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>What the cell holds</source>
        <translation>Contenido de la celda</translation>
    </message>
    <message>
        <source>Why it was not used</source>
        <translation>Por qué no se usó</translation>
    </message>
    <message>
        <source>Cells to fix</source>
        <translation>Celdas por corregir</translation>
    </message>
    <message>
        <source> (it holds &apos;{value}&apos;)</source>
        <translation> (contiene «{value}»)</translation>
    </message>
    <message>
        <source>Write the cells to fix to a .xlsx, .csv or .txt file, not &apos;{name}&apos;.</source>
        <translation>Escriba las celdas por corregir en un archivo .xlsx, .csv o .txt, no «{name}».</translation>
    </message>
    <message>
        <source>The merge of {file} used every cell: there is nothing to send back.</source>
        <translation>La fusión de {file} usó todas las celdas: no hay nada que devolver.</translation>
    </message>
    <message>
        <source>A decision</source>
        <translation>Una decisión</translation>
    </message>
    <message>
        <source>{file}, decision {number}</source>
        <translation>{file}, decisión {number}</translation>
    </message>
    <message>
        <source>{where}: &apos;take&apos; must be ours, theirs or edited, not &apos;{take}&apos;.</source>
        <translation>{where}: «take» debe ser ours, theirs o edited, no «{take}».</translation>
    </message>
    <message>
        <source>{where}: name the conflict&apos;s &apos;field&apos; (status, evidence, due_date...).</source>
        <translation>{where}: indique el campo del conflicto, «field» (status, evidence, due_date...).</translation>
    </message>
    <message>
        <source>{where}: an edited decision needs the &apos;value&apos; to keep.</source>
        <translation>{where}: una decisión «edited» necesita el valor que se conserva, «value».</translation>
    </message>
    <message>
        <source>{where}: name the conflict by &apos;sheet&apos; and &apos;cell&apos;, or by &apos;ref&apos;.</source>
        <translation>{where}: indique el conflicto con «sheet» y «cell», o con «ref».</translation>
    </message>
    <message>
        <source>{file}: expected a list of decisions, or an object with a &quot;decisions&quot; list.</source>
        <translation>{file}: se espera una lista de decisiones, o un objeto con una lista «decisions».</translation>
    </message>
    <message>
        <source>{where}: each decision is an object such as {example}.</source>
        <translation>{where}: cada decisión es un objeto como {example}.</translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {keys}; a decision has file, sheet, cell, ref, field, take and value.</source>
        <translation>{where}: clave(s) desconocida(s) {keys}; una decisión tiene file, sheet, cell, ref, field, take y value.</translation>
    </message>
    <message>
        <source>Cannot read the decisions file {file}: {reason}</source>
        <translation>No se puede leer el archivo de decisiones {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({reason}); see the README for the decisions file.</source>
        <translation>{file} no es JSON válido ({reason}); consulte el README sobre el archivo de decisiones.</translation>
    </message>
    <message>
        <source>{first} and {other} decide the same conflict ({file} {sheet}!{cell} {field}) differently; keep one.</source>
        <translation>{first} y {other} deciden de forma distinta el mismo conflicto ({file} {sheet}!{cell} {field}); conserve solo una.</translation>
    </message>
    <message>
        <source>{source} ({conflict}) matches no conflict of the files being merged: the files or the workspace changed since the preview. Preview the merge again (upr-desktop merge --dry-run) and check the decisions.</source>
        <translation>{source} ({conflict}) no corresponde a ningún conflicto de los archivos que se fusionan: los archivos o el espacio de trabajo cambiaron desde la vista previa. Vuelva a previsualizar la fusión (upr-desktop merge --dry-run) y revise las decisiones.</translation>
    </message>
    <message>
        <source>Left out of {acronym}&apos;s workbook, as not assigned to {acronym} (or confidential, which an export leaves out without --include-sensitive): {refs}.</source>
        <translation>Quedan fuera del libro de {acronym}, por no estar asignadas a {acronym} (o por ser confidenciales, que una exportación omite sin --include-sensitive): {refs}.</translation>
    </message>
    <message>
        <source>{group}: the group&apos;s language &apos;{language}&apos; is not one this app ships; the workbook is in English.</source>
        <translation>{group}: el idioma del grupo «{language}» no viene con esta aplicación; el libro está en inglés.</translation>
    </message>
    <message>
        <source>{file}: unknown exchange format version {version}; update the app.</source>
        <translation>{file}: versión de formato de intercambio desconocida {version}; actualice la aplicación.</translation>
    </message>
    <message>
        <source>Import workbook {file}</source>
        <translation>Importar el libro {file}</translation>
    </message>
    <message>
        <source>This workspace has not imported a workbook from the secretariat; import one first (upr-desktop import-workbook FILE).</source>
        <translation>Este espacio de trabajo no ha importado ningún libro de la secretaría; importe uno primero (upr-desktop import-workbook ARCHIVO).</translation>
    </message>
    <message>
        <source>{file} comes from the coalition workspace &apos;{other}&apos;, not this one; import it into a new workspace.</source>
        <translation>{file} procede del espacio de trabajo de la coalición «{other}», no de este; impórtelo en un nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>Léame</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation>ID (no modificar)</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su función</translation>
    </message>
    <message>
        <source>Latest status (all groups)</source>
        <translation>Último estado (todos los grupos)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Recommendations discussed (refs)</source>
        <translation>Recomendaciones tratadas (ref.)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n links to earlier cycles</source>
        <translation>
            <numerusform>Confirmar %n vínculo con un ciclo anterior</numerusform>
            <numerusform>Confirmar %n vínculos con ciclos anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n links to earlier cycles</source>
        <translation>
            <numerusform>Rechazar %n vínculo con un ciclo anterior</numerusform>
            <numerusform>Rechazar %n vínculos con ciclos anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more changes (--limit 0 shows all).</source>
        <translation>
            <numerusform>  ... y %n cambio más (--limit 0 los muestra todos).</numerusform>
            <numerusform>  ... y %n cambios más (--limit 0 los muestra todos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations to other States (or other cycles/sessions) were left out.</source>
        <translation>
            <numerusform>Se dejó fuera %n recomendación dirigida a otro Estado (u otro ciclo/período de sesiones).</numerusform>
            <numerusform>Se dejaron fuera %n recomendaciones dirigidas a otros Estados (u otros ciclos/períodos de sesiones).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({group}), merged on {when}: %n cells could not be used. Please correct them in your workbook and send it again.</source>
        <translation>
            <numerusform>{file} ({group}), fusionado el {when}: %n celda no se pudo usar. Corríjala en su libro y vuelva a enviarlo.</numerusform>
            <numerusform>{file} ({group}), fusionado el {when}: %n celdas no se pudieron usar. Corríjalas en su libro y vuelva a enviarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked refs</source>
        <translation>Ref. vinculadas</translation>
    </message>
    <message>
        <source>To fill in: choose from the list how far the recommendation is implemented, as your group sees it now.</source>
        <translation>Para rellenar: elija de la lista en qué medida se ha aplicado la recomendación, según su grupo hoy.</translation>
    </message>
    <message>
        <source>To fill in: the date your group made this assessment, as YYYY-MM-DD. Leave it empty for today.</source>
        <translation>Para rellenar: la fecha en que su grupo hizo esta evaluación, como AAAA-MM-DD. Déjela vacía para hoy.</translation>
    </message>
    <message>
        <source>To fill in: what you saw that shows this status: a law passed, a budget, a programme, cases, figures.</source>
        <translation>Para rellenar: lo que ha observado que muestra este estado: una ley aprobada, un presupuesto, un programa, casos, cifras.</translation>
    </message>
    <message>
        <source>To fill in: where the evidence comes from: documents, links, reports, meetings.</source>
        <translation>Para rellenar: de dónde proceden las evidencias: documentos, enlaces, informes, reuniones.</translation>
    </message>
    <message>
        <source>To fill in if you wish: anything else the secretariat should know.</source>
        <translation>Para rellenar si lo desea: cualquier otra cosa que la secretaría deba saber.</translation>
    </message>
    <message>
        <source>The date of the meeting, as YYYY-MM-DD. Needed for a new row.</source>
        <translation>La fecha de la reunión, como AAAA-MM-DD. Obligatoria para una fila nueva.</translation>
    </message>
    <message>
        <source>The ministry, department or office you met. Needed for a new row.</source>
        <translation>El ministerio, departamento u oficina con que se reunieron. Obligatorio para una fila nueva.</translation>
    </message>
    <message>
        <source>Choose from the list what kind of engagement it was. Needed for a new row.</source>
        <translation>Elija de la lista el tipo de intercambio. Obligatorio para una fila nueva.</translation>
    </message>
    <message>
        <source>Who took part for the coalition.</source>
        <translation>Quién participó por la coalición.</translation>
    </message>
    <message>
        <source>Who took part for the government. Sensitive: keep this file safe.</source>
        <translation>Quién participó por el gobierno. Información sensible: guarde este archivo en un lugar seguro.</translation>
    </message>
    <message>
        <source>The refs of the recommendations discussed, separated by commas (e.g. 145.1, 145.7).</source>
        <translation>Las referencias de las recomendaciones tratadas, separadas por comas (p. ej., 145.1, 145.7).</translation>
    </message>
    <message>
        <source>What was discussed.</source>
        <translation>Lo que se trató.</translation>
    </message>
    <message>
        <source>What the government committed to do, if anything.</source>
        <translation>Lo que el gobierno se comprometió a hacer, si es el caso.</translation>
    </message>
    <message>
        <source>What must be done next. Needed for a new row.</source>
        <translation>Lo que hay que hacer a continuación. Obligatorio para una fila nueva.</translation>
    </message>
    <message>
        <source>When it should be done, as YYYY-MM-DD.</source>
        <translation>Cuándo debe hacerse, como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Choose from the list where the action stands; a new action is Open.</source>
        <translation>Elija de la lista en qué punto está la acción; una acción nueva está «Abierta».</translation>
    </message>
    <message>
        <source>The refs of the recommendations it serves, separated by commas.</source>
        <translation>Las referencias de las recomendaciones a las que responde, separadas por comas.</translation>
    </message>
    <message>
        <source>  Filled in by {name}.</source>
        <translation>  Rellenado por {name}.</translation>
    </message>
    <message>
        <source>  {ref}{where} {field}: &apos;{old}&apos; -&gt; &apos;{new}&apos; (recorded by {who})</source>
        <translation>  {ref}{where} {field}: «{old}» -&gt; «{new}» (registrado por {who})</translation>
    </message>
    <message>
        <source>  conflict {id}: {ref}{sheet}!{cell} {field}: base &apos;{base}&apos;, ours &apos;{ours}&apos;, theirs &apos;{theirs}&apos; ({decision})</source>
        <translation>  conflicto {id}: {ref}{sheet}!{cell} {field}: base «{base}», nuestro «{ours}», suyo «{theirs}» ({decision})</translation>
    </message>
    <message>
        <source> (it held &apos;{value}&apos;)</source>
        <translation> (contenía «{value}»)</translation>
    </message>
    <message>
        <source>  not used: {sheet}!{cell}{what}{held}: {reason}</source>
        <translation>  no usada: {sheet}!{cell}{what}{held}: {reason}</translation>
    </message>
    <message>
        <source>There is no merge number {id}. List them with: upr-desktop merges list</source>
        <translation>No hay ninguna fusión número {id}. Lístelas con: upr-desktop merges list</translation>
    </message>
    <message>
        <source>The merge of {file} was already undone.</source>
        <translation>La fusión de {file} ya se deshizo.</translation>
    </message>
    <message>
        <source>The merge of {file} has no recorded changes to undo.</source>
        <translation>La fusión de {file} no tiene cambios registrados que deshacer.</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s format version {version} is not one this version of UPR Desktop knows; update the app, or export a new workbook.</source>
        <translation>{file}: esta versión de UPR Desktop no conoce la versión de formato {version} del libro; actualice la aplicación o exporte un libro nuevo.</translation>
    </message>
    <message>
        <source>{file}: this workbook was exported from another workspace (&apos;{other}&apos;), not from &apos;{ours}&apos;. Merge it into the workspace it came from.</source>
        <translation>{file}: este libro se exportó desde otro espacio de trabajo («{other}»), no desde «{ours}». Fusiónelo en el espacio de trabajo del que procede.</translation>
    </message>
    <message>
        <source>{file}: merged without a valid signature, because you trusted it (--trust-unsigned).</source>
        <translation>{file}: fusionado sin firma válida, porque usted confió en él (--trust-unsigned).</translation>
    </message>
    <message>
        <source>{file}: the member group {group} of this workbook no longer exists in the workspace.</source>
        <translation>{file}: el grupo miembro {group} de este libro ya no existe en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>{file}: the hidden exchange metadata has no base values.</source>
        <translation>{file}: los metadatos de intercambio ocultos no tienen valores base.</translation>
    </message>
    <message>
        <source>{file}: row {row} of &apos;{sheet}&apos; repeats an earlier row; it was added once.</source>
        <translation>{file}: la fila {row} de «{sheet}» repite una fila anterior; se añadió una sola vez.</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s signature does not match (its hidden metadata was changed, or it was not signed by this workspace). If you trust where it came from, merge it with --trust-unsigned.</source>
        <translation>{file}: la firma del libro no coincide (se modificaron sus metadatos ocultos, o no lo firmó este espacio de trabajo). Si confía en su procedencia, fusiónelo con --trust-unsigned.</translation>
    </message>
    <message>
        <source>the Status cannot be emptied; choose Unknown if you do not know.</source>
        <translation>el estado (Status) no se puede vaciar; elija Unknown si no lo sabe.</translation>
    </message>
    <message>
        <source>nothing from this row was merged because its Assessment date cannot be read.</source>
        <translation>no se fusionó nada de esta fila porque su fecha de evaluación (Assessment date) no se puede leer.</translation>
    </message>
    <message>
        <source>an assessment needs a Status; choose one from the list.</source>
        <translation>una evaluación necesita un estado (Status); elija uno de la lista.</translation>
    </message>
    <message>
        <source>row {row} was not added because some of its cells cannot be read.</source>
        <translation>la fila {row} no se añadió porque algunas de sus celdas no se pueden leer.</translation>
    </message>
    <message>
        <source>the cell holds a formula; formulas are not read. Type the value itself.</source>
        <translation>la celda contiene una fórmula; las fórmulas no se leen. Escriba el valor en sí.</translation>
    </message>
    <message>
        <source>the same row appears several times (rows {rows}) with different values; keep one and merge again.</source>
        <translation>la misma fila aparece varias veces (filas {rows}) con valores distintos; conserve una y vuelva a fusionar.</translation>
    </message>
    <message>
        <source>the row has no hidden ID and its Ref &apos;{ref}&apos; matches no single recommendation of this workbook.</source>
        <translation>la fila no tiene ID oculto y su referencia (Ref) «{ref}» no corresponde a ninguna recomendación única de este libro.</translation>
    </message>
    <message>
        <source>this recommendation was deleted from the workspace after the export; the row was not merged.</source>
        <translation>esta recomendación se eliminó del espacio de trabajo después de la exportación; la fila no se fusionó.</translation>
    </message>
    <message>
        <source>this row&apos;s hidden ID names a record of another member group; the row was not merged.</source>
        <translation>el ID oculto de esta fila designa un registro de otro grupo miembro; la fila no se fusionó.</translation>
    </message>
    <message>
        <source>a new row needs a {header}; row {row} was not added.</source>
        <translation>una fila nueva necesita un valor «{header}»; la fila {row} no se añadió.</translation>
    </message>
    <message>
        <source>this row&apos;s hidden ID is not a recommendation of this workbook (copied from another workbook?); the row was not merged.</source>
        <translation>el ID oculto de esta fila no es una recomendación de este libro (¿copiada de otro libro?); la fila no se fusionó.</translation>
    </message>
    <message>
        <source>the row&apos;s Ref is {ref} but its hidden ID is that of recommendation {id_ref}; one of them was changed, so the row was not merged. Use the workbook you were sent.</source>
        <translation>la referencia (Ref) de la fila es {ref} pero su ID oculto es el de la recomendación {id_ref}; uno de los dos se cambió, así que la fila no se fusionó. Use el libro que se le envió.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in the hidden ID column is not an ID this workbook was given; the row was not merged.</source>
        <translation>«{value}» en la columna ID oculta no es un ID asignado a este libro; la fila no se fusionó.</translation>
    </message>
    <message>
        <source>this record was deleted from the workspace after the export; the row was not merged.</source>
        <translation>este registro se eliminó del espacio de trabajo después de la exportación; la fila no se fusionó.</translation>
    </message>
    <message>
        <source>this value cannot be emptied.</source>
        <translation>este valor no se puede vaciar.</translation>
    </message>
    <message>
        <source>{source}: {file} {sheet}!{cell} ({field}): {reason}</source>
        <translation>{source}: {file} {sheet}!{cell} ({field}): {reason}</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencias</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>compromisos</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>government participants</source>
        <translation>participantes del gobierno</translation>
    </message>
    <message>
        <source>linked refs</source>
        <translation>referencias vinculadas</translation>
    </message>
    <message numerus="yes">
        <source>%n new assessments</source>
        <translation>
            <numerusform>%n evaluación nueva</numerusform>
            <numerusform>%n evaluaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new consultations</source>
        <translation>
            <numerusform>%n consulta nueva</numerusform>
            <numerusform>%n consultas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new follow-up actions</source>
        <translation>
            <numerusform>%n acción de seguimiento nueva</numerusform>
            <numerusform>%n acciones de seguimiento nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>{what}: {field} {old} → {new}</source>
        <translation>{what}: {field} {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed</source>
        <translation>
            <numerusform>%n campo cambiado</numerusform>
            <numerusform>%n campos cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}; {changed}</source>
        <translation>{added}; {changed}</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>Nothing has been done.</source>
        <translation>No se ha hecho nada.</translation>
    </message>
    <message>
        <source>Some steps were taken, but not all that was recommended.</source>
        <translation>Se tomaron algunas medidas, pero no todo lo recomendado.</translation>
    </message>
    <message>
        <source>What was recommended has been done.</source>
        <translation>Se ha hecho lo recomendado.</translation>
    </message>
    <message>
        <source>You have no information.</source>
        <translation>No tiene información.</translation>
    </message>
    <message>
        <source>Recommendations sheet: next to each recommendation assigned to your group, choose the Status from the list, write the Assessment date (YYYY-MM-DD; leave it empty for today), the Evidence you have, your Sources and any Comment.</source>
        <translation>Hoja Recomendaciones: junto a cada recomendación asignada a su grupo, elija el Estado de la lista, escriba la Fecha de la evaluación (AAAA-MM-DD; déjela vacía para hoy), las Evidencias de que disponga, sus Fuentes y cualquier Comentario.</translation>
    </message>
    <message>
        <source>Yellow columns are the ones to fill in; point at a column&apos;s title to read what goes in it. Grey columns give the context and cannot be changed.</source>
        <translation>Las columnas amarillas son las que hay que rellenar; señale el título de una columna para leer qué va en ella. Las columnas grises dan el contexto y no se pueden modificar.</translation>
    </message>
    <message>
        <source>Consultations sheet: correct the meetings already listed, and add new ones in the empty rows (Date, Government body and Kind are needed; Recommendations discussed: refs separated by commas).</source>
        <translation>Hoja Consultas: corrija las reuniones ya listadas y añada otras nuevas en las filas vacías (Fecha, Órgano gubernamental y Tipo son obligatorios; Recomendaciones tratadas: referencias separadas por comas).</translation>
    </message>
    <message>
        <source>Follow-up actions sheet: update the Status of your actions and add new ones in the empty rows.</source>
        <translation>Hoja Acciones de seguimiento: actualice el Estado de sus acciones y añada otras nuevas en las filas vacías.</translation>
    </message>
    <message>
        <source>Do not rename, delete or reorder the sheets, and do not delete the hidden ID column: it is how your answers find their way back. Sorting and filtering rows is fine.</source>
        <translation>No cambie el nombre, no elimine ni reordene las hojas, y no elimine la columna ID oculta: es lo que permite que sus respuestas vuelvan a su lugar. Ordenar y filtrar filas no es problema.</translation>
    </message>
    <message>
        <source>Do not type formulas: they are not read. Do not delete rows to remove something: tell the secretariat instead.</source>
        <translation>No escriba fórmulas: no se leen. No elimine filas para quitar algo: dígaselo a la secretaría.</translation>
    </message>
    <message>
        <source>The statuses</source>
        <translation>Los estados</translation>
    </message>
    <message>
        <source>Printing and sending back</source>
        <translation>Impresión y devolución</translation>
    </message>
    <message>
        <source>Each sheet prints across the width of the page, in landscape, with its column titles on every page.</source>
        <translation>Cada hoja se imprime a lo ancho de la página, en horizontal, con los títulos de las columnas en cada página.</translation>
    </message>
    <message>
        <source>Send back by {deadline}</source>
        <translation>Devolver a más tardar el {deadline}</translation>
    </message>
    <message>
        <source>Returned by {group} to the secretariat of {coalition} on {when}.</source>
        <translation>Devuelto por {group} a la secretaría de {coalition} el {when}.</translation>
    </message>
    <message>
        <source>Sent by {name}, for the secretariat of {coalition}, on {when}.</source>
        <translation>Enviado por {name}, en nombre de la secretaría de {coalition}, el {when}.</translation>
    </message>
    <message>
        <source>Sent by the secretariat of {coalition} on {when}.</source>
        <translation>Enviado por la secretaría de {coalition} el {when}.</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>the file is {mb} MB, far larger than an exchange workbook; it was not opened.</source>
        <translation>el archivo ocupa {mb} MB, mucho más que un libro de intercambio; no se abrió.</translation>
    </message>
    <message>
        <source>this is an old Excel 97-2003 (.xls) file or an encrypted workbook. Open it and save it as .xlsx (Excel Workbook), without a password, then merge again.</source>
        <translation>es un archivo antiguo de Excel 97-2003 (.xls) o un libro cifrado. Ábralo y guárdelo como .xlsx (Libro de Excel), sin contraseña, y vuelva a fusionarlo.</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (it may be another kind of file renamed .xlsx). Send the workbook as it was saved by Excel or LibreOffice.</source>
        <translation>no es un libro .xlsx (puede ser otro tipo de archivo renombrado como .xlsx). Envíe el libro tal como lo guardó Excel o LibreOffice.</translation>
    </message>
    <message>
        <source>cannot be read ({reason}).</source>
        <translation>no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>this zip file is not an Excel workbook (it has no {part}).</source>
        <translation>este archivo zip no es un libro de Excel (no tiene {part}).</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is damaged and cannot be read.</source>
        <translation>la hoja «{sheet}» está dañada y no se puede leer.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the key that signs exchange workbooks is kept inside the workspace file. Protect the workspace with a passphrase to protect the key too.</source>
        <translation>No hay ningún llavero del sistema disponible, así que la clave que firma los libros de intercambio se guarda dentro del archivo del espacio de trabajo. Proteja el espacio de trabajo con una frase de contraseña para proteger también la clave.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has cells as far as column {col}; an exchange workbook never does. Clear the far cells and save again.</source>
        <translation>la hoja «{sheet}» tiene celdas hasta la columna {col}; un libro de intercambio nunca las tiene. Vacíe las celdas lejanas y vuelva a guardar.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has {rows} rows, more than {limit}; it was not read.</source>
        <translation>la hoja «{sheet}» tiene {rows} filas, más de {limit}; no se leyó.</translation>
    </message>
    <message>
        <source>this workbook has no exchange metadata: it was not exported by UPR Desktop, or its hidden sheet was deleted. Use the workbook you were sent.</source>
        <translation>este libro no tiene metadatos de intercambio: no lo exportó UPR Desktop, o se eliminó su hoja oculta. Use el libro que se le envió.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is empty; its header row is gone.</source>
        <translation>la hoja «{sheet}» está vacía; falta su fila de encabezados.</translation>
    </message>
    <message>
        <source>{file}: the hidden ID column of &apos;{sheet}&apos; was deleted; rows are matched by {how} instead.</source>
        <translation>{file}: se eliminó la columna ID oculta de «{sheet}»; las filas se emparejan por {how} en su lugar.</translation>
    </message>
    <message>
        <source>the hidden exchange metadata is damaged (it was edited by hand?). Ask for the workbook again.</source>
        <translation>los metadatos de intercambio ocultos están dañados (¿se editaron a mano?). Vuelva a pedir el libro.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has lost both its hidden ID column and its Ref column, so rows cannot be matched. Use the workbook you were sent.</source>
        <translation>la hoja «{sheet}» ha perdido tanto su columna ID oculta como su columna Ref, así que las filas no se pueden emparejar. Use el libro que se le envió.</translation>
    </message>
    <message>
        <source>{file}: the column &apos;{header}&apos; of &apos;{sheet}&apos; is missing; nothing in it was merged.</source>
        <translation>{file}: falta la columna «{header}» de «{sheet}»; no se fusionó nada de ella.</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({reason}). Open it in Excel or LibreOffice, save it again as .xlsx and retry.</source>
        <translation>el libro no se puede leer ({reason}). Ábralo en Excel o LibreOffice, vuelva a guardarlo como .xlsx e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is missing (renamed or deleted?). Give it back its name &apos;{sheet}&apos; and merge again.</source>
        <translation>falta la hoja «{sheet}» (¿renombrada o eliminada?). Devuélvale su nombre «{sheet}» y vuelva a fusionar.</translation>
    </message>
    <message>
        <source>their Ref</source>
        <translation>su referencia (Ref)</translation>
    </message>
    <message>
        <source>their content</source>
        <translation>su contenido</translation>
    </message>
    <message>
        <source>{where}: characters a spreadsheet cannot hold were replaced by line breaks or removed.</source>
        <translation>{where}: los caracteres que una hoja de cálculo no admite se sustituyeron por saltos de línea o se quitaron.</translation>
    </message>
    <message>
        <source>{where}: the text has {count} characters, more than a spreadsheet cell holds ({limit}); the workbook shows it shortened and it cannot be edited there.</source>
        <translation>{where}: el texto tiene {count} caracteres, más de los que admite una celda de hoja de cálculo ({limit}); el libro lo muestra acortado y no se puede editar allí.</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translation>Elija de la lista</translation>
    </message>
    <message>
        <source>Pick one of the values in the dropdown list.</source>
        <translation>Elija uno de los valores de la lista desplegable.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The record {id} no longer exists in the workspace.</source>
        <translation>El registro {id} ya no existe en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The recommendation {id} no longer exists in the workspace.</source>
        <translation>La recomendación {id} ya no existe en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>An assessment needs a status.</source>
        <translation>Una evaluación necesita un estado.</translation>
    </message>
    <message>
        <source>Unknown recommendation references: {refs}.</source>
        <translation>Referencias de recomendaciones desconocidas: {refs}.</translation>
    </message>
    <message>
        <source>Sensitive fields excluded: government participants, contact details and confidential records are not in this report.</source>
        <translation>Campos sensibles excluidos: los participantes del gobierno, los datos de contacto y los registros confidenciales no figuran en este informe.</translation>
    </message>
    <message>
        <source>Implementation of UPR recommendations: mid-term assessment</source>
        <translation>Aplicación de las recomendaciones del EPU: evaluación de mitad de período</translation>
    </message>
    <message>
        <source>Coverage of UPR recommendations by the coalition</source>
        <translation>Cobertura de las recomendaciones del EPU por la coalición</translation>
    </message>
    <message>
        <source>Consultations with government and follow-up actions</source>
        <translation>Consultas con el gobierno y acciones de seguimiento</translation>
    </message>
    <message>
        <source>Situation as of {date}.</source>
        <translation>Situación a {date}.</translation>
    </message>
    <message>
        <source>Sensitive fields INCLUDED (government participants, contact details, confidential records). Do not share this report outside the coalition.</source>
        <translation>Campos sensibles INCLUIDOS (participantes del gobierno, datos de contacto, registros confidenciales). No comparta este informe fuera de la coalición.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>Estados recomendantes</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Evaluada por</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Evaluada el</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Assessed in the last {months} months</source>
        <translation>Evaluadas en los últimos {months} meses</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>Nunca evaluadas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Última evaluación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Coalition participants</source>
        <translation>Participantes de la coalición</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>Refs.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <source>Recommendations assigned to member group {group}.</source>
        <translation>Recomendaciones asignadas al grupo miembro {group}.</translation>
    </message>
    <message>
        <source>Theme: {theme}.</source>
        <translation>Tema: {theme}.</translation>
    </message>
    <message>
        <source>Assessments, consultations and actions since {date}.</source>
        <translation>Evaluaciones, consultas y acciones desde el {date}.</translation>
    </message>
    <message>
        <source>Recommendations and responses</source>
        <translation>Recomendaciones y respuestas</translation>
    </message>
    <message>
        <source>Current implementation status</source>
        <translation>Estado actual de la aplicación</translation>
    </message>
    <message>
        <source>Status by theme</source>
        <translation>Estado por tema</translation>
    </message>
    <message>
        <source>Current status by theme</source>
        <translation>Estado actual por tema</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Member groups</source>
        <translation>Grupos miembros</translation>
    </message>
    <message>
        <source>Recommendations per member group</source>
        <translation>Recomendaciones por grupo miembro</translation>
    </message>
    <message>
        <source>Consultations per government body</source>
        <translation>Consultas por órgano gubernamental</translation>
    </message>
    <message>
        <source>Consultations per quarter</source>
        <translation>Consultas por trimestre</translation>
    </message>
    <message>
        <source>Deadlines of open actions</source>
        <translation>Plazos de las acciones abiertas</translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation>Participantes del gobierno</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Apoyadas</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotadas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Share of recommendations supported, by regional group of the recommending States</source>
        <translation>Proporción de recomendaciones apoyadas, por grupo regional de los Estados recomendantes</translation>
    </message>
    <message>
        <source>Recommendations: {count}.</source>
        <translation>Recomendaciones: {count}.</translation>
    </message>
    <message>
        <source>Consultations: {count}.</source>
        <translation>Consultas: {count}.</translation>
    </message>
    <message numerus="yes">
        <source>{what} {workspace} from {file}: %n recommendations for {group}</source>
        <translation>
            <numerusform>{what} {workspace} desde {file}: %n recomendación para {group}</numerusform>
            <numerusform>{what} {workspace} desde {file}: %n recomendaciones para {group}</numerusform>
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
            <numerusform>La celda por corregir se escribió en {file}: envíelo al grupo.</numerusform>
            <numerusform>Las %n celdas por corregir se escribieron en {file}: envíelo al grupo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n conflicts.</source>
        <translation>
            <numerusform>%n conflicto resuelto.</numerusform>
            <numerusform>%n conflictos resueltos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recomendación</numerusform>
            <numerusform>%n recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultations</source>
        <translation>
            <numerusform>%n consulta</numerusform>
            <numerusform>%n consultas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions; {overdue} overdue as of {date}.</source>
        <translation>
            <numerusform>%n acción; {overdue} atrasadas al {date}.</numerusform>
            <numerusform>%n acciones; {overdue} atrasadas al {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more rows not imported.</source>
        <translation>
            <numerusform>  ... y %n fila más no importada.</numerusform>
            <numerusform>  ... y %n filas más no importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n &apos;accepted in part&apos; rows were merged into partially supported recommendations.</source>
        <translation>
            <numerusform>  %n fila «aceptada en parte» se fusionó en una recomendación apoyada parcialmente.</numerusform>
            <numerusform>  %n filas «aceptadas en parte» se fusionaron en recomendaciones apoyadas parcialmente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n heading rows were read as theme clusters.</source>
        <translation>
            <numerusform>  %n fila de encabezado se leyó como grupo temático.</numerusform>
            <numerusform>  %n filas de encabezado se leyeron como grupos temáticos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would confirm %n links (nothing was changed).</source>
        <translation>
            <numerusform>Confirmaría %n vínculo (no se cambió nada).</numerusform>
            <numerusform>Confirmaría %n vínculos (no se cambió nada).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n links; undo with: upr-desktop undo</source>
        <translation>
            <numerusform>%n vínculo confirmado; deshaga con: upr-desktop undo</numerusform>
            <numerusform>%n vínculos confirmados; deshaga con: upr-desktop undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n items.</source>
        <translation>
            <numerusform>%n elemento eliminado.</numerusform>
            <numerusform>%n elementos eliminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups converted too.</source>
        <translation>
            <numerusform>%n copia de seguridad convertida también.</numerusform>
            <numerusform>%n copias de seguridad convertidas también.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keys from this computer&apos;s keyring.</source>
        <translation>
            <numerusform>%n clave eliminada del llavero de este equipo.</numerusform>
            <numerusform>%n claves eliminadas del llavero de este equipo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows to {target}; open it with: upr-desktop --workspace &quot;{target}&quot;</source>
        <translation>
            <numerusform>Se copió %n fila a {target}; ábralo con: upr-desktop --workspace &quot;{target}&quot;</numerusform>
            <numerusform>Se copiaron %n filas a {target}; ábralo con: upr-desktop --workspace &quot;{target}&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value, the change log and the search index check out.</source>
        <translation>
            <numerusform>ok: %n fila leída; cada valor guardado, el registro de cambios y el índice de búsqueda son correctos.</numerusform>
            <numerusform>ok: %n filas leídas; cada valor guardado, el registro de cambios y el índice de búsqueda son correctos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value and the change log check out.</source>
        <translation>
            <numerusform>ok: %n fila leída; cada valor guardado y el registro de cambios son correctos.</numerusform>
            <numerusform>ok: %n filas leídas; cada valor guardado y el registro de cambios son correctos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring {backup} (taken {when}) undoes %n changes made since:</source>
        <translation>
            <numerusform>Restaurar {backup} (tomada el {when}) deshace %n cambio hecho desde entonces:</numerusform>
            <numerusform>Restaurar {backup} (tomada el {when}) deshace %n cambios hechos desde entonces:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... y %n más.</numerusform>
            <numerusform>  ... y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>server: {server}, database {database} ({size} bytes), you are {role}</source>
        <translation>servidor: {server}, base de datos {database} ({size} bytes), usted es {role}</translation>
    </message>
    <message>
        <source>file: {path} ({size} bytes, encrypted)</source>
        <translation>archivo: {path} ({size} bytes, cifrado)</translation>
    </message>
    <message>
        <source>file: {path} ({size} bytes, not encrypted)</source>
        <translation>archivo: {path} ({size} bytes, sin cifrar)</translation>
    </message>
    <message>
        <source>  {table}: {now} now, {then} in the backup</source>
        <translation>  {table}: {now} ahora, {then} en la copia de seguridad</translation>
    </message>
    <message>
        <source>Nothing in the workspace is damaged; everything was exported.</source>
        <translation>No hay nada dañado en el espacio de trabajo; se exportó todo.</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(demostración)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>hoja «{sheet}»</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; spans {rows} rows by {columns} columns ({cells} cells), more than the {limit} cells a file may have; it was not opened. Split it into smaller files.</source>
        <translation>la hoja «{sheet}» abarca {rows} filas por {columns} columnas ({cells} celdas), más que las {limit} celdas que puede tener un archivo; no se abrió. Divídala en archivos más pequeños.</translation>
    </message>
    <message>
        <source>{where}: a cell tag is not well formed; it was not opened. Save the file again from Excel or LibreOffice.</source>
        <translation>{where}: una etiqueta de celda está mal formada; no se abrió. Guarde el archivo de nuevo desde Excel o LibreOffice.</translation>
    </message>
    <message>
        <source>{where}: the cell reference &apos;{ref}&apos; is not a plain reference such as B12; it was not opened.</source>
        <translation>{where}: la referencia de celda «{ref}» no es una referencia simple como B12; no se abrió.</translation>
    </message>
    <message>
        <source>it is a binary Excel workbook (.xlsb), which is not read; save it as an Excel Workbook (.xlsx) and try again.</source>
        <translation>es un libro binario de Excel (.xlsb), que no se lee; guárdelo como Libro de Excel (.xlsx) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{where}: a repeat count &apos;{value}&apos; is not a number; it was not opened.</source>
        <translation>{where}: un número de repeticiones «{value}» no es un número; no se abrió.</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; holds more than {limit} cells; it was not opened. Split it into smaller files.</source>
        <translation>la hoja «{sheet}» contiene más de {limit} celdas; no se abrió. Divídala en archivos más pequeños.</translation>
    </message>
    <message>
        <source>{where}: a cell tag names its &apos;{name}&apos; twice, which no spreadsheet program writes; it was not opened.</source>
        <translation>{where}: una etiqueta de celda indica dos veces su «{name}», algo que ninguna hoja de cálculo escribe; no se abrió.</translation>
    </message>
    <message>
        <source>sheet {number}</source>
        <translation>hoja {number}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has cells down to row {row}, more than the {limit} rows it may have; it was not opened.</source>
        <translation>la hoja «{sheet}» tiene celdas hasta la fila {row}, más que las {limit} filas que puede tener; no se abrió.</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has cells as far as column {column} (column {number}), more than the {limit} columns it may have; clear the far cells, save and try again.</source>
        <translation>la hoja «{sheet}» tiene celdas hasta la columna {column} (columna {number}), más que las {limit} columnas que puede tener; vacíe las celdas lejanas, guarde y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>it holds no Excel workbook.</source>
        <translation>no contiene ningún libro de Excel.</translation>
    </message>
    <message>
        <source>the old Excel (.xls) file is damaged ({reason}).</source>
        <translation>el archivo antiguo de Excel (.xls) está dañado ({reason}).</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; holds text without any tag end for megabytes; it is not a spreadsheet part.</source>
        <translation>la parte «{part}» contiene texto sin fin de etiqueta durante megabytes; no es una parte de hoja de cálculo.</translation>
    </message>
    <message>
        <source>{where}: the row number &apos;{row}&apos; is not a number; it was not opened.</source>
        <translation>{where}: el número de fila «{row}» no es un número; no se abrió.</translation>
    </message>
    <message>
        <source>the Word document</source>
        <translation>el documento de Word</translation>
    </message>
    <message>
        <source>the document&apos;s text unpacks to {mb} MB, more than the {limit} MB a matrix may have; it was not opened.</source>
        <translation>el texto del documento se descomprime en {mb} MB, más que los {limit} MB que puede tener una matriz; no se abrió.</translation>
    </message>
    <message>
        <source>the text file is {mb} MB, more than the {limit} MB one import may read; split it into smaller files.</source>
        <translation>el archivo de texto tiene {mb} MB, más que los {limit} MB que puede leer una importación; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>a table row spans more than {limit} columns, which Word itself does not allow; it was not opened.</source>
        <translation>una fila de tabla abarca más de {limit} columnas, algo que Word mismo no permite; no se abrió.</translation>
    </message>
    <message>
        <source>line {line} has {count} fields, more than the {limit} a row may have; it was not read.</source>
        <translation>la línea {line} tiene {count} campos, más que los {limit} que puede tener una fila; no se leyó.</translation>
    </message>
    <message>
        <source>it has more than {limit} rows; split it into smaller files.</source>
        <translation>tiene más de {limit} filas; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>it has more than {limit} fields in all (by line {line}); split it into smaller files.</source>
        <translation>tiene más de {limit} campos en total (en la línea {line}); divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>a field on line {line} is longer than {limit} characters, far longer than any recommendation (a quote left open?).</source>
        <translation>un campo de la línea {line} supera los {limit} caracteres, mucho más que cualquier recomendación (¿unas comillas sin cerrar?).</translation>
    </message>
    <message>
        <source>its tables have more than {limit} rows, far more than any matrix; it was not opened.</source>
        <translation>sus tablas tienen más de {limit} filas, muchas más que cualquier matriz; no se abrió.</translation>
    </message>
    <message>
        <source>its tables have more than {limit} cells, far more than any matrix; it was not opened.</source>
        <translation>sus tablas tienen más de {limit} celdas, muchas más que cualquier matriz; no se abrió.</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (perhaps cut off while copying or downloading). Save or download it again.</source>
        <translation>el archivo está dañado o incompleto (quizá se cortó al copiarlo o descargarlo). Vuelva a guardarlo o a descargarlo.</translation>
    </message>
    <message>
        <source>the archive holds {count} parts, far more than any real file; it was not opened.</source>
        <translation>el archivo comprimido contiene {count} partes, muchas más que cualquier archivo real; no se abrió.</translation>
    </message>
    <message>
        <source>the archive would unpack to {size} MB: this looks like a zip bomb; it was not opened.</source>
        <translation>el archivo comprimido ocuparía {size} MB al descomprimirlo: parece una bomba zip; no se abrió.</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; declares XML entities (a DTD), which Office files never do; it may be an attack and was not opened.</source>
        <translation>la parte «{name}» declara entidades XML (una DTD), algo que los archivos de Office nunca hacen; puede ser un ataque y no se abrió.</translation>
    </message>
    <message>
        <source>the archive contains a part with an unsafe name ({name}); it was not opened.</source>
        <translation>el archivo comprimido contiene una parte con un nombre peligroso ({name}); no se abrió.</translation>
    </message>
    <message>
        <source>the file is protected by a password. Remove the password (in Excel or Word: File &gt; Info &gt; Protect), save it and try again.</source>
        <translation>el archivo está protegido con contraseña. Quite la contraseña (en Excel o Word: Archivo &gt; Información &gt; Proteger), guárdelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; unpacks to {size} MB from {packed} KB: this looks like a zip bomb; it was not opened.</source>
        <translation>la parte «{name}» ocupa {size} MB al descomprimirse a partir de {packed} KB: parece una bomba zip; no se abrió.</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; is larger than it declares (a zip bomb?); the file was not opened.</source>
        <translation>la parte «{name}» es más grande de lo que declara (¿una bomba zip?); el archivo no se abrió.</translation>
    </message>
    <message>
        <source>A file could not be read or written{where}: {reason}.</source>
        <translation>No se pudo leer o escribir un archivo{where}: {reason}.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and the workspace is as it was before. Free some space and try again.</source>
        <translation>El disco está lleno: el cambio no se guardó y el espacio de trabajo está como antes. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The workspace cannot be written (a read-only file, folder or disk): the change was not saved. Every command that only reads still works.</source>
        <translation>No se puede escribir en el espacio de trabajo (archivo, carpeta o disco de solo lectura): el cambio no se guardó. Todas las órdenes de lectura siguen funcionando.</translation>
    </message>
    <message>
        <source>The disk could not be written (an input/output error: a full disk, a failing one, or a USB stick removed?): the change was not saved and the workspace is as it was before.</source>
        <translation>No se pudo escribir en el disco (error de entrada/salida: ¿disco lleno o averiado, o memoria USB retirada?): el cambio no se guardó y el espacio de trabajo está como antes.</translation>
    </message>
    <message>
        <source>Part of the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the damaged record, then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup.</source>
        <translation>Una parte del espacio de trabajo no se puede leer: el archivo está dañado. Ejecute `upr-desktop check` para encontrar el registro dañado y luego `upr-desktop export-json --salvage -o ARCHIVO` para salvar todo lo demás, o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again in a moment.</source>
        <translation>El espacio de trabajo está ocupado: otro programa está escribiendo en él. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The disk is full{where}: the command stopped before finishing and changed nothing. Free some space and try again.</source>
        <translation>El disco está lleno{where}: la orden se detuvo antes de terminar y no cambió nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is read-only{where}: nothing could be written. Every command that only reads still works.</source>
        <translation>El disco es de solo lectura{where}: no se pudo escribir nada. Todas las órdenes de lectura siguen funcionando.</translation>
    </message>
    <message>
        <source>Permission denied{where}: this account may not write there. Choose another place, or ask for the permission.</source>
        <translation>Permiso denegado{where}: esta cuenta no puede escribir allí. Elija otro lugar, o pida el permiso.</translation>
    </message>
    <message>
        <source>The disk could not be read or written{where} (an input/output error: a failing disk, or a USB stick removed?).</source>
        <translation>No se pudo leer o escribir en el disco{where} (error de entrada/salida: ¿disco averiado, o memoria USB retirada?).</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({error}). The details are in {path}; please send them to whoever supports your installation.</source>
        <translation>Un problema inesperado detuvo el comando ({error}). Los detalles están en {path}; envíelos a quien da soporte a su instalación.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({error}).</source>
        <translation>Un problema inesperado detuvo el comando ({error}).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language this app ships; use one of: {languages}.</source>
        <translation>«{code}» no es un idioma que venga con esta aplicación; use uno de estos: {languages}.</translation>
    </message>
    <message>
        <source>Choose at least one member group to export for.</source>
        <translation>Elija al menos un grupo miembro para el que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Salvaged the workspace: %n damaged records left out and listed under &quot;damaged&quot;.</source>
        <translation>
            <numerusform>Espacio de trabajo recuperado: %n registro dañado omitido y listado en &quot;damaged&quot;.</numerusform>
            <numerusform>Espacio de trabajo recuperado: %n registros dañados omitidos y listados en &quot;damaged&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not hold settings</source>
        <translation>no contiene ajustes</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {reason}</source>
        <translation>No se pudo guardar su configuración: {reason}</translation>
    </message>
    <message>
        <source>This PDF would list {rows} rows, hundreds of pages. Narrow it with --group or --theme (the Member group and Theme boxes), or write an .xlsx workbook instead.</source>
        <translation>Este PDF tendría {rows} filas, cientos de páginas. Acótelo con --group o --theme (las listas Grupo miembro y Tema), o guarde en su lugar un libro .xlsx.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Sensitive fields included</source>
        <translation>Campos sensibles incluidos</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>datos de demostración</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>Categoría de acción</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Lead group</source>
        <translation>Grupo líder</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>Grupos de apoyo</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <source>With a lead</source>
        <translation>Con un líder</translation>
    </message>
    <message>
        <source>Assessed in {months} months</source>
        <translation>Evaluadas en {months} meses</translation>
    </message>
    <message>
        <source>{assigned} of {count} assigned.</source>
        <translation>{assigned} de {count} asignadas.</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>Aún sin asignar</translation>
    </message>
    <message>
        <source>These recommendations have no member group yet.</source>
        <translation>Estas recomendaciones aún no tienen grupo miembro.</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Órgano gubernamental</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>Recomendaciones tratadas</translation>
    </message>
    <message>
        <source>With commitments</source>
        <translation>Con compromisos</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Assigned to a member group</source>
        <translation>Asignadas a un grupo miembro</translation>
    </message>
    <message>
        <source>With a lead group</source>
        <translation>Con un grupo líder</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Todas las recomendaciones</translation>
    </message>
    <message>
        <source>Later or no due date</source>
        <translation>Más tarde o sin fecha límite</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>Abiertas o en curso</translation>
    </message>
    <message>
        <source>Generated on {date} by UPR Desktop.</source>
        <translation>Generado el {date} con UPR Desktop.</translation>
    </message>
    <message>
        <source>Demo data for training: the organisations and people in it are invented.</source>
        <translation>Datos de demostración para formación: las organizaciones y personas que aparecen son ficticias.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>emulated (soffice not found): metadata sheet hidden instead of very hidden, quote prefixes, freeze panes and workbook protection dropped, as a LibreOffice resave does</source>
        <translation>emulado (no se encontró soffice): hoja de metadatos oculta en lugar de muy oculta, prefijos de comilla, paneles inmovilizados y protección del libro eliminados, como hace un guardado con LibreOffice</translation>
    </message>
    <message>
        <source>Workshop scenario in {folder} (merge the files one by one with: upr-desktop merge FILE):</source>
        <translation>Escenario de taller en {folder} (fusione los archivos uno por uno con: upr-desktop merge ARCHIVO):</translation>
    </message>
    <message>
        <source>LibreOffice file: {how}</source>
        <translation>Archivo de LibreOffice: {how}</translation>
    </message>
    <message>
        <source>The workshop scenario edits the workspace; run it on the demo coalition only.</source>
        <translation>El escenario de taller modifica el espacio de trabajo; ejecútelo solo en la coalición de demostración.</translation>
    </message>
    <message>
        <source>resaved with LibreOffice Calc (soffice --headless --convert-to xlsx)</source>
        <translation>guardado de nuevo con LibreOffice Calc (soffice --headless --convert-to xlsx)</translation>
    </message>
    <message>
        <source>the same kind of edits, saved by LibreOffice Calc; it must merge like a clean file.</source>
        <translation>el mismo tipo de cambios, guardado con LibreOffice Calc; debe fusionarse como un archivo limpio.</translation>
    </message>
    <message>
        <source>{ref} was also changed in the workspace after the export: a conflict to resolve side by side; the other row merges.</source>
        <translation>{ref} también se modificó en el espacio de trabajo después de la exportación: un conflicto que resolver lado a lado; la otra fila se fusiona.</translation>
    </message>
    <message>
        <source>a status outside the dropdown (&apos;Mostly done&apos;) and a date typed as text (&apos;next Tuesday&apos;): the error report names the cells; the good row still merges.</source>
        <translation>un estado fuera de la lista desplegable (&apos;Mostly done&apos;) y una fecha escrita como texto (&apos;next Tuesday&apos;): el informe de errores indica las celdas; la fila correcta se fusiona igualmente.</translation>
    </message>
    <message>
        <source>conflict on {ref} {field}: ours &apos;{ours}&apos; / theirs &apos;{theirs}&apos;</source>
        <translation>conflicto en {ref} {field}: nuestro valor «{ours}» / su valor «{theirs}»</translation>
    </message>
    <message>
        <source>Resaving {file} with LibreOffice...</source>
        <translation>Guardando de nuevo {file} con LibreOffice...</translation>
    </message>
    <message>
        <source>Expected: {line}</source>
        <translation>Esperado: {line}</translation>
    </message>
    <message>
        <source>A demo workspace already exists at {path}. Open it, or put it back as it was with: upr-desktop demo --reset</source>
        <translation>Ya existe un espacio de trabajo de demostración en {path}. Ábralo, o devuélvalo a su estado original con: upr-desktop demo --reset</translation>
    </message>
    <message>
        <source>{path} is not a demo workspace; --reset only replaces demo data. Choose another file with --workspace.</source>
        <translation>{path} no es un espacio de trabajo de demostración; --reset solo sustituye datos de demostración. Elija otro archivo con --workspace.</translation>
    </message>
    <message>
        <source>{verb} the demo coalition (training data) at {path} in {seconds:.2f} s: {recommendations} recommendations, {groups} member groups, {assignments} assignments, {assessments} assessments, {consultations} consultations, {actions} follow-up actions.</source>
        <translation>{verb}: la coalición de demostración (datos de formación) en {path} en {seconds:.2f} s: {recommendations} recomendaciones, {groups} grupos miembros, {assignments} asignaciones, {assessments} evaluaciones, {consultations} consultas, {actions} acciones de seguimiento.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecido</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>Todavía no hay fusiones.</translation>
    </message>
    <message>
        <source>Merge {id}: {file} from {group} on {when}</source>
        <translation>Fusión {id}: {file} de {group} el {when}</translation>
    </message>
    <message>
        <source>Undid the merge of {file}.</source>
        <translation>Se deshizo la fusión de {file}.</translation>
    </message>
    <message>
        <source>No conflicts waiting.</source>
        <translation>No hay conflictos pendientes.</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: {how}.</source>
        <translation>Conflicto {id} resuelto: {how}.</translation>
    </message>
    <message>
        <source>Wrote the return {file}</source>
        <translation>Devolución escrita: {file}</translation>
    </message>
    <message>
        <source>These workbooks include sensitive information: send them only to people who may see it.</source>
        <translation>Estos libros incluyen información sensible: envíelos solo a personas que puedan verla.</translation>
    </message>
    <message>
        <source>Name one conflict by its number, or use --all.</source>
        <translation>Indique un conflicto por su número, o use --all.</translation>
    </message>
    <message>
        <source>  conflict {sheet}!{cell} {ref} {field}: base &apos;{base}&apos;, ours &apos;{ours}&apos;, theirs &apos;{theirs}&apos;</source>
        <translation>  conflicto {sheet}!{cell} {ref} {field}: base «{base}», nuestro valor «{ours}», su valor «{theirs}»</translation>
    </message>
    <message>
        <source>  rejected {sheet}!{cell}: {reason}</source>
        <translation>  rechazada {sheet}!{cell}: {reason}</translation>
    </message>
    <message>
        <source>--value resolves one conflict; use --take with --all.</source>
        <translation>--value resuelve un solo conflicto; use --take con --all.</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>would add</source>
        <translation>añadiría</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadidas</translation>
    </message>
    <message>
        <source>{file} ({format}): {verb} {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>{file} ({format}): {verb} {added}, actualizadas {updated}, sin cambios {unchanged}, omitidas {skipped}.</translation>
    </message>
    <message>
        <source>  row {row}: {message}</source>
        <translation>  fila {row}: {message}</translation>
    </message>
    <message>
        <source>Added member group {acronym} ({name})</source>
        <translation>Grupo miembro {acronym} añadido ({name})</translation>
    </message>
    <message>
        <source>Filled in by (write your name here):</source>
        <translation>Rellenado por (escriba su nombre aquí):</translation>
    </message>
    <message>
        <source>A recommendation is counted under every theme it has: {several} of the {total} recommendations have several themes, so the theme rows add up to more than {total}.</source>
        <translation>Una recomendación se cuenta en cada uno de sus temas: {several} de las {total} recomendaciones tienen varios temas, por lo que las filas de temas suman más de {total}.</translation>
    </message>
    <message>
        <source>The themes in use are listed on the dashboard.</source>
        <translation>Los temas en uso figuran en el panel.</translation>
    </message>
    <message>
        <source>Workbooks are sent by: {name}</source>
        <translation>Los libros los envía: {name}</translation>
    </message>
    <message>
        <source>No secretariat is set: workbooks say they are sent by the secretariat. Set it with: upr-desktop secretariat NAME</source>
        <translation>No hay secretaría definida: los libros dicen que los envía la secretaría. Defínala con: upr-desktop secretariat NOMBRE</translation>
    </message>
    <message>
        <source> -&gt; decided: {take}</source>
        <translation> -&gt; decidido: {take}</translation>
    </message>
    <message>
        <source>Changed member group {acronym} ({name})</source>
        <translation>Grupo miembro {acronym} ({name}) modificado</translation>
    </message>
    <message>
        <source>No member groups yet.</source>
        <translation>Todavía no hay grupos miembros.</translation>
    </message>
    <message>
        <source>Removed {acronym}. {impact}</source>
        <translation>{acronym} quitado. {impact}</translation>
    </message>
    <message>
        <source>Say what to change: --name, --new-acronym, --region, --focal-point or --language.</source>
        <translation>Indique qué cambiar: --name, --new-acronym, --region, --focal-point o --language.</translation>
    </message>
    <message>
        <source>  (undone)</source>
        <translation>  (deshecha)</translation>
    </message>
    <message>
        <source>  (changed nothing)</source>
        <translation>  (nada cambiado)</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Todavía no hay importaciones.</translation>
    </message>
    <message>
        <source>Undid the import of {file}: {added} recommendations removed, {updated} put back as they were.</source>
        <translation>Se deshizo la importación de {file}: {added} recomendaciones retiradas, {updated} devueltas a su estado anterior.</translation>
    </message>
    <message>
        <source>  This is import {id}; undo it with: upr-desktop imports undo {id}</source>
        <translation>  Es la importación {id}; deshágala con: upr-desktop imports undo {id}</translation>
    </message>
    <message>
        <source>Added recommendation {ref}</source>
        <translation>Recomendación {ref} añadida</translation>
    </message>
    <message>
        <source>Recommendation {ref} already said so; nothing changed.</source>
        <translation>La recomendación {ref} ya decía eso; no se cambió nada.</translation>
    </message>
    <message>
        <source>No recommendations found.</source>
        <translation>No se encontró ninguna recomendación.</translation>
    </message>
    <message>
        <source>Assigned: {created} new, {updated} changed, {unchanged} already so.</source>
        <translation>Asignaciones: {created} nuevas, {updated} cambiadas, {unchanged} ya existentes.</translation>
    </message>
    <message>
        <source>Recorded {status} for {ref} on {date}</source>
        <translation>{status} registrado para {ref} el {date}</translation>
    </message>
    <message>
        <source>Say what to change: --new-ref, --text, --response, --from or --action-category.</source>
        <translation>Indique qué cambiar: --new-ref, --text, --response, --from o --action-category.</translation>
    </message>
    <message>
        <source>Logged consultation with {body} on {date}</source>
        <translation>Consulta con {body} del {date} registrada</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>Todavía no hay consultas.</translation>
    </message>
    <message>
        <source>Added follow-up action {id}</source>
        <translation>Acción de seguimiento {id} añadida</translation>
    </message>
    <message>
        <source>No follow-up actions yet.</source>
        <translation>Todavía no hay acciones de seguimiento.</translation>
    </message>
    <message>
        <source>Wrote the {kind} report to {path} ({note})</source>
        <translation>Informe {kind} escrito en {path} ({note})</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>{file}: the workbook holds macros (.xlsm); they were ignored and never run. Only the cells&apos; values were read.</source>
        <translation>{file}: el libro contiene macros (.xlsm); se ignoraron y nunca se ejecutaron. Solo se leyeron los valores de las celdas.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; cannot be read ({reason}): the workbook is damaged. Ask for the file again.</source>
        <translation>la hoja «{sheet}» no se puede leer ({reason}): el libro está dañado. Pida el archivo de nuevo.</translation>
    </message>
    <message>
        <source>Cycle to cycle: what was recommended before, how it went, and where it stands</source>
        <translation>De un ciclo a otro: qué se recomendó antes, cómo fue y en qué punto está</translation>
    </message>
    <message>
        <source>Unknown report &apos;{kind}&apos;; choose implementation, coverage, consultations or cycle.</source>
        <translation>Informe «{kind}» desconocido; elija implementation, coverage, consultations o cycle.</translation>
    </message>
    <message>
        <source>Recommendations of cycle {cycle}.</source>
        <translation>Recomendaciones del ciclo {cycle}.</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} of %n actions are overdue.</source>
        <translation>
            <numerusform>{overdue} de %n acción atrasada.</numerusform>
            <numerusform>{overdue} de %n acciones atrasadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due in the next {days} days</source>
        <translation>Vencen en los próximos {days} días</translation>
    </message>
    <message>
        <source>Response and its history</source>
        <translation>Respuesta y su historial</translation>
    </message>
    <message>
        <source>Recommended before, and how it fared</source>
        <translation>Recomendada antes, y cómo le fue</translation>
    </message>
    <message>
        <source>Recommendations of the cycle</source>
        <translation>Recomendaciones del ciclo</translation>
    </message>
    <message>
        <source>Decided after the review (pending first): supported</source>
        <translation>Decididas tras el examen (primero pendientes): apoyadas</translation>
    </message>
    <message>
        <source>Decided after the review (pending first): noted</source>
        <translation>Decididas tras el examen (primero pendientes): anotadas</translation>
    </message>
    <message>
        <source>Noted at first, supported later</source>
        <translation>Primero anotadas, apoyadas después</translation>
    </message>
    <message>
        <source>Recommended before (a confirmed predecessor in an earlier cycle)</source>
        <translation>Recomendadas antes (un antecedente confirmado en un ciclo anterior)</translation>
    </message>
    <message>
        <source>Noted in an earlier cycle, supported in this one</source>
        <translation>Anotadas en un ciclo anterior, apoyadas en este</translation>
    </message>
    <message>
        <source>The cycle in figures</source>
        <translation>El ciclo en cifras</translation>
    </message>
    <message>
        <source>How the earlier recommendations fared (latest status of each confirmed predecessor)</source>
        <translation>Cómo les fue a las recomendaciones anteriores (último estado de cada antecedente confirmado)</translation>
    </message>
    <message>
        <source>Current status of the cycle&apos;s recommendations, repeated or new</source>
        <translation>Estado actual de las recomendaciones del ciclo, repetidas o nuevas</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Decided at adoption: {supported} supported / {noted} noted.</source>
        <translation>Decididas en la aprobación: {supported} apoyadas / {noted} anotadas.</translation>
    </message>
    <message>
        <source>Earlier recommendations</source>
        <translation>Recomendaciones anteriores</translation>
    </message>
    <message>
        <source>Recommended before</source>
        <translation>Recomendada antes</translation>
    </message>
    <message>
        <source>New in this cycle</source>
        <translation>Nueva en este ciclo</translation>
    </message>
    <message>
        <source>{ref} (cycle {cycle}): {response}, {status}</source>
        <translation>{ref} (ciclo {cycle}): {response}, {status}</translation>
    </message>
    <message>
        <source>{acronym} has no recommendations of cycle {cycle} assigned.</source>
        <translation>{acronym} no tiene asignada ninguna recomendación del ciclo {cycle}.</translation>
    </message>
    <message>
        <source>Recommendations: {count}; recommended before: {repeated}.</source>
        <translation>Recomendaciones: {count}; recomendadas antes: {repeated}.</translation>
    </message>
    <message>
        <source>The workspace holds no recommendation of cycle {cycle}; its cycles: {cycles}.</source>
        <translation>El espacio de trabajo no contiene ninguna recomendación del ciclo {cycle}; sus ciclos: {cycles}.</translation>
    </message>
    <message>
        <source>Write the report to a .xlsx or .pdf file, or a .html page, not &apos;{name}&apos;.</source>
        <translation>Escriba el informe en un archivo .xlsx o .pdf, o una página .html, no «{name}».</translation>
    </message>
    <message>
        <source>The writer of .{format} reports could not be loaded ({error}). Write an .xlsx workbook or an .html page instead.</source>
        <translation>No se pudo cargar el módulo que escribe los informes .{format} ({error}). Escriba en su lugar un libro .xlsx o una página .html.</translation>
    </message>
    <message>
        <source>No writer for .{format} reports is installed here.</source>
        <translation>Ningún módulo instalado aquí escribe informes .{format}.</translation>
    </message>
    <message>
        <source>{status}: {added}, {updated}, {conflicts}, {rejected}</source>
        <translation>{status}: {added}, {updated}, {conflicts}, {rejected}</translation>
    </message>
    <message>
        <source>a clean return.</source>
        <translation>una devolución sin problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>%n celda rechazada</numerusform>
            <numerusform>%n celdas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: your settings ({path}) could not be read ({reason}); the defaults are used (the backup folder too). Choose your settings again in the app, or correct the file.</source>
        <translation>Nota: no se pudieron leer sus ajustes ({path}) ({reason}); se usan los valores predeterminados (también la carpeta de copias de seguridad). Vuelva a elegir sus ajustes en la aplicación o corrija el archivo.</translation>
    </message>
    <message>
        <source>Note: {path} can only be read ({reason}); it was opened for reading only.</source>
        <translation>Nota: {path} solo se puede leer ({reason}); se abrió en solo lectura.</translation>
    </message>
    <message>
        <source>Note: this workspace holds no recommendation of UPR cycle {cycle} (it holds: {held}).</source>
        <translation>Nota: este espacio de trabajo no contiene ninguna recomendación del ciclo {cycle} del EPU (contiene: {held}).</translation>
    </message>
    <message>
        <source>Not merged: {reason}</source>
        <translation>No fusionado: {reason}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDA</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n asignada</numerusform>
            <numerusform>%n asignadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed</source>
        <translation>
            <numerusform>%n evaluada</numerusform>
            <numerusform>%n evaluadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open actions</source>
        <translation>
            <numerusform>%n acción abierta</numerusform>
            <numerusform>%n acciones abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>{ref} &lt;- {earlier} (cycle {cycle})  score {score:.2f}  {response}; status then: {status}
    {text}
    {earlier_text}</source>
        <translation>{ref} &lt;- {earlier} (ciclo {cycle})  puntuación {score:.2f}  {response}; estado desde entonces: {status}
    {text}
    {earlier_text}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluada</translation>
    </message>
    <message>
        <source>No suggestions at this score: try a lower --min-score.</source>
        <translation>No hay sugerencias con esta puntuación: pruebe un --min-score más bajo.</translation>
    </message>
    <message>
        <source>No links decided yet.</source>
        <translation>Aún no se ha decidido ningún vínculo.</translation>
    </message>
    <message>
        <source>Say which link to confirm: upr-desktop links confirm REF EARLIER_REF (or --above S).</source>
        <translation>Indique qué vínculo confirmar: upr-desktop links confirm REF EARLIER_REF (o --above S).</translation>
    </message>
    <message>
        <source>--dry-run and --cycle go with --above.</source>
        <translation>--dry-run y --cycle se usan con --above.</translation>
    </message>
    <message>
        <source>Confirmed: {earlier} recommended before {ref}.</source>
        <translation>Confirmado: {earlier} recomendada antes que {ref}.</translation>
    </message>
    <message>
        <source>Already so; nothing changed.</source>
        <translation>Ya era así; no cambió nada.</translation>
    </message>
    <message>
        <source>Rejected: {earlier} not recommended before {ref}.</source>
        <translation>Rechazado: {earlier} no se recomendó antes que {ref}.</translation>
    </message>
    <message>
        <source>Cluster {number} (cycle {cycle}): {refs}</source>
        <translation>Grupo {number} (ciclo {cycle}): {refs}</translation>
    </message>
    <message>
        <source>No near-duplicates in this cycle.</source>
        <translation>No hay casi duplicados en este ciclo.</translation>
    </message>
    <message>
        <source>Give either REF EARLIER... or --above S, not both.</source>
        <translation>Indique REF EARLIER... o --above S, no ambos.</translation>
    </message>
    <message>
        <source>Edited recommendation {ref} (now version {version})</source>
        <translation>Recomendación {ref} editada (ahora versión {version})</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments.</source>
        <translation>
            <numerusform>%n asignación retirada.</numerusform>
            <numerusform>%n asignaciones retiradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>--response-on goes with --response: say what the new response is.</source>
        <translation>--response-on va con --response: indique cuál es la nueva respuesta.</translation>
    </message>
    <message>
        <source>           response: {history}</source>
        <translation>           respuesta: {history}</translation>
    </message>
    <message>
        <source>           recommended before: {refs}</source>
        <translation>           recomendada antes: {refs}</translation>
    </message>
    <message>
        <source>Recommendations: {total}; supported: {supported} ({share})</source>
        <translation>Recomendaciones: {total}; apoyadas: {supported} ({share})</translation>
    </message>
    <message>
        <source>Consultations with government: {count}</source>
        <translation>Consultas con el gobierno: {count}</translation>
    </message>
    <message>
        <source>Situation as of {date}</source>
        <translation>Situación a {date}</translation>
    </message>
    <message>
        <source>Assigned to a group: {assigned}; with a lead group: {lead}; assessed in the last {months} months: {assessed}</source>
        <translation>Asignadas a un grupo: {assigned}; con un grupo líder: {lead}; evaluadas en los últimos {months} meses: {assessed}</translation>
    </message>
    <message>
        <source>Follow-up actions: {open} open, {in_progress} in progress, {due_soon} due within {days} days, {overdue} overdue</source>
        <translation>Acciones de seguimiento: {open} abiertas, {in_progress} en curso, {due_soon} vencen en {days} días, {overdue} vencidas</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repita la nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>The key of {path} is remembered on this computer.</source>
        <translation>La clave de {path} está recordada en este equipo.</translation>
    </message>
    <message>
        <source>Keys can be remembered ({backend}).</source>
        <translation>Las claves se pueden recordar ({backend}).</translation>
    </message>
    <message>
        <source>Keys cannot be remembered: {reason}.</source>
        <translation>Las claves no se pueden recordar: {reason}.</translation>
    </message>
    <message>
        <source>A passphrase is needed: run the command in a terminal, or set {env} for scripts.</source>
        <translation>Se necesita una frase de contraseña: ejecute el comando en un terminal, o defina {env} para los scripts.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Backup taken first: {path}</source>
        <translation>Copia de seguridad hecha antes: {path}</translation>
    </message>
    <message>
        <source>Removed {path}: it could not be read to convert it, and it would have stayed readable without the new passphrase.</source>
        <translation>Se eliminó {path}: no se pudo leer para convertirla, y habría seguido siendo legible sin la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Left as it was: {path} (under another passphrase).</source>
        <translation>Se dejó tal cual: {path} (bajo otra frase de contraseña).</translation>
    </message>
    <message>
        <source>The key is remembered on this computer.</source>
        <translation>La clave está recordada en este equipo.</translation>
    </message>
    <message>
        <source>The key could not be remembered: {reason}.</source>
        <translation>No se pudo recordar la clave: {reason}.</translation>
    </message>
    <message>
        <source>{path} is now protected by a passphrase.</source>
        <translation>{path} está ahora protegido por una frase de contraseña.</translation>
    </message>
    <message>
        <source>{path} is no longer encrypted.</source>
        <translation>{path} ya no está cifrado.</translation>
    </message>
    <message>
        <source>The passphrase of {path} was changed.</source>
        <translation>Se cambió la frase de contraseña de {path}.</translation>
    </message>
    <message>
        <source>Cannot remember keys on this computer: {reason}. You will be asked for the passphrase.</source>
        <translation>No se pueden recordar claves en este equipo: {reason}. Se le pedirá la frase de contraseña.</translation>
    </message>
    <message>
        <source>The keyring refused to store the key.</source>
        <translation>El llavero se negó a guardar la clave.</translation>
    </message>
    <message>
        <source>The key of {path} was removed from this computer.</source>
        <translation>Se quitó la clave de {path} de este equipo.</translation>
    </message>
    <message>
        <source>No key of {path} was remembered here.</source>
        <translation>No había ninguna clave de {path} recordada aquí.</translation>
    </message>
    <message>
        <source>Nothing to remove: no workspace at {path}.</source>
        <translation>Nada que quitar: no hay ningún espacio de trabajo en {path}.</translation>
    </message>
    <message>
        <source>This removes for good:
{listing}</source>
        <translation>Esto elimina definitivamente:
{listing}</translation>
    </message>
    <message>
        <source>Type DELETE to confirm: </source>
        <translation>Escriba DELETE para confirmar: </translation>
    </message>
    <message>
        <source>Removing:
{listing}</source>
        <translation>Eliminando:
{listing}</translation>
    </message>
    <message>
        <source>{path} is already protected, and so is every copy of it; use rekey to change its passphrase.</source>
        <translation>{path} ya está protegido, igual que todas sus copias; use rekey para cambiar su frase de contraseña.</translation>
    </message>
    <message>
        <source>The unprotected copies of {path} are now protected by its passphrase.</source>
        <translation>Las copias sin proteger de {path} están ahora protegidas por su frase de contraseña.</translation>
    </message>
    <message>
        <source>Exchange signing keys were removed too: workbooks exported before cannot be checked when they come back (merge them with --trust-unsigned after looking at them).</source>
        <translation>También se eliminaron las claves de firma de los intercambios: los libros exportados antes no se podrán comprobar cuando vuelvan (fusiónelos con --trust-unsigned después de revisarlos).</translation>
    </message>
    <message>
        <source>This would remove:
{listing}
Run again with --yes to remove them.</source>
        <translation>Esto eliminaría:
{listing}
Vuelva a ejecutarlo con --yes para eliminarlos.</translation>
    </message>
    <message>
        <source>The password for {entry} is kept in this computer&apos;s keyring.</source>
        <translation>La contraseña de {entry} se guarda en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>No password given: type it at the prompt, or set {env}.</source>
        <translation>No se dio ninguna contraseña: escríbala cuando se le pida o defina {env}.</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Contraseña de {name}: </translation>
    </message>
    <message>
        <source>{user} may now open this workspace as {role}</source>
        <translation>{user} ya puede abrir este espacio de trabajo como {role}</translation>
    </message>
    <message>
        <source>{path} is a workspace file; remember-password is for a workspace on a server.</source>
        <translation>{path} es un archivo de espacio de trabajo; remember-password es para un espacio de trabajo en un servidor.</translation>
    </message>
    <message>
        <source>Server password: </source>
        <translation>Contraseña del servidor: </translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>recomendaciones</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>exámenes</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>member groups</source>
        <translation>grupos miembros</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>asignaciones</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>evaluaciones</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>consultas</translation>
    </message>
    <message>
        <source>follow-up actions</source>
        <translation>acciones de seguimiento</translation>
    </message>
    <message>
        <source>merges</source>
        <translation>fusiones</translation>
    </message>
    <message>
        <source>changes in the log</source>
        <translation>cambios en el registro</translation>
    </message>
    <message>
        <source>Created workspace &apos;{name}&apos; for {state} at {path}</source>
        <translation>Espacio de trabajo «{name}» creado para {state} en {path}</translation>
    </message>
    <message>
        <source>schema version: {version}</source>
        <translation>versión del esquema: {version}</translation>
    </message>
    <message numerus="yes">
        <source>last backup: {when} (%n kept)</source>
        <translation>
            <numerusform>última copia de seguridad: {when} (%n conservada)</numerusform>
            <numerusform>última copia de seguridad: {when} (%n conservadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Restored {backup}. The state before it was kept as {safety}.</source>
        <translation>{backup} restaurada. El estado anterior se conservó como {safety}.</translation>
    </message>
    <message>
        <source>The workspace cannot be read ({reason}); restoring {backup} (taken {when}) replaces it, and the damaged file is kept aside.</source>
        <translation>El espacio de trabajo no se puede leer ({reason}); restaurar {backup} (hecha el {when}) lo sustituye, y el archivo dañado se aparta.</translation>
    </message>
    <message>
        <source>Restoring {backup} (taken {when}) undoes nothing: it holds everything the workspace holds.</source>
        <translation>Restaurar {backup} (hecha el {when}) no deshace nada: contiene todo lo que contiene el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The current state is backed up first, so this can itself be undone by restoring that backup.</source>
        <translation>Antes se hace una copia del estado actual, así que esta restauración se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation>Deshecho: {label}</translation>
    </message>
    <message>
        <source>Redone: {label}</source>
        <translation>Rehecho: {label}</translation>
    </message>
    <message>
        <source>read only: {reason} (every command that only reads works)</source>
        <translation>solo lectura: {reason} (todas las órdenes de lectura funcionan)</translation>
    </message>
    <message>
        <source>The search index was rebuilt from the recommendations.</source>
        <translation>El índice de búsqueda se reconstruyó a partir de las recomendaciones.</translation>
    </message>
    <message>
        <source>Save what can be read with: upr-desktop export-json --salvage -o FILE; or restore a backup (upr-desktop restore latest --dry-run says what it would undo).</source>
        <translation>Salve lo que se puede leer con: upr-desktop export-json --salvage -o ARCHIVO; o restaure una copia de seguridad (upr-desktop restore latest --dry-run dice lo que desharía).</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>No se cambió nada (--dry-run).</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Escrito: {path}</translation>
    </message>
    <message>
        <source>The protected workspace {path} cannot be read; restore needs its passphrase to check the backup.</source>
        <translation>El espacio de trabajo protegido {path} no se puede leer; la restauración necesita su frase de contraseña para comprobar la copia de seguridad.</translation>
    </message>
</context>
</TS>

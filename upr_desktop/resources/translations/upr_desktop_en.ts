<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsPage</name>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>Unassign %n recommendations</source>
        <translation>
            <numerusform>Unassign %n recommendation</numerusform>
            <numerusform>Unassign %n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n recommendations</source>
        <translation>
            <numerusform>Assign %n recommendation</numerusform>
            <numerusform>Assign %n recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmAboveDialog</name>
    <message numerus="yes">
        <source>Links that would be confirmed: %n (the best suggestion of each recommendation scoring at least this). Nothing is changed until you confirm; Undo takes them all back.</source>
        <translation>
            <numerusform>Links that would be confirmed: %n (the best suggestion of each recommendation scoring at least this). Nothing is changed until you confirm; Undo takes them all back.</numerusform>
            <numerusform>Links that would be confirmed: %n (the best suggestion of each recommendation scoring at least this). Nothing is changed until you confirm; Undo takes them all back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm: %n</source>
        <translation>
            <numerusform>Confirm: %n</numerusform>
            <numerusform>Confirm: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message numerus="yes">
        <source>%n consultations logged.</source>
        <translation>
            <numerusform>%n consultation logged.</numerusform>
            <numerusform>%n consultations logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultations about recommendations of cycle %1.</source>
        <translation>
            <numerusform>%n consultation about recommendations of cycle %1.</numerusform>
            <numerusform>%n consultations about recommendations of cycle %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n follow-up actions are kept without a consultation. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Its %n follow-up action is kept without a consultation. You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Its %n follow-up actions are kept without a consultation. You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n assigned</numerusform>
            <numerusform>%n assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for the %n workbooks</source>
        <translation>
            <numerusform>Folder for the workbook</numerusform>
            <numerusform>Folder for the %n workbooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n workbooks</source>
        <translation>
            <numerusform>Exported %n workbook</numerusform>
            <numerusform>Exported %n workbooks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message numerus="yes">
        <source>%n member groups</source>
        <translation>
            <numerusform>%n member group</numerusform>
            <numerusform>%n member groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations assigned</source>
        <translation>
            <numerusform>%n recommendation assigned</numerusform>
            <numerusform>%n recommendations assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignments overdue</source>
        <translation>
            <numerusform>%n assignment overdue</numerusform>
            <numerusform>%n assignments overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up actions</source>
        <translation>
            <numerusform>%n open follow-up action</numerusform>
            <numerusform>%n open follow-up actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n “accepted in part” rows are merged into partially supported recommendations.</source>
        <translation>
            <numerusform>%n “accepted in part” row is merged into a partially supported recommendation.</numerusform>
            <numerusform>%n “accepted in part” rows are merged into partially supported recommendations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message numerus="yes">
        <source>%n additions</source>
        <translation>
            <numerusform>%n addition</numerusform>
            <numerusform>%n additions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updates</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>%n rejected cell</numerusform>
            <numerusform>%n rejected cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n files</source>
        <translation>
            <numerusform>Merged %n file</numerusform>
            <numerusform>Merged %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>%n conflict resolved</numerusform>
            <numerusform>%n conflicts resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to resolve later</source>
        <translation>
            <numerusform>%n left to resolve later</numerusform>
            <numerusform>%n left to resolve later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenConflictsPanel</name>
    <message numerus="yes">
        <source>✔ Resolved %n conflicts.</source>
        <translation>
            <numerusform>✔ Resolved %n conflict.</numerusform>
            <numerusform>✔ Resolved %n conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationPicker</name>
    <message numerus="yes">
        <source>%n matching recommendations (Enter or Add selected links them).</source>
        <translation>
            <numerusform>%n matching recommendation (Enter or Add selected links it).</numerusform>
            <numerusform>%n matching recommendations (Enter or Add selected links them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments to %1.</source>
        <translation>
            <numerusform>Removed %n assignment to %1.</numerusform>
            <numerusform>Removed %n assignments to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendedBeforePanel</name>
    <message numerus="yes">
        <source>Confirmed predecessors of %1: %n. Select a suggestion, then confirm or reject it.</source>
        <translation>
            <numerusform>Confirmed predecessors of %1: %n. Select a suggestion, then confirm or reject it.</numerusform>
            <numerusform>Confirmed predecessors of %1: %n. Select a suggestion, then confirm or reject it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Links to earlier cycles confirmed: %n.</source>
        <translation>
            <numerusform>Links to earlier cycles confirmed: %n.</numerusform>
            <numerusform>Links to earlier cycles confirmed: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>… and %n more sections in the saved report.</source>
        <translation>
            <numerusform>… and %n more section in the saved report.</numerusform>
            <numerusform>… and %n more sections in the saved report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>Set themes on %n recommendation</numerusform>
            <numerusform>Set themes on %n recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upr_desktop</name>
    <message numerus="yes">
        <source>Assign %n recommendations to {acronym}</source>
        <translation>
            <numerusform>Assign %n recommendation to {acronym}</numerusform>
            <numerusform>Assign %n recommendations to {acronym}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n recommendations from {acronym}</source>
        <translation>
            <numerusform>Unassign %n recommendation from {acronym}</numerusform>
            <numerusform>Unassign %n recommendations from {acronym}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n links to earlier cycles</source>
        <translation>
            <numerusform>Confirm %n link to an earlier cycle</numerusform>
            <numerusform>Confirm %n links to earlier cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n links to earlier cycles</source>
        <translation>
            <numerusform>Reject %n link to an earlier cycle</numerusform>
            <numerusform>Reject %n links to earlier cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>Set themes on %n recommendation</numerusform>
            <numerusform>Set themes on %n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected recommendations no longer exist; refresh the list and try again.</source>
        <translation>
            <numerusform>%n of the selected recommendations no longer exists; refresh the list and try again.</numerusform>
            <numerusform>%n of the selected recommendations no longer exist; refresh the list and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Dashboard&apos;s counts differ from the records in %n places (changed outside the app).</source>
        <translation>
            <numerusform>The Dashboard&apos;s counts differ from the records in %n place (changed outside the app).</numerusform>
            <numerusform>The Dashboard&apos;s counts differ from the records in %n places (changed outside the app).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more changes (--limit 0 shows all).</source>
        <translation>
            <numerusform>  ... and %n more change (--limit 0 shows all).</numerusform>
            <numerusform>  ... and %n more changes (--limit 0 shows all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations to other States (or other cycles/sessions) were left out.</source>
        <translation>
            <numerusform>%n recommendation to another State (or another cycle/session) was left out.</numerusform>
            <numerusform>%n recommendations to other States (or other cycles/sessions) were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({group}), merged on {when}: %n cells could not be used. Please correct them in your workbook and send it again.</source>
        <translation>
            <numerusform>{file} ({group}), merged on {when}: %n cell could not be used. Please correct it in your workbook and send it again.</numerusform>
            <numerusform>{file} ({group}), merged on {when}: %n cells could not be used. Please correct them in your workbook and send it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new assessments</source>
        <translation>
            <numerusform>%n new assessment</numerusform>
            <numerusform>%n new assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new consultations</source>
        <translation>
            <numerusform>%n new consultation</numerusform>
            <numerusform>%n new consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new follow-up actions</source>
        <translation>
            <numerusform>%n new follow-up action</numerusform>
            <numerusform>%n new follow-up actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{overdue} of %n actions are overdue.</source>
        <translation>
            <numerusform>{overdue} of %n action is overdue.</numerusform>
            <numerusform>{overdue} of %n actions are overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>%n rejected cell</numerusform>
            <numerusform>%n rejected cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} {workspace} from {file}: %n recommendations for {group}</source>
        <translation>
            <numerusform>{what} {workspace} from {file}: %n recommendation for {group}</numerusform>
            <numerusform>{what} {workspace} from {file}: %n recommendations for {group}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %n cells to fix to {file}: send it to the group.</source>
        <translation>
            <numerusform>Wrote the cell to fix to {file}: send it to the group.</numerusform>
            <numerusform>Wrote the %n cells to fix to {file}: send it to the group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n conflicts.</source>
        <translation>
            <numerusform>Resolved %n conflict.</numerusform>
            <numerusform>Resolved %n conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultations</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions; {overdue} overdue as of {date}.</source>
        <translation>
            <numerusform>%n action; {overdue} overdue as of {date}.</numerusform>
            <numerusform>%n actions; {overdue} overdue as of {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n assigned</numerusform>
            <numerusform>%n assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed</source>
        <translation>
            <numerusform>%n assessed</numerusform>
            <numerusform>%n assessed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open actions</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more rows not imported.</source>
        <translation>
            <numerusform>  ... and %n more row not imported.</numerusform>
            <numerusform>  ... and %n more rows not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n &apos;accepted in part&apos; rows were merged into partially supported recommendations.</source>
        <translation>
            <numerusform>  %n &apos;accepted in part&apos; row was merged into a partially supported recommendation.</numerusform>
            <numerusform>  %n &apos;accepted in part&apos; rows were merged into partially supported recommendations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n heading rows were read as theme clusters.</source>
        <translation>
            <numerusform>  %n heading row was read as a theme cluster.</numerusform>
            <numerusform>  %n heading rows were read as theme clusters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would confirm %n links (nothing was changed).</source>
        <translation>
            <numerusform>Would confirm %n link (nothing was changed).</numerusform>
            <numerusform>Would confirm %n links (nothing was changed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n links; undo with: upr-desktop undo</source>
        <translation>
            <numerusform>Confirmed %n link; undo with: upr-desktop undo</numerusform>
            <numerusform>Confirmed %n links; undo with: upr-desktop undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments.</source>
        <translation>
            <numerusform>Removed %n assignment.</numerusform>
            <numerusform>Removed %n assignments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n items.</source>
        <translation>
            <numerusform>Removed %n item.</numerusform>
            <numerusform>Removed %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups converted too.</source>
        <translation>
            <numerusform>%n backup converted too.</numerusform>
            <numerusform>%n backups converted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keys from this computer&apos;s keyring.</source>
        <translation>
            <numerusform>Removed %n key from this computer&apos;s keyring.</numerusform>
            <numerusform>Removed %n keys from this computer&apos;s keyring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows to {target}; open it with: upr-desktop --workspace &quot;{target}&quot;</source>
        <translation>
            <numerusform>Copied %n row to {target}; open it with: upr-desktop --workspace &quot;{target}&quot;</numerusform>
            <numerusform>Copied %n rows to {target}; open it with: upr-desktop --workspace &quot;{target}&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last backup: {when} (%n kept)</source>
        <translation>
            <numerusform>last backup: {when} (%n kept)</numerusform>
            <numerusform>last backup: {when} (%n kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value, the change log and the search index check out.</source>
        <translation>
            <numerusform>ok: %n row read, every stored value, the change log and the search index check out.</numerusform>
            <numerusform>ok: %n rows read, every stored value, the change log and the search index check out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value and the change log check out.</source>
        <translation>
            <numerusform>ok: %n row read, every stored value and the change log check out.</numerusform>
            <numerusform>ok: %n rows read, every stored value and the change log check out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring {backup} (taken {when}) undoes %n changes made since:</source>
        <translation>
            <numerusform>Restoring {backup} (taken {when}) undoes %n change made since:</numerusform>
            <numerusform>Restoring {backup} (taken {when}) undoes %n changes made since:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... and %n more.</numerusform>
            <numerusform>  ... and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Salvaged the workspace: %n damaged records left out and listed under &quot;damaged&quot;.</source>
        <translation>
            <numerusform>Salvaged the workspace: %n damaged record left out and listed under &quot;damaged&quot;.</numerusform>
            <numerusform>Salvaged the workspace: %n damaged records left out and listed under &quot;damaged&quot;.</numerusform>
        </translation>
    </message>
</context>
</TS>

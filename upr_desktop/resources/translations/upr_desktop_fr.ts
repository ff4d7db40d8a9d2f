<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>Sensitive fields included</source>
        <translation>Champs sensibles inclus</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>This PDF would list {rows} rows, hundreds of pages. Narrow it with --group or --theme (the Member group and Theme boxes), or write an .xlsx workbook instead.</source>
        <translation>Ce PDF compterait {rows} lignes, soit des centaines de pages. Restreignez-le avec --group ou --theme (les listes Groupe membre et Thème), ou enregistrez plutôt un classeur .xlsx.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About UPR Desktop</source>
        <translation>À propos d&apos;UPR Desktop</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;À propos</translation>
    </message>
    <message>
        <source>Licence of UPR Desktop</source>
        <translation>Licence d&apos;UPR Desktop</translation>
    </message>
    <message>
        <source>Licences of the software UPR Desktop includes</source>
        <translation>Licences des logiciels inclus dans UPR Desktop</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>&amp;Third-party software</source>
        <translation>Logiciels &amp;tiers</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>UPR Desktop %1</source>
        <translation>UPR Desktop %1</translation>
    </message>
    <message>
        <source>Follow up on Universal Periodic Review recommendations as a coalition, offline.</source>
        <translation>Assurer en coalition le suivi des recommandations de l&apos;Examen périodique universel, hors ligne.</translation>
    </message>
    <message>
        <source>Copyright © UPR Desktop contributors.</source>
        <translation>Copyright © les contributeurs d&apos;UPR Desktop.</translation>
    </message>
    <message>
        <source>UPR Desktop is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The Licence tab has the full text; the Third-party software tab lists the libraries it includes and their licences.</source>
        <translation>UPR Desktop est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la Licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie. L&apos;onglet Licence en donne le texte complet ; l&apos;onglet Logiciels tiers liste les bibliothèques qu&apos;il inclut et leurs licences.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add follow-up action</source>
        <translation>Ajouter une action de suivi</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>Modifier l&apos;action de suivi</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <source>Has a &amp;due date</source>
        <translation>A une &amp;échéance</translation>
    </message>
    <message>
        <source>C&amp;onfidential (kept out of shared exports)</source>
        <translation>C&amp;onfidentiel (exclu des exports partagés)</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation>Consultation :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Description de l&apos;action</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>Responsible group</source>
        <translation>Groupe responsable</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Follow-up action saved</source>
        <translation>Action de suivi enregistrée</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Show the actions about one UPR cycle&apos;s recommendations</source>
        <translation>Afficher les actions portant sur les recommandations d&apos;un cycle de l&apos;EPU</translation>
    </message>
    <message>
        <source>&amp;Add action...</source>
        <translation>&amp;Ajouter une action...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>Marquer &amp;fait</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up actions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Actions de suivi&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <source>%1 shown; %2 overdue as of %4 (marked %3).</source>
        <translation>%1 affichées ; %2 en retard au %4 (signalées par %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>Marquée faite : %1</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>Supprimer l&apos;action de suivi</translation>
    </message>
    <message>
        <source>Delete this follow-up action?</source>
        <translation>Supprimer cette action de suivi ?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Delete action</source>
        <translation>&amp;Supprimer l&apos;action</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>%1 Overdue: %2</source>
        <translation>%1 En retard : %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Add assessment of %1</source>
        <translation>Ajouter une évaluation de %1</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>Choisissez un statut…</translation>
    </message>
    <message>
        <source>(the coalition as a whole)</source>
        <translation>(la coalition dans son ensemble)</translation>
    </message>
    <message>
        <source>What shows this status: laws passed, budgets, cases, statistics...</source>
        <translation>Ce qui justifie ce statut : lois adoptées, budgets, affaires, statistiques...</translation>
    </message>
    <message>
        <source>Links or documents</source>
        <translation>Liens ou documents</translation>
    </message>
    <message>
        <source>&amp;Confidential (never leaves this workspace in exports)</source>
        <translation>&amp;Confidentiel (ne quitte jamais cet espace de travail lors des exports)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Assessed by:</source>
        <translation>É&amp;valué par :</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Évalué par</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>É&amp;léments de preuve :</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>S&amp;ources :</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire :</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Ajouter l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>Unassign %n recommendations</source>
        <translation>
            <numerusform>Retirer l&apos;attribution de %n recommandation</numerusform>
            <numerusform>Retirer l&apos;attribution de %n recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n recommendations</source>
        <translation>
            <numerusform>Attribuer %n recommandation</numerusform>
            <numerusform>Attribuer %n recommandations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member &amp;group:</source>
        <translation>&amp;Groupe membre :</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>Groupe membre</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>There are no member groups yet. Add them on the Member groups page.</source>
        <translation>Il n&apos;y a pas encore de groupe membre. Ajoutez-les sur la page Groupes membres.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
</context>
<context>
    <name>BarChartView</name>
    <message>
        <source>%1 — counting…</source>
        <translation>%1 — calcul en cours…</translation>
    </message>
</context>
<context>
    <name>ConfirmAboveDialog</name>
    <message>
        <source>Confirm all above a score</source>
        <translation>Tout confirmer au-dessus d&apos;un score</translation>
    </message>
    <message>
        <source>Mi&amp;nimum score:</source>
        <translation>Score mi&amp;nimum :</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Score minimum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antérieure</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>Recommandation antérieure</translation>
    </message>
    <message>
        <source>Links that would be confirmed</source>
        <translation>Liens qui seraient confirmés</translation>
    </message>
    <message>
        <source>Looking for suggestions...</source>
        <translation>Recherche des suggestions...</translation>
    </message>
    <message numerus="yes">
        <source>Links that would be confirmed: %n (the best suggestion of each recommendation scoring at least this). Nothing is changed until you confirm; Undo takes them all back.</source>
        <translation>
            <numerusform>Liens qui seraient confirmés : %n (la meilleure suggestion de chaque recommandation atteignant ce score). Rien n&apos;est modifié avant votre confirmation ; Annuler les retire tous.</numerusform>
            <numerusform>Liens qui seraient confirmés : %n (la meilleure suggestion de chaque recommandation atteignant ce score). Rien n&apos;est modifié avant votre confirmation ; Annuler les retire tous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm: %n</source>
        <translation>
            <numerusform>Confirmer : %n</numerusform>
            <numerusform>Confirmer : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>Valeur modifiée</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When exported (base)</source>
        <translation>À l&apos;export (base)</translation>
    </message>
    <message>
        <source>Ours (secretariat)</source>
        <translation>La nôtre (secrétariat)</translation>
    </message>
    <message>
        <source>Theirs (group)</source>
        <translation>La leur (groupe)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Valeur retenue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Organe gouvernemental</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation>Participants du gouvernement</translation>
    </message>
    <message>
        <source>Linked refs</source>
        <translation>Réf. liées</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <source>All &amp;ours</source>
        <translation>Toutes les &amp;nôtres</translation>
    </message>
    <message>
        <source>All t&amp;heirs</source>
        <translation>Toutes les &amp;leurs</translation>
    </message>
    <message>
        <source>Conflicts side by side</source>
        <translation>Conflits côte à côte</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>p. ex. ministère de la Justice</translation>
    </message>
    <message>
        <source>Sensitive: names of officials are left out of exchange workbooks and shared exports.</source>
        <translation>Sensible : les noms des responsables sont exclus des classeurs d&apos;échange et des exports partagés.</translation>
    </message>
    <message>
        <source>Con&amp;fidential (kept out of shared exports)</source>
        <translation>Con&amp;fidentiel (exclu des exports partagés)</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Date de la consultation</translation>
    </message>
    <message>
        <source>Government &amp;body:</source>
        <translation>&amp;Organe gouvernemental :</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Organe gouvernemental</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Kind of consultation</source>
        <translation>Type de consultation</translation>
    </message>
    <message>
        <source>Led by &amp;group:</source>
        <translation>Menée par le &amp;groupe :</translation>
    </message>
    <message>
        <source>Member group that led it</source>
        <translation>Groupe membre qui l&apos;a menée</translation>
    </message>
    <message>
        <source>&amp;Coalition participants:</source>
        <translation>Participants de la &amp;coalition :</translation>
    </message>
    <message>
        <source>Coalition participants</source>
        <translation>Participants de la coalition</translation>
    </message>
    <message>
        <source>Go&amp;vernment participants (sensitive):</source>
        <translation>Participants du go&amp;uvernement (sensible) :</translation>
    </message>
    <message>
        <source>Government participants, sensitive</source>
        <translation>Participants du gouvernement, sensible</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Recommandations :</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>Recommandations discutées</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Rés&amp;umé :</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Co&amp;mmitments:</source>
        <translation>Enga&amp;gements :</translation>
    </message>
    <message>
        <source>Commitments made</source>
        <translation>Engagements pris</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>&amp;New consultation</source>
        <translation>&amp;Nouvelle consultation</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>Show the consultations about one UPR cycle&apos;s recommendations</source>
        <translation>Afficher les consultations portant sur les recommandations d&apos;un cycle de l&apos;EPU</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consultations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Consultations&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Save consultation</source>
        <translation>&amp;Enregistrer la consultation</translation>
    </message>
    <message>
        <source>Follow-up actions of this consultation</source>
        <translation>Actions de suivi de cette consultation</translation>
    </message>
    <message>
        <source>Add &amp;follow-up action...</source>
        <translation>Ajouter une action de &amp;suivi...</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message numerus="yes">
        <source>%n consultations logged.</source>
        <translation>
            <numerusform>%n consultation enregistrée.</numerusform>
            <numerusform>%n consultations enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultations about recommendations of cycle %1.</source>
        <translation>
            <numerusform>%n consultation portant sur des recommandations du cycle %1.</numerusform>
            <numerusform>%n consultations portant sur des recommandations du cycle %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n follow-up actions are kept without a consultation. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Son action de suivi (%n) est conservée sans consultation. Vous pouvez annuler avec Ctrl+Z.</numerusform>
            <numerusform>Ses %n actions de suivi sont conservées sans consultation. Vous pouvez annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;New consultation&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nouvelle consultation&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Consultation with %1 on %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Consultation avec %1 le %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Save the consultation first, then add its follow-up actions.</source>
        <translation>Enregistrez d&apos;abord la consultation, puis ajoutez ses actions de suivi.</translation>
    </message>
    <message>
        <source>Consultation saved</source>
        <translation>Consultation enregistrée</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>Supprimer la consultation</translation>
    </message>
    <message>
        <source>Delete the consultation with %1 on %2?</source>
        <translation>Supprimer la consultation avec %1 du %2 ?</translation>
    </message>
    <message>
        <source>&amp;Delete consultation</source>
        <translation>&amp;Supprimer la consultation</translation>
    </message>
</context>
<context>
    <name>ConsultationsTable</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Organe gouvernemental</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Recs</source>
        <translation>Recos</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>CycleChoice</name>
    <message>
        <source>Show the work of one UPR cycle</source>
        <translation>Afficher le travail d&apos;un cycle de l&apos;EPU</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>Tous les cycles</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ycle :</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Cycle %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asie-Pacifique</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Europe orientale</translation>
    </message>
    <message>
        <source>Latin America and Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <source>Western Europe and others</source>
        <translation>Europe occidentale et autres</translation>
    </message>
    <message>
        <source>Observer States</source>
        <translation>États observateurs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Show the figures of one member group</source>
        <translation>Afficher les chiffres d&apos;un groupe membre</translation>
    </message>
    <message>
        <source>All member groups</source>
        <translation>Tous les groupes membres</translation>
    </message>
    <message>
        <source>Show the figures of one UPR cycle</source>
        <translation>Afficher les chiffres d&apos;un cycle de l&apos;EPU</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Soutenues</translation>
    </message>
    <message>
        <source>Assigned to a group</source>
        <translation>Attribuées à un groupe</translation>
    </message>
    <message>
        <source>With a lead group</source>
        <translation>Avec un groupe chef de file</translation>
    </message>
    <message>
        <source>Assessed in the last 6 months</source>
        <translation>Évaluées ces 6 derniers mois</translation>
    </message>
    <message>
        <source>Consultations with government</source>
        <translation>Consultations avec le gouvernement</translation>
    </message>
    <message>
        <source>Follow-up actions overdue</source>
        <translation>Actions de suivi en retard</translation>
    </message>
    <message>
        <source>Implementation status by theme</source>
        <translation>État de mise en œuvre par thème</translation>
    </message>
    <message>
        <source>Recommendations by response</source>
        <translation>Recommandations par réponse</translation>
    </message>
    <message>
        <source>Implementation status by member group</source>
        <translation>État de mise en œuvre par groupe membre</translation>
    </message>
    <message>
        <source>Supported, by regional group of the recommending States</source>
        <translation>Soutenues, par groupe régional des États recommandants</translation>
    </message>
    <message>
        <source>Recommending States (most recommendations)</source>
        <translation>États recommandants (le plus de recommandations)</translation>
    </message>
    <message>
        <source>Action categories</source>
        <translation>Catégories d&apos;action</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Consultations per quarter</source>
        <translation>Consultations par trimestre</translation>
    </message>
    <message>
        <source>Point at a bar to see its number; click it to list those recommendations.</source>
        <translation>Survolez une barre pour voir son chiffre ; cliquez dessus pour lister ces recommandations.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>Situation as of %1</source>
        <translation>Situation au %1</translation>
    </message>
    <message>
        <source>Situation as of %1; counting the rest…</source>
        <translation>Situation au %1 ; calcul du reste…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>The Recommendations page cannot be filtered from here in this version.</source>
        <translation>La page Recommandations ne peut pas encore être filtrée d&apos;ici dans cette version.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a recommendation to see its details.</source>
        <translation>Sélectionnez une recommandation pour voir ses détails.</translation>
    </message>
    <message>
        <source>Recommendation details</source>
        <translation>Détails de la recommandation</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texte intégral</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Attribuée à :</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Assign to group...</source>
        <translation>Attribuer à un groupe...</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Retirer l&apos;attribution</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Assessment timeline</source>
        <translation>Chronologie des évaluations</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Add assessment...</source>
        <translation>&amp;Ajouter une évaluation...</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>É&amp;valuations</translation>
    </message>
    <message>
        <source>Linked consultations</source>
        <translation>Consultations liées</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Organe gouvernemental</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Co&amp;nsultations</source>
        <translation>Co&amp;nsultations</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>cycle %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Thèmes : %1</translation>
    </message>
    <message>
        <source>coalition</source>
        <translation>coalition</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>No recommendation matches this search and these filters. Change the search or a filter, or clear them all to see every recommendation.</source>
        <translation>Aucune recommandation ne correspond à cette recherche et à ces filtres. Modifiez la recherche ou un filtre, ou effacez-les tous pour voir toutes les recommandations.</translation>
    </message>
    <message>
        <source>No recommendations yet. Import them with File → Import recommendations (Ctrl+I).</source>
        <translation>Aucune recommandation pour l&apos;instant. Importez-les avec Fichier → Importer des recommandations (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>UPR Desktop hit an unexpected problem. The change in progress was not saved; everything saved before is intact. Please copy this report and send it to whoever supports your coalition&apos;s installation.</source>
        <translation>UPR Desktop a rencontré un problème inattendu. La modification en cours n&apos;a pas été enregistrée ; tout ce qui avait été enregistré avant est intact. Copiez ce rapport et envoyez-le à la personne qui s&apos;occupe de l&apos;installation de votre coalition.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapport d&apos;erreur</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Impossible</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>E&amp;xport workbooks</source>
        <translation>E&amp;xporter des classeurs</translation>
    </message>
    <message>
        <source>&amp;Merge returns</source>
        <translation>&amp;Fusionner les retours</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Open &amp;conflicts (%1)</source>
        <translation>&amp;Conflits ouverts (%1)</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Member &amp;groups (choose one or several):</source>
        <translation>&amp;Groupes membres (un ou plusieurs) :</translation>
    </message>
    <message>
        <source>Member groups to export for</source>
        <translation>Groupes membres pour lesquels exporter</translation>
    </message>
    <message>
        <source>Which recommendations</source>
        <translation>Quelles recommandations</translation>
    </message>
    <message>
        <source>All &amp;assigned to the group</source>
        <translation>Toutes celles &amp;attribuées au groupe</translation>
    </message>
    <message>
        <source>Only these &amp;refs:</source>
        <translation>Seulement ces &amp;réf. :</translation>
    </message>
    <message>
        <source>Only the &amp;theme:</source>
        <translation>Seulement le &amp;thème :</translation>
    </message>
    <message>
        <source>e.g. 115.1, 115.4</source>
        <translation>p. ex. 115.1, 115.4</translation>
    </message>
    <message>
        <source>Refs to export</source>
        <translation>Réf. à exporter</translation>
    </message>
    <message>
        <source>Theme to export</source>
        <translation>Thème à exporter</translation>
    </message>
    <message>
        <source>Export the work of one UPR cycle</source>
        <translation>Exporter le travail d&apos;un cycle de l&apos;EPU</translation>
    </message>
    <message>
        <source>&amp;Deadline for the return:</source>
        <translation>&amp;Date limite du retour :</translation>
    </message>
    <message>
        <source>Deadline for the return</source>
        <translation>Date limite du retour</translation>
    </message>
    <message>
        <source>Workbook &amp;language:</source>
        <translation>&amp;Langue des classeurs :</translation>
    </message>
    <message>
        <source>Language of the workbooks</source>
        <translation>Langue des classeurs</translation>
    </message>
    <message>
        <source>Each group&apos;s own language</source>
        <translation>La langue de chaque groupe</translation>
    </message>
    <message>
        <source>The Read me, column titles, dropdown values and messages of the workbook are in this language. Returns are read back whatever their language.</source>
        <translation>Le Lisez-moi, les titres des colonnes, les valeurs des listes déroulantes et les messages du classeur sont dans cette langue. Les retours sont relus quelle que soit leur langue.</translation>
    </message>
    <message>
        <source>Sent &amp;by (the secretariat):</source>
        <translation>&amp;Envoyé par (le secrétariat) :</translation>
    </message>
    <message>
        <source>e.g. the coordinator&apos;s name, or the secretariat&apos;s</source>
        <translation>p. ex. le nom de la coordinatrice ou du secrétariat</translation>
    </message>
    <message>
        <source>Written in each workbook&apos;s Read me; kept in the workspace</source>
        <translation>Écrit dans la feuille Lisez-moi de chaque classeur ; conservé dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Include &amp;sensitive information</source>
        <translation>Inclure les informations &amp;sensibles</translation>
    </message>
    <message>
        <source>Adds the government participants of consultations and every record marked confidential (recommendations, assessments, consultations, follow-up actions). Send such workbooks only to people who may see them.</source>
        <translation>Ajoute les participants du gouvernement aux consultations et tout enregistrement marqué confidentiel (recommandations, évaluations, consultations, actions de suivi). N&apos;envoyez ces classeurs qu&apos;aux personnes autorisées à les voir.</translation>
    </message>
    <message>
        <source>&amp;Export workbooks...</source>
        <translation>&amp;Exporter les classeurs...</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n attribuée</numerusform>
            <numerusform>%n attribuées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for the %n workbooks</source>
        <translation>
            <numerusform>Dossier pour %n classeur</numerusform>
            <numerusform>Dossier des %n classeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n workbooks</source>
        <translation>
            <numerusform>%n classeur exporté</numerusform>
            <numerusform>%n classeurs exportés</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the workbook for %1</source>
        <translation>Enregistrer le classeur pour %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting workbooks</source>
        <translation>Export des classeurs</translation>
    </message>
    <message>
        <source>✔ %1: %2 (%3 recommendations, %4 consultations, %5 actions)</source>
        <translation>✔ %1 : %2 (%3 recommandations, %4 consultations, %5 actions)</translation>
    </message>
    <message>
        <source>⚠ These workbooks include sensitive information: send them only to people who may see it.</source>
        <translation>⚠ Ces classeurs contiennent des informations sensibles : ne les envoyez qu&apos;aux personnes autorisées à les voir.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search reference, text or State (Ctrl+F)</source>
        <translation>Rechercher une référence, un texte ou un État (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search recommendations</source>
        <translation>Rechercher des recommandations</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>Dernier statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>Groupe membre</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Recommending State</source>
        <translation>État recommandant</translation>
    </message>
    <message>
        <source>Any State</source>
        <translation>Tous les États</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>Catégorie d&apos;action</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation>Tous les cycles</translation>
    </message>
    <message>
        <source>&amp;Unassigned only</source>
        <translation>&amp;Non attribuées seulement</translation>
    </message>
    <message>
        <source>Not assessed &amp;since</source>
        <translation>Non évaluées &amp;depuis</translation>
    </message>
    <message>
        <source>Not assessed since this date</source>
        <translation>Non évaluées depuis cette date</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Cycle %1</translation>
    </message>
</context>
<context>
    <name>Fitting</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add member group</source>
        <translation>Ajouter un groupe membre</translation>
    </message>
    <message>
        <source>Edit member group %1</source>
        <translation>Modifier le groupe membre %1</translation>
    </message>
    <message>
        <source>Sensitive: left out of exchange workbooks and shared exports.</source>
        <translation>Sensible : exclu des classeurs d&apos;échange et des exports partagés.</translation>
    </message>
    <message>
        <source>Not set (English)</source>
        <translation>Non définie (anglais)</translation>
    </message>
    <message>
        <source>The exchange workbooks sent to this group are written in this language.</source>
        <translation>Les classeurs d&apos;échange envoyés à ce groupe sont rédigés dans cette langue.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>&amp;Focal point:</source>
        <translation>&amp;Point focal :</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>&amp;Contact details (sensitive):</source>
        <translation>&amp;Coordonnées (sensible) :</translation>
    </message>
    <message>
        <source>Contact details, sensitive</source>
        <translation>Coordonnées, sensible</translation>
    </message>
    <message>
        <source>&amp;Workbook language:</source>
        <translation>&amp;Langue des classeurs :</translation>
    </message>
    <message>
        <source>Language of the group&apos;s workbooks</source>
        <translation>Langue des classeurs du groupe</translation>
    </message>
    <message>
        <source>The acronym is one word (at most 30 characters) and must differ from every other group&apos;s.</source>
        <translation>Le sigle est un seul mot (30 caractères au plus) et doit différer de celui de tous les autres groupes.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Member groups</source>
        <translation>Groupes membres</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Member groups&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Groupes membres&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Add group...</source>
        <translation>&amp;Ajouter un groupe...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Retirer...</translation>
    </message>
    <message>
        <source>Add a member group (Insert in the table)</source>
        <translation>Ajouter un groupe membre (Inser dans le tableau)</translation>
    </message>
    <message>
        <source>Edit the selected group (F2 or Enter)</source>
        <translation>Modifier le groupe sélectionné (F2 ou Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected group (Delete)</source>
        <translation>Retirer le groupe sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Count the work of one UPR cycle</source>
        <translation>Compter le travail d&apos;un cycle de l&apos;EPU</translation>
    </message>
    <message>
        <source>No member groups yet. Add the first one with Add group (Insert).</source>
        <translation>Aucun groupe membre pour le moment. Ajoutez le premier avec Ajouter un groupe (Inser).</translation>
    </message>
    <message>
        <source>%1; %2 with overdue work (marked %3).</source>
        <translation>%1 ; %2 avec du travail en retard (signalés par %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n member groups</source>
        <translation>
            <numerusform>%n groupe membre</numerusform>
            <numerusform>%n groupes membres</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3, %4 assessed; %5; %6, %7 overdue. Focal point: %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) : %3, %4 évaluées ; %5 ; %6, %7 en retard. Point focal : %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations assigned</source>
        <translation>
            <numerusform>%n recommandation attribuée</numerusform>
            <numerusform>%n recommandations attribuées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignments overdue</source>
        <translation>
            <numerusform>%n attribution en retard</numerusform>
            <numerusform>%n attributions en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up actions</source>
        <translation>
            <numerusform>%n action de suivi ouverte</numerusform>
            <numerusform>%n actions de suivi ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its load in detail.</source>
        <translation>Sélectionnez un groupe pour voir sa charge en détail.</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>aucun désigné</translation>
    </message>
    <message>
        <source>Saved member group %1</source>
        <translation>Groupe membre %1 enregistré</translation>
    </message>
    <message>
        <source>Remove member group</source>
        <translation>Retirer le groupe membre</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>Retirer %1 (%2) ?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Retirer le groupe</translation>
    </message>
    <message>
        <source>Removed member group %1</source>
        <translation>Groupe membre %1 retiré</translation>
    </message>
</context>
<context>
    <name>GroupsTable</name>
    <message>
        <source>%1 assignments past their due date without an assessment; %2 follow-up actions past due</source>
        <translation>%1 attributions dont l’échéance est passée sans évaluation ; %2 actions de suivi en retard</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuées</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évaluées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>↶ undone</source>
        <translation>↶ annulée</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>changed nothing</source>
        <translation>rien changé</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History of merges and imports</source>
        <translation>Historique des fusions et des importations</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>&amp;Send the rejected cells back…</source>
        <translation>&amp;Renvoyer les cellules rejetées…</translation>
    </message>
    <message>
        <source>A short workbook listing the cells this merge could not use, to send to the group</source>
        <translation>Un court classeur listant les cellules que cette fusion n&apos;a pas pu utiliser, à envoyer au groupe</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Annuler la fusion</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>Fusion de %1</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Wrote the cells to fix to %1: send it to the group.</source>
        <translation>Cellules à corriger écrites dans %1 : envoyez-le au groupe.</translation>
    </message>
    <message>
        <source>Save the cells to fix for %1</source>
        <translation>Enregistrer les cellules à corriger pour %1</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV (*.csv);;Text (*.txt)</source>
        <translation>Classeur (*.xlsx);;CSV (*.csv);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>Undid the merge of %1.</source>
        <translation>La fusion de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Undid the import of %1.</source>
        <translation>Importation de %1 annulée.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>&amp;Force: undo anyway</source>
        <translation>&amp;Forcer : annuler quand même</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>UPR Info database export</source>
        <translation>Export de la base de données UPR Info</translation>
    </message>
    <message>
        <source>OHCHR thematic matrix</source>
        <translation>Matrice thématique du HCDH</translation>
    </message>
    <message>
        <source>UHRI export (Universal Human Rights Index)</source>
        <translation>Export de l&apos;IUDH (Index universel des droits de l&apos;homme)</translation>
    </message>
    <message>
        <source>Table with a header row</source>
        <translation>Tableau avec une ligne d&apos;en-têtes</translation>
    </message>
    <message>
        <source>Import recommendations</source>
        <translation>Importer des recommandations</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>&amp;Prévisualiser à nouveau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>C&amp;hoose files...</source>
        <translation>C&amp;hoisir des fichiers...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <source>Column &amp;mapping...</source>
        <translation>Correspondance des &amp;colonnes...</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Choose or drop a file (xlsx, xls, ods, csv, docx or json).</source>
        <translation>Choisissez ou déposez un fichier (xlsx, xls, ods, csv, docx ou json).</translation>
    </message>
    <message>
        <source>Which recommendations</source>
        <translation>Quelles recommandations</translation>
    </message>
    <message>
        <source>This workspace&apos;s State</source>
        <translation>L&apos;État de cet espace de travail</translation>
    </message>
    <message>
        <source>Another &amp;State:</source>
        <translation>Un autre É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;All States in the file</source>
        <translation>&amp;Tous les États du fichier</translation>
    </message>
    <message>
        <source>Another State under Review</source>
        <translation>Un autre État examiné</translation>
    </message>
    <message>
        <source>e.g. Viet Nam</source>
        <translation>p. ex. Viet Nam</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ycle :</translation>
    </message>
    <message>
        <source>Sessio&amp;n:</source>
        <translation>Sessio&amp;n :</translation>
    </message>
    <message>
        <source>Responses took &amp;effect on:</source>
        <translation>Réponses en &amp;vigueur le :</translation>
    </message>
    <message>
        <source>A response this file changes (pending, then supported or noted at the adoption) is kept in the recommendation&apos;s history with this day; otherwise with today&apos;s</source>
        <translation>Une réponse que ce fichier modifie (en attente, puis soutenue ou notée à l&apos;adoption) est conservée dans l&apos;historique de la recommandation avec cette date ; sinon avec celle du jour</translation>
    </message>
    <message>
        <source>The day the file&apos;s responses took effect</source>
        <translation>Le jour où les réponses du fichier sont entrées en vigueur</translation>
    </message>
    <message>
        <source>Preview (nothing is written yet)</source>
        <translation>Aperçu (rien n&apos;est encore enregistré)</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Skipped (row errors)</source>
        <translation>Ignorées (erreurs de ligne)</translation>
    </message>
    <message>
        <source>Left out (other States, cycles, sessions)</source>
        <translation>Écartées (autres États, cycles, sessions)</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Lignes qui ne seront pas importées</translation>
    </message>
    <message>
        <source>Recommendation files (%1)</source>
        <translation>Fichiers de recommandations (%1)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation>Classeurs (*.xlsx *.xls *.ods)</translation>
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
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recognising %1...</source>
        <translation>Reconnaissance de %1...</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>certain</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>✔ Recognised as: %1 (%2). Choose another format above if this is wrong.</source>
        <translation>✔ Reconnu comme : %1 (%2). Choisissez un autre format ci-dessus si ce n&apos;est pas le bon.</translation>
    </message>
    <message>
        <source>⚠ Not recognised. If the file is a table, choose “Table with a header row” as the format, then Column mapping to say which column holds what.</source>
        <translation>⚠ Non reconnu. Si le fichier est un tableau, choisissez le format « Tableau avec une ligne d&apos;en-têtes », puis Correspondance des colonnes pour indiquer ce que contient chaque colonne.</translation>
    </message>
    <message>
        <source>Cannot import %1: it is not a recognised format (a UPR Info export, an OHCHR matrix, a UHRI export, or a table with a column of recommendation texts). If it is a table, choose “Table with a header row” under Format, then Column mapping to say which column holds what.</source>
        <translation>Impossible d&apos;importer %1 : ce n&apos;est pas un format reconnu (un export UPR Info, une matrice du HCDH, un export de l&apos;UHRI ou un tableau avec une colonne de textes de recommandations). Si c&apos;est un tableau, choisissez « Tableau avec une ligne d&apos;en-têtes » dans Format, puis Correspondance des colonnes pour dire quelle colonne contient quoi.</translation>
    </message>
    <message>
        <source>%1 is a returned exchange workbook: it was opened in the merge preview (Exchange page).</source>
        <translation>%1 est un classeur d&apos;échange renvoyé : il a été ouvert dans l&apos;aperçu de fusion (page Échanges).</translation>
    </message>
    <message>
        <source>Only &amp;%1 (this workspace&apos;s State)</source>
        <translation>Seulement &amp;%1 (l&apos;État de cet espace de travail)</translation>
    </message>
    <message>
        <source>This format has fixed columns; there is no mapping to change.</source>
        <translation>Ce format a des colonnes fixes ; il n&apos;y a pas de correspondance à modifier.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Imported (written to the workspace)</source>
        <translation>Importé (enregistré dans l&apos;espace de travail)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Format: %1.</source>
        <translation>Format : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n “accepted in part” rows are merged into partially supported recommendations.</source>
        <translation>
            <numerusform>%n ligne « acceptée en partie » est fusionnée dans une recommandation partiellement soutenue.</numerusform>
            <numerusform>%n lignes « acceptées en partie » sont fusionnées dans des recommandations partiellement soutenues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: this file adds or changes nothing.</source>
        <translation>Rien à importer : ce fichier n&apos;ajoute ni ne modifie rien.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Aperçu annulé.</translation>
    </message>
    <message>
        <source>⚠ This file cannot be imported as it is: %1</source>
        <translation>⚠ Ce fichier ne peut pas être importé tel quel : %1</translation>
    </message>
    <message>
        <source>Cannot import %1: it is about %2 (its header says “%3”), but this workspace follows %4. Nothing was imported. To follow %2, create a workspace for it: File &gt; New workspace.</source>
        <translation>Impossible d’importer %1 : il porte sur %2 (son en-tête indique « %3 »), mais cet espace de travail suit %4. Rien n’a été importé. Pour suivre %2, créez un espace de travail pour cet État : Fichier &gt; Nouvel espace de travail.</translation>
    </message>
    <message>
        <source>Cannot import %1: it holds recommendations to %2, none to %3. Nothing was imported. To keep them anyway, choose “Another State” or “All States in the file” above; to follow %4, create a workspace for it: File &gt; New workspace.</source>
        <translation>Impossible d’importer %1 : il contient des recommandations adressées à %2, aucune à %3. Rien n’a été importé. Pour les garder quand même, choisissez « Un autre État » ou « Tous les États du fichier » ci-dessus ; pour suivre %4, créez un espace de travail pour cet État : Fichier &gt; Nouvel espace de travail.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>✔ Imported %1: added %2, updated %3, unchanged %4, skipped %5.</source>
        <translation>✔ %1 importé : %2 ajoutées, %3 mises à jour, %4 inchangées, %5 ignorées.</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>Une sauvegarde a été faite avant : %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>⚠ The import failed: nothing was changed.</source>
        <translation>⚠ L&apos;import a échoué : rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Reference (ref)</source>
        <translation>Référence (réf.)</translation>
    </message>
    <message>
        <source>Recommendation text</source>
        <translation>Texte de la recommandation</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>État examiné</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>États recommandants</translation>
    </message>
    <message>
        <source>Response (supported/noted)</source>
        <translation>Réponse (soutenue/notée)</translation>
    </message>
    <message>
        <source>Action category (1-5)</source>
        <translation>Catégorie d&apos;action (1-5)</translation>
    </message>
    <message>
        <source>UPR session</source>
        <translation>Session de l&apos;EPU</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>Cycle de l&apos;EPU</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Theme cluster</source>
        <translation>Groupe thématique</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Document source</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>reconnue par son nom</translation>
    </message>
    <message>
        <source>matched by a known spelling</source>
        <translation>reconnue par une graphie connue</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>non reconnue</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Nouvel espace de travail...</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>&amp;Ouvrir un espace de travail...</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Import recommendations...</source>
        <translation>&amp;Importer des recommandations...</translation>
    </message>
    <message>
        <source>&amp;Export workbooks for groups...</source>
        <translation>&amp;Exporter des classeurs pour les groupes...</translation>
    </message>
    <message>
        <source>&amp;Merge returned workbooks...</source>
        <translation>&amp;Fusionner les classeurs renvoyés...</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Rechercher...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About UPR Desktop</source>
        <translation>À &amp;propos d&apos;UPR Desktop</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>This is not available in this version yet.</source>
        <translation>Ce n&apos;est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Pas encore disponible</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
    <message>
        <source>Text size: %1 points</source>
        <translation>Taille du texte : %1 points</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Could not open the log folder. It is %1</source>
        <translation>Impossible d&apos;ouvrir le dossier des journaux. Il se trouve ici : %1</translation>
    </message>
    <message>
        <source>Backing up the workspace</source>
        <translation>Sauvegarde de l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Which field each column of %1 (table “%2”) goes into. Change a choice with its list; a column that is not imported is ignored.</source>
        <translation>Le champ dans lequel va chaque colonne de %1 (tableau « %2 »). Modifiez un choix avec sa liste ; une colonne non importée est ignorée.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation>Comment elle a été reconnue</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ pour la colonne %1</translation>
    </message>
    <message>
        <source>⚠ Choose the column that holds the recommendation text.</source>
        <translation>⚠ Choisissez la colonne qui contient le texte de la recommandation.</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>&amp;Add returned workbooks...</source>
        <translation>&amp;Ajouter des classeurs retournés...</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Or drop several returned workbooks here at once.</source>
        <translation>Ou déposez ici plusieurs classeurs retournés à la fois.</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>Classeurs retournés</translation>
    </message>
    <message>
        <source>Add the workbooks member groups sent back to see what merging them would change.</source>
        <translation>Ajoutez les classeurs renvoyés par les groupes membres pour voir ce que leur fusion changerait.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Additions</source>
        <translation>Ajouts</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Why it is not used</source>
        <translation>Pourquoi elle n&apos;est pas utilisée</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>Cellules rejetées</translation>
    </message>
    <message>
        <source>A&amp;pply merge</source>
        <translation>A&amp;ppliquer la fusion</translation>
    </message>
    <message>
        <source>Merge returned workbooks</source>
        <translation>Fusionner les classeurs retournés</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the returned workbooks</source>
        <translation>Lecture des classeurs retournés</translation>
    </message>
    <message>
        <source>✖ refused</source>
        <translation>✖ refusé</translation>
    </message>
    <message>
        <source>= already merged</source>
        <translation>= déjà fusionné</translation>
    </message>
    <message>
        <source>✔ merged</source>
        <translation>✔ fusionné</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>%n cellule rejetée</numerusform>
            <numerusform>%n cellules rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ will merge, %1</source>
        <translation>⚠ sera fusionné, %1</translation>
    </message>
    <message>
        <source>✔ will merge</source>
        <translation>✔ sera fusionné</translation>
    </message>
    <message>
        <source>Both sides changed these fields since the export. Choose per row, or for all:</source>
        <translation>Les deux côtés ont modifié ces champs depuis l&apos;export. Choisissez ligne par ligne, ou pour tous :</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>Évaluation de %1</translation>
    </message>
    <message>
        <source>= %1 was already merged; merging it again changes nothing. %2</source>
        <translation>= %1 a déjà été fusionné ; le fusionner à nouveau ne change rien. %2</translation>
    </message>
    <message>
        <source>%1 from %2: %3, %4, %5, %6.</source>
        <translation>%1 de %2 : %3, %4, %5, %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n additions</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updates</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1: %2, %3; %4, %5.</source>
        <translation>✔ %1 : %2, %3 ; %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n files</source>
        <translation>
            <numerusform>%n fichier fusionné</numerusform>
            <numerusform>%n fichiers fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts resolved</source>
        <translation>
            <numerusform>%n conflit résolu</numerusform>
            <numerusform>%n conflits résolus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to resolve later</source>
        <translation>
            <numerusform>%n à résoudre plus tard</numerusform>
            <numerusform>%n à résoudre plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflits (%1)</translation>
    </message>
    <message>
        <source>✖ Will not be merged: %1</source>
        <translation>✖ Ne sera pas fusionné : %1</translation>
    </message>
    <message>
        <source>A&amp;dditions (%1)</source>
        <translation>A&amp;jouts (%1)</translation>
    </message>
    <message>
        <source>&amp;Updates (%1)</source>
        <translation>&amp;Mises à jour (%1)</translation>
    </message>
    <message>
        <source>&amp;Rejected cells (%1)</source>
        <translation>Cellules &amp;rejetées (%1)</translation>
    </message>
    <message>
        <source>Your decision on %1 (%2)</source>
        <translation>Votre décision sur %1 (%2)</translation>
    </message>
    <message>
        <source>Merging returned workbooks</source>
        <translation>Fusion des classeurs retournés</translation>
    </message>
    <message>
        <source>A backup was made first.</source>
        <translation>Une sauvegarde a été faite avant.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>Annulé : rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>⚠ The merge failed: nothing was merged.</source>
        <translation>⚠ La fusion a échoué : rien n&apos;a été fusionné.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle :</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-la :</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Nobody can recover the data if this passphrase is forgotten. Write it down and keep it somewhere safe.</source>
        <translation>Personne ne pourra récupérer les données si cette phrase secrète est oubliée. Notez-la et gardez-la en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>OpenConflictsPanel</name>
    <message>
        <source>&amp;Resolve the decided conflicts</source>
        <translation>&amp;Résoudre les conflits décidés</translation>
    </message>
    <message>
        <source>Conflicts from earlier merges still waiting for a decision: %1.</source>
        <translation>Conflits de fusions précédentes en attente de décision : %1.</translation>
    </message>
    <message>
        <source>No conflicts are waiting for a decision.</source>
        <translation>Aucun conflit n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>Choose a decision for at least one conflict first.</source>
        <translation>Choisissez d&apos;abord une décision pour au moins un conflit.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Resolved %n conflicts.</source>
        <translation>
            <numerusform>✔ %n conflit résolu.</numerusform>
            <numerusform>✔ %n conflits résolus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Member groups</source>
        <translation>Groupes membres</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protected workspace</source>
        <translation>Espace de travail protégé</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Enter it to continue.</source>
        <translation>%1 est protégé par une phrase secrète. Saisissez-la pour continuer.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Phrase secrète incorrecte. Réessayez.</translation>
    </message>
    <message>
        <source>Could not open the workspace: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>Patientez %1 s</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Arrêt en cours...</translation>
    </message>
</context>
<context>
    <name>RecommendationPicker</name>
    <message>
        <source>Type words or a reference, e.g. torture or 115.2</source>
        <translation>Tapez des mots ou une référence, p. ex. torture ou 115.2</translation>
    </message>
    <message>
        <source>Search recommendations to link</source>
        <translation>Rechercher des recommandations à lier</translation>
    </message>
    <message>
        <source>Matching recommendations</source>
        <translation>Recommandations trouvées</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>Recommandations discutées</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>Ajouter la &amp;sélection</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Che&amp;rcher :</translation>
    </message>
    <message>
        <source>Discussed:</source>
        <translation>Discutées :</translation>
    </message>
    <message numerus="yes">
        <source>%n matching recommendations (Enter or Add selected links them).</source>
        <translation>
            <numerusform>%n recommandation correspondante (Entrée ou Ajouter la sélection la lie).</numerusform>
            <numerusform>%n recommandations correspondantes (Entrée ou Ajouter la sélection les lie).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationTable</name>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>États recommandants</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Lead group</source>
        <translation>Groupe chef de file</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>Dernier statut</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Dernière évaluation</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>How many recommendations are shown</source>
        <translation>Nombre de recommandations affichées</translation>
    </message>
    <message>
        <source>&amp;Assign to group...</source>
        <translation>&amp;Attribuer à un groupe...</translation>
    </message>
    <message>
        <source>&amp;Unassign from group...</source>
        <translation>&amp;Retirer d&apos;un groupe...</translation>
    </message>
    <message>
        <source>Set &amp;themes...</source>
        <translation>Définir les &amp;thèmes...</translation>
    </message>
    <message>
        <source>Add assess&amp;ment...</source>
        <translation>Ajouter une é&amp;valuation...</translation>
    </message>
    <message>
        <source>Recommended &amp;before</source>
        <translation>Recommandée a&amp;vant</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments to %1.</source>
        <translation>
            <numerusform>%n attribution à %1 retirée.</numerusform>
            <numerusform>%n attributions à %1 retirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the recommendations…</source>
        <translation>Chargement des recommandations…</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 sélectionnées</translation>
    </message>
    <message>
        <source>Assigned to %1: %2 new, %3 changed, %4 already assigned.</source>
        <translation>Attribuées à %1 : %2 nouvelles, %3 modifiées, %4 déjà attribuées.</translation>
    </message>
    <message>
        <source>Add assessment of %1</source>
        <translation>Ajouter une évaluation de %1</translation>
    </message>
</context>
<context>
    <name>RecommendedBeforePanel</name>
    <message>
        <source>Select a recommendation to see what was recommended before.</source>
        <translation>Sélectionnez une recommandation pour voir ce qui a été recommandé avant.</translation>
    </message>
    <message>
        <source>Recommended before</source>
        <translation>Recommandée avant</translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation>&amp;Confirmer le lien</translation>
    </message>
    <message>
        <source>The selected earlier recommendation was recommended before this one</source>
        <translation>La recommandation antérieure sélectionnée avait déjà été faite avant celle-ci</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Not the same recommendation: it is not suggested again</source>
        <translation>Pas la même recommandation : elle ne sera plus suggérée</translation>
    </message>
    <message>
        <source>Confirm all abo&amp;ve...</source>
        <translation>Tout confirmer au-dess&amp;us...</translation>
    </message>
    <message>
        <source>Preview, then confirm the best suggestion of every recommendation of this cycle above a score</source>
        <translation>Prévisualiser, puis confirmer la meilleure suggestion de chaque recommandation de ce cycle au-dessus d&apos;un score</translation>
    </message>
    <message>
        <source>Assign its cl&amp;uster...</source>
        <translation>Attribuer son gro&amp;upe...</translation>
    </message>
    <message>
        <source>Near-duplicates from other States in the same cycle: assign them all to a group at once</source>
        <translation>Quasi-doublons d&apos;autres États dans le même cycle : les attribuer tous à un groupe en une fois</translation>
    </message>
    <message>
        <source>Nothing recommended in an earlier cycle of this State comes close to %1.</source>
        <translation>Aucune recommandation d&apos;un cycle antérieur de cet État n&apos;est proche de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed predecessors of %1: %n. Select a suggestion, then confirm or reject it.</source>
        <translation>
            <numerusform>Prédécesseurs confirmés de %1 : %n. Sélectionnez une suggestion, puis confirmez-la ou rejetez-la.</numerusform>
            <numerusform>Prédécesseurs confirmés de %1 : %n. Sélectionnez une suggestion, puis confirmez-la ou rejetez-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>No near-duplicate of this recommendation in its cycle.</source>
        <translation>Aucun quasi-doublon de cette recommandation dans son cycle.</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message numerus="yes">
        <source>Links to earlier cycles confirmed: %n.</source>
        <translation>
            <numerusform>Liens vers des cycles antérieurs confirmés : %n.</numerusform>
            <numerusform>Liens vers des cycles antérieurs confirmés : %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Implementation (mid-term assessment)</source>
        <translation>Mise en œuvre (évaluation à mi-parcours)</translation>
    </message>
    <message>
        <source>Coverage by member groups</source>
        <translation>Couverture par les groupes membres</translation>
    </message>
    <message>
        <source>Consultations and follow-up actions</source>
        <translation>Consultations et actions de suivi</translation>
    </message>
    <message>
        <source>Cycle to cycle (latest cycle: response history, recommended before)</source>
        <translation>D&apos;un cycle à l&apos;autre (dernier cycle : historique des réponses, recommandée avant)</translation>
    </message>
    <message>
        <source>All member groups</source>
        <translation>Tous les groupes membres</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>All cycles (the cycle report: the latest)</source>
        <translation>Tous les cycles (rapport de cycle : le dernier)</translation>
    </message>
    <message>
        <source>Only since</source>
        <translation>Seulement depuis le</translation>
    </message>
    <message>
        <source>Only assessments, consultations and actions since this date</source>
        <translation>Seulement les évaluations, consultations et actions depuis cette date</translation>
    </message>
    <message>
        <source>Include sensitive fields (government participants, contact details, confidential records)</source>
        <translation>Inclure les champs sensibles (participants officiels, coordonnées, fiches confidentielles)</translation>
    </message>
    <message>
        <source>The report will say that it contains sensitive fields. Share it only inside the coalition.</source>
        <translation>Le rapport indiquera qu&apos;il contient des champs sensibles. Ne le partagez qu&apos;au sein de la coalition.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>&amp;Member group:</source>
        <translation>&amp;Groupe membre :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ycle :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Save as &amp;Excel workbook...</source>
        <translation>Enregistrer en classeur &amp;Excel...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Enregistrer en P&amp;DF...</translation>
    </message>
    <message>
        <source>Save as &amp;HTML page...</source>
        <translation>Enregistrer en page &amp;HTML...</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Cycle %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more sections in the saved report.</source>
        <translation>
            <numerusform>… et %n section de plus dans le rapport enregistré.</numerusform>
            <numerusform>… et %n sections de plus dans le rapport enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Écriture du rapport</translation>
    </message>
</context>
<context>
    <name>RowErrorsModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>Pourquoi elle n&apos;est pas importée</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>%1 is locked. Enter its passphrase to continue.</source>
        <translation>%1 est verrouillé. Saisissez sa phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sé&amp;curité</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase...</source>
        <translation>&amp;Protéger par une phrase secrète...</translation>
    </message>
    <message>
        <source>&amp;Change passphrase...</source>
        <translation>&amp;Changer la phrase secrète...</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase...</source>
        <translation>&amp;Retirer la phrase secrète...</translation>
    </message>
    <message>
        <source>&amp;Forget the key on this computer</source>
        <translation>&amp;Oublier la clé sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Cannot remember the passphrase on this computer: %1.</source>
        <translation>Impossible de mémoriser la phrase secrète sur cet ordinateur : %1.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
        <source>The workspace and its backups will be encrypted. A backup is taken first.</source>
        <translation>L&apos;espace de travail et ses sauvegardes seront chiffrés. Une sauvegarde est faite d&apos;abord.</translation>
    </message>
    <message>
        <source>The workspace is now protected by a passphrase.</source>
        <translation>L&apos;espace de travail est maintenant protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The workspace and its backups will be re-encrypted with the new passphrase. A backup is taken first.</source>
        <translation>L&apos;espace de travail et ses sauvegardes seront rechiffrés avec la nouvelle phrase secrète. Une sauvegarde est faite d&apos;abord.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Retirer la phrase secrète</translation>
    </message>
    <message>
        <source>The workspace and its backups will be stored without encryption: anyone with this computer can read them.</source>
        <translation>L&apos;espace de travail et ses sauvegardes seront enregistrés sans chiffrement : toute personne ayant accès à cet ordinateur pourra les lire.</translation>
    </message>
    <message>
        <source>The workspace is no longer encrypted.</source>
        <translation>L&apos;espace de travail n&apos;est plus chiffré.</translation>
    </message>
    <message>
        <source>The key was removed from this computer.</source>
        <translation>La clé a été retirée de cet ordinateur.</translation>
    </message>
    <message>
        <source>No key was remembered on this computer.</source>
        <translation>Aucune clé n&apos;était mémorisée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring; anyone using this computer account can open the workspace.</source>
        <translation>La clé est gardée dans le trousseau de cet ordinateur ; toute personne utilisant ce compte peut ouvrir l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Cannot remember the passphrase on this computer: %1. You will be asked for it each time.</source>
        <translation>Impossible de mémoriser la phrase secrète sur cet ordinateur : %1. Elle vous sera demandée à chaque fois.</translation>
    </message>
    <message>
        <source>Wait a moment before trying again.</source>
        <translation>Patientez un instant avant de réessayer.</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Saisissez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters; a few unrelated words are best.</source>
        <translation>La nouvelle phrase secrète doit compter au moins %1 caractères ; quelques mots sans rapport entre eux sont l&apos;idéal.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase secrète est identique à l&apos;actuelle.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Same as the computer</source>
        <translation>Comme l&apos;ordinateur</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Next to the workspace file (default)</source>
        <translation>À côté du fichier de l&apos;espace de travail (par défaut)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Checking the keyring...</source>
        <translation>Vérification du trousseau de clés...</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Taille du texte en points</translation>
    </message>
    <message>
        <source>Ctrl+= and Ctrl+- change it from anywhere; Ctrl+0 goes back to normal.</source>
        <translation>Ctrl+= et Ctrl+- la changent depuis n&apos;importe où ; Ctrl+0 revient à la normale.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier des sauvegardes :</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Where automatic and manual backups go. Choose a folder on another disk to survive a disk failure.</source>
        <translation>Où vont les sauvegardes automatiques et manuelles. Choisissez un dossier sur un autre disque pour résister à une panne de disque.</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Verrouiller après &amp;inactivité :</translation>
    </message>
    <message>
        <source>Minutes before the workspace locks</source>
        <translation>Minutes avant le verrouillage de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>A protected workspace locks itself after this many minutes without use.</source>
        <translation>Un espace de travail protégé se verrouille après ce nombre de minutes sans utilisation.</translation>
    </message>
    <message>
        <source>Keyring:</source>
        <translation>Trousseau de clés :</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paramètres&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A new language applies when you press Apply: the window is rebuilt and your workspace stays open.</source>
        <translation>Une nouvelle langue s&apos;applique quand vous appuyez sur Appliquer : la fenêtre est reconstruite et votre espace de travail reste ouvert.</translation>
    </message>
    <message>
        <source>A new language applies the next time UPR Desktop starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage d&apos;UPR Desktop.</translation>
    </message>
    <message>
        <source>✔ Passphrases can be remembered on this computer (%1).</source>
        <translation>✔ Les phrases secrètes peuvent être mémorisées sur cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>✖ Passphrases cannot be remembered on this computer: %1. You will type the passphrase when you open a protected workspace.</source>
        <translation>✖ Les phrases secrètes ne peuvent pas être mémorisées sur cet ordinateur : %1. Vous taperez la phrase secrète à l&apos;ouverture d&apos;un espace de travail protégé.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it first or choose another folder.</source>
        <translation>Le dossier des sauvegardes %1 n&apos;existe pas. Créez-le d&apos;abord ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>UPR Desktop cannot write in the backup folder %1. Choose a folder you can write to.</source>
        <translation>UPR Desktop ne peut pas écrire dans le dossier des sauvegardes %1. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Settings saved; switching the language...</source>
        <translation>Paramètres enregistrés ; changement de langue...</translation>
    </message>
    <message>
        <source>Settings saved. Restart UPR Desktop to see the new language.</source>
        <translation>Paramètres enregistrés. Redémarrez UPR Desktop pour voir la nouvelle langue.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antérieure</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>Recommandation antérieure</translation>
    </message>
    <message>
        <source>Response then</source>
        <translation>Réponse alors</translation>
    </message>
    <message>
        <source>Status then</source>
        <translation>Statut depuis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>%1 (cycle %2)</source>
        <translation>%1 (cycle %2)</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Asylum-seekers - refugees</source>
        <translation>Demandeurs d&apos;asile - réfugiés</translation>
    </message>
    <message>
        <source>Business &amp; Human rights</source>
        <translation>Entreprises et droits de l&apos;homme</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Cooperation with OHCHR</source>
        <translation>Coopération avec le HCDH</translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation>Corruption</translation>
    </message>
    <message>
        <source>Counter-terrorism</source>
        <translation>Lutte antiterroriste</translation>
    </message>
    <message>
        <source>CP rights - general</source>
        <translation>Droits civils et politiques - général</translation>
    </message>
    <message>
        <source>Death penalty</source>
        <translation>Peine de mort</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Détention</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Élections</translation>
    </message>
    <message>
        <source>Enforced disappearances</source>
        <translation>Disparitions forcées</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>ESC rights - general</source>
        <translation>Droits économiques, sociaux et culturels - général</translation>
    </message>
    <message>
        <source>Extrajudicial executions</source>
        <translation>Exécutions extrajudiciaires</translation>
    </message>
    <message>
        <source>Freedom of association and peaceful assembly</source>
        <translation>Liberté d&apos;association et de réunion pacifique</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>Liberté de circulation</translation>
    </message>
    <message>
        <source>Freedom of opinion and expression</source>
        <translation>Liberté d&apos;opinion et d&apos;expression</translation>
    </message>
    <message>
        <source>Freedom of religion and belief</source>
        <translation>Liberté de religion et de conviction</translation>
    </message>
    <message>
        <source>Freedom of the press</source>
        <translation>Liberté de la presse</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>HIV - Aids</source>
        <translation>VIH - sida</translation>
    </message>
    <message>
        <source>Human rights defenders</source>
        <translation>Défenseurs des droits de l&apos;homme</translation>
    </message>
    <message>
        <source>Human rights education and training</source>
        <translation>Éducation et formation aux droits de l&apos;homme</translation>
    </message>
    <message>
        <source>Human rights violations by state agents</source>
        <translation>Violations des droits de l&apos;homme par des agents de l&apos;État</translation>
    </message>
    <message>
        <source>Impunity</source>
        <translation>Impunité</translation>
    </message>
    <message>
        <source>Indigenous peoples</source>
        <translation>Peuples autochtones</translation>
    </message>
    <message>
        <source>Internally displaced persons</source>
        <translation>Personnes déplacées dans leur propre pays</translation>
    </message>
    <message>
        <source>International humanitarian law</source>
        <translation>Droit international humanitaire</translation>
    </message>
    <message>
        <source>International instruments</source>
        <translation>Instruments internationaux</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <source>Juvenile justice</source>
        <translation>Justice pour mineurs</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrants</translation>
    </message>
    <message>
        <source>Minorities</source>
        <translation>Minorités</translation>
    </message>
    <message>
        <source>National plan of action</source>
        <translation>Plan d&apos;action national</translation>
    </message>
    <message>
        <source>NHRI</source>
        <translation>INDH</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>Pauvreté</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>Sécurité publique</translation>
    </message>
    <message>
        <source>Racial discrimination</source>
        <translation>Discrimination raciale</translation>
    </message>
    <message>
        <source>Right to education</source>
        <translation>Droit à l&apos;éducation</translation>
    </message>
    <message>
        <source>Right to food</source>
        <translation>Droit à l&apos;alimentation</translation>
    </message>
    <message>
        <source>Right to health</source>
        <translation>Droit à la santé</translation>
    </message>
    <message>
        <source>Right to housing</source>
        <translation>Droit au logement</translation>
    </message>
    <message>
        <source>Right to land</source>
        <translation>Droit à la terre</translation>
    </message>
    <message>
        <source>Right to water</source>
        <translation>Droit à l&apos;eau</translation>
    </message>
    <message>
        <source>Rights of the Child</source>
        <translation>Droits de l&apos;enfant</translation>
    </message>
    <message>
        <source>Sexual Orientation and Gender Identity</source>
        <translation>Orientation sexuelle et identité de genre</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>Procédures spéciales</translation>
    </message>
    <message>
        <source>Statelessness</source>
        <translation>Apatridie</translation>
    </message>
    <message>
        <source>Technical assistance and cooperation</source>
        <translation>Assistance technique et coopération</translation>
    </message>
    <message>
        <source>Torture and other CID treatment</source>
        <translation>Torture et autres traitements cruels, inhumains ou dégradants</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Traite des personnes</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>Organes conventionnels</translation>
    </message>
    <message>
        <source>UPR process</source>
        <translation>Processus de l&apos;EPU</translation>
    </message>
    <message>
        <source>Women&apos;s rights</source>
        <translation>Droits des femmes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Scope of international obligations</source>
        <translation>Portée des obligations internationales</translation>
    </message>
    <message>
        <source>Acceptance of international norms</source>
        <translation>Acceptation des normes internationales</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réserves</translation>
    </message>
    <message>
        <source>Cooperation with human rights mechanisms and institutions</source>
        <translation>Coopération avec les mécanismes et institutions des droits de l&apos;homme</translation>
    </message>
    <message>
        <source>Cooperation with treaty bodies</source>
        <translation>Coopération avec les organes conventionnels</translation>
    </message>
    <message>
        <source>Cooperation with special procedures</source>
        <translation>Coopération avec les procédures spéciales</translation>
    </message>
    <message>
        <source>Cooperation with other international mechanisms and institutions</source>
        <translation>Coopération avec d&apos;autres mécanismes et institutions internationaux</translation>
    </message>
    <message>
        <source>Inter-State cooperation &amp; development assistance</source>
        <translation>Coopération entre États et aide au développement</translation>
    </message>
    <message>
        <source>Legal, institutional and policy framework</source>
        <translation>Cadre juridique, institutionnel et politique</translation>
    </message>
    <message>
        <source>Constitutional and legislative framework</source>
        <translation>Cadre constitutionnel et législatif</translation>
    </message>
    <message>
        <source>Institutions &amp; policies - General</source>
        <translation>Institutions et politiques - général</translation>
    </message>
    <message>
        <source>Human rights policies</source>
        <translation>Politiques relatives aux droits de l&apos;homme</translation>
    </message>
    <message>
        <source>Structure of the national human rights machinery</source>
        <translation>Structure du dispositif national des droits de l&apos;homme</translation>
    </message>
    <message>
        <source>National Human Rights Institution (NHRI)</source>
        <translation>Institution nationale des droits de l&apos;homme (INDH)</translation>
    </message>
    <message>
        <source>National Plans of Action on Human Rights (or specific areas)</source>
        <translation>Plans d&apos;action nationaux relatifs aux droits de l&apos;homme (ou à des domaines spécifiques)</translation>
    </message>
    <message>
        <source>Good governance</source>
        <translation>Bonne gouvernance</translation>
    </message>
    <message>
        <source>Human rights education, trainings and awareness raising</source>
        <translation>Éducation, formation et sensibilisation aux droits de l&apos;homme</translation>
    </message>
    <message>
        <source>Human rights education - general</source>
        <translation>Éducation aux droits de l&apos;homme - général</translation>
    </message>
    <message>
        <source>Human rights education - in schools</source>
        <translation>Éducation aux droits de l&apos;homme - à l&apos;école</translation>
    </message>
    <message>
        <source>Professional training in human rights</source>
        <translation>Formation professionnelle aux droits de l&apos;homme</translation>
    </message>
    <message>
        <source>Awareness raising and dissemination</source>
        <translation>Sensibilisation et diffusion</translation>
    </message>
    <message>
        <source>Context, statistics, budget, civil society</source>
        <translation>Contexte, statistiques, budget, société civile</translation>
    </message>
    <message>
        <source>Cooperation with civil society</source>
        <translation>Coopération avec la société civile</translation>
    </message>
    <message>
        <source>Statistics and indicators</source>
        <translation>Statistiques et indicateurs</translation>
    </message>
    <message>
        <source>Budget and resources (for human rights implementation)</source>
        <translation>Budget et ressources (pour la mise en œuvre des droits de l&apos;homme)</translation>
    </message>
    <message>
        <source>International criminal and humanitarian law</source>
        <translation>Droit international pénal et humanitaire</translation>
    </message>
    <message>
        <source>Right to self-determination</source>
        <translation>Droit à l&apos;autodétermination</translation>
    </message>
    <message>
        <source>Equality and non-discrimination</source>
        <translation>Égalité et non-discrimination</translation>
    </message>
    <message>
        <source>Equality &amp; non-discrimination</source>
        <translation>Égalité et non-discrimination</translation>
    </message>
    <message>
        <source>Right to development</source>
        <translation>Droit au développement</translation>
    </message>
    <message>
        <source>Right to a remedy</source>
        <translation>Droit à un recours</translation>
    </message>
    <message>
        <source>Right to an effective remedy</source>
        <translation>Droit à un recours effectif</translation>
    </message>
    <message>
        <source>Business &amp; Human Rights</source>
        <translation>Entreprises et droits de l&apos;homme</translation>
    </message>
    <message>
        <source>Human rights and environmental issues</source>
        <translation>Droits de l&apos;homme et questions environnementales</translation>
    </message>
    <message>
        <source>Human rights &amp; counter-terrorism</source>
        <translation>Droits de l&apos;homme et lutte antiterroriste</translation>
    </message>
    <message>
        <source>Human rights &amp; use of mercenaries</source>
        <translation>Droits de l&apos;homme et utilisation de mercenaires</translation>
    </message>
    <message>
        <source>Civil &amp; political rights - general measures of implementation</source>
        <translation>Droits civils et politiques - mesures d&apos;application générales</translation>
    </message>
    <message>
        <source>Right to physical and moral integrity</source>
        <translation>Droit à l&apos;intégrité physique et morale</translation>
    </message>
    <message>
        <source>Right to life</source>
        <translation>Droit à la vie</translation>
    </message>
    <message>
        <source>Extrajudicial, summary or arbitrary executions</source>
        <translation>Exécutions extrajudiciaires, sommaires ou arbitraires</translation>
    </message>
    <message>
        <source>Prohibition of torture and cruel, inhuman or degrading treatment</source>
        <translation>Interdiction de la torture et des traitements cruels, inhumains ou dégradants</translation>
    </message>
    <message>
        <source>Conditions of detention</source>
        <translation>Conditions de détention</translation>
    </message>
    <message>
        <source>Prohibition of slavery, trafficking</source>
        <translation>Interdiction de l&apos;esclavage, traite des personnes</translation>
    </message>
    <message>
        <source>Gender-based violence</source>
        <translation>Violence fondée sur le genre</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Violence domestique</translation>
    </message>
    <message>
        <source>Liberty and security of the person</source>
        <translation>Liberté et sécurité de la personne</translation>
    </message>
    <message>
        <source>Liberty and security - general</source>
        <translation>Liberté et sécurité - général</translation>
    </message>
    <message>
        <source>Arbitrary arrest and detention</source>
        <translation>Arrestation et détention arbitraires</translation>
    </message>
    <message>
        <source>Fundamental freedoms</source>
        <translation>Libertés fondamentales</translation>
    </message>
    <message>
        <source>Freedom of thought, conscience and religion</source>
        <translation>Liberté de pensée, de conscience et de religion</translation>
    </message>
    <message>
        <source>Right to peaceful assembly</source>
        <translation>Droit de réunion pacifique</translation>
    </message>
    <message>
        <source>Freedom of association</source>
        <translation>Liberté d&apos;association</translation>
    </message>
    <message>
        <source>Administration of justice</source>
        <translation>Administration de la justice</translation>
    </message>
    <message>
        <source>Administration of justice &amp; fair trial</source>
        <translation>Administration de la justice et procès équitable</translation>
    </message>
    <message>
        <source>Rights related to name, identity, nationality</source>
        <translation>Droits relatifs au nom, à l&apos;identité et à la nationalité</translation>
    </message>
    <message>
        <source>Right to participation in public affairs and right to vote</source>
        <translation>Droit de participer aux affaires publiques et droit de vote</translation>
    </message>
    <message>
        <source>Rights related to marriage &amp; family</source>
        <translation>Droits relatifs au mariage et à la famille</translation>
    </message>
    <message>
        <source>Economic, social &amp; cultural rights - general measures of implementation</source>
        <translation>Droits économiques, sociaux et culturels - mesures d&apos;application générales</translation>
    </message>
    <message>
        <source>Right to an adequate standard of living</source>
        <translation>Droit à un niveau de vie suffisant</translation>
    </message>
    <message>
        <source>Right to an adequate standard of living - general</source>
        <translation>Droit à un niveau de vie suffisant - général</translation>
    </message>
    <message>
        <source>Right to adequate housing</source>
        <translation>Droit à un logement convenable</translation>
    </message>
    <message>
        <source>Right to social security</source>
        <translation>Droit à la sécurité sociale</translation>
    </message>
    <message>
        <source>Human rights &amp; extreme poverty</source>
        <translation>Droits de l&apos;homme et extrême pauvreté</translation>
    </message>
    <message>
        <source>Human rights &amp; drinking water and sanitation</source>
        <translation>Droits de l&apos;homme, eau potable et assainissement</translation>
    </message>
    <message>
        <source>Labour rights</source>
        <translation>Droits relatifs au travail</translation>
    </message>
    <message>
        <source>Right to work</source>
        <translation>Droit au travail</translation>
    </message>
    <message>
        <source>Right to just and favourable conditions of work</source>
        <translation>Droit à des conditions de travail justes et favorables</translation>
    </message>
    <message>
        <source>Right to health - General</source>
        <translation>Droit à la santé - général</translation>
    </message>
    <message>
        <source>Access to health-care (general)</source>
        <translation>Accès aux soins de santé (général)</translation>
    </message>
    <message>
        <source>Access to sexual and reproductive health and services</source>
        <translation>Accès à la santé sexuelle et procréative et aux services correspondants</translation>
    </message>
    <message>
        <source>Right to education - General</source>
        <translation>Droit à l&apos;éducation - général</translation>
    </message>
    <message>
        <source>Rights to protection of property; financial credit</source>
        <translation>Droit à la protection des biens ; crédit financier</translation>
    </message>
    <message>
        <source>Cultural rights</source>
        <translation>Droits culturels</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Advancement of women</source>
        <translation>Promotion de la femme</translation>
    </message>
    <message>
        <source>Discrimination against women</source>
        <translation>Discrimination à l&apos;égard des femmes</translation>
    </message>
    <message>
        <source>Violence against women</source>
        <translation>Violence à l&apos;égard des femmes</translation>
    </message>
    <message>
        <source>Participation of women in political and public life</source>
        <translation>Participation des femmes à la vie politique et publique</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Children: definition; general principles; protection</source>
        <translation>Enfants : définition ; principes généraux ; protection</translation>
    </message>
    <message>
        <source>Children: family environment and alternative care</source>
        <translation>Enfants : milieu familial et protection de remplacement</translation>
    </message>
    <message>
        <source>Children: protection against exploitation</source>
        <translation>Enfants : protection contre l&apos;exploitation</translation>
    </message>
    <message>
        <source>Children: juvenile justice</source>
        <translation>Enfants : justice pour mineurs</translation>
    </message>
    <message>
        <source>Children in armed conflict</source>
        <translation>Enfants dans les conflits armés</translation>
    </message>
    <message>
        <source>Persons with disabilities</source>
        <translation>Personnes handicapées</translation>
    </message>
    <message>
        <source>Persons with disabilities: definition, general principles</source>
        <translation>Personnes handicapées : définition, principes généraux</translation>
    </message>
    <message>
        <source>Members of minorities</source>
        <translation>Personnes appartenant à des minorités</translation>
    </message>
    <message>
        <source>Refugees &amp; asylum seekers</source>
        <translation>Réfugiés et demandeurs d&apos;asile</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>Définir les thèmes de %n recommandation</numerusform>
            <numerusform>Définir les thèmes de %n recommandations</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes separated by commas</source>
        <translation>Thèmes séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Thèmes :</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>&amp;Replace their current themes (otherwise add to them)</source>
        <translation>&amp;Remplacer leurs thèmes actuels (sinon les compléter)</translation>
    </message>
    <message>
        <source>Set themes</source>
        <translation>Définir les thèmes</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Supported</source>
        <translation>Soutenue</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Notée</translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation>Partiellement soutenue</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non mise en œuvre</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Fully implemented</source>
        <translation>Pleinement mise en œuvre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Appui</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Written submission</source>
        <translation>Contribution écrite</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>1 - Minimal action</source>
        <translation>1 - Action minimale</translation>
    </message>
    <message>
        <source>2 - Continuing action</source>
        <translation>2 - Action continue</translation>
    </message>
    <message>
        <source>3 - Considering action</source>
        <translation>3 - Action envisagée</translation>
    </message>
    <message>
        <source>4 - General action</source>
        <translation>4 - Action générale</translation>
    </message>
    <message>
        <source>5 - Specific action</source>
        <translation>5 - Action spécifique</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>UPR Desktop workspace (*.uprw);;All files (*)</source>
        <translation>Espace de travail UPR Desktop (*.uprw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Give the workspace a name, e.g. your coalition&apos;s name.</source>
        <translation>Donnez un nom à l&apos;espace de travail, par exemple celui de votre coalition.</translation>
    </message>
    <message>
        <source>Choose the State under Review from the list of UN member States.</source>
        <translation>Choisissez l&apos;État examiné dans la liste des États membres de l&apos;ONU.</translation>
    </message>
    <message>
        <source>A file already exists at %1; choose another place.</source>
        <translation>Un fichier existe déjà à %1 ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>e.g. Thai UPR Coalition</source>
        <translation>p. ex. Coalition EPU Thaïlande</translation>
    </message>
    <message>
        <source>Type to search the UN member States</source>
        <translation>Tapez pour chercher parmi les États membres de l&apos;ONU</translation>
    </message>
    <message>
        <source>Chosen for you from the name</source>
        <translation>Choisi pour vous d&apos;après le nom</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nom de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;State under Review:</source>
        <translation>&amp;État examiné :</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>État examiné</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Cycle :</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>Cycle de l&apos;EPU</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Fichier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Où enregistrer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>UPR Desktop</source>
        <translation>UPR Desktop</translation>
    </message>
    <message>
        <source>Follow up on the Universal Periodic Review with your coalition: recommendations, assessments, consultations and exchanges with member groups, all on this computer.</source>
        <translation>Suivez l&apos;Examen périodique universel avec votre coalition : recommandations, évaluations, consultations et échanges avec les groupes membres, le tout sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>No workspace opened yet.</source>
        <translation>Aucun espace de travail ouvert pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Nouvel espace de travail...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Try the &amp;demo coalition</source>
        <translation>Essayer la coalition de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <source>Workspace status</source>
        <translation>État de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>Protected by a passphrase</source>
        <translation>Protégé par une phrase secrète</translation>
    </message>
    <message>
        <source>On the server: %1</source>
        <translation>Sur le serveur : %1</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Non protégé</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde pour l&apos;instant</translation>
    </message>
    <message>
        <source>Local changes: %1</source>
        <translation>Modifications locales : %1</translation>
    </message>
    <message>
        <source>Changes made here since the workspace was created or last merged</source>
        <translation>Modifications faites ici depuis la création de l&apos;espace de travail ou la dernière fusion</translation>
    </message>
</context>
<context>
    <name>upr_desktop</name>
    <message>
        <source>No backup called {name}. List them with: upr-desktop backups</source>
        <translation>Aucune sauvegarde nommée {name}. Listez-les avec : upr-desktop backups</translation>
    </message>
    <message>
        <source>There is no backup of {path} yet.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde de {path}.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged too; choose an older one.</source>
        <translation>La sauvegarde {path} est endommagée elle aussi ; choisissez-en une plus ancienne.</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {reason}</source>
        <translation>Impossible de lire la sauvegarde {path} : {reason}</translation>
    </message>
    <message>
        <source>The change log names an unknown table &apos;{entity}&apos;.</source>
        <translation>Le journal des modifications cite une table inconnue « {entity} ».</translation>
    </message>
    <message>
        <source>There is no change number {id}.</source>
        <translation>Il n&apos;y a pas de modification numéro {id}.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was already undone.</source>
        <translation>« {label} » a déjà été annulé.</translation>
    </message>
    <message>
        <source>Cannot undo &apos;{label}&apos;: later changes touched the same data: {listed}. Use --force to undo it anyway.</source>
        <translation>Impossible d&apos;annuler « {label} » : des modifications ultérieures ont touché les mêmes données : {listed}. Utilisez --force pour l&apos;annuler quand même.</translation>
    </message>
    <message>
        <source>Undo: {label}</source>
        <translation>Annuler : {label}</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Il n&apos;y a rien à rétablir.</translation>
    </message>
    <message>
        <source>Redo: {label}</source>
        <translation>Rétablir : {label}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {kind}; use one of: {accepted}.</source>
        <translation>« {value} » n&apos;est pas une valeur connue ({kind}) ; utilisez l&apos;une de celles-ci : {accepted}.</translation>
    </message>
    <message>
        <source>This consultation no longer exists (it may have been undone or deleted).</source>
        <translation>Cette consultation n&apos;existe plus (elle a peut-être été annulée ou supprimée).</translation>
    </message>
    <message>
        <source>consultation date</source>
        <translation>date de consultation</translation>
    </message>
    <message>
        <source>The consultation date {date} is in the future. Log a consultation once it has taken place.</source>
        <translation>La date de consultation {date} est dans le futur. Enregistrez une consultation une fois qu&apos;elle a eu lieu.</translation>
    </message>
    <message>
        <source>Edit consultation with {body}</source>
        <translation>Modifier la consultation avec {body}</translation>
    </message>
    <message>
        <source>This follow-up action no longer exists (it may have been undone or deleted).</source>
        <translation>Cette action de suivi n&apos;existe plus (elle a peut-être été annulée ou supprimée).</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>Modifier l&apos;action de suivi</translation>
    </message>
    <message>
        <source>That recommendation no longer exists; it may have been undone or merged away.</source>
        <translation>Cette recommandation n&apos;existe plus ; elle a peut-être été annulée ou fusionnée.</translation>
    </message>
    <message>
        <source>Assess {ref}: {status}</source>
        <translation>Évaluer {ref} : {status}</translation>
    </message>
    <message>
        <source>The assessment date {date} is in the future.</source>
        <translation>La date d&apos;évaluation {date} est dans le futur.</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Say which recommendations: --ref REF..., --theme THEME or --all (exactly one).</source>
        <translation>Indiquez quelles recommandations : --ref REF..., --theme THÈME ou --all (une seule de ces options).</translation>
    </message>
    <message>
        <source>There are no recommendations to assign.</source>
        <translation>Il n&apos;y a aucune recommandation à attribuer.</translation>
    </message>
    <message>
        <source>No theme called &apos;{theme}&apos;.</source>
        <translation>Aucun thème nommé « {theme} ».</translation>
    </message>
    <message>
        <source>government body</source>
        <translation>organe gouvernemental</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>A consultation needs a date (--date YYYY-MM-DD).</source>
        <translation>Une consultation doit avoir une date (--date AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Log consultation with {body} on {date}</source>
        <translation>Consigner la consultation avec {body} du {date}</translation>
    </message>
    <message>
        <source>Consultations have no field {fields}.</source>
        <translation>Les consultations n&apos;ont pas de champ {fields}.</translation>
    </message>
    <message>
        <source>Delete consultation with {body}</source>
        <translation>Supprimer la consultation avec {body}</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>Add follow-up action</source>
        <translation>Ajouter une action de suivi</translation>
    </message>
    <message>
        <source>Follow-up actions have no field {fields}.</source>
        <translation>Les actions de suivi n&apos;ont pas de champ {fields}.</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>Supprimer l&apos;action de suivi</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>sigle</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nom du groupe</translation>
    </message>
    <message>
        <source>{assignments} assignments will be removed; {assessments} assessments, {consultations} consultations and {actions} follow-up actions will keep their content but lose their group.</source>
        <translation>{assignments} attributions seront supprimées ; {assessments} évaluations, {consultations} consultations et {actions} actions de suivi garderont leur contenu mais perdront leur groupe.</translation>
    </message>
    <message>
        <source>The acronym &apos;{acronym}&apos; must be one word of at most 30 characters.</source>
        <translation>Le sigle « {acronym} » doit être un seul mot de 30 caractères au plus.</translation>
    </message>
    <message>
        <source>A member group with acronym &apos;{acronym}&apos; already exists ({name}).</source>
        <translation>Un groupe membre avec le sigle « {acronym} » existe déjà ({name}).</translation>
    </message>
    <message>
        <source>Add member group {acronym}</source>
        <translation>Ajouter le groupe membre {acronym}</translation>
    </message>
    <message>
        <source>Member groups have no field {fields}.</source>
        <translation>Les groupes membres n&apos;ont pas de champ {fields}.</translation>
    </message>
    <message>
        <source>Edit member group {acronym}</source>
        <translation>Modifier le groupe membre {acronym}</translation>
    </message>
    <message>
        <source>Remove member group {acronym}</source>
        <translation>Retirer le groupe membre {acronym}</translation>
    </message>
    <message>
        <source>This file has no workspace record.</source>
        <translation>Ce fichier n&apos;a pas d&apos;enregistrement d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>No recommendation with reference &apos;{ref}&apos;. List them with: upr-desktop recommendations list</source>
        <translation>Aucune recommandation avec la référence « {ref} ». Listez-les avec : upr-desktop recommendations list</translation>
    </message>
    <message>
        <source>The reference &apos;{ref}&apos; names several recommendations; use its id ({ids}).</source>
        <translation>La référence « {ref} » désigne plusieurs recommandations ; utilisez son identifiant ({ids}).</translation>
    </message>
    <message>
        <source>Unknown recommendation references: {refs}. Nothing was changed.</source>
        <translation>Références de recommandations inconnues : {refs}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No member group with acronym &apos;{acronym}&apos;. List them with: upr-desktop groups list</source>
        <translation>Aucun groupe membre avec le sigle « {acronym} ». Listez-les avec : upr-desktop groups list</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Un thème doit avoir un nom.</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>Le champ « {what} » ne peut pas être vide.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; write dates as YYYY-MM-DD, e.g. 2026-10-01.</source>
        <translation>« {value} » n&apos;est pas valide pour « {what} » ; écrivez les dates sous la forme AAAA-MM-JJ, p. ex. 2026-10-01.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>texte de la recommandation</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; is not a UPR session number.</source>
        <translation>« {session} » n&apos;est pas un numéro de session de l&apos;EPU.</translation>
    </message>
    <message>
        <source>The action category must be a number from 1 to 5, not &apos;{value}&apos;.</source>
        <translation>La catégorie d&apos;action doit être un nombre de 1 à 5, pas « {value} ».</translation>
    </message>
    <message>
        <source>A recommendation with reference &apos;{ref}&apos; already exists.</source>
        <translation>Une recommandation avec la référence « {ref} » existe déjà.</translation>
    </message>
    <message>
        <source>Add recommendation {ref}</source>
        <translation>Ajouter la recommandation {ref}</translation>
    </message>
    <message>
        <source>Recommendations have no editable field {fields}.</source>
        <translation>Les recommandations n&apos;ont pas de champ modifiable {fields}.</translation>
    </message>
    <message>
        <source>Edit recommendation {ref}</source>
        <translation>Modifier la recommandation {ref}</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Choisissez au moins une recommandation.</translation>
    </message>
    <message>
        <source>Delete recommendation {ref}</source>
        <translation>Supprimer la recommandation {ref}</translation>
    </message>
    <message>
        <source>Select at least one recommendation first.</source>
        <translation>Sélectionnez d&apos;abord au moins une recommandation.</translation>
    </message>
    <message>
        <source>Type at least one theme, separated by commas.</source>
        <translation>Saisissez au moins un thème, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Restore the newest backup with: upr-desktop --workspace &quot;{path}&quot; restore &quot;{backup}&quot;</source>
        <translation>Restaurez la sauvegarde la plus récente avec : upr-desktop --workspace &quot;{path}&quot; restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>No backup of it was found in {folder}.</source>
        <translation>Aucune sauvegarde de ce fichier n&apos;a été trouvée dans {folder}.</translation>
    </message>
    <message>
        <source>The workspace {path} is damaged ({detail}). {advice}</source>
        <translation>L&apos;espace de travail {path} est endommagé ({detail}). {advice}</translation>
    </message>
    <message>
        <source>No workspace at {path}. Create one with: upr-desktop --workspace &quot;{path}&quot; init --name NAME --country STATE</source>
        <translation>Aucun espace de travail à l&apos;emplacement {path}. Créez-en un avec : upr-desktop --workspace &quot;{path}&quot; init --name NOM --country ÉTAT</translation>
    </message>
    <message>
        <source>The workspace {path} is protected by a passphrase.</source>
        <translation>L&apos;espace de travail {path} est protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>A workspace needs a name (--name).</source>
        <translation>Un espace de travail doit avoir un nom (--name).</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a UN member state. Use the name as the UN writes it, e.g. &apos;Thailand&apos; or &apos;Viet Nam&apos;.</source>
        <translation>« {country} » n&apos;est pas un État membre de l&apos;ONU. Utilisez le nom tel que l&apos;ONU l&apos;écrit en anglais, p. ex. &apos;Thailand&apos; ou &apos;Viet Nam&apos;.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file or open it instead.</source>
        <translation>{path} existe déjà ; choisissez un autre fichier ou ouvrez celui-ci.</translation>
    </message>
    <message>
        <source>This workspace is open in another window (pid {pid}, host {host}). Close it there first, then try again.</source>
        <translation>Cet espace de travail est ouvert dans une autre fenêtre (pid {pid}, hôte {host}). Fermez-le d&apos;abord là-bas, puis réessayez.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a UPR Desktop workspace.</source>
        <translation>{path} est un fichier SQLite, mais pas un espace de travail UPR Desktop.</translation>
    </message>
    <message>
        <source>{path} has no workspace record; it was not created by UPR Desktop.</source>
        <translation>{path} n&apos;a pas d&apos;enregistrement d&apos;espace de travail ; il n&apos;a pas été créé par UPR Desktop.</translation>
    </message>
    <message>
        <source>Backing up before upgrading the workspace</source>
        <translation>Sauvegarde avant la mise à niveau de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. Try again.</source>
        <translation>Phrase secrète incorrecte pour {path}. Réessayez.</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}. Try again. (If you are sure it is right, the file may be damaged: restore a backup with the same passphrase.)</source>
        <translation>Phrase secrète incorrecte pour {path}. Réessayez. (Si vous êtes sûr qu&apos;elle est juste, le fichier est peut-être endommagé : restaurez une sauvegarde avec la même phrase secrète.)</translation>
    </message>
    <message>
        <source>Could not open {path} with its key ({error}).</source>
        <translation>Impossible d&apos;ouvrir {path} avec sa clé ({error}).</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>Impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>no keyring service is running on this computer (no desktop session)</source>
        <translation>aucun service de trousseau de clés ne fonctionne sur cet ordinateur (pas de session de bureau)</translation>
    </message>
    <message>
        <source>the only keyring available ({backend}) keeps secrets in a file or asks for a password on a terminal; UPR Desktop does not use it</source>
        <translation>le seul trousseau disponible ({backend}) garde les secrets dans un fichier ou demande un mot de passe dans un terminal ; UPR Desktop ne l&apos;utilise pas</translation>
    </message>
    <message>
        <source>no keyring backend is installed</source>
        <translation>aucun module de trousseau de clés n&apos;est installé</translation>
    </message>
    <message>
        <source>the keyring is turned off (UPR_DESKTOP_NO_KEYRING)</source>
        <translation>le trousseau de clés est désactivé (UPR_DESKTOP_NO_KEYRING)</translation>
    </message>
    <message>
        <source>Cannot remember keys on this computer: {reason}.</source>
        <translation>Impossible de mémoriser des clés sur cet ordinateur : {reason}.</translation>
    </message>
    <message>
        <source>the keyring could not be loaded</source>
        <translation>le trousseau de clés n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>The keyring refused to store the key ({error}).</source>
        <translation>Le trousseau de clés a refusé d&apos;enregistrer la clé ({error}).</translation>
    </message>
    <message>
        <source>The workspace is locked; enter its passphrase to continue.</source>
        <translation>L&apos;espace de travail est verrouillé ; saisissez sa phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>{path} is not a protected workspace.</source>
        <translation>{path} n&apos;est pas un espace de travail protégé.</translation>
    </message>
    <message>
        <source>{path} is not protected.</source>
        <translation>{path} n&apos;est pas protégé.</translation>
    </message>
    <message>
        <source>No workspace at {path}.</source>
        <translation>Aucun espace de travail à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>{path} is already protected; use rekey to change its passphrase.</source>
        <translation>{path} est déjà protégé ; utilisez rekey pour changer sa phrase secrète.</translation>
    </message>
    <message>
        <source>{path} is not protected; use protect to give it a passphrase.</source>
        <translation>{path} n&apos;est pas protégé ; utilisez protect pour lui donner une phrase secrète.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters; a few unrelated words are best.</source>
        <translation>Une phrase secrète doit compter au moins {n} caractères ; quelques mots sans rapport entre eux sont le mieux.</translation>
    </message>
    <message>
        <source>The converted copy {path} did not check out; nothing was changed.</source>
        <translation>La copie convertie {path} n&apos;a pas passé la vérification ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Encrypting {name}</source>
        <translation>Chiffrement de {name}</translation>
    </message>
    <message>
        <source>Decrypting {name}</source>
        <translation>Déchiffrement de {name}</translation>
    </message>
    <message>
        <source>Re-encrypting {name}</source>
        <translation>Nouveau chiffrement de {name}</translation>
    </message>
    <message>
        <source>What would be removed has changed since it was confirmed; look at the list again.</source>
        <translation>Ce qui serait supprimé a changé depuis la confirmation ; regardez la liste à nouveau.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>(No key can be remembered here: {reason}.)</source>
        <translation>(Aucune clé ne peut être mémorisée ici : {reason}.)</translation>
    </message>
    <message>
        <source>The workspace {path} is protected by a passphrase. Run the command in a terminal to be asked for it, or set {env} for scripts.</source>
        <translation>L&apos;espace de travail {path} est protégé par une phrase secrète. Lancez la commande dans un terminal pour qu&apos;elle vous soit demandée, ou définissez {env} pour les scripts.</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>Phrase secrète de {name} : </translation>
    </message>
    <message>
        <source>{message} Next attempt in {seconds:.0f} s.</source>
        <translation>{message} Prochaine tentative dans {seconds:.0f} s.</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>Comparing with the workspace</source>
        <translation>Comparaison avec l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Adding recommendations</source>
        <translation>Ajout des recommandations</translation>
    </message>
    <message>
        <source>the same recommendation as row {row}; skipped</source>
        <translation>la même recommandation qu&apos;à la ligne {row} ; ignorée</translation>
    </message>
    <message>
        <source>--map expects HEADER=FIELD pairs separated by commas, e.g. &quot;Texte=text,Pays=recommending_states&quot;; &apos;{part}&apos; is not one.</source>
        <translation>--map attend des paires EN-TÊTE=CHAMP séparées par des virgules, p. ex. &quot;Texte=text,Pays=recommending_states&quot; ; « {part} » n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>--map: &apos;{name}&apos; is not a field; use one of: {fields}.</source>
        <translation>--map : « {name} » n&apos;est pas un champ ; utilisez l&apos;un de ceux-ci : {fields}.</translation>
    </message>
    <message>
        <source>--map names a column &apos;{header}&apos; the file does not have; its columns are: {headers}.</source>
        <translation>--map cite une colonne « {header} » que le fichier n&apos;a pas ; ses colonnes sont : {headers}.</translation>
    </message>
    <message>
        <source>Cannot import {file} as an OHCHR matrix: no table has the headers &apos;Recommendation&apos; and &apos;Position&apos; with a themes or SDGs column.</source>
        <translation>Impossible d&apos;importer {file} comme matrice du HCDH : aucun tableau n&apos;a les en-têtes &apos;Recommendation&apos; et &apos;Position&apos; avec une colonne de thèmes ou d&apos;ODD.</translation>
    </message>
    <message>
        <source>the recommendation text is empty</source>
        <translation>le texte de la recommandation est vide</translation>
    </message>
    <message>
        <source>the position (Supported or Noted) is empty</source>
        <translation>la position (Supported ou Noted) est vide</translation>
    </message>
    <message>
        <source>Reading recommendations</source>
        <translation>Lecture des recommandations</translation>
    </message>
    <message>
        <source>Cannot import {file}: the workbook is damaged or incomplete ({reason}). Save it again from Excel.</source>
        <translation>Impossible d&apos;importer {file} : le classeur est endommagé ou incomplet ({reason}). Enregistrez-le à nouveau depuis Excel.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the workbook is protected by a password. Remove the password in Excel, save, and import again.</source>
        <translation>Impossible d&apos;importer {file} : le classeur est protégé par un mot de passe. Retirez le mot de passe dans Excel, enregistrez, puis importez à nouveau.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the JSON holds no list of recommendations.</source>
        <translation>Impossible d&apos;importer {file} : le JSON ne contient aucune liste de recommandations.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document holds no table. OHCHR matrices are one table of recommendations.</source>
        <translation>Impossible d&apos;importer {file} : le document Word ne contient aucun tableau. Les matrices du HCDH sont un tableau de recommandations.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is empty (no cell holds anything).</source>
        <translation>Impossible d&apos;importer {file} : le fichier est vide (aucune cellule ne contient quoi que ce soit).</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not valid JSON ({reason}); it may be truncated.</source>
        <translation>Impossible d&apos;importer {file} : ce n&apos;est pas du JSON valide ({reason}) ; il est peut-être tronqué.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document cannot be opened ({reason}). Save it again from Word.</source>
        <translation>Impossible d&apos;importer {file} : le document Word ne peut pas être ouvert ({reason}). Enregistrez-le à nouveau depuis Word.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the Word document is damaged ({reason}).</source>
        <translation>Impossible d&apos;importer {file} : le document Word est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>table {number}</source>
        <translation>tableau {number}</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is too large to read on this computer.</source>
        <translation>Impossible d&apos;importer {file} : il est trop volumineux pour être lu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Unknown import format &apos;{name}&apos;; use one of: {formats}.</source>
        <translation>Format d&apos;import inconnu « {name} » ; utilisez l&apos;un de ceux-ci : {formats}.</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not a recognised format (UPR Info export, OHCHR matrix, UHRI export, or a table with a column of recommendation texts). If it is a table, name its columns with --map &quot;Header=text,...&quot; and --format table.</source>
        <translation>Impossible d&apos;importer {file} : ce n&apos;est pas un format reconnu (export d&apos;UPR Info, matrice du HCDH, export de l&apos;IUDH, ou tableau avec une colonne de textes de recommandations). S&apos;il s&apos;agit d&apos;un tableau, nommez ses colonnes avec --map &quot;En-tête=text,...&quot; et --format table.</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Cannot import {file}: it holds no recommendations (only headers or empty rows).</source>
        <translation>Impossible d&apos;importer {file} : il ne contient aucune recommandation (seulement des en-têtes ou des lignes vides).</translation>
    </message>
    <message>
        <source>--country: &apos;{country}&apos; is not a UN member or observer State.</source>
        <translation>--country : « {country} » n&apos;est pas un État membre ou observateur de l&apos;ONU.</translation>
    </message>
    <message>
        <source>Nothing in this file matched {state}{narrowing}; it holds: {listed}. Use --country STATE or --all-states.</source>
        <translation>Rien dans ce fichier ne correspond à {state}{narrowing} ; il contient : {listed}. Utilisez --country ÉTAT ou --all-states.</translation>
    </message>
    <message>
        <source> with the cycle/session asked for</source>
        <translation> pour le cycle/la session demandés</translation>
    </message>
    <message>
        <source>Cannot import {file}: {reason}</source>
        <translation>Impossible d&apos;importer {file} : {reason}</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the file is larger than 1 GB; split the export into smaller files.</source>
        <translation>le fichier dépasse 1 Go ; découpez l&apos;export en fichiers plus petits.</translation>
    </message>
    <message>
        <source>the file is an empty archive.</source>
        <translation>le fichier est une archive vide.</translation>
    </message>
    <message>
        <source>it is not a valid {ext} file (it may be damaged, truncated or renamed).</source>
        <translation>ce n&apos;est pas un fichier {ext} valide (il est peut-être endommagé, tronqué ou renommé).</translation>
    </message>
    <message>
        <source>the file is protected by a password. Open it in Excel or Word, remove the password (File &gt; Info &gt; Protect), save it and import it again.</source>
        <translation>le fichier est protégé par un mot de passe. Ouvrez-le dans Excel ou Word, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger), enregistrez-le et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>it is a zip archive but not an Excel, Word or OpenDocument file.</source>
        <translation>c&apos;est une archive zip, mais pas un fichier Excel, Word ou OpenDocument.</translation>
    </message>
    <message>
        <source>Cannot import {file}: no column holds the recommendation text. Its columns are: {headers}. Say which one with --map &quot;HEADER=text&quot;.</source>
        <translation>Impossible d&apos;importer {file} : aucune colonne ne contient le texte des recommandations. Ses colonnes sont : {headers}. Indiquez laquelle avec --map &quot;EN-TÊTE=text&quot;.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is not a text file, a spreadsheet or a Word document.</source>
        <translation>Impossible d&apos;importer {file} : ce n&apos;est ni un fichier texte, ni un tableur, ni un document Word.</translation>
    </message>
    <message>
        <source>Cannot import {file}: line {line} cannot be read as CSV ({reason}).</source>
        <translation>Impossible d&apos;importer {file} : la ligne {line} ne peut pas être lue comme du CSV ({reason}).</translation>
    </message>
    <message>
        <source>the response &apos;{value}&apos; is not one of Supported, Noted, Supported/Noted (partially supported) or Pending</source>
        <translation>la réponse « {value} » n&apos;est pas Supported, Noted, Supported/Noted (partiellement soutenue) ou Pending</translation>
    </message>
    <message>
        <source>the session &apos;{value}&apos; is not a UPR session number</source>
        <translation>la session « {value} » n&apos;est pas un numéro de session de l&apos;EPU</translation>
    </message>
    <message>
        <source>the cycle &apos;{value}&apos; is not a UPR cycle number</source>
        <translation>le cycle « {value} » n&apos;est pas un numéro de cycle de l&apos;EPU</translation>
    </message>
    <message>
        <source>the action category &apos;{value}&apos; is not a number from 1 to 5</source>
        <translation>la catégorie d&apos;action « {value} » n&apos;est pas un nombre de 1 à 5</translation>
    </message>
    <message>
        <source>Names not on the UN list of States were kept as written: {listed}.</source>
        <translation>Les noms absents de la liste des États de l&apos;ONU ont été gardés tels quels : {listed}.</translation>
    </message>
    <message>
        <source>SDG entries that name no goal or target were left out: {listed}.</source>
        <translation>Les entrées ODD qui ne désignent aucun objectif ni cible ont été écartées : {listed}.</translation>
    </message>
    <message>
        <source>Merge {file} from {group}</source>
        <translation>Fusionner {file} de {group}</translation>
    </message>
    <message>
        <source>--prefer takes &apos;ours&apos; or &apos;theirs&apos;, not &apos;{value}&apos;.</source>
        <translation>--prefer prend &apos;ours&apos; ou &apos;theirs&apos;, pas « {value} ».</translation>
    </message>
    <message>
        <source>the text has {count} characters, more than {limit}; shorten it.</source>
        <translation>le texte compte {count} caractères, plus que {limit} ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not in the {column} list ({labels}).</source>
        <translation>« {value} » n&apos;est pas dans la liste « {column} » ({labels}).</translation>
    </message>
    <message>
        <source>{date} is in the future.</source>
        <translation>{date} est dans le futur.</translation>
    </message>
    <message>
        <source>unknown recommendation ref(s): {refs}.</source>
        <translation>référence(s) de recommandation inconnue(s) : {refs}.</translation>
    </message>
    <message>
        <source>{value} is a number, not a date; write the date as YYYY-MM-DD.</source>
        <translation>{value} est un nombre, pas une date ; écrivez la date sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write the date as YYYY-MM-DD.</source>
        <translation>« {value} » n&apos;est pas une date ; écrivez la date sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; could be {first} or {second}; write the date as YYYY-MM-DD.</source>
        <translation>« {value} » pourrait être le {first} ou le {second} ; écrivez la date sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Resolve conflict on {ref} {field}</source>
        <translation>Résoudre le conflit sur {ref} {field}</translation>
    </message>
    <message>
        <source>Resolve a conflict with ours, theirs or an edited value, not &apos;{take}&apos;.</source>
        <translation>Résolvez un conflit avec ours, theirs ou une valeur modifiée, pas « {take} ».</translation>
    </message>
    <message>
        <source>There is no conflict number {id}. List them with: upr-desktop conflicts list</source>
        <translation>Il n&apos;y a pas de conflit numéro {id}. Listez-les avec : upr-desktop conflicts list</translation>
    </message>
    <message>
        <source>Conflict {id} belongs to a merge that was undone.</source>
        <translation>Le conflit {id} appartient à une fusion qui a été annulée.</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved ({how}).</source>
        <translation>Le conflit {id} a déjà été résolu ({how}).</translation>
    </message>
    <message>
        <source>Resolve all conflicts with ours or theirs.</source>
        <translation>Résolvez tous les conflits avec ours ou theirs.</translation>
    </message>
    <message>
        <source>Give the value to keep (--value).</source>
        <translation>Indiquez la valeur à garder (--value).</translation>
    </message>
    <message>
        <source>Conflict {id} ({field}): {reason}</source>
        <translation>Conflit {id} ({field}) : {reason}</translation>
    </message>
    <message>
        <source>UPR follow-up workbook for {group}</source>
        <translation>Classeur de suivi de l&apos;EPU pour {group}</translation>
    </message>
    <message>
        <source>What to fill in</source>
        <translation>Ce qu&apos;il faut remplir</translation>
    </message>
    <message>
        <source>What not to touch</source>
        <translation>Ce qu&apos;il ne faut pas toucher</translation>
    </message>
    <message>
        <source>When you are done, save the file as it is (.xlsx) and send it back.</source>
        <translation>Quand vous avez terminé, enregistrez le fichier tel quel (.xlsx) et renvoyez-le.</translation>
    </message>
    <message>
        <source>Please send it back by {deadline}.</source>
        <translation>Merci de le renvoyer d&apos;ici le {deadline}.</translation>
    </message>
    <message>
        <source>This is a return prepared in the UPR Desktop app by {group}.</source>
        <translation>Ceci est un retour préparé dans l&apos;application UPR Desktop par {group}.</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Écriture de {name}</translation>
    </message>
    <message>
        <source>The secretariat of {coalition}</source>
        <translation>Le secrétariat de {coalition}</translation>
    </message>
    <message>
        <source>{acronym} has no recommendations assigned; assign some first (upr-desktop assign --group {acronym} ...).</source>
        <translation>{acronym} n&apos;a aucune recommandation attribuée ; attribuez-en d&apos;abord (upr-desktop assign --group {acronym} ...).</translation>
    </message>
    <message>
        <source>None of the recommendations asked for is assigned to {acronym}.</source>
        <translation>Aucune des recommandations demandées n&apos;est attribuée à {acronym}.</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>date limite</translation>
    </message>
    <message>
        <source>No member group has recommendations assigned yet.</source>
        <translation>Aucun groupe membre n&apos;a encore de recommandations attribuées.</translation>
    </message>
    <message>
        <source>Did you mean {names} or {last}?</source>
        <translation>Vouliez-vous dire {names} ou {last} ?</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>Vouliez-vous dire {name} ?</translation>
    </message>
    <message>
        <source>A value stored in the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the damaged record, then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup.</source>
        <translation>Une valeur enregistrée dans l&apos;espace de travail est illisible : le fichier est endommagé. Lancez `upr-desktop check` pour trouver l&apos;enregistrement endommagé, puis `upr-desktop export-json --salvage -o FICHIER` pour sauver tout le reste, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Theme cluster</source>
        <translation>Groupe de thèmes</translation>
    </message>
    <message>
        <source>State under Review</source>
        <translation>État examiné</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Document source</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Note sur la source</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>Statut de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Assessment evidence</source>
        <translation>Éléments de preuve de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Assessment sources</source>
        <translation>Sources de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Assessment comment</source>
        <translation>Commentaire de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Assessing group</source>
        <translation>Groupe évaluateur</translation>
    </message>
    <message>
        <source>Confidential assessment</source>
        <translation>Évaluation confidentielle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Assignment note</source>
        <translation>Note d&apos;attribution</translation>
    </message>
    <message>
        <source>{field} changed from “{old}” to “{new}”</source>
        <translation>{field} : « {old} » remplacé par « {new} »</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{group}&apos;s assessment of {date} removed ({status})</source>
        <translation>Évaluation de {group} du {date} retirée ({status})</translation>
    </message>
    <message>
        <source>Assigned to {group} as {role}</source>
        <translation>Attribuée à {group} ({role})</translation>
    </message>
    <message>
        <source>Theme {theme} removed</source>
        <translation>Thème « {theme} » retiré</translation>
    </message>
    <message>
        <source>Recommendation added</source>
        <translation>Recommandation ajoutée</translation>
    </message>
    <message>
        <source>Recommendation removed</source>
        <translation>Recommandation retirée</translation>
    </message>
    <message>
        <source>{field} of {group}</source>
        <translation>{field} de {group}</translation>
    </message>
    <message>
        <source>{field} set to “{new}”</source>
        <translation>{field} : « {new} »</translation>
    </message>
    <message>
        <source>{field} cleared (was “{old}”)</source>
        <translation>{field} effacé (était « {old} »)</translation>
    </message>
    <message>
        <source>merged from {file}</source>
        <translation>fusionné depuis {file}</translation>
    </message>
    <message>
        <source>conflict in {file}, decided here</source>
        <translation>conflit dans {file}, tranché ici</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>importé depuis {file}</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>rétabli</translation>
    </message>
    <message>
        <source>{change} ({origin})</source>
        <translation>{change} ({origin})</translation>
    </message>
    <message>
        <source>a group since removed</source>
        <translation>un groupe supprimé depuis</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Status set to {status} by {group} on {date}</source>
        <translation>Statut « {status} » attribué par {group} le {date}</translation>
    </message>
    <message>
        <source>The coalition&apos;s assessment of {date} removed ({status})</source>
        <translation>Évaluation de la coalition du {date} retirée ({status})</translation>
    </message>
    <message>
        <source>Assignment to {group} removed</source>
        <translation>Attribution à {group} retirée</translation>
    </message>
    <message>
        <source>Assigned to {group} as {role}, due {date}</source>
        <translation>Attribuée à {group} ({role}), échéance le {date}</translation>
    </message>
    <message>
        <source>a theme since removed</source>
        <translation>un thème supprimé depuis</translation>
    </message>
    <message>
        <source>Theme {theme} added</source>
        <translation>Thème « {theme} » ajouté</translation>
    </message>
    <message>
        <source>merged from {group}&apos;s return of {date}</source>
        <translation>fusionné depuis le retour de {group} du {date}</translation>
    </message>
    <message>
        <source>conflict in {group}&apos;s return of {date}, decided here</source>
        <translation>conflit dans le retour de {group} du {date}, tranché ici</translation>
    </message>
    <message>
        <source>Status set to {status} by the coalition on {date}</source>
        <translation>Statut « {status} » attribué par la coalition le {date}</translation>
    </message>
    <message>
        <source>{response} until {date}</source>
        <translation>{response} jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>then {response}</source>
        <translation>puis {response}</translation>
    </message>
    <message>
        <source>then {response} until {date}</source>
        <translation>puis {response} jusqu&apos;au {date}</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n recommendations to {acronym}</source>
        <translation>
            <numerusform>Attribuer %n recommandation à {acronym}</numerusform>
            <numerusform>Attribuer %n recommandations à {acronym}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n recommendations from {acronym}</source>
        <translation>
            <numerusform>Retirer %n recommandation à {acronym}</numerusform>
            <numerusform>Retirer %n recommandations à {acronym}</numerusform>
        </translation>
    </message>
    <message>
        <source>the record</source>
        <translation>la fiche</translation>
    </message>
    <message>
        <source>{who} changed {record} ({fields}) at {at} after you opened it; your changes were not saved, so that nothing of theirs is lost. Open it again and make your change on what is there now.</source>
        <translation>{who} a modifié {record} ({fields}) à {at} après que vous l&apos;avez ouvert ; vos modifications n&apos;ont pas été enregistrées, pour que rien des siennes ne soit perdu. Ouvrez-le de nouveau et refaites votre modification sur ce qui s&apos;y trouve maintenant.</translation>
    </message>
    <message>
        <source>Merges are undone one by one: the last one ({file}) with: upr-desktop merges undo {id}</source>
        <translation>Les fusions s&apos;annulent une par une : la dernière ({file}) avec : upr-desktop merges undo {id}</translation>
    </message>
    <message>
        <source>Imports are undone one by one: the last one ({file}) with: upr-desktop imports undo {id}</source>
        <translation>Les importations s&apos;annulent une par une : la dernière ({file}) avec : upr-desktop imports undo {id}</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>le secrétariat</translation>
    </message>
    <message>
        <source>Set the secretariat to {name}</source>
        <translation>Secrétariat défini : {name}</translation>
    </message>
    <message>
        <source>the consultation with {body}</source>
        <translation>la consultation avec {body}</translation>
    </message>
    <message>
        <source>the follow-up action &quot;{action}&quot;</source>
        <translation>l&apos;action de suivi « {action} »</translation>
    </message>
    <message>
        <source>A recommendation cannot be its own predecessor ({ref}).</source>
        <translation>Une recommandation ne peut pas être son propre prédécesseur ({ref}).</translation>
    </message>
    <message>
        <source>{earlier} was made to {other}, not to {state}: only recommendations to the same State can be linked.</source>
        <translation>{earlier} a été adressée à {other}, pas à {state} : seules des recommandations au même État peuvent être liées.</translation>
    </message>
    <message>
        <source>{earlier} (cycle {earlier_cycle}) is not from a cycle before {ref} (cycle {cycle}): a predecessor comes from an earlier cycle.</source>
        <translation>{earlier} (cycle {earlier_cycle}) n&apos;est pas d&apos;un cycle antérieur à {ref} (cycle {cycle}) : un prédécesseur vient d&apos;un cycle antérieur.</translation>
    </message>
    <message>
        <source>A link is either confirmed or rejected, not &apos;{status}&apos;.</source>
        <translation>Un lien est soit confirmé soit rejeté, pas « {status} ».</translation>
    </message>
    <message>
        <source>Confirm that {earlier} was recommended before {ref}</source>
        <translation>Confirmer que {earlier} a été recommandée avant {ref}</translation>
    </message>
    <message>
        <source>Reject {earlier} as recommended before {ref}</source>
        <translation>Rejeter {earlier} comme recommandée avant {ref}</translation>
    </message>
    <message>
        <source>recommendation {ref}</source>
        <translation>la recommandation {ref}</translation>
    </message>
    <message numerus="yes">
        <source>Set themes on %n recommendations</source>
        <translation>
            <numerusform>Définir les thèmes de %n recommandation</numerusform>
            <numerusform>Définir les thèmes de %n recommandations</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a State&apos;s name.</source>
        <translation>« {name} » n&apos;est pas le nom d&apos;un État.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected recommendations no longer exist; refresh the list and try again.</source>
        <translation>
            <numerusform>%n des recommandations sélectionnées n&apos;existe plus ; actualisez la liste et réessayez.</numerusform>
            <numerusform>%n des recommandations sélectionnées n&apos;existent plus ; actualisez la liste et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough free space in {folder} for a backup of {name}: about {need} MB are needed and {free} MB are free. Nothing was changed; free some space (or choose another backup folder in Settings) and try again.</source>
        <translation>Pas assez d&apos;espace libre dans {folder} pour une sauvegarde de {name} : il faut environ {need} Mo et {free} Mo sont libres. Rien n&apos;a été modifié ; libérez de la place (ou choisissez un autre dossier de sauvegarde dans les Paramètres) et réessayez.</translation>
    </message>
    <message>
        <source>{backup} is not protected by a passphrase, but the workspace is: restoring it would leave your data unprotected. Choose a backup taken since the workspace was protected (upr-desktop backups), or restore it and then run protect again after unprotecting the workspace.</source>
        <translation>{backup} n&apos;est pas protégée par une phrase secrète, alors que l&apos;espace de travail l&apos;est : la restaurer laisserait vos données sans protection. Choisissez une sauvegarde faite depuis que l&apos;espace de travail est protégé (upr-desktop backups), ou retirez d&apos;abord la phrase secrète (unprotect), restaurez-la, puis protégez à nouveau (protect).</translation>
    </message>
    <message>
        <source>{backup} is protected by a passphrase, but the workspace is not: it was taken while the workspace was protected. Choose a backup taken since the passphrase was removed.</source>
        <translation>{backup} est protégée par une phrase secrète, alors que l&apos;espace de travail ne l&apos;est pas : elle a été faite quand l&apos;espace de travail était protégé. Choisissez une sauvegarde faite depuis que la phrase secrète a été retirée.</translation>
    </message>
    <message>
        <source>{backup} is protected by another passphrase than the workspace&apos;s (it was taken before the passphrase was changed, or belongs to another workspace); it cannot be restored with this one.</source>
        <translation>{backup} est protégée par une autre phrase secrète que celle de l&apos;espace de travail (elle a été faite avant le changement de phrase secrète, ou vient d&apos;un autre espace de travail) ; elle ne peut pas être restaurée avec celle-ci.</translation>
    </message>
    <message>
        <source>Could not make the backup folder {folder}: {reason}. Nothing was changed; choose another backup folder in Settings.</source>
        <translation>Impossible de créer le dossier de sauvegarde {folder} : {reason}. Rien n&apos;a été modifié ; choisissez un autre dossier de sauvegarde dans les Paramètres.</translation>
    </message>
    <message>
        <source>Could not back up {path} into {folder}: {reason}. Nothing was changed.</source>
        <translation>Impossible de sauvegarder {path} dans {folder} : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} est illisible : {reason}</translation>
    </message>
    <message>
        <source>{path} is still in use by another task; nothing was changed. Try the import again.</source>
        <translation>{path} est encore utilisé par une autre tâche ; rien n&apos;a été modifié. Relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un fichier texte</translation>
    </message>
    <message>
        <source>its folder cannot be written to, so SQLite cannot keep its journal beside it</source>
        <translation>son dossier n&apos;est pas accessible en écriture, SQLite ne peut donc pas tenir son journal à côté</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>il se trouve sur un disque en lecture seule</translation>
    </message>
    <message>
        <source>the file is marked immutable</source>
        <translation>le fichier est marqué immuable</translation>
    </message>
    <message>
        <source>To bring recommendations in from it: upr-desktop import &quot;{path}&quot;; a returned exchange workbook is merged with: upr-desktop merge &quot;{path}&quot;.</source>
        <translation>Pour en importer les recommandations : upr-desktop import &quot;{path}&quot; ; un classeur d&apos;échange renvoyé se fusionne avec : upr-desktop merge &quot;{path}&quot;.</translation>
    </message>
    <message>
        <source>{path} is not a UPR Desktop workspace: it is {kind}.</source>
        <translation>{path} n&apos;est pas un espace de travail UPR Desktop : c&apos;est {kind}.</translation>
    </message>
    <message>
        <source>{path} is on a disk that cannot be written to and changes are still in its {wal} file, which SQLite cannot read there. Copy the workspace with both files to a writable folder and open the copy.</source>
        <translation>{path} se trouve sur un disque qui ne peut pas être écrit et des modifications sont encore dans son fichier {wal}, que SQLite ne peut pas lire à cet endroit. Copiez l&apos;espace de travail avec les deux fichiers dans un dossier accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <source>a zip archive: an Excel, Word or LibreOffice document</source>
        <translation>une archive zip : un document Excel, Word ou LibreOffice</translation>
    </message>
    <message>
        <source>an empty zip archive</source>
        <translation>une archive zip vide</translation>
    </message>
    <message>
        <source>an old Office file (.xls or .doc)</source>
        <translation>un ancien fichier Office (.xls ou .doc)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>row {row} of {table}</source>
        <translation>ligne {row} de {table}</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>ce n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an id</source>
        <translation>« {value} » n&apos;est pas un identifiant</translation>
    </message>
    <message>
        <source>it is not a whole number</source>
        <translation>ce n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>it is neither yes nor no</source>
        <translation>ce n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>{copy} is not protected by a passphrase while the workspace is: run `upr-desktop protect` to protect it too.</source>
        <translation>{copy} n&apos;est pas protégée par une phrase secrète alors que l&apos;espace de travail l&apos;est : lancez `upr-desktop protect` pour la protéger aussi.</translation>
    </message>
    <message>
        <source>it is not JSON text</source>
        <translation>ce n&apos;est pas du texte JSON</translation>
    </message>
    <message>
        <source>it is not a JSON {kind}</source>
        <translation>ce n&apos;est pas un {kind} JSON</translation>
    </message>
    <message>
        <source>it is not a date</source>
        <translation>ce n&apos;est pas une date</translation>
    </message>
    <message>
        <source>Checking the change log</source>
        <translation>Vérification du journal des modifications</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>member group</source>
        <translation>groupe membre</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>attribution</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>follow-up action</source>
        <translation>action de suivi</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>change-log entry</source>
        <translation>entrée du journal des modifications</translation>
    </message>
    <message>
        <source>workspace record</source>
        <translation>fiche de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>{entity} of recommendation {ref} (row {row})</source>
        <translation>{entity} de la recommandation {ref} (ligne {row})</translation>
    </message>
    <message>
        <source>{entity} {name} (row {row})</source>
        <translation>{entity} {name} (ligne {row})</translation>
    </message>
    <message>
        <source>The file&apos;s pages cannot be read: {reason}</source>
        <translation>Les pages du fichier sont illisibles : {reason}</translation>
    </message>
    <message>
        <source>{record} refers to a {parent} that does not exist.</source>
        <translation>{record} renvoie à un(e) {parent} qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The links between records cannot be checked: {reason}</source>
        <translation>Les liens entre enregistrements ne peuvent pas être vérifiés : {reason}</translation>
    </message>
    <message>
        <source>it is not readable text</source>
        <translation>ce n&apos;est pas un texte lisible</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>« {value} » n&apos;est pas une date</translation>
    </message>
    <message>
        <source>Checking {table}</source>
        <translation>Vérification de {table}</translation>
    </message>
    <message>
        <source>{record}: its id is {stored} but the change log recorded {logged}; the id was changed outside the app (or damaged).</source>
        <translation>{record} : son identifiant est {stored} mais le journal des modifications a enregistré {logged} ; l&apos;identifiant a été modifié hors de l&apos;application (ou endommagé).</translation>
    </message>
    <message>
        <source>The search index does not match the recommendations ({reason}); searches may miss or show the wrong ones. Rebuild it with: upr-desktop check --rebuild-search-index</source>
        <translation>L&apos;index de recherche ne correspond pas aux recommandations ({reason}) ; les recherches peuvent en manquer ou en montrer de mauvaises. Reconstruisez-le avec : upr-desktop check --rebuild-search-index</translation>
    </message>
    <message>
        <source>{record}: its row and the index {index} disagree (a stored value was changed outside the app, or damaged).</source>
        <translation>{record} : sa ligne et l&apos;index {index} ne concordent pas (une valeur enregistrée a été modifiée hors de l&apos;application, ou endommagée).</translation>
    </message>
    <message>
        <source>The file&apos;s structure: {detail}</source>
        <translation>La structure du fichier : {detail}</translation>
    </message>
    <message>
        <source>The table {table} cannot be read: {reason}</source>
        <translation>La table {table} est illisible : {reason}</translation>
    </message>
    <message>
        <source>row {row} of {table} cannot be read at all: {reason}</source>
        <translation>la ligne {row} de {table} est entièrement illisible : {reason}</translation>
    </message>
    <message>
        <source>{record}: the stored {column} cannot be read: {problem}.</source>
        <translation>{record} : la valeur enregistrée de {column} est illisible : {problem}.</translation>
    </message>
    <message>
        <source>The change log cannot be compared with {table}: {reason}</source>
        <translation>Le journal des modifications ne peut pas être comparé à {table} : {reason}</translation>
    </message>
    <message>
        <source>An interrupted {operation} of {path} was undone: the workspace and its copies are as they were before it. Run it again.</source>
        <translation>Une {operation} interrompue de {path} a été annulée : l&apos;espace de travail et ses copies sont comme avant. Relancez-la.</translation>
    </message>
    <message>
        <source>An interrupted {operation} of {path} was finished: the workspace and every copy of it are now under its current passphrase.</source>
        <translation>Une {operation} interrompue de {path} a été terminée : l&apos;espace de travail et toutes ses copies sont désormais sous sa phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>protection of the copies</source>
        <translation>protection des copies</translation>
    </message>
    <message>
        <source>The converted copy of {path} for an interrupted change of passphrase is missing; nothing was touched. Keep every file beside the workspace and its backups as it is, and ask for help.</source>
        <translation>La copie convertie de {path} pour un changement de phrase secrète interrompu est introuvable ; rien n&apos;a été touché. Laissez tous les fichiers à côté de l&apos;espace de travail et de ses sauvegardes tels quels, et demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>The record of an interrupted change of passphrase, {path}, cannot be read ({reason}). Move it away only after checking that the workspace opens.</source>
        <translation>Le relevé d&apos;un changement de phrase secrète interrompu, {path}, est illisible ({reason}). Ne le déplacez qu&apos;après avoir vérifié que l&apos;espace de travail s&apos;ouvre.</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>protection</translation>
    </message>
    <message>
        <source>removal of the passphrase</source>
        <translation>suppression de la phrase secrète</translation>
    </message>
    <message>
        <source>change of passphrase</source>
        <translation>modification de la phrase secrète</translation>
    </message>
    <message>
        <source>{path} already exists; move the workspace to a new file. Nothing was changed.</source>
        <translation>{path} existe déjà ; déplacez l&apos;espace de travail vers un nouveau fichier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database {where} is not empty; move a workspace only into an empty database (createdb -O ROLE NAME). Nothing was changed.</source>
        <translation>La base de données {where} n&apos;est pas vide ; ne déplacez un espace de travail que dans une base vide (createdb -O ROLE NAME). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot reach the server for {where}: {detail}</source>
        <translation>Impossible de joindre le serveur de {where} : {detail}</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} sur {host}</translation>
    </message>
    <message>
        <source>The server refused {user} for {where}: the password is wrong or missing. Save it with: upr-desktop --workspace &quot;{url}&quot; server remember-password</source>
        <translation>Le serveur a refusé {user} pour {where} : le mot de passe est erroné ou manquant. Enregistrez-le avec : upr-desktop --workspace &quot;{url}&quot; server remember-password</translation>
    </message>
    <message>
        <source>The server has no database &apos;{database}&apos; ({where}). Ask its administrator to create it (createdb -O ROLE {database}).</source>
        <translation>Le serveur n&apos;a pas de base de données « {database} » ({where}). Demandez à son administrateur de la créer (createdb -O ROLE {database}).</translation>
    </message>
    <message>
        <source>The server for {where} did not prove who it is: its certificate is not signed by the authority in {ca}. Nothing was sent. Ask the server&apos;s administrator for its CA certificate and name it with sslrootcert=.</source>
        <translation>Le serveur de {where} n&apos;a pas prouvé son identité : son certificat n&apos;est pas signé par l&apos;autorité de {ca}. Rien n&apos;a été envoyé. Demandez à l&apos;administrateur du serveur son certificat d&apos;autorité (CA) et indiquez-le avec sslrootcert=.</translation>
    </message>
    <message>
        <source>The server for {where} showed a certificate made for another name. Nothing was sent. Connect with the host name its certificate names, or ask its administrator.</source>
        <translation>Le serveur de {where} a présenté un certificat établi pour un autre nom. Rien n&apos;a été envoyé. Connectez-vous avec le nom d&apos;hôte que nomme son certificat, ou demandez à son administrateur.</translation>
    </message>
    <message>
        <source>No CA certificate at {ca} to check the server for {where} with (sslmode={mode}). Save the server&apos;s CA certificate there, or name it with sslrootcert=.</source>
        <translation>Aucun certificat d&apos;autorité (CA) dans {ca} pour vérifier le serveur de {where} (sslmode={mode}). Enregistrez-y le certificat CA du serveur, ou indiquez-le avec sslrootcert=.</translation>
    </message>
    <message>
        <source>The server for {where} does not offer an encrypted connection, and sslmode={mode} requires one. Ask its administrator to turn TLS on (ssl = on).</source>
        <translation>Le serveur de {where} n&apos;offre pas de connexion chiffrée, et sslmode={mode} en exige une. Demandez à son administrateur d&apos;activer TLS (ssl = on).</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address; write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>« {url} » n&apos;est pas une adresse de serveur ; écrivez postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no host or no database; write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>« {url} » ne nomme pas d&apos;hôte ou pas de base de données ; écrivez postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>{path} is not a server connection file (it holds no settings).</source>
        <translation>{path} n&apos;est pas un fichier de connexion à un serveur (il ne contient aucun réglage).</translation>
    </message>
    <message>
        <source>{path} holds a password: remove it; passwords are kept in the keyring (upr-desktop server remember-password).</source>
        <translation>{path} contient un mot de passe : retirez-le ; les mots de passe sont gardés dans le trousseau (upr-desktop server remember-password).</translation>
    </message>
    <message>
        <source>{path} names no host or no database (&quot;host&quot;, &quot;database&quot;).</source>
        <translation>{path} ne nomme pas d&apos;hôte ou pas de base de données (&quot;host&quot;, &quot;database&quot;).</translation>
    </message>
    <message>
        <source>The server for {where} runs PostgreSQL {version}; UPR Desktop needs 13 or newer.</source>
        <translation>Le serveur de {where} fait tourner PostgreSQL {version} ; UPR Desktop demande la version 13 ou plus récente.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address ({reason}); write postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>« {url} » n&apos;est pas une adresse de serveur ({reason}) ; écrivez postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>{path} is not a server connection file (it is {size} bytes; one is a few lines).</source>
        <translation>{path} n&apos;est pas un fichier de connexion à un serveur (il fait {size} octets ; un tel fichier tient en quelques lignes).</translation>
    </message>
    <message>
        <source>No server connection file at {path}.</source>
        <translation>Aucun fichier de connexion à un serveur à {path}.</translation>
    </message>
    <message>
        <source>{path} is not a server connection file ({reason}).</source>
        <translation>{path} n&apos;est pas un fichier de connexion à un serveur ({reason}).</translation>
    </message>
    <message>
        <source>{path} holds a password in its URL: remove it; passwords are kept in the keyring.</source>
        <translation>{path} contient un mot de passe dans son URL : retirez-le ; les mots de passe sont gardés dans le trousseau.</translation>
    </message>
    <message>
        <source>A server workspace has no file to copy; use upr-desktop backup (pg_dump).</source>
        <translation>Un espace de travail sur un serveur n&apos;a pas de fichier à copier ; utilisez upr-desktop backup (pg_dump).</translation>
    </message>
    <message>
        <source>The database {where} holds no UPR Desktop workspace. Create one with: upr-desktop --workspace &quot;{url}&quot; init --name NAME --country STATE</source>
        <translation>La base de données {where} ne contient aucun espace de travail UPR Desktop. Créez-en un avec : upr-desktop --workspace &quot;{url}&quot; init --name NAME --country STATE</translation>
    </message>
    <message>
        <source>Upgrading the workspace on the server</source>
        <translation>Mise à niveau de l&apos;espace de travail sur le serveur</translation>
    </message>
    <message>
        <source>The database {where} already holds a workspace; open it instead (nothing was changed).</source>
        <translation>La base de données {where} contient déjà un espace de travail ; ouvrez-le plutôt (rien n&apos;a été modifié).</translation>
    </message>
    <message>
        <source>The database {where} is not empty ({tables}...); create a workspace in an empty database (createdb -O ROLE NAME).</source>
        <translation>La base de données {where} n&apos;est pas vide ({tables}...) ; créez un espace de travail dans une base vide (createdb -O ROLE NAME).</translation>
    </message>
    <message>
        <source>{program} is not installed, so the server workspace cannot be backed up or restored from here. Install the PostgreSQL client programs (Debian/Ubuntu: apt-get install postgresql-client) or set UPR_DESKTOP_PG_BIN to their folder. Nothing was changed.</source>
        <translation>{program} n&apos;est pas installé : l&apos;espace de travail du serveur ne peut pas être sauvegardé ni restauré d&apos;ici. Installez les programmes clients de PostgreSQL (Debian/Ubuntu : apt-get install postgresql-client) ou indiquez leur dossier dans UPR_DESKTOP_PG_BIN. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not back up {where}: pg_dump said: {detail}. Nothing was changed.</source>
        <translation>Impossible de sauvegarder {where} : pg_dump a répondu : {detail}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not back up {where}: pg_dump wrote an empty backup. Nothing was changed.</source>
        <translation>Impossible de sauvegarder {where} : pg_dump a écrit une sauvegarde vide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} is not a backup of a server workspace (pg_restore cannot read it); nothing was changed.</source>
        <translation>{path} n&apos;est pas une sauvegarde d&apos;un espace de travail sur un serveur (pg_restore ne peut pas la lire) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not restore {backup} into {where}: pg_restore said: {detail}. The database was left as it was.</source>
        <translation>Impossible de restaurer {backup} dans {where} : pg_restore a répondu : {detail}. La base de données est restée telle quelle.</translation>
    </message>
    <message>
        <source>The search index does not match the recommendations ({refs}); searches may miss them. Rebuild it with: upr-desktop check --rebuild-search-index</source>
        <translation>L&apos;index de recherche ne correspond pas aux recommandations ({refs}) ; les recherches peuvent les manquer. Reconstruisez-le avec : upr-desktop check --rebuild-search-index</translation>
    </message>
    <message>
        <source>recommendation {ref}: its status, last assessment or lead group does not match its assessments and assignments (changed outside the app).</source>
        <translation>recommandation {ref} : son statut, sa dernière évaluation ou son groupe chef de file ne correspond pas à ses évaluations et attributions (modifié hors de l&apos;application).</translation>
    </message>
    <message numerus="yes">
        <source>The Dashboard&apos;s counts differ from the records in %n places (changed outside the app).</source>
        <translation>
            <numerusform>Les chiffres du tableau de bord diffèrent des fiches en %n endroit (modifiés hors de l&apos;application).</numerusform>
            <numerusform>Les chiffres du tableau de bord diffèrent des fiches en %n endroits (modifiés hors de l&apos;application).</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row} of {table}: {column} is not a JSON {kind}.</source>
        <translation>ligne {row} de {table} : {column} n&apos;est pas un {kind} JSON.</translation>
    </message>
    <message>
        <source>The server refused this change: {role} may read everything but write only its own group&apos;s assessments, consultations and follow-up actions. Nothing was changed; ask the secretariat to make it.</source>
        <translation>Le serveur a refusé cette modification : {role} peut tout lire mais n&apos;écrire que les évaluations, consultations et actions de suivi de son propre groupe. Rien n&apos;a été modifié ; demandez au secrétariat de la faire.</translation>
    </message>
    <message>
        <source>A text to save holds a NUL character (0x00), which a server cannot store; remove it and try again. Nothing was changed.</source>
        <translation>Un texte à enregistrer contient un caractère NUL (0x00), qu&apos;un serveur ne peut pas stocker ; retirez-le et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>--role takes &apos;secretariat&apos; or &apos;member&apos;, not &apos;{value}&apos;.</source>
        <translation>--role accepte « secretariat » ou « member », pas « {value} ».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a server login: use lower-case letters, digits and _ (e.g. amina_k).</source>
        <translation>« {name} » ne peut pas être un identifiant sur le serveur : utilisez des minuscules, des chiffres et _ (p. ex. amina_k).</translation>
    </message>
    <message>
        <source>A member writes for one group: say which with --group ACR.</source>
        <translation>Un membre écrit pour un seul groupe : indiquez lequel avec --group ACR.</translation>
    </message>
    <message>
        <source>No member group &apos;{acronym}&apos;. Add it first with: upr-desktop groups add NAME --acronym {acronym}</source>
        <translation>Aucun groupe membre « {acronym} ». Ajoutez-le d&apos;abord avec : upr-desktop groups add NAME --acronym {acronym}</translation>
    </message>
    <message>
        <source>opened for reading only</source>
        <translation>ouvert en lecture seule</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file.</source>
        <translation>{path} est un dossier, pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>{path} can only be read ({reason}); nothing was changed. Every command that only reads works; to change it, copy it to a folder you can write to, or make it writable again.</source>
        <translation>{path} ne peut être que lu ({reason}) ; rien n&apos;a été modifié. Toutes les commandes de lecture fonctionnent ; pour le modifier, copiez-le dans un dossier accessible en écriture, ou rendez-le de nouveau modifiable.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}</source>
        <translation>Impossible de créer {path} : {reason}</translation>
    </message>
    <message>
        <source>{path} was made by an older version of UPR Desktop and must be upgraded before it is read, but it can only be read ({reason}). Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} a été créé par une version antérieure d&apos;UPR Desktop et doit être mis à niveau avant d&apos;être lu, mais il ne peut être que lu ({reason}). Copiez-le dans un dossier accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <source>No member group has recommendations of cycle {cycle} assigned.</source>
        <translation>Aucun groupe membre n&apos;a de recommandations du cycle {cycle} attribuées.</translation>
    </message>
    <message>
        <source>--response-on date</source>
        <translation>date de --response-on</translation>
    </message>
    <message>
        <source>The minimum score is a number from 0 to 1 (e.g. 0.6), not {value}.</source>
        <translation>Le score minimum est un nombre de 0 à 1 (par ex. 0.6), pas {value}.</translation>
    </message>
    <message>
        <source>{ref} has no near-duplicate in its cycle: assign it alone with: upr-desktop assign --ref {ref}</source>
        <translation>{ref} n&apos;a pas de quasi-doublon dans son cycle : attribuez-la seule avec : upr-desktop assign --ref {ref}</translation>
    </message>
    <message>
        <source>{path} is a workspace file; this works on a workspace on a server (--workspace postgresql://...).</source>
        <translation>{path} est un fichier d&apos;espace de travail ; ceci s&apos;applique à un espace de travail sur un serveur (--workspace postgresql://...).</translation>
    </message>
    <message>
        <source>Cannot remember the server password on this computer: {reason}. Set {env} instead, or use PostgreSQL&apos;s own ~/.pgpass file.</source>
        <translation>Impossible de mémoriser le mot de passe du serveur sur cet ordinateur : {reason}. Définissez plutôt {env}, ou utilisez le fichier ~/.pgpass de PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot remember the server password on this computer: the keyring refused it ({error}). Set {env} instead, or use PostgreSQL&apos;s own ~/.pgpass file.</source>
        <translation>Impossible de mémoriser le mot de passe du serveur sur cet ordinateur : le trousseau l&apos;a refusé ({error}). Définissez plutôt {env}, ou utilisez le fichier ~/.pgpass de PostgreSQL.</translation>
    </message>
    <message>
        <source>The workspace can only be read ({reason}); the search index was not checked.</source>
        <translation>L&apos;espace de travail ne peut être que lu ({reason}) ; l&apos;index de recherche n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: it can only be read ({reason}). Nothing was changed.</source>
        <translation>Impossible de restaurer dans {path} : il ne peut être que lu ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Not enough free space in {folder} to convert {path}: about {need} MB are needed and {free} MB are free. Nothing was changed.</source>
        <translation>Pas assez d&apos;espace libre dans {folder} pour convertir {path} : il faut environ {need} Mo et {free} Mo sont libres. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} is not protected by this key.</source>
        <translation>{path} n&apos;est pas protégé par cette clé.</translation>
    </message>
    <message>
        <source>Converting the copy {name}</source>
        <translation>Conversion de la copie {name}</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>attribuée</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>évaluée</translation>
    </message>
    <message>
        <source>discussed in a consultation</source>
        <translation>discutée lors d&apos;une consultation</translation>
    </message>
    <message>
        <source>linked to a follow-up action</source>
        <translation>liée à une action de suivi</translation>
    </message>
    <message>
        <source>linked as recommended before</source>
        <translation>liée comme recommandée avant</translation>
    </message>
    <message>
        <source>Import {id}: {file} ({format}) on {when}: added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>Importation {id} : {file} ({format}) le {when} : {added} ajoutées, {updated} mises à jour, {unchanged} inchangées, {skipped} ignorées.</translation>
    </message>
    <message>
        <source>  added {ref}: {text}</source>
        <translation>  ajoutée {ref} : {text}</translation>
    </message>
    <message>
        <source>  {ref} {field}: {old} -&gt; {new}</source>
        <translation>  {ref} {field} : {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>  {ref}: linked {kind} {value}</source>
        <translation>  {ref} : lien {kind} {value}</translation>
    </message>
    <message>
        <source>  row {row} not imported: {message}</source>
        <translation>  ligne {row} non importée : {message}</translation>
    </message>
    <message>
        <source>There is no import number {id}. List them with: upr-desktop imports list</source>
        <translation>Il n&apos;y a pas d&apos;importation numéro {id}. Listez-les avec : upr-desktop imports list</translation>
    </message>
    <message>
        <source>The import of {file} changed nothing; there is nothing to undo.</source>
        <translation>L&apos;importation de {file} n&apos;a rien changé ; il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>The import of {file} was already undone.</source>
        <translation>L&apos;importation de {file} a déjà été annulée.</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (et {count} de plus)</translation>
    </message>
    <message>
        <source>Cannot undo the import of {file}: later changes touched its recommendations: {listed}{more}. Undo those first, or keep the import.</source>
        <translation>Impossible d&apos;annuler l&apos;importation de {file} : des modifications ultérieures ont touché ses recommandations : {listed}{more}. Annulez-les d&apos;abord, ou gardez l&apos;importation.</translation>
    </message>
    <message>
        <source>  It was undone.</source>
        <translation>  Elle a été annulée.</translation>
    </message>
    <message>
        <source>{field} changed ({source}, {when})</source>
        <translation>{field} modifié ({source}, {when})</translation>
    </message>
    <message>
        <source>deleted ({source}, {when})</source>
        <translation>supprimée ({source}, {when})</translation>
    </message>
    <message>
        <source>tagged by hand ({source}, {when})</source>
        <translation>étiquetée à la main ({source}, {when})</translation>
    </message>
    <message>
        <source>tagged with a {kind} this import created ({source}, {when})</source>
        <translation>étiquetée avec un {kind} créé par cette importation ({source}, {when})</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula with no saved result, and formulas are not worked out on import, so {reason}. Paste the values instead of the formulas (in Excel: Paste Special &gt; Values) and import again.</source>
        <translation>la cellule {cell} contient une formule sans résultat enregistré, et les formules ne sont pas calculées à l&apos;importation : {reason}. Collez les valeurs à la place des formules (dans Excel : Collage spécial &gt; Valeurs) et importez de nouveau.</translation>
    </message>
    <message>
        <source>Cells {cells} hold formulas with no saved result; formulas are not worked out on import, so they were read as empty. Paste the values instead of the formulas (in Excel: Paste Special &gt; Values) and import again.</source>
        <translation>Les cellules {cells} contiennent des formules sans résultat enregistré ; les formules ne sont pas calculées à l&apos;import, elles ont donc été lues comme vides. Collez les valeurs au lieu des formules (dans Excel : Collage spécial &gt; Valeurs) et importez à nouveau.</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <source>Cannot import {file}: it holds {count} records of {fields} fields, more than one import may read; split it into smaller files.</source>
        <translation>Impossible d&apos;importer {file} : il contient {count} enregistrements de {fields} champs, plus qu&apos;une importation ne peut en lire ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> et {count} autres</translation>
    </message>
    <message>
        <source>Cannot import {file}: its JSON is nested thousands of levels deep, which no export is; it was not read.</source>
        <translation>Impossible d&apos;importer {file} : son JSON est imbriqué sur des milliers de niveaux, ce qu&apos;aucun export ne fait ; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>Cannot import {file}: the file is damaged or incomplete (truncated): {reason}</source>
        <translation>Impossible d&apos;importer {file} : le fichier est endommagé ou incomplet (tronqué) : {reason}</translation>
    </message>
    <message>
        <source>{file} is a report UPR Desktop wrote (“{title}”), not a list of recommendations: importing it would add its recommendations a second time. Import the UPR Info export, OHCHR matrix or UHRI export they came from. Nothing was imported.</source>
        <translation>{file} est un rapport écrit par UPR Desktop (« {title} »), pas une liste de recommandations : l’importer ajouterait ses recommandations une seconde fois. Importez l’export UPR Info, la matrice du HCDH ou l’export de l’IUDH dont elles proviennent. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8: it was read as {encoding}, but {other} was also possible. If texts look garbled in the preview, save the file again as &apos;CSV UTF-8&apos; and import that.</source>
        <translation>{file} n&apos;est pas en UTF-8 : il a été lu comme {encoding}, mais {other} était aussi possible. Si les textes semblent brouillés dans l&apos;aperçu, enregistrez le fichier en « CSV UTF-8 » et importez celui-ci.</translation>
    </message>
    <message>
        <source>{file} is an exchange workbook (a member group&apos;s return), not a list of recommendations: use merge (upr-desktop merge &quot;{file}&quot;, or Exchange &gt; Merge returns in the app). Nothing was imported.</source>
        <translation>{file} est un classeur d&apos;échange (le retour d&apos;un groupe membre), pas une liste de recommandations : utilisez la fusion (upr-desktop merge &quot;{file}&quot;, ou Échanges &gt; Fusionner les retours dans l&apos;application). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{file} is about {other} (its header says &quot;{line}&quot;), but this workspace follows {ours}: nothing was imported. To follow {other}, create a workspace for it: {command}</source>
        <translation>{file} concerne {other} (son en-tête indique &quot;{line}&quot;), mais cet espace de travail suit {ours} : rien n&apos;a été importé. Pour suivre {other}, créez un espace de travail pour cet État : {command}</translation>
    </message>
    <message>
        <source>{file} does not say which State it is about, and it names {ours} as a recommending State (rows {rows}): it must be about another State. Nothing was imported. Give its State with --country STATE, in a workspace for that State.</source>
        <translation>{file} ne dit pas quel État il concerne, et il nomme {ours} comme État recommandant (lignes {rows}) : il concerne donc un autre État. Rien n&apos;a été importé. Indiquez son État avec --country ÉTAT, dans un espace de travail pour cet État.</translation>
    </message>
    <message>
        <source>{file} does not say which State it is about; its recommendations were taken as {ours}&apos;s. If they are not, undo this import (Exchange &gt; History in the app, or upr-desktop imports undo) and import it in a workspace for their State.</source>
        <translation>{file} ne dit pas quel État il concerne ; ses recommandations ont été prises comme celles de {ours}. Si ce n&apos;est pas le cas, annulez cette importation (Échanges &gt; Historique dans l&apos;application, ou upr-desktop imports undo) et importez-le dans un espace de travail pour leur État.</translation>
    </message>
    <message>
        <source>Copying the workspace to build the import into</source>
        <translation>Copie de l&apos;espace de travail dans lequel l&apos;importation est construite</translation>
    </message>
    <message>
        <source>{file} holds recommendations to {listed}, none to {ours}: nothing was imported. Import it with --country STATE (or --all-states) to keep them anyway, or create a workspace for {first}: {command}</source>
        <translation>{file} contient des recommandations adressées à {listed}, aucune à {ours} : rien n&apos;a été importé. Importez-le avec --country ÉTAT (ou --all-states) pour les garder quand même, ou créez un espace de travail pour {first} : {command}</translation>
    </message>
    <message>
        <source>Cannot import {file}: a quote opened on line {line} is never closed, so the rest of the file would be read as one field; the file is cut off or damaged. Download or save it again; nothing was imported.</source>
        <translation>Impossible d&apos;importer {file} : un guillemet ouvert à la ligne {line} n&apos;est jamais fermé, si bien que le reste du fichier serait lu comme un seul champ ; le fichier est tronqué ou endommagé. Téléchargez-le ou enregistrez-le de nouveau ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot import {file}: it seems cut off: its last line ({line}) ends without a line break and has {count} of the {width} columns. Download or save the file again; nothing was imported.</source>
        <translation>Impossible d&apos;importer {file} : il semble tronqué : sa dernière ligne ({line}) se termine sans saut de ligne et n&apos;a que {count} des {width} colonnes. Téléchargez ou enregistrez le fichier de nouveau ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Misspelt State names were read as the State they clearly mean: {listed}.</source>
        <translation>Des noms d&apos;États mal orthographiés ont été lus comme l&apos;État qu&apos;ils désignent clairement : {listed}.</translation>
    </message>
    <message>
        <source>{name} ({count}; did you mean {near}?)</source>
        <translation>{name} ({count} ; vouliez-vous dire {near} ?)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not written as YYYY-MM-DD; write {date} if that is the date meant.</source>
        <translation>« {value} » n&apos;est pas écrit AAAA-MM-JJ ; écrivez {date} si c&apos;est la date voulue.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>What the cell holds</source>
        <translation>Contenu de la cellule</translation>
    </message>
    <message>
        <source>Why it was not used</source>
        <translation>Pourquoi elle n&apos;a pas été utilisée</translation>
    </message>
    <message>
        <source>Cells to fix</source>
        <translation>Cellules à corriger</translation>
    </message>
    <message>
        <source> (it holds &apos;{value}&apos;)</source>
        <translation> (elle contient « {value} »)</translation>
    </message>
    <message>
        <source>Write the cells to fix to a .xlsx, .csv or .txt file, not &apos;{name}&apos;.</source>
        <translation>Écrivez les cellules à corriger dans un fichier .xlsx, .csv ou .txt, pas « {name} ».</translation>
    </message>
    <message>
        <source>The merge of {file} used every cell: there is nothing to send back.</source>
        <translation>La fusion de {file} a utilisé toutes les cellules : il n&apos;y a rien à renvoyer.</translation>
    </message>
    <message>
        <source>A decision</source>
        <translation>Une décision</translation>
    </message>
    <message>
        <source>{file}, decision {number}</source>
        <translation>{file}, décision {number}</translation>
    </message>
    <message>
        <source>{where}: &apos;take&apos; must be ours, theirs or edited, not &apos;{take}&apos;.</source>
        <translation>{where} : « take » doit valoir ours, theirs ou edited, pas « {take} ».</translation>
    </message>
    <message>
        <source>{where}: name the conflict&apos;s &apos;field&apos; (status, evidence, due_date...).</source>
        <translation>{where} : indiquez le champ du conflit, « field » (status, evidence, due_date...).</translation>
    </message>
    <message>
        <source>{where}: an edited decision needs the &apos;value&apos; to keep.</source>
        <translation>{where} : une décision « edited » a besoin de la valeur à garder, « value ».</translation>
    </message>
    <message>
        <source>{where}: name the conflict by &apos;sheet&apos; and &apos;cell&apos;, or by &apos;ref&apos;.</source>
        <translation>{where} : désignez le conflit par « sheet » et « cell », ou par « ref ».</translation>
    </message>
    <message>
        <source>{file}: expected a list of decisions, or an object with a &quot;decisions&quot; list.</source>
        <translation>{file} : une liste de décisions est attendue, ou un objet avec une liste « decisions ».</translation>
    </message>
    <message>
        <source>{where}: each decision is an object such as {example}.</source>
        <translation>{where} : chaque décision est un objet tel que {example}.</translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {keys}; a decision has file, sheet, cell, ref, field, take and value.</source>
        <translation>{where} : clé(s) inconnue(s) {keys} ; une décision a file, sheet, cell, ref, field, take et value.</translation>
    </message>
    <message>
        <source>Cannot read the decisions file {file}: {reason}</source>
        <translation>Impossible de lire le fichier de décisions {file} : {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({reason}); see the README for the decisions file.</source>
        <translation>{file} n&apos;est pas du JSON valide ({reason}) ; voyez le README pour le fichier de décisions.</translation>
    </message>
    <message>
        <source>{first} and {other} decide the same conflict ({file} {sheet}!{cell} {field}) differently; keep one.</source>
        <translation>{first} et {other} tranchent différemment le même conflit ({file} {sheet}!{cell} {field}) ; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>{source} ({conflict}) matches no conflict of the files being merged: the files or the workspace changed since the preview. Preview the merge again (upr-desktop merge --dry-run) and check the decisions.</source>
        <translation>{source} ({conflict}) ne correspond à aucun conflit des fichiers à fusionner : les fichiers ou l&apos;espace de travail ont changé depuis l&apos;aperçu. Refaites l&apos;aperçu de la fusion (upr-desktop merge --dry-run) et vérifiez les décisions.</translation>
    </message>
    <message>
        <source>Left out of {acronym}&apos;s workbook, as not assigned to {acronym} (or confidential, which an export leaves out without --include-sensitive): {refs}.</source>
        <translation>Laissées hors du classeur de {acronym}, car non attribuées à {acronym} (ou confidentielles, ce qu&apos;un export laisse de côté sans --include-sensitive) : {refs}.</translation>
    </message>
    <message>
        <source>{group}: the group&apos;s language &apos;{language}&apos; is not one this app ships; the workbook is in English.</source>
        <translation>{group} : la langue du groupe « {language} » n&apos;est pas fournie avec cette application ; le classeur est en anglais.</translation>
    </message>
    <message>
        <source>{file}: unknown exchange format version {version}; update the app.</source>
        <translation>{file} : version de format d&apos;échange inconnue {version} ; mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>Import workbook {file}</source>
        <translation>Importer le classeur {file}</translation>
    </message>
    <message>
        <source>This workspace has not imported a workbook from the secretariat; import one first (upr-desktop import-workbook FILE).</source>
        <translation>Cet espace de travail n&apos;a importé aucun classeur du secrétariat ; importez-en d&apos;abord un (upr-desktop import-workbook FICHIER).</translation>
    </message>
    <message>
        <source>{file} comes from the coalition workspace &apos;{other}&apos;, not this one; import it into a new workspace.</source>
        <translation>{file} provient de l&apos;espace de travail de coalition « {other} », pas de celui-ci ; importez-le dans un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>Lisez-moi</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation>ID (ne pas modifier)</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Latest status (all groups)</source>
        <translation>Dernier statut (tous les groupes)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Recommendations discussed (refs)</source>
        <translation>Recommandations abordées (réf.)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n links to earlier cycles</source>
        <translation>
            <numerusform>Confirmer %n lien vers un cycle antérieur</numerusform>
            <numerusform>Confirmer %n liens vers des cycles antérieurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n links to earlier cycles</source>
        <translation>
            <numerusform>Rejeter %n lien vers un cycle antérieur</numerusform>
            <numerusform>Rejeter %n liens vers des cycles antérieurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more changes (--limit 0 shows all).</source>
        <translation>
            <numerusform>  ... et %n autre modification (--limit 0 les affiche toutes).</numerusform>
            <numerusform>  ... et %n autres modifications (--limit 0 les affiche toutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations to other States (or other cycles/sessions) were left out.</source>
        <translation>
            <numerusform>%n recommandation adressée à un autre État (ou d&apos;un autre cycle/session) a été écartée.</numerusform>
            <numerusform>%n recommandations adressées à d&apos;autres États (ou d&apos;autres cycles/sessions) ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({group}), merged on {when}: %n cells could not be used. Please correct them in your workbook and send it again.</source>
        <translation>
            <numerusform>{file} ({group}), fusionné le {when} : %n cellule n&apos;a pas pu être utilisée. Corrigez-la dans votre classeur et renvoyez-le.</numerusform>
            <numerusform>{file} ({group}), fusionné le {when} : %n cellules n&apos;ont pas pu être utilisées. Corrigez-les dans votre classeur et renvoyez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked refs</source>
        <translation>Réf. liées</translation>
    </message>
    <message>
        <source>To fill in: choose from the list how far the recommendation is implemented, as your group sees it now.</source>
        <translation>À remplir : choisissez dans la liste où en est la mise en œuvre de la recommandation, selon votre groupe aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>To fill in: the date your group made this assessment, as YYYY-MM-DD. Leave it empty for today.</source>
        <translation>À remplir : la date à laquelle votre groupe a fait cette évaluation, sous la forme AAAA-MM-JJ. Laissez-la vide pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>To fill in: what you saw that shows this status: a law passed, a budget, a programme, cases, figures.</source>
        <translation>À remplir : ce que vous avez constaté et qui montre ce statut : une loi adoptée, un budget, un programme, des cas, des chiffres.</translation>
    </message>
    <message>
        <source>To fill in: where the evidence comes from: documents, links, reports, meetings.</source>
        <translation>À remplir : d&apos;où viennent les éléments de preuve : documents, liens, rapports, réunions.</translation>
    </message>
    <message>
        <source>To fill in if you wish: anything else the secretariat should know.</source>
        <translation>À remplir si vous le souhaitez : toute autre chose que le secrétariat devrait savoir.</translation>
    </message>
    <message>
        <source>The date of the meeting, as YYYY-MM-DD. Needed for a new row.</source>
        <translation>La date de la réunion, sous la forme AAAA-MM-JJ. Obligatoire pour une nouvelle ligne.</translation>
    </message>
    <message>
        <source>The ministry, department or office you met. Needed for a new row.</source>
        <translation>Le ministère, le service ou l&apos;institution rencontré. Obligatoire pour une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Choose from the list what kind of engagement it was. Needed for a new row.</source>
        <translation>Choisissez dans la liste le type d&apos;échange. Obligatoire pour une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Who took part for the coalition.</source>
        <translation>Qui a participé pour la coalition.</translation>
    </message>
    <message>
        <source>Who took part for the government. Sensitive: keep this file safe.</source>
        <translation>Qui a participé pour le gouvernement. Information sensible : gardez ce fichier en lieu sûr.</translation>
    </message>
    <message>
        <source>The refs of the recommendations discussed, separated by commas (e.g. 145.1, 145.7).</source>
        <translation>Les références des recommandations abordées, séparées par des virgules (par ex. 145.1, 145.7).</translation>
    </message>
    <message>
        <source>What was discussed.</source>
        <translation>Ce qui a été discuté.</translation>
    </message>
    <message>
        <source>What the government committed to do, if anything.</source>
        <translation>Ce que le gouvernement s&apos;est engagé à faire, le cas échéant.</translation>
    </message>
    <message>
        <source>What must be done next. Needed for a new row.</source>
        <translation>Ce qu&apos;il faut faire ensuite. Obligatoire pour une nouvelle ligne.</translation>
    </message>
    <message>
        <source>When it should be done, as YYYY-MM-DD.</source>
        <translation>Quand cela doit être fait, sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Choose from the list where the action stands; a new action is Open.</source>
        <translation>Choisissez dans la liste où en est l&apos;action ; une nouvelle action est « Ouverte ».</translation>
    </message>
    <message>
        <source>The refs of the recommendations it serves, separated by commas.</source>
        <translation>Les références des recommandations concernées, séparées par des virgules.</translation>
    </message>
    <message>
        <source>  Filled in by {name}.</source>
        <translation>  Rempli par {name}.</translation>
    </message>
    <message>
        <source>  {ref}{where} {field}: &apos;{old}&apos; -&gt; &apos;{new}&apos; (recorded by {who})</source>
        <translation>  {ref}{where} {field} : « {old} » -&gt; « {new} » (enregistré par {who})</translation>
    </message>
    <message>
        <source>  conflict {id}: {ref}{sheet}!{cell} {field}: base &apos;{base}&apos;, ours &apos;{ours}&apos;, theirs &apos;{theirs}&apos; ({decision})</source>
        <translation>  conflit {id} : {ref}{sheet}!{cell} {field} : base « {base} », nôtre « {ours} », leur « {theirs} » ({decision})</translation>
    </message>
    <message>
        <source> (it held &apos;{value}&apos;)</source>
        <translation> (elle contenait « {value} »)</translation>
    </message>
    <message>
        <source>  not used: {sheet}!{cell}{what}{held}: {reason}</source>
        <translation>  non utilisée : {sheet}!{cell}{what}{held} : {reason}</translation>
    </message>
    <message>
        <source>There is no merge number {id}. List them with: upr-desktop merges list</source>
        <translation>Il n&apos;y a pas de fusion numéro {id}. Listez-les avec : upr-desktop merges list</translation>
    </message>
    <message>
        <source>The merge of {file} was already undone.</source>
        <translation>La fusion de {file} a déjà été annulée.</translation>
    </message>
    <message>
        <source>The merge of {file} has no recorded changes to undo.</source>
        <translation>La fusion de {file} n&apos;a aucune modification enregistrée à annuler.</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>non tranché</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s format version {version} is not one this version of UPR Desktop knows; update the app, or export a new workbook.</source>
        <translation>{file} : la version de format {version} du classeur n&apos;est pas connue de cette version d&apos;UPR Desktop ; mettez l&apos;application à jour ou exportez un nouveau classeur.</translation>
    </message>
    <message>
        <source>{file}: this workbook was exported from another workspace (&apos;{other}&apos;), not from &apos;{ours}&apos;. Merge it into the workspace it came from.</source>
        <translation>{file} : ce classeur a été exporté depuis un autre espace de travail (« {other} »), pas depuis « {ours} ». Fusionnez-le dans l&apos;espace de travail d&apos;où il vient.</translation>
    </message>
    <message>
        <source>{file}: merged without a valid signature, because you trusted it (--trust-unsigned).</source>
        <translation>{file} : fusionné sans signature valide, parce que vous lui avez fait confiance (--trust-unsigned).</translation>
    </message>
    <message>
        <source>{file}: the member group {group} of this workbook no longer exists in the workspace.</source>
        <translation>{file} : le groupe membre {group} de ce classeur n&apos;existe plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>{file}: the hidden exchange metadata has no base values.</source>
        <translation>{file} : les métadonnées d&apos;échange masquées n&apos;ont pas de valeurs de base.</translation>
    </message>
    <message>
        <source>{file}: row {row} of &apos;{sheet}&apos; repeats an earlier row; it was added once.</source>
        <translation>{file} : la ligne {row} de « {sheet} » répète une ligne précédente ; elle a été ajoutée une seule fois.</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s signature does not match (its hidden metadata was changed, or it was not signed by this workspace). If you trust where it came from, merge it with --trust-unsigned.</source>
        <translation>{file} : la signature du classeur ne correspond pas (ses métadonnées masquées ont été modifiées, ou il n&apos;a pas été signé par cet espace de travail). Si vous faites confiance à sa provenance, fusionnez-le avec --trust-unsigned.</translation>
    </message>
    <message>
        <source>the Status cannot be emptied; choose Unknown if you do not know.</source>
        <translation>le statut (Status) ne peut pas être vidé ; choisissez Unknown si vous ne savez pas.</translation>
    </message>
    <message>
        <source>nothing from this row was merged because its Assessment date cannot be read.</source>
        <translation>rien de cette ligne n&apos;a été fusionné, car sa date d&apos;évaluation (Assessment date) est illisible.</translation>
    </message>
    <message>
        <source>an assessment needs a Status; choose one from the list.</source>
        <translation>une évaluation doit avoir un statut (Status) ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>row {row} was not added because some of its cells cannot be read.</source>
        <translation>la ligne {row} n&apos;a pas été ajoutée, car certaines de ses cellules sont illisibles.</translation>
    </message>
    <message>
        <source>the cell holds a formula; formulas are not read. Type the value itself.</source>
        <translation>la cellule contient une formule ; les formules ne sont pas lues. Saisissez la valeur elle-même.</translation>
    </message>
    <message>
        <source>the same row appears several times (rows {rows}) with different values; keep one and merge again.</source>
        <translation>la même ligne apparaît plusieurs fois (lignes {rows}) avec des valeurs différentes ; gardez-en une et fusionnez à nouveau.</translation>
    </message>
    <message>
        <source>the row has no hidden ID and its Ref &apos;{ref}&apos; matches no single recommendation of this workbook.</source>
        <translation>la ligne n&apos;a pas d&apos;ID masqué et sa référence (Ref) « {ref} » ne correspond à aucune recommandation unique de ce classeur.</translation>
    </message>
    <message>
        <source>this recommendation was deleted from the workspace after the export; the row was not merged.</source>
        <translation>cette recommandation a été supprimée de l&apos;espace de travail après l&apos;export ; la ligne n&apos;a pas été fusionnée.</translation>
    </message>
    <message>
        <source>this row&apos;s hidden ID names a record of another member group; the row was not merged.</source>
        <translation>l&apos;ID masqué de cette ligne désigne un enregistrement d&apos;un autre groupe membre ; la ligne n&apos;a pas été fusionnée.</translation>
    </message>
    <message>
        <source>a new row needs a {header}; row {row} was not added.</source>
        <translation>une nouvelle ligne doit avoir une valeur « {header} » ; la ligne {row} n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <source>this row&apos;s hidden ID is not a recommendation of this workbook (copied from another workbook?); the row was not merged.</source>
        <translation>l&apos;ID masqué de cette ligne n&apos;est pas une recommandation de ce classeur (copiée depuis un autre classeur ?) ; la ligne n&apos;a pas été fusionnée.</translation>
    </message>
    <message>
        <source>the row&apos;s Ref is {ref} but its hidden ID is that of recommendation {id_ref}; one of them was changed, so the row was not merged. Use the workbook you were sent.</source>
        <translation>la référence (Ref) de la ligne est {ref} mais son ID masqué est celui de la recommandation {id_ref} ; l&apos;un des deux a été modifié, la ligne n&apos;a donc pas été fusionnée. Utilisez le classeur qui vous a été envoyé.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in the hidden ID column is not an ID this workbook was given; the row was not merged.</source>
        <translation>« {value} » dans la colonne ID masquée n&apos;est pas un ID attribué à ce classeur ; la ligne n&apos;a pas été fusionnée.</translation>
    </message>
    <message>
        <source>this record was deleted from the workspace after the export; the row was not merged.</source>
        <translation>cet enregistrement a été supprimé de l&apos;espace de travail après l&apos;export ; la ligne n&apos;a pas été fusionnée.</translation>
    </message>
    <message>
        <source>this value cannot be emptied.</source>
        <translation>cette valeur ne peut pas être vidée.</translation>
    </message>
    <message>
        <source>{source}: {file} {sheet}!{cell} ({field}): {reason}</source>
        <translation>{source} : {file} {sheet}!{cell} ({field}) : {reason}</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>éléments de preuve</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>engagements</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>government participants</source>
        <translation>participants du gouvernement</translation>
    </message>
    <message>
        <source>linked refs</source>
        <translation>références liées</translation>
    </message>
    <message numerus="yes">
        <source>%n new assessments</source>
        <translation>
            <numerusform>%n nouvelle évaluation</numerusform>
            <numerusform>%n nouvelles évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new consultations</source>
        <translation>
            <numerusform>%n nouvelle consultation</numerusform>
            <numerusform>%n nouvelles consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new follow-up actions</source>
        <translation>
            <numerusform>%n nouvelle action de suivi</numerusform>
            <numerusform>%n nouvelles actions de suivi</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{what}: {field} {old} → {new}</source>
        <translation>{what} : {field} {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed</source>
        <translation>
            <numerusform>%n champ modifié</numerusform>
            <numerusform>%n champs modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}; {changed}</source>
        <translation>{added} ; {changed}</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>Nothing has been done.</source>
        <translation>Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Some steps were taken, but not all that was recommended.</source>
        <translation>Certaines mesures ont été prises, mais pas tout ce qui était recommandé.</translation>
    </message>
    <message>
        <source>What was recommended has been done.</source>
        <translation>Ce qui était recommandé a été fait.</translation>
    </message>
    <message>
        <source>You have no information.</source>
        <translation>Vous n&apos;avez pas d&apos;information.</translation>
    </message>
    <message>
        <source>Recommendations sheet: next to each recommendation assigned to your group, choose the Status from the list, write the Assessment date (YYYY-MM-DD; leave it empty for today), the Evidence you have, your Sources and any Comment.</source>
        <translation>Feuille Recommandations : à côté de chaque recommandation attribuée à votre groupe, choisissez le Statut dans la liste, écrivez la Date de l&apos;évaluation (AAAA-MM-JJ ; laissez-la vide pour aujourd&apos;hui), les Éléments de preuve dont vous disposez, vos Sources et tout Commentaire.</translation>
    </message>
    <message>
        <source>Yellow columns are the ones to fill in; point at a column&apos;s title to read what goes in it. Grey columns give the context and cannot be changed.</source>
        <translation>Les colonnes jaunes sont celles à remplir ; pointez le titre d&apos;une colonne pour lire ce qu&apos;elle doit contenir. Les colonnes grises donnent le contexte et ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>Consultations sheet: correct the meetings already listed, and add new ones in the empty rows (Date, Government body and Kind are needed; Recommendations discussed: refs separated by commas).</source>
        <translation>Feuille Consultations : corrigez les réunions déjà listées et ajoutez-en de nouvelles dans les lignes vides (Date, Organe gouvernemental et Type sont obligatoires ; Recommandations abordées : références séparées par des virgules).</translation>
    </message>
    <message>
        <source>Follow-up actions sheet: update the Status of your actions and add new ones in the empty rows.</source>
        <translation>Feuille Actions de suivi : mettez à jour le Statut de vos actions et ajoutez-en de nouvelles dans les lignes vides.</translation>
    </message>
    <message>
        <source>Do not rename, delete or reorder the sheets, and do not delete the hidden ID column: it is how your answers find their way back. Sorting and filtering rows is fine.</source>
        <translation>Ne renommez, ne supprimez et ne réordonnez pas les feuilles, et ne supprimez pas la colonne ID masquée : c&apos;est grâce à elle que vos réponses retrouvent leur place. Trier et filtrer les lignes ne pose pas de problème.</translation>
    </message>
    <message>
        <source>Do not type formulas: they are not read. Do not delete rows to remove something: tell the secretariat instead.</source>
        <translation>Ne saisissez pas de formules : elles ne sont pas lues. Ne supprimez pas de lignes pour retirer quelque chose : dites-le plutôt au secrétariat.</translation>
    </message>
    <message>
        <source>The statuses</source>
        <translation>Les statuts</translation>
    </message>
    <message>
        <source>Printing and sending back</source>
        <translation>Impression et renvoi</translation>
    </message>
    <message>
        <source>Each sheet prints across the width of the page, in landscape, with its column titles on every page.</source>
        <translation>Chaque feuille s&apos;imprime sur toute la largeur de la page, en paysage, avec les titres des colonnes sur chaque page.</translation>
    </message>
    <message>
        <source>Send back by {deadline}</source>
        <translation>À renvoyer d&apos;ici le {deadline}</translation>
    </message>
    <message>
        <source>Returned by {group} to the secretariat of {coalition} on {when}.</source>
        <translation>Renvoyé par {group} au secrétariat de {coalition} le {when}.</translation>
    </message>
    <message>
        <source>Sent by {name}, for the secretariat of {coalition}, on {when}.</source>
        <translation>Envoyé par {name}, pour le secrétariat de {coalition}, le {when}.</translation>
    </message>
    <message>
        <source>Sent by the secretariat of {coalition} on {when}.</source>
        <translation>Envoyé par le secrétariat de {coalition} le {when}.</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>the file is {mb} MB, far larger than an exchange workbook; it was not opened.</source>
        <translation>le fichier fait {mb} Mo, bien plus qu&apos;un classeur d&apos;échange ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>this is an old Excel 97-2003 (.xls) file or an encrypted workbook. Open it and save it as .xlsx (Excel Workbook), without a password, then merge again.</source>
        <translation>c&apos;est un ancien fichier Excel 97-2003 (.xls) ou un classeur chiffré. Ouvrez-le et enregistrez-le au format .xlsx (Classeur Excel), sans mot de passe, puis fusionnez à nouveau.</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (it may be another kind of file renamed .xlsx). Send the workbook as it was saved by Excel or LibreOffice.</source>
        <translation>ce n&apos;est pas un classeur .xlsx (c&apos;est peut-être un autre type de fichier renommé en .xlsx). Envoyez le classeur tel qu&apos;il a été enregistré par Excel ou LibreOffice.</translation>
    </message>
    <message>
        <source>cannot be read ({reason}).</source>
        <translation>illisible ({reason}).</translation>
    </message>
    <message>
        <source>this zip file is not an Excel workbook (it has no {part}).</source>
        <translation>ce fichier zip n&apos;est pas un classeur Excel (il n&apos;a pas de {part}).</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is damaged and cannot be read.</source>
        <translation>la feuille « {sheet} » est endommagée et illisible.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the key that signs exchange workbooks is kept inside the workspace file. Protect the workspace with a passphrase to protect the key too.</source>
        <translation>Aucun trousseau de clés système n&apos;est disponible : la clé qui signe les classeurs d&apos;échange est donc gardée dans le fichier de l&apos;espace de travail. Protégez l&apos;espace de travail par une phrase secrète pour protéger aussi la clé.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has cells as far as column {col}; an exchange workbook never does. Clear the far cells and save again.</source>
        <translation>la feuille « {sheet} » a des cellules jusqu&apos;à la colonne {col} ; un classeur d&apos;échange n&apos;en a jamais. Videz les cellules lointaines et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has {rows} rows, more than {limit}; it was not read.</source>
        <translation>la feuille « {sheet} » a {rows} lignes, plus que {limit} ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>this workbook has no exchange metadata: it was not exported by UPR Desktop, or its hidden sheet was deleted. Use the workbook you were sent.</source>
        <translation>ce classeur n&apos;a pas de métadonnées d&apos;échange : il n&apos;a pas été exporté par UPR Desktop, ou sa feuille masquée a été supprimée. Utilisez le classeur qui vous a été envoyé.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is empty; its header row is gone.</source>
        <translation>la feuille « {sheet} » est vide ; sa ligne d&apos;en-tête a disparu.</translation>
    </message>
    <message>
        <source>{file}: the hidden ID column of &apos;{sheet}&apos; was deleted; rows are matched by {how} instead.</source>
        <translation>{file} : la colonne ID masquée de « {sheet} » a été supprimée ; les lignes sont rapprochées par {how} à la place.</translation>
    </message>
    <message>
        <source>the hidden exchange metadata is damaged (it was edited by hand?). Ask for the workbook again.</source>
        <translation>les métadonnées d&apos;échange masquées sont endommagées (modifiées à la main ?). Demandez à nouveau le classeur.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has lost both its hidden ID column and its Ref column, so rows cannot be matched. Use the workbook you were sent.</source>
        <translation>la feuille « {sheet} » a perdu à la fois sa colonne ID masquée et sa colonne Ref : les lignes ne peuvent pas être rapprochées. Utilisez le classeur qui vous a été envoyé.</translation>
    </message>
    <message>
        <source>{file}: the column &apos;{header}&apos; of &apos;{sheet}&apos; is missing; nothing in it was merged.</source>
        <translation>{file} : la colonne « {header} » de « {sheet} » manque ; rien de son contenu n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({reason}). Open it in Excel or LibreOffice, save it again as .xlsx and retry.</source>
        <translation>le classeur est illisible ({reason}). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le à nouveau en .xlsx et réessayez.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is missing (renamed or deleted?). Give it back its name &apos;{sheet}&apos; and merge again.</source>
        <translation>la feuille « {sheet} » manque (renommée ou supprimée ?). Redonnez-lui son nom « {sheet} » et fusionnez à nouveau.</translation>
    </message>
    <message>
        <source>their Ref</source>
        <translation>leur référence (Ref)</translation>
    </message>
    <message>
        <source>their content</source>
        <translation>leur contenu</translation>
    </message>
    <message>
        <source>{where}: characters a spreadsheet cannot hold were replaced by line breaks or removed.</source>
        <translation>{where} : des caractères qu&apos;un tableur ne peut pas contenir ont été remplacés par des sauts de ligne ou supprimés.</translation>
    </message>
    <message>
        <source>{where}: the text has {count} characters, more than a spreadsheet cell holds ({limit}); the workbook shows it shortened and it cannot be edited there.</source>
        <translation>{where} : le texte compte {count} caractères, plus qu&apos;une cellule de tableur n&apos;en contient ({limit}) ; le classeur l&apos;affiche raccourci et il ne peut pas y être modifié.</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translation>Choisissez dans la liste</translation>
    </message>
    <message>
        <source>Pick one of the values in the dropdown list.</source>
        <translation>Choisissez l&apos;une des valeurs de la liste déroulante.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Écrivez la date sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The record {id} no longer exists in the workspace.</source>
        <translation>L&apos;enregistrement {id} n&apos;existe plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The recommendation {id} no longer exists in the workspace.</source>
        <translation>La recommandation {id} n&apos;existe plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>An assessment needs a status.</source>
        <translation>Une évaluation doit avoir un statut.</translation>
    </message>
    <message>
        <source>Unknown recommendation references: {refs}.</source>
        <translation>Références de recommandations inconnues : {refs}.</translation>
    </message>
    <message>
        <source>Sensitive fields excluded: government participants, contact details and confidential records are not in this report.</source>
        <translation>Champs sensibles exclus : les participants du gouvernement, les coordonnées et les données confidentielles ne figurent pas dans ce rapport.</translation>
    </message>
    <message>
        <source>Implementation of UPR recommendations: mid-term assessment</source>
        <translation>Mise en œuvre des recommandations de l&apos;EPU : évaluation à mi-parcours</translation>
    </message>
    <message>
        <source>Coverage of UPR recommendations by the coalition</source>
        <translation>Couverture des recommandations de l&apos;EPU par la coalition</translation>
    </message>
    <message>
        <source>Consultations with government and follow-up actions</source>
        <translation>Consultations avec le gouvernement et actions de suivi</translation>
    </message>
    <message>
        <source>Situation as of {date}.</source>
        <translation>Situation au {date}.</translation>
    </message>
    <message>
        <source>Sensitive fields INCLUDED (government participants, contact details, confidential records). Do not share this report outside the coalition.</source>
        <translation>Champs sensibles INCLUS (participants du gouvernement, coordonnées, données confidentielles). Ne partagez pas ce rapport en dehors de la coalition.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>États recommandants</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Évaluée par</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Appui</translation>
    </message>
    <message>
        <source>Assessed in the last {months} months</source>
        <translation>Évaluées ces {months} derniers mois</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>Jamais évaluées</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Coalition participants</source>
        <translation>Participants de la coalition</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Recommendations assigned to member group {group}.</source>
        <translation>Recommandations attribuées au groupe membre {group}.</translation>
    </message>
    <message>
        <source>Theme: {theme}.</source>
        <translation>Thème : {theme}.</translation>
    </message>
    <message>
        <source>Assessments, consultations and actions since {date}.</source>
        <translation>Évaluations, consultations et actions depuis le {date}.</translation>
    </message>
    <message>
        <source>Recommendations and responses</source>
        <translation>Recommandations et réponses</translation>
    </message>
    <message>
        <source>Current implementation status</source>
        <translation>État actuel de la mise en œuvre</translation>
    </message>
    <message>
        <source>Status by theme</source>
        <translation>Statut par thème</translation>
    </message>
    <message>
        <source>Current status by theme</source>
        <translation>Statut actuel par thème</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Member groups</source>
        <translation>Groupes membres</translation>
    </message>
    <message>
        <source>Recommendations per member group</source>
        <translation>Recommandations par groupe membre</translation>
    </message>
    <message>
        <source>Consultations per government body</source>
        <translation>Consultations par organe gouvernemental</translation>
    </message>
    <message>
        <source>Consultations per quarter</source>
        <translation>Consultations par trimestre</translation>
    </message>
    <message>
        <source>Deadlines of open actions</source>
        <translation>Échéances des actions ouvertes</translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation>Participants du gouvernement</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Soutenues</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Notées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Share of recommendations supported, by regional group of the recommending States</source>
        <translation>Part des recommandations soutenues, par groupe régional des États recommandants</translation>
    </message>
    <message>
        <source>Recommendations: {count}.</source>
        <translation>Recommandations : {count}.</translation>
    </message>
    <message>
        <source>Consultations: {count}.</source>
        <translation>Consultations : {count}.</translation>
    </message>
    <message numerus="yes">
        <source>{what} {workspace} from {file}: %n recommendations for {group}</source>
        <translation>
            <numerusform>{what} {workspace} depuis {file} : %n recommandation pour {group}</numerusform>
            <numerusform>{what} {workspace} depuis {file} : %n recommandations pour {group}</numerusform>
        </translation>
    </message>
    <message>
        <source>{group}: {file} ({recs}, {cons}, {acts})</source>
        <translation>{group} : {file} ({recs}, {cons}, {acts})</translation>
    </message>
    <message>
        <source>{file} ({group}): {status}, {added}, {updated}, {conflicts}, {rejected}</source>
        <translation>{file} ({group}) : {status}, {added}, {updated}, {conflicts}, {rejected}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %n cells to fix to {file}: send it to the group.</source>
        <translation>
            <numerusform>%n cellule à corriger a été écrite dans {file} : envoyez-le au groupe.</numerusform>
            <numerusform>Les %n cellules à corriger ont été écrites dans {file} : envoyez-le au groupe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n conflicts.</source>
        <translation>
            <numerusform>%n conflit résolu.</numerusform>
            <numerusform>%n conflits résolus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
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
            <numerusform>%n action ; {overdue} en retard au {date}.</numerusform>
            <numerusform>%n actions ; {overdue} en retard au {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more rows not imported.</source>
        <translation>
            <numerusform>  ... et %n autre ligne non importée.</numerusform>
            <numerusform>  ... et %n autres lignes non importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n &apos;accepted in part&apos; rows were merged into partially supported recommendations.</source>
        <translation>
            <numerusform>  %n ligne « acceptée en partie » a été fusionnée dans une recommandation partiellement soutenue.</numerusform>
            <numerusform>  %n lignes « acceptées en partie » ont été fusionnées dans des recommandations partiellement soutenues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n heading rows were read as theme clusters.</source>
        <translation>
            <numerusform>  %n ligne de titre a été lue comme groupe de thèmes.</numerusform>
            <numerusform>  %n lignes de titre ont été lues comme groupes de thèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would confirm %n links (nothing was changed).</source>
        <translation>
            <numerusform>Confirmerait %n lien (rien n&apos;a été modifié).</numerusform>
            <numerusform>Confirmerait %n liens (rien n&apos;a été modifié).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n links; undo with: upr-desktop undo</source>
        <translation>
            <numerusform>%n lien confirmé ; annulez avec : upr-desktop undo</numerusform>
            <numerusform>%n liens confirmés ; annulez avec : upr-desktop undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n items.</source>
        <translation>
            <numerusform>%n élément supprimé.</numerusform>
            <numerusform>%n éléments supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups converted too.</source>
        <translation>
            <numerusform>%n sauvegarde convertie aussi.</numerusform>
            <numerusform>%n sauvegardes converties aussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keys from this computer&apos;s keyring.</source>
        <translation>
            <numerusform>%n clé retirée du trousseau de cet ordinateur.</numerusform>
            <numerusform>%n clés retirées du trousseau de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows to {target}; open it with: upr-desktop --workspace &quot;{target}&quot;</source>
        <translation>
            <numerusform>%n ligne copiée vers {target} ; ouvrez-le avec : upr-desktop --workspace &quot;{target}&quot;</numerusform>
            <numerusform>%n lignes copiées vers {target} ; ouvrez-le avec : upr-desktop --workspace &quot;{target}&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value, the change log and the search index check out.</source>
        <translation>
            <numerusform>ok : %n ligne lue ; chaque valeur enregistrée, le journal des modifications et l&apos;index de recherche sont corrects.</numerusform>
            <numerusform>ok : %n lignes lues ; chaque valeur enregistrée, le journal des modifications et l&apos;index de recherche sont corrects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n rows read, every stored value and the change log check out.</source>
        <translation>
            <numerusform>ok : %n ligne lue ; chaque valeur enregistrée et le journal des modifications sont corrects.</numerusform>
            <numerusform>ok : %n lignes lues ; chaque valeur enregistrée et le journal des modifications sont corrects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring {backup} (taken {when}) undoes %n changes made since:</source>
        <translation>
            <numerusform>Restaurer {backup} (pris le {when}) annule %n modification faite depuis :</numerusform>
            <numerusform>Restaurer {backup} (pris le {when}) annule %n modifications faites depuis :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... et %n de plus.</numerusform>
            <numerusform>  ... et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>server: {server}, database {database} ({size} bytes), you are {role}</source>
        <translation>serveur : {server}, base {database} ({size} octets), vous êtes {role}</translation>
    </message>
    <message>
        <source>file: {path} ({size} bytes, encrypted)</source>
        <translation>fichier : {path} ({size} octets, chiffré)</translation>
    </message>
    <message>
        <source>file: {path} ({size} bytes, not encrypted)</source>
        <translation>fichier : {path} ({size} octets, non chiffré)</translation>
    </message>
    <message>
        <source>  {table}: {now} now, {then} in the backup</source>
        <translation>  {table} : {now} maintenant, {then} dans la sauvegarde</translation>
    </message>
    <message>
        <source>Nothing in the workspace is damaged; everything was exported.</source>
        <translation>Rien n&apos;est endommagé dans l&apos;espace de travail ; tout a été exporté.</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(démonstration)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>feuille « {sheet} »</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; spans {rows} rows by {columns} columns ({cells} cells), more than the {limit} cells a file may have; it was not opened. Split it into smaller files.</source>
        <translation>la feuille « {sheet} » s&apos;étend sur {rows} lignes et {columns} colonnes ({cells} cellules), plus que les {limit} cellules qu&apos;un fichier peut avoir ; elle n&apos;a pas été ouverte. Découpez-la en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{where}: a cell tag is not well formed; it was not opened. Save the file again from Excel or LibreOffice.</source>
        <translation>{where} : une balise de cellule est mal formée ; le fichier n&apos;a pas été ouvert. Enregistrez-le de nouveau depuis Excel ou LibreOffice.</translation>
    </message>
    <message>
        <source>{where}: the cell reference &apos;{ref}&apos; is not a plain reference such as B12; it was not opened.</source>
        <translation>{where} : la référence de cellule « {ref} » n&apos;est pas une référence simple comme B12 ; le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>it is a binary Excel workbook (.xlsb), which is not read; save it as an Excel Workbook (.xlsx) and try again.</source>
        <translation>c&apos;est un classeur Excel binaire (.xlsb), qui n&apos;est pas lu ; enregistrez-le en Classeur Excel (.xlsx) et réessayez.</translation>
    </message>
    <message>
        <source>{where}: a repeat count &apos;{value}&apos; is not a number; it was not opened.</source>
        <translation>{where} : un nombre de répétitions « {value} » n&apos;est pas un nombre ; le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; holds more than {limit} cells; it was not opened. Split it into smaller files.</source>
        <translation>la feuille « {sheet} » contient plus de {limit} cellules ; elle n&apos;a pas été ouverte. Découpez-la en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{where}: a cell tag names its &apos;{name}&apos; twice, which no spreadsheet program writes; it was not opened.</source>
        <translation>{where} : une balise de cellule indique deux fois son « {name} », ce qu&apos;aucun tableur n&apos;écrit ; le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>sheet {number}</source>
        <translation>feuille {number}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has cells down to row {row}, more than the {limit} rows it may have; it was not opened.</source>
        <translation>la feuille « {sheet} » a des cellules jusqu&apos;à la ligne {row}, plus que les {limit} lignes qu&apos;elle peut avoir ; elle n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has cells as far as column {column} (column {number}), more than the {limit} columns it may have; clear the far cells, save and try again.</source>
        <translation>la feuille « {sheet} » a des cellules jusqu&apos;à la colonne {column} (colonne {number}), plus que les {limit} colonnes qu&apos;elle peut avoir ; videz les cellules éloignées, enregistrez et réessayez.</translation>
    </message>
    <message>
        <source>it holds no Excel workbook.</source>
        <translation>il ne contient aucun classeur Excel.</translation>
    </message>
    <message>
        <source>the old Excel (.xls) file is damaged ({reason}).</source>
        <translation>l&apos;ancien fichier Excel (.xls) est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; holds text without any tag end for megabytes; it is not a spreadsheet part.</source>
        <translation>la partie « {part} » contient du texte sans fin de balise sur des mégaoctets ; ce n&apos;est pas une partie de tableur.</translation>
    </message>
    <message>
        <source>{where}: the row number &apos;{row}&apos; is not a number; it was not opened.</source>
        <translation>{where} : le numéro de ligne « {row} » n&apos;est pas un nombre ; le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>the Word document</source>
        <translation>le document Word</translation>
    </message>
    <message>
        <source>the document&apos;s text unpacks to {mb} MB, more than the {limit} MB a matrix may have; it was not opened.</source>
        <translation>le texte du document se décompresse en {mb} Mo, plus que les {limit} Mo qu&apos;une matrice peut avoir ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>the text file is {mb} MB, more than the {limit} MB one import may read; split it into smaller files.</source>
        <translation>le fichier texte fait {mb} Mo, plus que les {limit} Mo qu&apos;une importation peut lire ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>a table row spans more than {limit} columns, which Word itself does not allow; it was not opened.</source>
        <translation>une ligne de tableau s&apos;étend sur plus de {limit} colonnes, ce que Word lui-même ne permet pas ; le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>line {line} has {count} fields, more than the {limit} a row may have; it was not read.</source>
        <translation>la ligne {line} a {count} champs, plus que les {limit} qu&apos;une ligne peut avoir ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>it has more than {limit} rows; split it into smaller files.</source>
        <translation>il a plus de {limit} lignes ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>it has more than {limit} fields in all (by line {line}); split it into smaller files.</source>
        <translation>il a plus de {limit} champs en tout (à la ligne {line}) ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>a field on line {line} is longer than {limit} characters, far longer than any recommendation (a quote left open?).</source>
        <translation>un champ de la ligne {line} dépasse {limit} caractères, bien plus que toute recommandation (un guillemet resté ouvert ?).</translation>
    </message>
    <message>
        <source>its tables have more than {limit} rows, far more than any matrix; it was not opened.</source>
        <translation>ses tableaux ont plus de {limit} lignes, bien plus que toute matrice ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>its tables have more than {limit} cells, far more than any matrix; it was not opened.</source>
        <translation>ses tableaux ont plus de {limit} cellules, bien plus que toute matrice ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (perhaps cut off while copying or downloading). Save or download it again.</source>
        <translation>le fichier est endommagé ou incomplet (peut-être coupé pendant une copie ou un téléchargement). Enregistrez-le ou téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>the archive holds {count} parts, far more than any real file; it was not opened.</source>
        <translation>l&apos;archive contient {count} parties, bien plus que tout fichier réel ; elle n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>the archive would unpack to {size} MB: this looks like a zip bomb; it was not opened.</source>
        <translation>l&apos;archive se décompresserait en {size} Mo : cela ressemble à une bombe de décompression ; elle n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; declares XML entities (a DTD), which Office files never do; it may be an attack and was not opened.</source>
        <translation>la partie « {name} » déclare des entités XML (une DTD), ce que les fichiers Office ne font jamais ; ce peut être une attaque, le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>the archive contains a part with an unsafe name ({name}); it was not opened.</source>
        <translation>l&apos;archive contient une partie au nom dangereux ({name}) ; elle n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>the file is protected by a password. Remove the password (in Excel or Word: File &gt; Info &gt; Protect), save it and try again.</source>
        <translation>le fichier est protégé par un mot de passe. Retirez le mot de passe (dans Excel ou Word : Fichier &gt; Informations &gt; Protéger), enregistrez-le et réessayez.</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; unpacks to {size} MB from {packed} KB: this looks like a zip bomb; it was not opened.</source>
        <translation>la partie « {name} » se décompresse en {size} Mo à partir de {packed} Ko : cela ressemble à une bombe de décompression ; le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>part &apos;{name}&apos; is larger than it declares (a zip bomb?); the file was not opened.</source>
        <translation>la partie « {name} » est plus grande qu&apos;elle ne le déclare (une bombe de décompression ?) ; le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>A file could not be read or written{where}: {reason}.</source>
        <translation>Un fichier n&apos;a pas pu être lu ou écrit{where} : {reason}.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and the workspace is as it was before. Free some space and try again.</source>
        <translation>Le disque est plein : la modification n&apos;a pas été enregistrée et l&apos;espace de travail est comme avant. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The workspace cannot be written (a read-only file, folder or disk): the change was not saved. Every command that only reads still works.</source>
        <translation>L&apos;espace de travail ne peut pas être écrit (fichier, dossier ou disque en lecture seule) : la modification n&apos;a pas été enregistrée. Toutes les commandes de lecture fonctionnent encore.</translation>
    </message>
    <message>
        <source>The disk could not be written (an input/output error: a full disk, a failing one, or a USB stick removed?): the change was not saved and the workspace is as it was before.</source>
        <translation>Le disque n&apos;a pas pu être écrit (erreur d&apos;entrée/sortie : disque plein ou défaillant, ou clé USB retirée ?) : la modification n&apos;a pas été enregistrée et l&apos;espace de travail est comme avant.</translation>
    </message>
    <message>
        <source>Part of the workspace cannot be read: the file is damaged. Run `upr-desktop check` to find the damaged record, then `upr-desktop export-json --salvage -o FILE` to save everything else, or restore a backup.</source>
        <translation>Une partie de l&apos;espace de travail est illisible : le fichier est endommagé. Lancez `upr-desktop check` pour trouver l&apos;enregistrement endommagé, puis `upr-desktop export-json --salvage -o FICHIER` pour sauver tout le reste, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again in a moment.</source>
        <translation>L&apos;espace de travail est occupé : un autre programme y écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full{where}: the command stopped before finishing and changed nothing. Free some space and try again.</source>
        <translation>Le disque est plein{where} : la commande s&apos;est arrêtée avant la fin et n&apos;a rien modifié. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The disk is read-only{where}: nothing could be written. Every command that only reads still works.</source>
        <translation>Le disque est en lecture seule{where} : rien n&apos;a pu être écrit. Toutes les commandes de lecture fonctionnent encore.</translation>
    </message>
    <message>
        <source>Permission denied{where}: this account may not write there. Choose another place, or ask for the permission.</source>
        <translation>Permission refusée{where} : ce compte ne peut pas écrire à cet endroit. Choisissez un autre emplacement, ou demandez l&apos;autorisation.</translation>
    </message>
    <message>
        <source>The disk could not be read or written{where} (an input/output error: a failing disk, or a USB stick removed?).</source>
        <translation>Le disque n&apos;a pas pu être lu ou écrit{where} (erreur d&apos;entrée/sortie : disque défaillant, ou clé USB retirée ?).</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({error}). The details are in {path}; please send them to whoever supports your installation.</source>
        <translation>Un problème inattendu a arrêté la commande ({error}). Les détails se trouvent dans {path} ; envoyez-les à la personne qui assure le support de votre installation.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command ({error}).</source>
        <translation>Un problème inattendu a arrêté la commande ({error}).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language this app ships; use one of: {languages}.</source>
        <translation>« {code} » n&apos;est pas une langue fournie avec cette application ; utilisez l&apos;une de celles-ci : {languages}.</translation>
    </message>
    <message>
        <source>Choose at least one member group to export for.</source>
        <translation>Choisissez au moins un groupe membre pour lequel exporter.</translation>
    </message>
    <message numerus="yes">
        <source>Salvaged the workspace: %n damaged records left out and listed under &quot;damaged&quot;.</source>
        <translation>
            <numerusform>Espace de travail récupéré : %n enregistrement endommagé écarté et listé sous &quot;damaged&quot;.</numerusform>
            <numerusform>Espace de travail récupéré : %n enregistrements endommagés écartés et listés sous &quot;damaged&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not hold settings</source>
        <translation>il ne contient pas de réglages</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {reason}</source>
        <translation>Vos paramètres n&apos;ont pas pu être enregistrés : {reason}</translation>
    </message>
    <message>
        <source>This PDF would list {rows} rows, hundreds of pages. Narrow it with --group or --theme (the Member group and Theme boxes), or write an .xlsx workbook instead.</source>
        <translation>Ce PDF compterait {rows} lignes, soit des centaines de pages. Restreignez-le avec --group ou --theme (les listes Groupe membre et Thème), ou enregistrez plutôt un classeur .xlsx.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Sensitive fields included</source>
        <translation>Champs sensibles inclus</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>Catégorie d&apos;action</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Lead group</source>
        <translation>Groupe chef de file</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>Groupes d&apos;appui</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuées</translation>
    </message>
    <message>
        <source>With a lead</source>
        <translation>Avec un chef de file</translation>
    </message>
    <message>
        <source>Assessed in {months} months</source>
        <translation>Évaluées en {months} mois</translation>
    </message>
    <message>
        <source>{assigned} of {count} assigned.</source>
        <translation>{assigned} sur {count} attribuées.</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>Pas encore attribuées</translation>
    </message>
    <message>
        <source>These recommendations have no member group yet.</source>
        <translation>Ces recommandations n&apos;ont pas encore de groupe membre.</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Organe gouvernemental</translation>
    </message>
    <message>
        <source>Recommendations discussed</source>
        <translation>Recommandations discutées</translation>
    </message>
    <message>
        <source>With commitments</source>
        <translation>Avec des engagements</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Assigned to a member group</source>
        <translation>Attribuées à un groupe membre</translation>
    </message>
    <message>
        <source>With a lead group</source>
        <translation>Avec un groupe chef de file</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Toutes les recommandations</translation>
    </message>
    <message>
        <source>Later or no due date</source>
        <translation>Plus tard ou sans échéance</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>Ouvertes ou en cours</translation>
    </message>
    <message>
        <source>Generated on {date} by UPR Desktop.</source>
        <translation>Généré le {date} par UPR Desktop.</translation>
    </message>
    <message>
        <source>Demo data for training: the organisations and people in it are invented.</source>
        <translation>Données de démonstration pour la formation : les organisations et les personnes qui y figurent sont fictives.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>emulated (soffice not found): metadata sheet hidden instead of very hidden, quote prefixes, freeze panes and workbook protection dropped, as a LibreOffice resave does</source>
        <translation>émulé (soffice introuvable) : feuille de métadonnées masquée au lieu de très masquée, préfixes d&apos;apostrophe, volets figés et protection du classeur supprimés, comme le fait un réenregistrement par LibreOffice</translation>
    </message>
    <message>
        <source>Workshop scenario in {folder} (merge the files one by one with: upr-desktop merge FILE):</source>
        <translation>Scénario d&apos;atelier dans {folder} (fusionnez les fichiers un par un avec : upr-desktop merge FICHIER) :</translation>
    </message>
    <message>
        <source>LibreOffice file: {how}</source>
        <translation>Fichier LibreOffice : {how}</translation>
    </message>
    <message>
        <source>The workshop scenario edits the workspace; run it on the demo coalition only.</source>
        <translation>Le scénario d&apos;atelier modifie l&apos;espace de travail ; lancez-le uniquement sur la coalition de démonstration.</translation>
    </message>
    <message>
        <source>resaved with LibreOffice Calc (soffice --headless --convert-to xlsx)</source>
        <translation>réenregistré avec LibreOffice Calc (soffice --headless --convert-to xlsx)</translation>
    </message>
    <message>
        <source>the same kind of edits, saved by LibreOffice Calc; it must merge like a clean file.</source>
        <translation>le même type de modifications, enregistré par LibreOffice Calc ; il doit se fusionner comme un fichier propre.</translation>
    </message>
    <message>
        <source>{ref} was also changed in the workspace after the export: a conflict to resolve side by side; the other row merges.</source>
        <translation>{ref} a aussi été modifiée dans l&apos;espace de travail après l&apos;export : un conflit à résoudre côte à côte ; l&apos;autre ligne se fusionne.</translation>
    </message>
    <message>
        <source>a status outside the dropdown (&apos;Mostly done&apos;) and a date typed as text (&apos;next Tuesday&apos;): the error report names the cells; the good row still merges.</source>
        <translation>un statut hors de la liste déroulante (&apos;Mostly done&apos;) et une date saisie en texte (&apos;next Tuesday&apos;) : le rapport d&apos;erreurs nomme les cellules ; la ligne correcte se fusionne quand même.</translation>
    </message>
    <message>
        <source>conflict on {ref} {field}: ours &apos;{ours}&apos; / theirs &apos;{theirs}&apos;</source>
        <translation>conflit sur {ref} {field} : notre valeur « {ours} » / leur valeur « {theirs} »</translation>
    </message>
    <message>
        <source>Resaving {file} with LibreOffice...</source>
        <translation>Réenregistrement de {file} avec LibreOffice...</translation>
    </message>
    <message>
        <source>Expected: {line}</source>
        <translation>Attendu : {line}</translation>
    </message>
    <message>
        <source>A demo workspace already exists at {path}. Open it, or put it back as it was with: upr-desktop demo --reset</source>
        <translation>Un espace de travail de démonstration existe déjà à l&apos;emplacement {path}. Ouvrez-le, ou remettez-le dans son état d&apos;origine avec : upr-desktop demo --reset</translation>
    </message>
    <message>
        <source>{path} is not a demo workspace; --reset only replaces demo data. Choose another file with --workspace.</source>
        <translation>{path} n&apos;est pas un espace de travail de démonstration ; --reset ne remplace que des données de démonstration. Choisissez un autre fichier avec --workspace.</translation>
    </message>
    <message>
        <source>{verb} the demo coalition (training data) at {path} in {seconds:.2f} s: {recommendations} recommendations, {groups} member groups, {assignments} assignments, {assessments} assessments, {consultations} consultations, {actions} follow-up actions.</source>
        <translation>{verb} : la coalition de démonstration (données de formation) dans {path} en {seconds:.2f} s : {recommendations} recommandations, {groups} groupes membres, {assignments} attributions, {assessments} évaluations, {consultations} consultations, {actions} actions de suivi.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialisé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>Aucune fusion pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Merge {id}: {file} from {group} on {when}</source>
        <translation>Fusion {id} : {file} de {group} le {when}</translation>
    </message>
    <message>
        <source>Undid the merge of {file}.</source>
        <translation>Fusion de {file} annulée.</translation>
    </message>
    <message>
        <source>No conflicts waiting.</source>
        <translation>Aucun conflit en attente.</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: {how}.</source>
        <translation>Conflit {id} résolu : {how}.</translation>
    </message>
    <message>
        <source>Wrote the return {file}</source>
        <translation>Retour écrit : {file}</translation>
    </message>
    <message>
        <source>These workbooks include sensitive information: send them only to people who may see it.</source>
        <translation>Ces classeurs contiennent des informations sensibles : ne les envoyez qu&apos;aux personnes autorisées à les voir.</translation>
    </message>
    <message>
        <source>Name one conflict by its number, or use --all.</source>
        <translation>Désignez un conflit par son numéro, ou utilisez --all.</translation>
    </message>
    <message>
        <source>  conflict {sheet}!{cell} {ref} {field}: base &apos;{base}&apos;, ours &apos;{ours}&apos;, theirs &apos;{theirs}&apos;</source>
        <translation>  conflit {sheet}!{cell} {ref} {field} : base « {base} », notre valeur « {ours} », leur valeur « {theirs} »</translation>
    </message>
    <message>
        <source>  rejected {sheet}!{cell}: {reason}</source>
        <translation>  rejetée {sheet}!{cell} : {reason}</translation>
    </message>
    <message>
        <source>--value resolves one conflict; use --take with --all.</source>
        <translation>--value résout un seul conflit ; utilisez --take avec --all.</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualisé</translation>
    </message>
    <message>
        <source>would add</source>
        <translation>ajouterait</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutées</translation>
    </message>
    <message>
        <source>{file} ({format}): {verb} {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>{file} ({format}) : {verb} {added}, mises à jour {updated}, inchangées {unchanged}, ignorées {skipped}.</translation>
    </message>
    <message>
        <source>  row {row}: {message}</source>
        <translation>  ligne {row} : {message}</translation>
    </message>
    <message>
        <source>Added member group {acronym} ({name})</source>
        <translation>Groupe membre {acronym} ajouté ({name})</translation>
    </message>
    <message>
        <source>Filled in by (write your name here):</source>
        <translation>Rempli par (écrivez votre nom ici) :</translation>
    </message>
    <message>
        <source>A recommendation is counted under every theme it has: {several} of the {total} recommendations have several themes, so the theme rows add up to more than {total}.</source>
        <translation>Une recommandation est comptée sous chacun de ses thèmes : {several} des {total} recommandations ont plusieurs thèmes, donc les lignes des thèmes totalisent plus de {total}.</translation>
    </message>
    <message>
        <source>The themes in use are listed on the dashboard.</source>
        <translation>Les thèmes utilisés sont listés sur le tableau de bord.</translation>
    </message>
    <message>
        <source>Workbooks are sent by: {name}</source>
        <translation>Les classeurs sont envoyés par : {name}</translation>
    </message>
    <message>
        <source>No secretariat is set: workbooks say they are sent by the secretariat. Set it with: upr-desktop secretariat NAME</source>
        <translation>Aucun secrétariat n&apos;est défini : les classeurs disent être envoyés par le secrétariat. Définissez-le avec : upr-desktop secretariat NOM</translation>
    </message>
    <message>
        <source> -&gt; decided: {take}</source>
        <translation> -&gt; décidé : {take}</translation>
    </message>
    <message>
        <source>Changed member group {acronym} ({name})</source>
        <translation>Groupe membre {acronym} ({name}) modifié</translation>
    </message>
    <message>
        <source>No member groups yet.</source>
        <translation>Aucun groupe membre pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Removed {acronym}. {impact}</source>
        <translation>{acronym} retiré. {impact}</translation>
    </message>
    <message>
        <source>Say what to change: --name, --new-acronym, --region, --focal-point or --language.</source>
        <translation>Indiquez ce qu&apos;il faut changer : --name, --new-acronym, --region, --focal-point ou --language.</translation>
    </message>
    <message>
        <source>  (undone)</source>
        <translation>  (annulée)</translation>
    </message>
    <message>
        <source>  (changed nothing)</source>
        <translation>  (rien changé)</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aucune importation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Undid the import of {file}: {added} recommendations removed, {updated} put back as they were.</source>
        <translation>Importation de {file} annulée : {added} recommandations retirées, {updated} remises comme avant.</translation>
    </message>
    <message>
        <source>  This is import {id}; undo it with: upr-desktop imports undo {id}</source>
        <translation>  C&apos;est l&apos;importation {id} ; annulez-la avec : upr-desktop imports undo {id}</translation>
    </message>
    <message>
        <source>Added recommendation {ref}</source>
        <translation>Recommandation {ref} ajoutée</translation>
    </message>
    <message>
        <source>Recommendation {ref} already said so; nothing changed.</source>
        <translation>La recommandation {ref} disait déjà cela ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>No recommendations found.</source>
        <translation>Aucune recommandation trouvée.</translation>
    </message>
    <message>
        <source>Assigned: {created} new, {updated} changed, {unchanged} already so.</source>
        <translation>Attributions : {created} nouvelles, {updated} modifiées, {unchanged} déjà en place.</translation>
    </message>
    <message>
        <source>Recorded {status} for {ref} on {date}</source>
        <translation>{status} enregistré pour {ref} le {date}</translation>
    </message>
    <message>
        <source>Say what to change: --new-ref, --text, --response, --from or --action-category.</source>
        <translation>Indiquez ce qu&apos;il faut changer : --new-ref, --text, --response, --from ou --action-category.</translation>
    </message>
    <message>
        <source>Logged consultation with {body} on {date}</source>
        <translation>Consultation avec {body} du {date} consignée</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>Aucune consultation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Added follow-up action {id}</source>
        <translation>Action de suivi {id} ajoutée</translation>
    </message>
    <message>
        <source>No follow-up actions yet.</source>
        <translation>Aucune action de suivi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Wrote the {kind} report to {path} ({note})</source>
        <translation>Rapport {kind} écrit dans {path} ({note})</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>{file}: the workbook holds macros (.xlsm); they were ignored and never run. Only the cells&apos; values were read.</source>
        <translation>{file} : le classeur contient des macros (.xlsm) ; elles ont été ignorées et jamais exécutées. Seules les valeurs des cellules ont été lues.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; cannot be read ({reason}): the workbook is damaged. Ask for the file again.</source>
        <translation>la feuille « {sheet} » est illisible ({reason}) : le classeur est endommagé. Redemandez le fichier.</translation>
    </message>
    <message>
        <source>Cycle to cycle: what was recommended before, how it went, and where it stands</source>
        <translation>D&apos;un cycle à l&apos;autre : ce qui a été recommandé avant, ce qu&apos;il en est advenu et où en sont les choses</translation>
    </message>
    <message>
        <source>Unknown report &apos;{kind}&apos;; choose implementation, coverage, consultations or cycle.</source>
        <translation>Rapport « {kind} » inconnu ; choisissez implementation, coverage, consultations ou cycle.</translation>
    </message>
    <message>
        <source>Recommendations of cycle {cycle}.</source>
        <translation>Recommandations du cycle {cycle}.</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} of %n actions are overdue.</source>
        <translation>
            <numerusform>{overdue} action sur %n en retard.</numerusform>
            <numerusform>{overdue} actions sur %n en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due in the next {days} days</source>
        <translation>À échéance dans les {days} prochains jours</translation>
    </message>
    <message>
        <source>Response and its history</source>
        <translation>Réponse et son historique</translation>
    </message>
    <message>
        <source>Recommended before, and how it fared</source>
        <translation>Recommandée avant, et ce qu&apos;il en est advenu</translation>
    </message>
    <message>
        <source>Recommendations of the cycle</source>
        <translation>Recommandations du cycle</translation>
    </message>
    <message>
        <source>Decided after the review (pending first): supported</source>
        <translation>Décidées après l&apos;examen (d&apos;abord en attente) : soutenues</translation>
    </message>
    <message>
        <source>Decided after the review (pending first): noted</source>
        <translation>Décidées après l&apos;examen (d&apos;abord en attente) : notées</translation>
    </message>
    <message>
        <source>Noted at first, supported later</source>
        <translation>D&apos;abord notées, soutenues ensuite</translation>
    </message>
    <message>
        <source>Recommended before (a confirmed predecessor in an earlier cycle)</source>
        <translation>Recommandées avant (un prédécesseur confirmé dans un cycle antérieur)</translation>
    </message>
    <message>
        <source>Noted in an earlier cycle, supported in this one</source>
        <translation>Notées dans un cycle antérieur, soutenues dans celui-ci</translation>
    </message>
    <message>
        <source>The cycle in figures</source>
        <translation>Le cycle en chiffres</translation>
    </message>
    <message>
        <source>How the earlier recommendations fared (latest status of each confirmed predecessor)</source>
        <translation>Ce qu&apos;il est advenu des recommandations antérieures (dernier statut de chaque prédécesseur confirmé)</translation>
    </message>
    <message>
        <source>Current status of the cycle&apos;s recommendations, repeated or new</source>
        <translation>Statut actuel des recommandations du cycle, répétées ou nouvelles</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Decided at adoption: {supported} supported / {noted} noted.</source>
        <translation>Décidées à l&apos;adoption : {supported} soutenues / {noted} notées.</translation>
    </message>
    <message>
        <source>Earlier recommendations</source>
        <translation>Recommandations antérieures</translation>
    </message>
    <message>
        <source>Recommended before</source>
        <translation>Recommandée avant</translation>
    </message>
    <message>
        <source>New in this cycle</source>
        <translation>Nouvelle dans ce cycle</translation>
    </message>
    <message>
        <source>{ref} (cycle {cycle}): {response}, {status}</source>
        <translation>{ref} (cycle {cycle}) : {response}, {status}</translation>
    </message>
    <message>
        <source>{acronym} has no recommendations of cycle {cycle} assigned.</source>
        <translation>{acronym} n&apos;a aucune recommandation du cycle {cycle} attribuée.</translation>
    </message>
    <message>
        <source>Recommendations: {count}; recommended before: {repeated}.</source>
        <translation>Recommandations : {count} ; recommandées avant : {repeated}.</translation>
    </message>
    <message>
        <source>The workspace holds no recommendation of cycle {cycle}; its cycles: {cycles}.</source>
        <translation>L&apos;espace de travail ne contient aucune recommandation du cycle {cycle} ; ses cycles : {cycles}.</translation>
    </message>
    <message>
        <source>Write the report to a .xlsx or .pdf file, or a .html page, not &apos;{name}&apos;.</source>
        <translation>Écrivez le rapport dans un fichier .xlsx ou .pdf, ou une page .html, pas « {name} ».</translation>
    </message>
    <message>
        <source>The writer of .{format} reports could not be loaded ({error}). Write an .xlsx workbook or an .html page instead.</source>
        <translation>Le module qui écrit les rapports .{format} n’a pas pu être chargé ({error}). Écrivez plutôt un classeur .xlsx ou une page .html.</translation>
    </message>
    <message>
        <source>No writer for .{format} reports is installed here.</source>
        <translation>Aucun module n’écrit les rapports .{format} sur cette installation.</translation>
    </message>
    <message>
        <source>{status}: {added}, {updated}, {conflicts}, {rejected}</source>
        <translation>{status} : {added}, {updated}, {conflicts}, {rejected}</translation>
    </message>
    <message>
        <source>a clean return.</source>
        <translation>un retour sans problème.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected cells</source>
        <translation>
            <numerusform>%n cellule rejetée</numerusform>
            <numerusform>%n cellules rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: your settings ({path}) could not be read ({reason}); the defaults are used (the backup folder too). Choose your settings again in the app, or correct the file.</source>
        <translation>Remarque : vos réglages ({path}) n&apos;ont pas pu être lus ({reason}) ; les réglages par défaut sont utilisés (le dossier des sauvegardes aussi). Choisissez à nouveau vos réglages dans l&apos;application, ou corrigez le fichier.</translation>
    </message>
    <message>
        <source>Note: {path} can only be read ({reason}); it was opened for reading only.</source>
        <translation>Remarque : {path} ne peut être que lu ({reason}) ; il a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Note: this workspace holds no recommendation of UPR cycle {cycle} (it holds: {held}).</source>
        <translation>Remarque : cet espace de travail ne contient aucune recommandation du cycle {cycle} de l&apos;EPU (il contient : {held}).</translation>
    </message>
    <message>
        <source>Not merged: {reason}</source>
        <translation>Non fusionné : {reason}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n attribuée</numerusform>
            <numerusform>%n attribuées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed</source>
        <translation>
            <numerusform>%n évaluée</numerusform>
            <numerusform>%n évaluées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open actions</source>
        <translation>
            <numerusform>%n action ouverte</numerusform>
            <numerusform>%n actions ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>{ref} &lt;- {earlier} (cycle {cycle})  score {score:.2f}  {response}; status then: {status}
    {text}
    {earlier_text}</source>
        <translation>{ref} &lt;- {earlier} (cycle {cycle})  score {score:.2f}  {response} ; statut depuis : {status}
    {text}
    {earlier_text}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>No suggestions at this score: try a lower --min-score.</source>
        <translation>Aucune suggestion à ce score : essayez un --min-score plus bas.</translation>
    </message>
    <message>
        <source>No links decided yet.</source>
        <translation>Aucun lien décidé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Say which link to confirm: upr-desktop links confirm REF EARLIER_REF (or --above S).</source>
        <translation>Indiquez quel lien confirmer : upr-desktop links confirm REF EARLIER_REF (ou --above S).</translation>
    </message>
    <message>
        <source>--dry-run and --cycle go with --above.</source>
        <translation>--dry-run et --cycle s&apos;utilisent avec --above.</translation>
    </message>
    <message>
        <source>Confirmed: {earlier} recommended before {ref}.</source>
        <translation>Confirmé : {earlier} recommandée avant {ref}.</translation>
    </message>
    <message>
        <source>Already so; nothing changed.</source>
        <translation>Déjà le cas ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Rejected: {earlier} not recommended before {ref}.</source>
        <translation>Rejeté : {earlier} non recommandée avant {ref}.</translation>
    </message>
    <message>
        <source>Cluster {number} (cycle {cycle}): {refs}</source>
        <translation>Groupe {number} (cycle {cycle}) : {refs}</translation>
    </message>
    <message>
        <source>No near-duplicates in this cycle.</source>
        <translation>Aucun quasi-doublon dans ce cycle.</translation>
    </message>
    <message>
        <source>Give either REF EARLIER... or --above S, not both.</source>
        <translation>Donnez soit REF EARLIER..., soit --above S, pas les deux.</translation>
    </message>
    <message>
        <source>Edited recommendation {ref} (now version {version})</source>
        <translation>Recommandation {ref} modifiée (version {version} désormais)</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignments.</source>
        <translation>
            <numerusform>%n attribution retirée.</numerusform>
            <numerusform>%n attributions retirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>--response-on goes with --response: say what the new response is.</source>
        <translation>--response-on va avec --response : indiquez la nouvelle réponse.</translation>
    </message>
    <message>
        <source>           response: {history}</source>
        <translation>           réponse : {history}</translation>
    </message>
    <message>
        <source>           recommended before: {refs}</source>
        <translation>           recommandée avant : {refs}</translation>
    </message>
    <message>
        <source>Recommendations: {total}; supported: {supported} ({share})</source>
        <translation>Recommandations : {total} ; soutenues : {supported} ({share})</translation>
    </message>
    <message>
        <source>Consultations with government: {count}</source>
        <translation>Consultations avec le gouvernement : {count}</translation>
    </message>
    <message>
        <source>Situation as of {date}</source>
        <translation>Situation au {date}</translation>
    </message>
    <message>
        <source>Assigned to a group: {assigned}; with a lead group: {lead}; assessed in the last {months} months: {assessed}</source>
        <translation>Attribuées à un groupe : {assigned} ; avec un groupe chef de file : {lead} ; évaluées ces {months} derniers mois : {assessed}</translation>
    </message>
    <message>
        <source>Follow-up actions: {open} open, {in_progress} in progress, {due_soon} due within {days} days, {overdue} overdue</source>
        <translation>Actions de suivi : {open} ouvertes, {in_progress} en cours, {due_soon} à échéance sous {days} jours, {overdue} en retard</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>The key of {path} is remembered on this computer.</source>
        <translation>La clé de {path} est mémorisée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Keys can be remembered ({backend}).</source>
        <translation>Les clés peuvent être mémorisées ({backend}).</translation>
    </message>
    <message>
        <source>Keys cannot be remembered: {reason}.</source>
        <translation>Les clés ne peuvent pas être mémorisées : {reason}.</translation>
    </message>
    <message>
        <source>A passphrase is needed: run the command in a terminal, or set {env} for scripts.</source>
        <translation>Une phrase secrète est nécessaire : lancez la commande dans un terminal, ou définissez {env} pour les scripts.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Backup taken first: {path}</source>
        <translation>Sauvegarde faite d&apos;abord : {path}</translation>
    </message>
    <message>
        <source>Removed {path}: it could not be read to convert it, and it would have stayed readable without the new passphrase.</source>
        <translation>{path} supprimée : elle n&apos;a pas pu être lue pour la convertir, et elle serait restée lisible sans la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Left as it was: {path} (under another passphrase).</source>
        <translation>Laissée telle quelle : {path} (sous une autre phrase secrète).</translation>
    </message>
    <message>
        <source>The key is remembered on this computer.</source>
        <translation>La clé est mémorisée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The key could not be remembered: {reason}.</source>
        <translation>La clé n&apos;a pas pu être mémorisée : {reason}.</translation>
    </message>
    <message>
        <source>{path} is now protected by a passphrase.</source>
        <translation>{path} est désormais protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>{path} is no longer encrypted.</source>
        <translation>{path} n&apos;est plus chiffré.</translation>
    </message>
    <message>
        <source>The passphrase of {path} was changed.</source>
        <translation>La phrase secrète de {path} a été changée.</translation>
    </message>
    <message>
        <source>Cannot remember keys on this computer: {reason}. You will be asked for the passphrase.</source>
        <translation>Impossible de mémoriser des clés sur cet ordinateur : {reason}. La phrase secrète vous sera demandée.</translation>
    </message>
    <message>
        <source>The keyring refused to store the key.</source>
        <translation>Le trousseau de clés a refusé d&apos;enregistrer la clé.</translation>
    </message>
    <message>
        <source>The key of {path} was removed from this computer.</source>
        <translation>La clé de {path} a été retirée de cet ordinateur.</translation>
    </message>
    <message>
        <source>No key of {path} was remembered here.</source>
        <translation>Aucune clé de {path} n&apos;était mémorisée ici.</translation>
    </message>
    <message>
        <source>Nothing to remove: no workspace at {path}.</source>
        <translation>Rien à supprimer : aucun espace de travail à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>This removes for good:
{listing}</source>
        <translation>Ceci supprime définitivement :
{listing}</translation>
    </message>
    <message>
        <source>Type DELETE to confirm: </source>
        <translation>Tapez DELETE pour confirmer : </translation>
    </message>
    <message>
        <source>Removing:
{listing}</source>
        <translation>Suppression :
{listing}</translation>
    </message>
    <message>
        <source>{path} is already protected, and so is every copy of it; use rekey to change its passphrase.</source>
        <translation>{path} est déjà protégé, ainsi que toutes ses copies ; utilisez rekey pour changer sa phrase secrète.</translation>
    </message>
    <message>
        <source>The unprotected copies of {path} are now protected by its passphrase.</source>
        <translation>Les copies non protégées de {path} sont maintenant protégées par sa phrase secrète.</translation>
    </message>
    <message>
        <source>Exchange signing keys were removed too: workbooks exported before cannot be checked when they come back (merge them with --trust-unsigned after looking at them).</source>
        <translation>Les clés de signature des échanges ont aussi été supprimées : les classeurs exportés auparavant ne pourront pas être vérifiés à leur retour (fusionnez-les avec --trust-unsigned après les avoir examinés).</translation>
    </message>
    <message>
        <source>This would remove:
{listing}
Run again with --yes to remove them.</source>
        <translation>Ceci supprimerait :
{listing}
Relancez avec --yes pour les supprimer.</translation>
    </message>
    <message>
        <source>The password for {entry} is kept in this computer&apos;s keyring.</source>
        <translation>Le mot de passe de {entry} est gardé dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>No password given: type it at the prompt, or set {env}.</source>
        <translation>Aucun mot de passe donné : tapez-le à l&apos;invite, ou définissez {env}.</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Mot de passe de {name} : </translation>
    </message>
    <message>
        <source>{user} may now open this workspace as {role}</source>
        <translation>{user} peut maintenant ouvrir cet espace de travail en tant que {role}</translation>
    </message>
    <message>
        <source>{path} is a workspace file; remember-password is for a workspace on a server.</source>
        <translation>{path} est un fichier d&apos;espace de travail ; remember-password sert pour un espace de travail sur un serveur.</translation>
    </message>
    <message>
        <source>Server password: </source>
        <translation>Mot de passe du serveur : </translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>recommandations</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>examens</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <source>member groups</source>
        <translation>groupes membres</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>attributions</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>consultations</translation>
    </message>
    <message>
        <source>follow-up actions</source>
        <translation>actions de suivi</translation>
    </message>
    <message>
        <source>merges</source>
        <translation>fusions</translation>
    </message>
    <message>
        <source>changes in the log</source>
        <translation>modifications au journal</translation>
    </message>
    <message>
        <source>Created workspace &apos;{name}&apos; for {state} at {path}</source>
        <translation>Espace de travail « {name} » créé pour {state} à l&apos;emplacement {path}</translation>
    </message>
    <message>
        <source>schema version: {version}</source>
        <translation>version du schéma : {version}</translation>
    </message>
    <message numerus="yes">
        <source>last backup: {when} (%n kept)</source>
        <translation>
            <numerusform>dernière sauvegarde : {when} (%n conservée)</numerusform>
            <numerusform>dernière sauvegarde : {when} (%n conservées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Restored {backup}. The state before it was kept as {safety}.</source>
        <translation>{backup} restaurée. L&apos;état précédent a été conservé sous {safety}.</translation>
    </message>
    <message>
        <source>The workspace cannot be read ({reason}); restoring {backup} (taken {when}) replaces it, and the damaged file is kept aside.</source>
        <translation>L&apos;espace de travail est illisible ({reason}) ; restaurer {backup} (faite le {when}) le remplace, et le fichier endommagé est mis de côté.</translation>
    </message>
    <message>
        <source>Restoring {backup} (taken {when}) undoes nothing: it holds everything the workspace holds.</source>
        <translation>Restaurer {backup} (faite le {when}) n&apos;annule rien : elle contient tout ce que contient l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The current state is backed up first, so this can itself be undone by restoring that backup.</source>
        <translation>L&apos;état actuel est d&apos;abord sauvegardé : cette restauration peut donc elle-même être annulée en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation>Annulé : {label}</translation>
    </message>
    <message>
        <source>Redone: {label}</source>
        <translation>Rétabli : {label}</translation>
    </message>
    <message>
        <source>read only: {reason} (every command that only reads works)</source>
        <translation>lecture seule : {reason} (toutes les commandes de lecture fonctionnent)</translation>
    </message>
    <message>
        <source>The search index was rebuilt from the recommendations.</source>
        <translation>L&apos;index de recherche a été reconstruit à partir des recommandations.</translation>
    </message>
    <message>
        <source>Save what can be read with: upr-desktop export-json --salvage -o FILE; or restore a backup (upr-desktop restore latest --dry-run says what it would undo).</source>
        <translation>Sauvez ce qui peut être lu avec : upr-desktop export-json --salvage -o FICHIER ; ou restaurez une sauvegarde (upr-desktop restore latest --dry-run dit ce qu&apos;elle annulerait).</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Rien n&apos;a été modifié (--dry-run).</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <source>The protected workspace {path} cannot be read; restore needs its passphrase to check the backup.</source>
        <translation>L&apos;espace de travail protégé {path} est illisible ; la restauration a besoin de sa phrase secrète pour vérifier la sauvegarde.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Warning, this entry fails the check: %1</source>
        <extracomment>Read out by screen readers before the entry the log check names</extracomment>
        <translation>Achtung, dieser Eintrag besteht die Prüfung nicht: %1</translation>
    </message>
</context>
<context>
    <name>AccessLogSection</name>
    <message>
        <source>Who has seen my data</source>
        <translation>Wer hat meine Daten gesehen</translation>
    </message>
    <message>
        <source>Check of the access log</source>
        <translation>Prüfung des Protokolls</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check the access log again</source>
        <translation>Das Protokoll erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Amt</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Was geschah</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Show entries of this office</source>
        <translation>Einträge dieses Amts zeigen</translation>
    </message>
    <message>
        <source>Show entries of this kind</source>
        <translation>Einträge dieser Art zeigen</translation>
    </message>
    <message>
        <source>Show entries of this period</source>
        <translation>Einträge dieses Zeitraums zeigen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Protokoll der Zugriffe</translation>
    </message>
    <message>
        <source>One sentence per access to your data, newest first. More entries load as you scroll.</source>
        <translation>Ein Satz je Zugriff auf Ihre Daten, die neuesten zuerst. Beim Blättern werden ältere Einträge nachgeladen.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Every time someone at the city reads, changes or passes on your data, it is written down here: who, when, why and on which legal basis. Each entry is sealed and linked to the one before it, so Rathaus can check on your computer that none was changed or removed afterwards.</source>
        <translation>Jedes Mal, wenn jemand bei der Stadt Ihre Daten liest, ändert oder weitergibt, steht es hier: wer, wann, wozu und auf welcher Rechtsgrundlage. Jeder Eintrag ist versiegelt und mit dem vorigen verknüpft – so prüft Rathaus auf Ihrem Computer nach, dass später keiner geändert oder entfernt wurde.</translation>
    </message>
</context>
<context>
    <name>AccessLogText</name>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>weitergegeben</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the access log (QDate::toString): &quot;3 May 2026&quot;; German &quot;d. MMMM yyyy&quot;</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>&quot;3 May 2026, 10:14&quot;: date, then time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>your record “%1”</source>
        <translation>Ihren Datensatz „%1“</translation>
    </message>
    <message>
        <source>%1, caseworker %2, read %3 on %4 at %5</source>
        <extracomment>%1 office, %2 caseworker pseudonym, %3 what, %4 date, %5 time</extracomment>
        <translation>%1, Sachbearbeitung %2, hat %3 am %4 um %5 Uhr gelesen</translation>
    </message>
    <message>
        <source>%1, caseworker %2, changed %3 on %4 at %5</source>
        <translation>%1, Sachbearbeitung %2, hat %3 am %4 um %5 Uhr geändert</translation>
    </message>
    <message>
        <source>%1, caseworker %2, passed on %3 on %4 at %5</source>
        <translation>%1, Sachbearbeitung %2, hat %3 am %4 um %5 Uhr weitergegeben</translation>
    </message>
    <message>
        <source>%1, caseworker %2, received %3 on %4 at %5</source>
        <translation>%1, Sachbearbeitung %2, hat %3 am %4 um %5 Uhr empfangen</translation>
    </message>
    <message>
        <source>%1 read %2 automatically on %3 at %4</source>
        <extracomment>No person acted: %1 office, %2 what, %3 date, %4 time</extracomment>
        <translation>%1 hat %2 am %3 um %4 Uhr automatisch gelesen</translation>
    </message>
    <message>
        <source>%1 changed %2 automatically on %3 at %4</source>
        <translation>%1 hat %2 am %3 um %4 Uhr automatisch geändert</translation>
    </message>
    <message>
        <source>%1 passed on %2 automatically on %3 at %4</source>
        <translation>%1 hat %2 am %3 um %4 Uhr automatisch weitergegeben</translation>
    </message>
    <message>
        <source>%1 received %2 automatically on %3 at %4</source>
        <translation>%1 hat %2 am %3 um %4 Uhr automatisch empfangen</translation>
    </message>
    <message>
        <source> – for application %1</source>
        <translation> – für Antrag %1</translation>
    </message>
    <message>
        <source> – purpose: “%1”</source>
        <translation> – Zweck: „%1“</translation>
    </message>
    <message>
        <source>; with your consent</source>
        <translation>; mit Ihrer Einwilligung</translation>
    </message>
    <message>
        <source>; legal basis: %1</source>
        <translation>; Rechtsgrundlage: %1</translation>
    </message>
    <message>
        <source>%1 marked its copy of %2 for deletion on %3 at %4</source>
        <translation>%1 hat die erhaltene Kopie (%2) am %3 um %4 Uhr zur Löschung vorgemerkt</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The city&apos;s server sent an answer that could not be read.</source>
        <translation>Der Server der Stadt hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n second(s).</source>
        <translation>
            <numerusform>Bitte versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Bitte versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The city&apos;s server did not answer in time.</source>
        <translation>Der Server der Stadt hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes.</source>
        <translation>Bitte versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The identity of the city&apos;s server could not be verified.</source>
        <translation>Die Identität des Servers der Stadt konnte nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>The connection was stopped to protect your data. Check the server address in the settings.</source>
        <translation>Zum Schutz Ihrer Daten wurde die Verbindung abgebrochen. Bitte prüfen Sie die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The city&apos;s server cannot be reached.</source>
        <translation>Der Server der Stadt ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to the city&apos;s server was interrupted.</source>
        <translation>Die Verbindung zum Server der Stadt wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Please wait a moment and try again.</source>
        <translation>Bitte warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Too many requests were sent.</source>
        <translation>Es wurden zu viele Anfragen gesendet.</translation>
    </message>
    <message>
        <source>The city&apos;s server is not available right now.</source>
        <translation>Der Server der Stadt ist zurzeit nicht verfügbar.</translation>
    </message>
    <message>
        <source>The city&apos;s server had a problem.</source>
        <translation>Beim Server der Stadt ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Please try again later. If this keeps happening, contact your city.</source>
        <translation>Bitte versuchen Sie es später erneut. Wenn der Fehler bestehen bleibt, wenden Sie sich bitte an Ihre Stadtverwaltung.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <source>This was not found.</source>
        <translation>Das wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The city&apos;s server refused the request.</source>
        <translation>Der Server der Stadt hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>Bitte versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailPage</name>
    <message>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Back to &amp;my applications</source>
        <translation>Zurück zu &amp;meinen Anträgen</translation>
    </message>
    <message>
        <source>Back to my applications</source>
        <translation>Zurück zu meinen Anträgen</translation>
    </message>
    <message>
        <source>&amp;Withdraw application…</source>
        <translation>Antrag &amp;zurückziehen…</translation>
    </message>
    <message>
        <source>Withdraw this application</source>
        <translation>Diesen Antrag zurückziehen</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>ApplicationFormPage</name>
    <message>
        <source>Application form</source>
        <translation>Antragsformular</translation>
    </message>
    <message>
        <source>Back to the service &amp;description</source>
        <translation>Zurück zur &amp;Leistungsbeschreibung</translation>
    </message>
    <message>
        <source>Back to the service description</source>
        <translation>Zurück zur Leistungsbeschreibung</translation>
    </message>
    <message>
        <source>What you entered is kept.</source>
        <translation>Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Progress through the form</source>
        <translation>Fortschritt im Formular</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Submit application</source>
        <translation>Antrag &amp;absenden</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translation>Antrag absenden</translation>
    </message>
</context>
<context>
    <name>ApplicationListModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Fee and payment state in the list, e.g. &quot;5,00 € · Not paid yet&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Gestellt am</translation>
    </message>
    <message numerus="yes">
        <source>%1 · • %n new message(s)</source>
        <extracomment>Status in the list with unread office messages, e.g. &quot;In review · • 1 new message&quot;</extracomment>
        <translation>
            <numerusform>%1 · • %n neue Nachricht</numerusform>
            <numerusform>%1 · • %n neue Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Information needed</source>
        <translation>Rückfrage offen</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Pay the fee to submit your application. The office sees it once it is paid.</source>
        <translation>Bezahlen Sie die Gebühr, um Ihren Antrag einzureichen. Die Behörde sieht ihn, sobald er bezahlt ist.</translation>
    </message>
    <message numerus="yes">
        <source>The office will start checking your application soon; usually within %n working days.</source>
        <translation>
            <numerusform>Die Behörde beginnt bald mit der Prüfung Ihres Antrags; in der Regel innerhalb von %n Arbeitstag.</numerusform>
            <numerusform>Die Behörde beginnt bald mit der Prüfung Ihres Antrags; in der Regel innerhalb von %n Arbeitstagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office will start checking your application soon.</source>
        <translation>Die Behörde beginnt bald mit der Prüfung Ihres Antrags.</translation>
    </message>
    <message numerus="yes">
        <source>The office is checking your application; this usually takes %n working days.</source>
        <translation>
            <numerusform>Die Behörde prüft Ihren Antrag; das dauert in der Regel %n Arbeitstag.</numerusform>
            <numerusform>Die Behörde prüft Ihren Antrag; das dauert in der Regel %n Arbeitstage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is checking your application.</source>
        <translation>Die Behörde prüft Ihren Antrag.</translation>
    </message>
    <message>
        <source>The office needs more information from you. Answer its message so it can continue.</source>
        <translation>Die Behörde braucht weitere Angaben von Ihnen. Beantworten Sie ihre Nachricht, damit sie weitermachen kann.</translation>
    </message>
    <message>
        <source>The office has paused your application for now and will tell you when it continues.</source>
        <translation>Die Behörde hat Ihren Antrag vorerst zurückgestellt und sagt Ihnen Bescheid, wenn es weitergeht.</translation>
    </message>
    <message>
        <source>Your application was approved. The office is preparing your document.</source>
        <translation>Ihr Antrag wurde bewilligt. Die Behörde stellt Ihr Dokument aus.</translation>
    </message>
    <message>
        <source>Your application was rejected. The office&apos;s message explains why and how you can object.</source>
        <translation>Ihr Antrag wurde abgelehnt. Die Nachricht der Behörde erklärt, warum, und wie Sie Widerspruch einlegen können.</translation>
    </message>
    <message>
        <source>Done. Any documents issued are attached to your application.</source>
        <translation>Erledigt. Ausgestellte Dokumente finden Sie bei Ihrem Antrag.</translation>
    </message>
    <message>
        <source>You withdrew this application. The office will not process it further.</source>
        <translation>Sie haben diesen Antrag zurückgezogen. Die Behörde bearbeitet ihn nicht weiter.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Document preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>On hold &amp;until</source>
        <translation>Zurückgestellt &amp;bis</translation>
    </message>
    <message>
        <source>On hold until</source>
        <translation>Zurückgestellt bis</translation>
    </message>
    <message>
        <source>&amp;Amount to refund (EUR)</source>
        <translation>Zu erstattender &amp;Betrag (EUR)</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>caseworker</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <source>head of office</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>einer Kollegin oder einem Kollegen</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>der Antragstellerin oder dem Antragsteller</translation>
    </message>
    <message>
        <source>the payment provider</source>
        <translation>dem Zahlungsdienst</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>dem System</translation>
    </message>
</context>
<context>
    <name>CaseDataLayout</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Further details</source>
        <translation>Weitere Angaben</translation>
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
        <translation>Das Protokoll konnte diesmal nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Checking that the log is complete and unchanged…</source>
        <translation>Es wird geprüft, ob das Protokoll vollständig und unverändert ist …</translation>
    </message>
    <message numerus="yes">
        <source>Checking that the log is complete and unchanged… (%n entries so far)</source>
        <translation>
            <numerusform>Es wird geprüft, ob das Protokoll vollständig und unverändert ist … (bisher %n Eintrag)</numerusform>
            <numerusform>Es wird geprüft, ob das Protokoll vollständig und unverändert ist … (bisher %n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody at the city has accessed your data so far.</source>
        <translation>Bisher hat niemand bei der Stadt auf Ihre Daten zugegriffen.</translation>
    </message>
    <message numerus="yes">
        <source>Log complete and unchanged (%n entries checked).</source>
        <translation>
            <numerusform>Protokoll vollständig und unverändert (%n Eintrag geprüft).</numerusform>
            <numerusform>Protokoll vollständig und unverändert (%n Einträge geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the entry of %1 was changed after it was written - its content no longer matches the seal it got when it was written.</source>
        <translation>Achtung: Der Eintrag vom %1 wurde nachträglich verändert – sein Inhalt passt nicht mehr zu dem Siegel, das er beim Schreiben bekommen hat.</translation>
    </message>
    <message>
        <source>Warning: the entry of %1 does not fit its predecessor - entries before it were removed or the log was changed afterwards. (An office may also be allowed by law to show an entry only later.)</source>
        <translation>Achtung: Der Eintrag vom %1 passt nicht zu seinem Vorgänger – davor wurden Einträge entfernt, oder das Protokoll wurde nachträglich verändert. (Ein Amt darf einen Eintrag in seltenen Fällen auch per Gesetz erst später zeigen.)</translation>
    </message>
    <message>
        <source>Warning: the log starts with the entry of %1, but older entries are missing although they must still be kept.</source>
        <translation>Achtung: Das Protokoll beginnt mit dem Eintrag vom %1, aber ältere Einträge fehlen, obwohl sie noch aufbewahrt werden müssen.</translation>
    </message>
    <message>
        <source>Please tell the city&apos;s data protection officer.</source>
        <translation>Bitte wenden Sie sich an die Datenschutzbeauftragte der Stadt.</translation>
    </message>
</context>
<context>
    <name>CockpitDirectory</name>
    <message>
        <source>your registration data</source>
        <translation>Ihre Meldedaten</translation>
    </message>
    <message>
        <source>a birth record</source>
        <translation>einen Geburtseintrag</translation>
    </message>
    <message>
        <source>your marriage record</source>
        <translation>Ihren Eheeintrag</translation>
    </message>
    <message>
        <source>your vehicle registration</source>
        <translation>Ihre Fahrzeugzulassung</translation>
    </message>
    <message>
        <source>your dog tax record</source>
        <translation>Ihre Hundesteuerdaten</translation>
    </message>
    <message>
        <source>your data</source>
        <translation>Ihre Daten</translation>
    </message>
</context>
<context>
    <name>CockpitPage</name>
    <message>
        <source>My data</source>
        <translation>Meine Daten</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Parts of your data cockpit</source>
        <translation>Bereiche Ihres Datencockpits</translation>
    </message>
</context>
<context>
    <name>CockpitReport</name>
    <message>
        <source>My data at the city</source>
        <translation>Meine Daten bei der Stadt</translation>
    </message>
    <message>
        <source>%1 – created on %2</source>
        <translation>%1 – erstellt am %2</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Rechtsgrundlage: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>Wer hat meine Daten gesehen</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>refunded: %1</source>
        <translation>erstattet: %1</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Ausgestellte Dokumente</translation>
    </message>
    <message>
        <source>%1, issued by %2 on %3</source>
        <translation>%1, ausgestellt am %3 (%2)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Your city does not offer the complete export yet: applications, payments, documents, messages and transfers are missing here.</source>
        <translation>Ihre Stadt bietet den vollständigen Export noch nicht an: Anträge, Zahlungen, Dokumente, Nachrichten und Übermittlungen fehlen hier.</translation>
    </message>
    <message>
        <source>No applications.</source>
        <translation>Keine Anträge.</translation>
    </message>
    <message>
        <source>Transfers between offices</source>
        <translation>Übermittlungen zwischen Ämtern</translation>
    </message>
    <message>
        <source>No transfers.</source>
        <translation>Keine Übermittlungen.</translation>
    </message>
    <message>
        <source>for application %1</source>
        <translation>für Antrag %1</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>This draft cannot be read.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It was saved with another key or was changed on disk. You can discard it and start again.</source>
        <translation>Er wurde mit einem anderen Schlüssel gespeichert oder auf der Festplatte verändert. Sie können ihn verwerfen und neu beginnen.</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that there is free space on this computer.</source>
        <translation>Prüfen Sie, ob auf diesem Computer genug Speicherplatz frei ist.</translation>
    </message>
    <message>
        <source>This draft is gone.</source>
        <translation>Diesen Entwurf gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>EmbeddedBackend</name>
    <message>
        <source>The folder for the demo city could not be created: %1</source>
        <translation>Der Ordner für die Demo-Stadt konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>This build contains no demo city. Set a server address in the settings.</source>
        <translation>Diese Programmversion enthält keine Demo-Stadt. Bitte tragen Sie in den Einstellungen eine Serveradresse ein.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Suggest an improvement</source>
        <translation>Verbesserung vorschlagen</translation>
    </message>
    <message>
        <source>What could the city do better online? Your suggestion goes to the team that runs the digital services. Please do not include personal data such as your address or account numbers.</source>
        <translation>Was könnte die Stadt online besser machen? Ihr Vorschlag geht an das Team, das die digitalen Dienste betreibt. Bitte schreiben Sie keine persönlichen Daten wie Ihre Anschrift oder Kontonummern hinein.</translation>
    </message>
    <message>
        <source>Your &amp;suggestion</source>
        <translation>Ihr &amp;Vorschlag</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Ihr Vorschlag</translation>
    </message>
    <message>
        <source>Between 10 and 4000 characters.</source>
        <translation>Zwischen 10 und 4000 Zeichen.</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n characters.</source>
        <translation>
            <numerusform>Bitte geben Sie mindestens %n Zeichen ein.</numerusform>
            <numerusform>Bitte geben Sie mindestens %n Zeichen ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n characters.</source>
        <translation>
            <numerusform>Bitte geben Sie höchstens %n Zeichen ein.</numerusform>
            <numerusform>Bitte geben Sie höchstens %n Zeichen ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a single line.</source>
        <translation>Bitte geben Sie nur eine Zeile ein.</translation>
    </message>
    <message>
        <source>Enter a value in the expected format.</source>
        <translation>Bitte geben Sie den Wert im erwarteten Format ein.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Bitte geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation>Bitte geben Sie eine gültige Telefonnummer ein.</translation>
    </message>
    <message>
        <source>Enter a valid IBAN.</source>
        <translation>Bitte geben Sie eine gültige IBAN ein.</translation>
    </message>
    <message>
        <source>Enter a valid licence plate, for example LG-AB 123.</source>
        <translation>Bitte geben Sie ein gültiges Kfz-Kennzeichen ein, zum Beispiel LG-AB 123.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Bitte geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Bitte geben Sie eine Zahl von mindestens %1 ein.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Bitte geben Sie eine Zahl von höchstens %1 ein.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Bitte geben Sie ein gültiges Datum ein.</translation>
    </message>
    <message>
        <source>Choose a date on or after %1.</source>
        <translation>Bitte wählen Sie ein Datum ab dem %1.</translation>
    </message>
    <message>
        <source>Choose a date on or before %1.</source>
        <translation>Bitte wählen Sie ein Datum bis zum %1.</translation>
    </message>
    <message>
        <source>Choose one of the offered options.</source>
        <translation>Bitte wählen Sie eine der angebotenen Möglichkeiten.</translation>
    </message>
    <message>
        <source>Choose only from the offered options.</source>
        <translation>Bitte wählen Sie nur aus den angebotenen Möglichkeiten.</translation>
    </message>
    <message>
        <source>Choose each option only once.</source>
        <translation>Bitte wählen Sie jede Möglichkeit nur einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n options.</source>
        <translation>
            <numerusform>Bitte wählen Sie mindestens %n Möglichkeit.</numerusform>
            <numerusform>Bitte wählen Sie mindestens %n Möglichkeiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n options.</source>
        <translation>
            <numerusform>Bitte wählen Sie höchstens %n Möglichkeit.</numerusform>
            <numerusform>Bitte wählen Sie höchstens %n Möglichkeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter street, postal code and city.</source>
        <translation>Bitte geben Sie Straße, Postleitzahl und Ort an.</translation>
    </message>
    <message>
        <source>Enter a postal code of five digits.</source>
        <translation>Bitte geben Sie eine fünfstellige Postleitzahl ein.</translation>
    </message>
    <message numerus="yes">
        <source>Attach at least %n files.</source>
        <translation>
            <numerusform>Bitte fügen Sie mindestens %n Datei bei.</numerusform>
            <numerusform>Bitte fügen Sie mindestens %n Dateien bei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach at most %n files.</source>
        <translation>
            <numerusform>Bitte fügen Sie höchstens %n Datei bei.</numerusform>
            <numerusform>Bitte fügen Sie höchstens %n Dateien bei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Unbekanntes Feld.</translation>
    </message>
    <message>
        <source>Tick this box to continue.</source>
        <translation>Bitte setzen Sie hier ein Häkchen, um fortzufahren.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dies ist ein Pflichtfeld.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>free of charge</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A fee that depends on the application, e.g. &quot;from €0.00&quot;</extracomment>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>about 1 working day</source>
        <translation>ca. 1 Arbeitstag</translation>
    </message>
    <message>
        <source>about %1 working days</source>
        <translation>ca. %1 Arbeitstage</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Services of your city</source>
        <translation>Leistungen Ihrer Stadt</translation>
    </message>
    <message>
        <source>Which service do you need? Search the services of your city or choose one from the list.</source>
        <translation>Welche Leistung benötigen Sie? Durchsuchen Sie die Leistungen Ihrer Stadt oder wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>&amp;Search services</source>
        <translation>Leistungen &amp;suchen</translation>
    </message>
    <message>
        <source>For example: parking permit, certificate, dog</source>
        <translation>Zum Beispiel: Parkausweis, Bescheinigung, Hund</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Leistungen suchen</translation>
    </message>
    <message>
        <source>Type words to narrow the list of services below</source>
        <translation>Geben Sie Suchbegriffe ein, um die Liste der Leistungen einzugrenzen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>The services of your city with office, fee and processing time. Press Enter to see the details of a service.</source>
        <translation>Die Leistungen Ihrer Stadt mit zuständiger Stelle, Gebühr und Bearbeitungszeit. Mit der Eingabetaste öffnen Sie die Einzelheiten einer Leistung.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Show details of the selected service</source>
        <translation>Details der ausgewählten Leistung anzeigen</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>&amp;Meine Anträge</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>Meine Anträge</translation>
    </message>
    <message>
        <source>The applications you have filed and their status</source>
        <translation>Ihre gestellten Anträge und ihr Stand</translation>
    </message>
    <message>
        <source>Your unfinished applications</source>
        <translation>Ihre angefangenen Anträge</translation>
    </message>
    <message>
        <source>Unfinished applications</source>
        <translation>Angefangene Anträge</translation>
    </message>
    <message>
        <source>Drafts saved on this computer. Press Enter to continue one.</source>
        <translation>Auf diesem Computer gespeicherte Entwürfe. Drücken Sie die Eingabetaste, um einen fortzusetzen.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Discard the selected draft</source>
        <translation>Den ausgewählten Entwurf verwerfen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the selected draft</source>
        <translation>Den ausgewählten Entwurf fortsetzen</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with your account to use the services of your city online.</source>
        <translation>Melden Sie sich mit Ihrem Konto an, um die Leistungen Ihrer Stadt online zu nutzen.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The username of your account</source>
        <translation>Der Benutzername Ihres Kontos</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password of your account</source>
        <translation>Das Passwort Ihres Kontos</translation>
    </message>
    <message>
        <source>&amp;One-time code</source>
        <translation>&amp;Einmalcode</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>The six-digit code from your authenticator app</source>
        <translation>Der sechsstellige Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>Your account is protected with a second factor. Please enter the current code from your authenticator app.</source>
        <translation>Ihr Konto ist mit einem zweiten Faktor geschützt. Bitte geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
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
        <translation>Demo-Stadt: keine echte Behörde. Anträge und Daten sind hier nur Beispiele.</translation>
    </message>
    <message>
        <source>Demo city: not a real authority</source>
        <translation>Demo-Stadt: keine echte Behörde</translation>
    </message>
    <message>
        <source>&amp;Understood</source>
        <translation>&amp;Verstanden</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Language and city server</source>
        <translation>Sprache und Server der Stadt</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>End your session on this computer</source>
        <translation>Ihre Sitzung auf diesem Computer beenden</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tartseite</translation>
    </message>
    <message>
        <source>The start page: services and your unfinished applications</source>
        <translation>Die Startseite: Leistungen und Ihre angefangenen Anträge</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>&amp;Meine Anträge</translation>
    </message>
    <message>
        <source>The applications you have filed and their status</source>
        <translation>Ihre gestellten Anträge und ihr Stand</translation>
    </message>
    <message>
        <source>Suggest an &amp;improvement</source>
        <translation>&amp;Verbesserung vorschlagen</translation>
    </message>
    <message>
        <source>Tell the city what could work better online</source>
        <translation>Sagen Sie der Stadt, was online besser funktionieren könnte</translation>
    </message>
</context>
<context>
    <name>MyApplicationsPage</name>
    <message>
        <source>My applications</source>
        <translation>Meine Anträge</translation>
    </message>
    <message>
        <source>Back to the &amp;start page</source>
        <translation>Zurück zur &amp;Startseite</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Your applications</source>
        <translation>Ihre Anträge</translation>
    </message>
    <message>
        <source>Reference, service, status, fee and filing date of each application. Press Enter to see one.</source>
        <translation>Aktenzeichen, Leistung, Status, Gebühr und Antragsdatum jedes Antrags. Drücken Sie die Eingabetaste, um einen anzusehen.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Die Liste aktualisieren</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Show the selected application</source>
        <translation>Den ausgewählten Antrag anzeigen</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Not paid yet</source>
        <translation>Noch nicht bezahlt</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Zahlung läuft</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>Die Zahlung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Bezahlt, teilweise erstattet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Your card was declined. You can try again with another card.</source>
        <translation>Ihre Karte wurde abgelehnt. Sie können es mit einer anderen Karte erneut versuchen.</translation>
    </message>
    <message>
        <source>Your card has expired. You can try again with another card.</source>
        <translation>Ihre Karte ist abgelaufen. Sie können es mit einer anderen Karte erneut versuchen.</translation>
    </message>
    <message>
        <source>The payment service did not answer in time. If money was taken, the payment will show as paid within a few minutes; otherwise you can try again.</source>
        <translation>Der Zahlungsanbieter hat nicht rechtzeitig geantwortet. Falls Geld abgebucht wurde, erscheint die Zahlung in wenigen Minuten als bezahlt; sonst können Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>You cancelled the payment. You can start it again at any time.</source>
        <translation>Sie haben die Zahlung abgebrochen. Sie können sie jederzeit neu starten.</translation>
    </message>
    <message>
        <source>The payment service had a problem. Please try again in a few minutes.</source>
        <translation>Beim Zahlungsanbieter ist ein Fehler aufgetreten. Bitte versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The payment did not go through. You can try again.</source>
        <translation>Die Zahlung ist nicht durchgegangen. Sie können es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time, e.g. &quot;29. November 2026, 11:05 Uhr&quot;</extracomment>
        <translation>%1, %2 Uhr</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Application reference</source>
        <translation>Aktenzeichen des Antrags</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Payment number</source>
        <translation>Zahlungsnummer</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Zahlungsbeleg</translation>
    </message>
    <message>
        <source>This receipt was created by Rathaus from the city&apos;s payment records. Keep it for your files.</source>
        <translation>Dieser Beleg wurde von Rathaus aus den Zahlungsdaten der Stadt erstellt. Bewahren Sie ihn für Ihre Unterlagen auf.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaberin/Inhaber</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Electronically signed by %1. The signature was checked when this copy was printed: valid.</source>
        <translation>Elektronisch signiert vom %1. Die Signatur wurde beim Drucken dieser Ausfertigung geprüft: gültig.</translation>
    </message>
    <message>
        <source>Warning: the signature of this document could not be confirmed. Do not rely on this copy.</source>
        <translation>Warnung: Die Signatur dieses Dokuments konnte nicht bestätigt werden. Verlassen Sie sich nicht auf diese Ausfertigung.</translation>
    </message>
    <message>
        <source>Anyone can check this document: ask the city&apos;s server for serial number %1 at %2</source>
        <translation>Jede und jeder kann dieses Dokument prüfen: Fragen Sie den Server der Stadt nach der Seriennummer %1 unter %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”. Please choose another folder.</source>
        <translation>Das PDF konnte nicht unter „%1“ gespeichert werden. Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Citizen</source>
        <translation>Bürgerin oder Bürger</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Leitung der Dienststelle</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPage</name>
    <message>
        <source>Service details</source>
        <translation>Einzelheiten zur Leistung</translation>
    </message>
    <message>
        <source>&amp;Back to all services</source>
        <translation>&amp;Zurück zu allen Leistungen</translation>
    </message>
    <message>
        <source>Back to all services</source>
        <translation>Zurück zu allen Leistungen</translation>
    </message>
    <message>
        <source>About this service</source>
        <translation>Über diese Leistung</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Was Sie benötigen</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>Zuständige Stelle</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>&amp;Apply online</source>
        <translation>Online &amp;beantragen</translation>
    </message>
    <message>
        <source>Apply online</source>
        <translation>Online beantragen</translation>
    </message>
    <message>
        <source>Fill in the application form step by step.</source>
        <translation>Füllen Sie das Antragsformular Schritt für Schritt aus.</translation>
    </message>
    <message>
        <source>Opens the application form. You check all your answers before you submit them.</source>
        <translation>Öffnet das Antragsformular. Vor dem Absenden prüfen Sie alle Ihre Angaben.</translation>
    </message>
    <message>
        <source>You fill in the form step by step and check all your answers before you submit them.</source>
        <translation>Sie füllen das Formular Schritt für Schritt aus und prüfen alle Angaben, bevor Sie sie absenden.</translation>
    </message>
    <message>
        <source>Suggest an &amp;improvement</source>
        <translation>&amp;Verbesserung vorschlagen</translation>
    </message>
    <message>
        <source>Tell the city what could work better in this service.</source>
        <translation>Sagen Sie der Stadt, was bei dieser Leistung besser funktionieren könnte.</translation>
    </message>
    <message>
        <source>Suggest an improvement for this service</source>
        <translation>Verbesserung für diese Leistung vorschlagen</translation>
    </message>
</context>
<context>
    <name>ServiceSchemaCheck</name>
    <message>
        <source>Name the legal basis.</source>
        <translation>Nennen Sie die Rechtsgrundlage.</translation>
    </message>
    <message>
        <source>The form is missing.</source>
        <translation>Das Formular fehlt.</translation>
    </message>
    <message>
        <source>The fee is missing.</source>
        <translation>Die Gebühr fehlt.</translation>
    </message>
    <message>
        <source>Unknown member.</source>
        <translation>Unbekannter Eintrag.</translation>
    </message>
    <message>
        <source>Use 1 to 64 lower-case letters, digits and hyphens (e.g. &quot;dog-tax&quot;).</source>
        <translation>Verwenden Sie 1 bis 64 Kleinbuchstaben, Ziffern und Bindestriche (z. B. „hundesteuer“).</translation>
    </message>
    <message>
        <source>Choose the office.</source>
        <translation>Wählen Sie die Dienststelle.</translation>
    </message>
    <message>
        <source>Use basic, substantial or high.</source>
        <translation>Verwenden Sie basic, substantial oder high.</translation>
    </message>
    <message>
        <source>Enter a whole number of days from 0 to 3650.</source>
        <translation>Geben Sie eine ganze Zahl von Tagen zwischen 0 und 3650 ein.</translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <translation>Geben Sie einen Text ein.</translation>
    </message>
    <message>
        <source>The German text is missing.</source>
        <translation>Der deutsche Text fehlt.</translation>
    </message>
    <message>
        <source>The English text is missing.</source>
        <translation>Der englische Text fehlt.</translation>
    </message>
    <message>
        <source>Give a list of texts.</source>
        <translation>Geben Sie eine Liste von Texten an.</translation>
    </message>
    <message>
        <source>The version is a positive whole number.</source>
        <translation>Die Version ist eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>The form needs at least one step.</source>
        <translation>Das Formular braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>A step is an object.</source>
        <translation>Ein Schritt ist ein Objekt.</translation>
    </message>
    <message>
        <source>A step needs at least one field.</source>
        <translation>Ein Schritt braucht mindestens ein Feld.</translation>
    </message>
    <message>
        <source>A field is an object.</source>
        <translation>Ein Feld ist ein Objekt.</translation>
    </message>
    <message>
        <source>Use a lower-case letter, then letters, digits or underscores (e.g. &quot;dog_name&quot;).</source>
        <translation>Beginnen Sie mit einem Kleinbuchstaben, dann Buchstaben, Ziffern oder Unterstriche (z. B. „hund_name“).</translation>
    </message>
    <message>
        <source>This key is already used by another field.</source>
        <translation>Dieser Schlüssel wird schon von einem anderen Feld verwendet.</translation>
    </message>
    <message>
        <source>Unknown field type.</source>
        <translation>Unbekannter Feldtyp.</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>Verwenden Sie true oder false.</translation>
    </message>
    <message>
        <source>Not allowed for this field type.</source>
        <translation>Bei diesem Feldtyp nicht erlaubt.</translation>
    </message>
    <message>
        <source>Enter a whole number of days.</source>
        <translation>Geben Sie eine ganze Zahl von Tagen ein.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>The maximum is below the minimum.</source>
        <translation>Das Maximum liegt unter dem Minimum.</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation>Geben Sie eine ganze Zahl ab 0 ein.</translation>
    </message>
    <message>
        <source>This is not a valid regular expression.</source>
        <translation>Das ist kein gültiger regulärer Ausdruck.</translation>
    </message>
    <message>
        <source>Give a list of MIME types (e.g. &quot;application/pdf&quot;).</source>
        <translation>Geben Sie eine Liste von MIME-Typen an (z. B. „application/pdf“).</translation>
    </message>
    <message>
        <source>A choice field needs at least one option.</source>
        <translation>Ein Auswahlfeld braucht mindestens eine Option.</translation>
    </message>
    <message>
        <source>Enter the stored value.</source>
        <translation>Geben Sie den gespeicherten Wert ein.</translation>
    </message>
    <message>
        <source>This value is already used by another option.</source>
        <translation>Dieser Wert wird schon von einer anderen Option verwendet.</translation>
    </message>
    <message>
        <source>Write it as {&quot;field&quot;: key, &quot;equals&quot;: value}.</source>
        <translation>Schreiben Sie es als {&quot;field&quot;: Schlüssel, &quot;equals&quot;: Wert}.</translation>
    </message>
    <message>
        <source>Name a field that comes before this one.</source>
        <translation>Nennen Sie ein Feld, das vor diesem kommt.</translation>
    </message>
    <message>
        <source>Enter an amount in cents, 0 or more.</source>
        <translation>Geben Sie einen Betrag in Cent ab 0 ein.</translation>
    </message>
    <message>
        <source>Fees are in EUR.</source>
        <translation>Gebühren werden in EUR angegeben.</translation>
    </message>
    <message>
        <source>Give a list of rules.</source>
        <translation>Geben Sie eine Liste von Regeln an.</translation>
    </message>
    <message>
        <source>Name a number field of the form.</source>
        <translation>Nennen Sie ein Zahlenfeld des Formulars.</translation>
    </message>
    <message>
        <source>Name a choice field of the form.</source>
        <translation>Nennen Sie ein Auswahlfeld des Formulars.</translation>
    </message>
    <message>
        <source>Give an amount in cents for each option.</source>
        <translation>Geben Sie für jede Option einen Betrag in Cent an.</translation>
    </message>
    <message>
        <source>The field has no such option.</source>
        <translation>Das Feld hat keine solche Option.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>Die Sprache des Programms. Sie ändert sich sofort.</translation>
    </message>
    <message>
        <source>City &amp;server</source>
        <translation>&amp;Server der Stadt</translation>
    </message>
    <message>
        <source>Empty: the built-in demo city</source>
        <translation>Leer: die eingebaute Demo-Stadt</translation>
    </message>
    <message>
        <source>City server</source>
        <translation>Server der Stadt</translation>
    </message>
    <message>
        <source>The address of your city&apos;s server, starting with https://. Leave it empty for the built-in demo city.</source>
        <translation>Die Adresse des Servers Ihrer Stadt, beginnend mit https://. Lassen Sie das Feld leer, um die eingebaute Demo-Stadt zu verwenden.</translation>
    </message>
    <message>
        <source>A new server address is used the next time you start Rathaus.</source>
        <translation>Eine neue Serveradresse gilt ab dem nächsten Start von Rathaus.</translation>
    </message>
</context>
<context>
    <name>StaffCasePage</name>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>&amp;Back to the inbox</source>
        <translation>&amp;Zurück zum Posteingang</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Teile des Vorgangs</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>An&amp;trag</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Verlauf des Vorgangs</translation>
    </message>
    <message>
        <source>Internal &amp;notes</source>
        <translation>Interne &amp;Vermerke</translation>
    </message>
    <message>
        <source>Internal notes are seen only by the office, never by the citizen.</source>
        <translation>Interne Vermerke sieht nur die Dienststelle, nie die Antragstellerin oder der Antragsteller.</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Vermerke</translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation>Neuer interner Vermerk</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Vermerk hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>Messages with the citizen</source>
        <translation>Nachrichten mit der Antragstellerin oder dem Antragsteller</translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation>Nachricht an die Antragstellerin oder den Antragsteller</translation>
    </message>
    <message>
        <source>&amp;Send message</source>
        <translation>Nachricht &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Zahlung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Data &amp;transfers</source>
        <translation>&amp;Datenweitergaben</translation>
    </message>
    <message>
        <source>Ask another office for a record of this citizen. The citizen decides whether it is passed on.</source>
        <translation>Fordern Sie bei einer anderen Dienststelle Daten dieser Person an. Die Person entscheidet, ob sie weitergegeben werden.</translation>
    </message>
    <message>
        <source>Data transfers of this case</source>
        <translation>Datenweitergaben zu diesem Vorgang</translation>
    </message>
    <message>
        <source>&amp;Request a record…</source>
        <translation>Daten an&amp;fordern…</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Caseworker&apos;s workspace</source>
        <translation>Arbeitsplatz Sachbearbeitung</translation>
    </message>
</context>
<context>
    <name>StaffInboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Saved &amp;filters</source>
        <translation>Gespeicherte &amp;Filter</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Filter speichern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the saved filter</source>
        <translation>Gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>Reference or name</source>
        <translation>Aktenzeichen oder Name</translation>
    </message>
    <message>
        <source>Search by reference or name</source>
        <translation>Suche nach Aktenzeichen oder Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur ü&amp;berfällige</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Vorgang ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Su&amp;ggestions</source>
        <translation>Vor&amp;schläge</translation>
    </message>
    <message>
        <source>Suggestions from citizens</source>
        <translation>Vorschläge von Bürgerinnen und Bürgern</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Rathaus: the city hall on your desktop.</source>
        <translation>Rathaus: das Rathaus auf Ihrem Computer.</translation>
    </message>
    <message>
        <source>The city server to use (https://...). Without it: the built-in demo city.</source>
        <translation>Der zu verwendende Server der Stadt (https://...). Ohne Angabe: die eingebaute Demo-Stadt.</translation>
    </message>
    <message>
        <source>The language of the program: de or en.</source>
        <translation>Die Sprache des Programms: de oder en.</translation>
    </message>
    <message>
        <source>Print the milliseconds from launch until the first window shows data, then quit.</source>
        <translation>Die Millisekunden vom Start bis zum ersten Fenster mit Daten ausgeben und beenden.</translation>
    </message>
    <message>
        <source>The folder for the demo city&apos;s data.</source>
        <translation>Der Ordner für die Daten der Demo-Stadt.</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>Keine gültige Adresse: %1</translation>
    </message>
    <message>
        <source>Unknown language: %1 (use de or en)</source>
        <translation>Unbekannte Sprache: %1 (de oder en verwenden)</translation>
    </message>
    <message>
        <source>Kiosk mode for the citizens&apos; office: full screen, citizens only, signed out after inactivity, nothing kept.</source>
        <translation>Kioskmodus für das Bürgerbüro: Vollbild, nur für Bürgerinnen und Bürger, Abmeldung nach Inaktivität, nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Kiosk mode: seconds without input before the sign-out countdown starts (default 120).</source>
        <translation>Kioskmodus: Sekunden ohne Eingabe, bis der Countdown zur Abmeldung beginnt (Standard 120).</translation>
    </message>
    <message>
        <source>Not a number of seconds (1 or more): %1</source>
        <translation>Keine gültige Anzahl Sekunden (1 oder mehr): %1</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Fee open</source>
        <translation>Gebühr offen</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Information needed</source>
        <translation>Angaben benötigt</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Ruht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>The fee is still open. The office starts once it is paid.</source>
        <translation>Die Gebühr ist noch offen. Die Dienststelle beginnt, sobald sie bezahlt ist.</translation>
    </message>
    <message numerus="yes">
        <source>The office will start checking your application soon; usually within %n working day(s).</source>
        <translation>
            <numerusform>Die Dienststelle beginnt bald mit der Prüfung Ihres Antrags; meist innerhalb von %n Arbeitstag.</numerusform>
            <numerusform>Die Dienststelle beginnt bald mit der Prüfung Ihres Antrags; meist innerhalb von %n Arbeitstagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office will start checking your application soon.</source>
        <translation>Die Dienststelle beginnt bald mit der Prüfung Ihres Antrags.</translation>
    </message>
    <message numerus="yes">
        <source>The office is checking your application; this usually takes %n working day(s).</source>
        <translation>
            <numerusform>Die Dienststelle prüft Ihren Antrag; das dauert meist %n Arbeitstag.</numerusform>
            <numerusform>Die Dienststelle prüft Ihren Antrag; das dauert meist %n Arbeitstage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is checking your application.</source>
        <translation>Die Dienststelle prüft Ihren Antrag.</translation>
    </message>
    <message>
        <source>The office needs more information from you. Answer its message so it can continue.</source>
        <translation>Die Dienststelle braucht weitere Angaben von Ihnen. Beantworten Sie ihre Nachricht, damit sie weitermachen kann.</translation>
    </message>
    <message>
        <source>The office has paused your application and will tell you when it continues.</source>
        <translation>Die Dienststelle hat Ihren Antrag vorübergehend zurückgestellt und sagt Ihnen Bescheid, wenn es weitergeht.</translation>
    </message>
    <message>
        <source>Your application was approved. The office is preparing your document.</source>
        <translation>Ihr Antrag wurde bewilligt. Die Dienststelle bereitet Ihr Dokument vor.</translation>
    </message>
    <message>
        <source>Your application was rejected. The office&apos;s message explains why and how you can object.</source>
        <translation>Ihr Antrag wurde abgelehnt. Die Nachricht der Dienststelle erklärt, warum, und wie Sie widersprechen können.</translation>
    </message>
    <message>
        <source>Done. Any documents issued are attached to your application.</source>
        <translation>Erledigt. Ausgestellte Dokumente finden Sie bei Ihrem Antrag.</translation>
    </message>
    <message>
        <source>You withdrew this application. The office will not process it further.</source>
        <translation>Sie haben diesen Antrag zurückgezogen. Die Dienststelle bearbeitet ihn nicht weiter.</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Keine Gebühr</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Noch nicht bezahlt</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Zahlung läuft</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>Zahlung abgebrochen</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Bezahlt, teilweise erstattet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>SubmissionResultPage</name>
    <message>
        <source>Your application</source>
        <translation>Ihr Antrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>To the &amp;start page</source>
        <translation>Zur &amp;Startseite</translation>
    </message>
    <message>
        <source>To the start page</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>&amp;Meine Anträge</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>Meine Anträge</translation>
    </message>
</context>
<context>
    <name>TransferStatus</name>
    <message>
        <source>Waiting for your decision</source>
        <translation>Wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Approved by you</source>
        <translation>Von Ihnen genehmigt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>Declined by you</source>
        <translation>Von Ihnen abgelehnt</translation>
    </message>
    <message>
        <source>Expired without a decision</source>
        <translation>Ohne Entscheidung abgelaufen</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s decision</source>
        <translation>Wartet auf die Entscheidung der Person</translation>
    </message>
    <message>
        <source>Approved by the citizen</source>
        <translation>Von der Person genehmigt</translation>
    </message>
    <message>
        <source>Declined by the citizen</source>
        <translation>Von der Person abgelehnt</translation>
    </message>
    <message>
        <source>Consent withdrawn by the citizen</source>
        <translation>Einwilligung von der Person widerrufen</translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <source>You sent %3 from %1 to %2</source>
        <extracomment>%1 sending office, %2 receiving office, %3 what</extracomment>
        <translation>Sie haben %3 von %1 an %2 gesendet</translation>
    </message>
    <message>
        <source>%1 asks %2 for %3</source>
        <extracomment>%1 receiving office (asks), %2 sending office, %3 what</extracomment>
        <translation>%1 bittet %2 um: %3</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>The server address is not valid.</source>
        <translation>Die Serveradresse ist ungültig.</translation>
    </message>
    <message>
        <source>Check the server address in the settings.</source>
        <translation>Bitte prüfen Sie die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The connection to the server would not be encrypted.</source>
        <translation>Die Verbindung zum Server wäre nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Rathaus only connects to a city server over HTTPS. Ask your city for the correct address (it starts with https://).</source>
        <translation>Rathaus verbindet sich mit dem Server einer Stadt nur über HTTPS. Bitte erfragen Sie bei Ihrer Stadt die richtige Adresse (sie beginnt mit https://).</translation>
    </message>
</context>
<context>
    <name>UploadCheck</name>
    <message>
        <source>The file cannot be read. Please choose another one.</source>
        <translation>Die Datei kann nicht gelesen werden. Bitte wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>This file is not a %1 document. Please choose a %1 file.</source>
        <translation>Diese Datei ist kein %1-Dokument. Bitte wählen Sie eine %1-Datei.</translation>
    </message>
    <message>
        <source>This file is a %1 document, but its name ends in “.%2”. Please rename it to end in “.%3” or choose another file.</source>
        <translation>Diese Datei ist ein %1-Dokument, aber ihr Name endet auf „.%2“. Bitte benennen Sie sie so um, dass sie auf „.%3“ endet, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>A %1 document is not accepted here. Please choose a %2 file.</source>
        <translation>Ein %1-Dokument wird hier nicht angenommen. Bitte wählen Sie eine %2-Datei.</translation>
    </message>
    <message>
        <source>The file is too large (%1). At most %2 are accepted.</source>
        <translation>Die Datei ist zu groß (%1). Höchstens %2 sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>rathaus::client::CaseListModel</name>
    <message>
        <source>Click to sort by “%1”.</source>
        <translation>Klicken, um nach „%1“ zu sortieren.</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>älteste zuerst</translation>
    </message>
    <message>
        <source>latest deadline first</source>
        <translation>späteste Frist zuerst</translation>
    </message>
    <message>
        <source>earliest deadline first</source>
        <translation>früheste Frist zuerst</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>aufsteigend</translation>
    </message>
    <message>
        <source>Sorted by “%1”, %2. Click to reverse.</source>
        <translation>Sortiert nach „%1“, %2. Klicken kehrt die Reihenfolge um.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>Kollegin/Kollege</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>The legal deadline has passed.</source>
        <translation>Die gesetzliche Frist ist abgelaufen.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>rathaus::client::FeedbackListModel</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
</context>
<context>
    <name>rathaus::client::FormFieldTableModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Label (German)</source>
        <translation>Beschriftung (deutsch)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Beschriftung (englisch)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Help (German)</source>
        <translation>Hilfe (deutsch)</translation>
    </message>
</context>
<context>
    <name>rathaus::client::ServiceCatalogueModel</name>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
</context>
<context>
    <name>rathaus::client::StaffAccountsModel</name>
    <message>
        <source>all offices</source>
        <translation>alle Dienststellen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>rathaus::client::UploadJob</name>
    <message>
        <source>The file could not be read any more. Please choose it again.</source>
        <translation>Die Datei kann nicht mehr gelesen werden. Bitte wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>The city&apos;s server sent an answer that could not be read.</source>
        <translation>Der Server der Stadt hat eine Antwort geschickt, die nicht gelesen werden konnte.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AccessLogSection</name>
    <message>
        <source>All offices</source>
        <translation>Alle Ämter</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>weitergegeben</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Zeitraum wählen …</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>Das Protokoll konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>Einträge werden geladen …</translation>
    </message>
    <message>
        <source>No entries: nobody has accessed your data.</source>
        <translation>Keine Einträge: Niemand hat auf Ihre Daten zugegriffen.</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Kein Eintrag passt zum Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries - all shown.</source>
        <translation>
            <numerusform>%n Eintrag – alle angezeigt.</numerusform>
            <numerusform>%n Einträge – alle angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown - scroll down for older ones.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt – für ältere weiter nach unten blättern.</numerusform>
            <numerusform>%n Einträge angezeigt – für ältere weiter nach unten blättern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AdminHomePage</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungskatalog</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationDetailPage</name>
    <message>
        <source>The application could not be loaded.</source>
        <translation>Der Antrag konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 · filed on %2</source>
        <extracomment>Under the title of an application: &quot;LUN-2026-000123 · filed on 29.11.26 11:20&quot;</extracomment>
        <translation>%1 · gestellt am %2</translation>
    </message>
    <message>
        <source>Fee: %1 (%2)</source>
        <translation>Gebühr: %1 (%2)</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Gebühr: %1</translation>
    </message>
    <message>
        <source>Filed · %1</source>
        <extracomment>The first entry of an application&apos;s history, e.g. &quot;Filed · Fee open&quot;</extracomment>
        <translation>Gestellt · %1</translation>
    </message>
    <message>
        <source>Withdraw the application?</source>
        <translation>Antrag zurückziehen?</translation>
    </message>
    <message>
        <source>Withdraw your application %1?</source>
        <translation>Möchten Sie Ihren Antrag %1 zurückziehen?</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>The office will not process it further. This cannot be undone; you can file a new application at any time.</source>
        <translation>Die Dienststelle bearbeitet ihn dann nicht weiter. Das lässt sich nicht rückgängig machen; Sie können aber jederzeit einen neuen Antrag stellen.</translation>
    </message>
    <message>
        <source>The application could not be withdrawn.</source>
        <translation>Der Antrag konnte nicht zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Your application was withdrawn.</source>
        <translation>Ihr Antrag wurde zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationFormPage</name>
    <message>
        <source>Fee: %1</source>
        <translation>Gebühr: %1</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>Prüfen und absenden</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Step indicator, e.g. &quot;Step 2 of 3: Vehicle&quot;</extracomment>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>&amp;Check answers &gt;</source>
        <translation>Angaben &amp;prüfen &gt;</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Check answers</source>
        <translation>Angaben prüfen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Ihr Antrag wird gesendet…</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationReview</name>
    <message>
        <source>Please check your answers. You can change them before you submit the application.</source>
        <translation>Bitte prüfen Sie Ihre Angaben. Bis zum Absenden können Sie alles noch ändern.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Gebühr: %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApproveDialog</name>
    <message>
        <source>Approve only some records</source>
        <translation>Nur einzelne Datensätze genehmigen</translation>
    </message>
    <message>
        <source>Choose what may be passed on. Only the records you tick are sent.</source>
        <translation>Wählen Sie, was weitergegeben werden darf. Nur die angekreuzten Datensätze werden gesendet.</translation>
    </message>
    <message>
        <source>Records that may be passed on</source>
        <translation>Datensätze, die weitergegeben werden dürfen</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>Einwilligung endet am</translation>
    </message>
    <message>
        <source>&amp;Approve the chosen</source>
        <translation>Ausgewählte &amp;genehmigen</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This file cannot be shown here. Open it with the system&apos;s viewer.</source>
        <translation>Diese Datei kann hier nicht angezeigt werden. Öffnen Sie sie mit dem Anzeigeprogramm des Systems.</translation>
    </message>
    <message>
        <source>Open with the &amp;system viewer</source>
        <translation>Mit dem &amp;Systemprogramm öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The file could not be saved for the viewer.</source>
        <translation>Die Datei konnte für das Anzeigeprogramm nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>No viewer for this kind of file was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein Programm für diese Art von Datei gefunden.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CaseActionDialog</name>
    <message>
        <source>Take the case</source>
        <translation>Vorgang übernehmen</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Bearbeitung beginnen</translation>
    </message>
    <message>
        <source>Ask the citizen</source>
        <translation>Rückfrage stellen</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Resume review</source>
        <translation>Bearbeitung fortsetzen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Bewilligen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>Bescheid ausstellen</translation>
    </message>
    <message>
        <source>Refund the fee</source>
        <translation>Gebühr erstatten</translation>
    </message>
    <message>
        <source>The citizen receives your question and the case waits for the answer. Ask for exactly what is missing.</source>
        <translation>Die Antragstellerin oder der Antragsteller erhält Ihre Frage; der Vorgang wartet auf die Antwort. Fragen Sie genau nach dem, was fehlt.</translation>
    </message>
    <message>
        <source>&amp;Question to the citizen</source>
        <translation>&amp;Frage an die Antragstellerin oder den Antragsteller</translation>
    </message>
    <message>
        <source>Send &amp;question</source>
        <translation>Rückfrage &amp;senden</translation>
    </message>
    <message>
        <source>The case pauses until the date you set. The citizen is told that it is on hold, with your reason.</source>
        <translation>Der Vorgang ruht bis zum gewählten Datum. Die Antragstellerin oder der Antragsteller erfährt, dass er zurückgestellt ist, mit Ihrer Begründung.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>The application is approved. Then issue the signed document to complete the case.</source>
        <translation>Der Antrag wird bewilligt. Stellen Sie danach den signierten Bescheid aus, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>&amp;Note to the citizen (optional)</source>
        <translation>&amp;Hinweis an die Antragstellerin oder den Antragsteller (freiwillig)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Bewilligen</translation>
    </message>
    <message>
        <source>The application is rejected. The citizen receives your reason; state the legal grounds and how to object.</source>
        <translation>Der Antrag wird abgelehnt. Die Antragstellerin oder der Antragsteller erhält Ihre Begründung; nennen Sie die Rechtsgrundlage und die Rechtsbehelfsbelehrung.</translation>
    </message>
    <message>
        <source>&amp;Reason for the rejection</source>
        <translation>&amp;Begründung der Ablehnung</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>The office signs the document with its key and the citizen receives it. The case is then completed. This cannot be undone.</source>
        <translation>Die Dienststelle signiert den Bescheid mit ihrem Schlüssel, und die Antragstellerin oder der Antragsteller erhält ihn. Der Vorgang ist dann abgeschlossen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Issue and complete</source>
        <translation>&amp;Ausstellen und abschließen</translation>
    </message>
    <message>
        <source>The amount goes back to the citizen&apos;s card. A refund cannot be undone.</source>
        <translation>Der Betrag geht auf die Karte der Antragstellerin oder des Antragstellers zurück. Eine Erstattung lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <source>Please write your question.</source>
        <translation>Bitte schreiben Sie Ihre Frage.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Bitte geben Sie eine Begründung an.</translation>
    </message>
    <message>
        <source>Please choose a date in the future.</source>
        <translation>Bitte wählen Sie ein Datum in der Zukunft.</translation>
    </message>
    <message>
        <source>Please enter an amount.</source>
        <translation>Bitte geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>Your text is kept. Check the current state, then send it again.</source>
        <translation>Ihr Text bleibt erhalten. Prüfen Sie den aktuellen Stand und senden Sie ihn dann erneut.</translation>
    </message>
    <message>
        <source>This step is no longer possible in the case&apos;s current state. Your text is kept so you can copy it.</source>
        <translation>Dieser Schritt ist im aktuellen Stand des Vorgangs nicht mehr möglich. Ihr Text bleibt erhalten, damit Sie ihn kopieren können.</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>You have taken the case.</source>
        <translation>Sie haben den Vorgang übernommen.</translation>
    </message>
    <message>
        <source>Review started.</source>
        <translation>Die Bearbeitung hat begonnen.</translation>
    </message>
    <message>
        <source>Your question was sent; the case waits for the answer.</source>
        <translation>Ihre Rückfrage wurde gesendet; der Vorgang wartet auf die Antwort.</translation>
    </message>
    <message>
        <source>The case is on hold.</source>
        <translation>Der Vorgang ist zurückgestellt.</translation>
    </message>
    <message>
        <source>Review resumed.</source>
        <translation>Die Bearbeitung geht weiter.</translation>
    </message>
    <message>
        <source>The application is approved. Issue the document to complete the case.</source>
        <translation>Der Antrag ist bewilligt. Stellen Sie jetzt den Bescheid aus, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>The application is rejected; the citizen has been told why.</source>
        <translation>Der Antrag ist abgelehnt; die Antragstellerin oder der Antragsteller hat die Begründung erhalten.</translation>
    </message>
    <message>
        <source>The document is signed and issued; the case is complete.</source>
        <translation>Der Bescheid ist signiert und ausgestellt; der Vorgang ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The refund has been made.</source>
        <translation>Die Erstattung ist erfolgt.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CheckboxFieldEditor</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ChoiceFieldEditor</name>
    <message>
        <source>Please choose…</source>
        <translation>Bitte wählen…</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CockpitPage</name>
    <message>
        <source>My data</source>
        <translation>Meine Daten</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>Wer hat meine Daten gesehen</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Anfragen (%1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision</source>
        <translation>
            <numerusform>%n Anfrage wartet auf Ihre Entscheidung</numerusform>
            <numerusform>%n Anfragen warten auf Ihre Entscheidung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CorrectionDialog</name>
    <message>
        <source>Ask for a correction</source>
        <translation>Berichtigung beantragen</translation>
    </message>
    <message>
        <source>What is wrong in “%1”? Describe what should be corrected; the office that holds the record will answer you.</source>
        <translation>Was ist an „%1“ falsch? Beschreiben Sie, was berichtigt werden soll; das Amt, das die Daten führt, antwortet Ihnen.</translation>
    </message>
    <message>
        <source>What should be corrected</source>
        <translation>Was berichtigt werden soll</translation>
    </message>
    <message>
        <source>For example: my name is spelled with ä, not ae.</source>
        <translation>Zum Beispiel: Mein Name wird mit ä geschrieben, nicht mit ae.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Asking for a correction online is not available yet at your city. Your text is kept here: copy it, or try again later.</source>
        <translation>Eine Berichtigung online zu beantragen ist bei Ihrer Stadt noch nicht verfügbar. Ihr Text bleibt hier erhalten: Kopieren Sie ihn oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Your text is kept.</source>
        <translation>Ihr Text bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <source>You will be signed out in %n second(s). Everything you entered here is then deleted from this kiosk. Touch the screen to continue.</source>
        <translation>
            <numerusform>Sie werden in %n Sekunde abgemeldet. Alles, was Sie hier eingegeben haben, wird dann von diesem Kiosk gelöscht. Berühren Sie den Bildschirm, um weiterzumachen.</numerusform>
            <numerusform>Sie werden in %n Sekunden abgemeldet. Alles, was Sie hier eingegeben haben, wird dann von diesem Kiosk gelöscht. Berühren Sie den Bildschirm, um weiterzumachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter benutzen</translation>
    </message>
    <message>
        <source>Sign out now</source>
        <translation>Jetzt abmelden</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CreateStaffDialog</name>
    <message>
        <source>&amp;Create account</source>
        <translation>Konto &amp;anlegen</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>The new colleague signs in with this username and password, and with an authenticator app: its secret is shown once, right after the account is created.</source>
        <translation>Die neue Kollegin oder der neue Kollege meldet sich mit diesem Benutzernamen und Passwort an, dazu mit einer Authenticator-App: deren Geheimnis wird einmal angezeigt, direkt nach dem Anlegen des Kontos.</translation>
    </message>
    <message>
        <source>e.g. sb.steueramt2</source>
        <translation>z. B. sb.steueramt2</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>as colleagues and citizens see it</source>
        <translation>wie Kollegium und Bürgerschaft ihn sehen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Choose an office</source>
        <translation>Dienststelle wählen</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Dienststelle</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Administrators belong to no office.</source>
        <translation>Die Administration gehört zu keiner Dienststelle.</translation>
    </message>
    <message>
        <source>3 to 64 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>3 bis 64 Zeichen: Buchstaben a–z, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Bitte geben Sie den Namen ein.</translation>
    </message>
    <message>
        <source>Caseworkers and heads of office belong to an office.</source>
        <translation>Sachbearbeitung und Leitung gehören zu einer Dienststelle.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>This username is taken. Please choose another.</source>
        <translation>Dieser Benutzername ist schon vergeben. Bitte wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Please enter the name (at most 200 characters).</source>
        <translation>Bitte geben Sie den Namen ein (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>Please choose a role.</source>
        <translation>Bitte wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <source>Please choose an office of the city.</source>
        <translation>Bitte wählen Sie eine Dienststelle der Stadt.</translation>
    </message>
    <message>
        <source>At least 8 characters, and not one of the most common passwords.</source>
        <translation>Mindestens 8 Zeichen und keines der häufigsten Passwörter.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::DateFieldEditor</name>
    <message>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::DocumentPanel</name>
    <message>
        <source>Signature valid – issued by the %1 on %2.</source>
        <extracomment>%1 the office (&quot;Straßenverkehrsamt&quot;), %2 the date</extracomment>
        <translation>Signatur gültig – ausgestellt vom %1 am %2.</translation>
    </message>
    <message>
        <source>Warning: this document names an office the city does not know. Its signature cannot be checked; do not rely on it.</source>
        <translation>Warnung: Dieses Dokument nennt eine Dienststelle, die die Stadt nicht kennt. Seine Signatur kann nicht geprüft werden; verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <source>Warning: the signature does not match. This document was changed or was not issued by the %1. Do not rely on it and contact the office.</source>
        <translation>Warnung: Die Signatur passt nicht. Dieses Dokument wurde verändert oder nicht vom %1 ausgestellt. Verlassen Sie sich nicht darauf und wenden Sie sich an die Dienststelle.</translation>
    </message>
    <message>
        <source>Your documents</source>
        <translation>Ihre Dokumente</translation>
    </message>
    <message>
        <source>Checking the documents&apos; signatures…</source>
        <translation>Die Signaturen der Dokumente werden geprüft…</translation>
    </message>
    <message>
        <source>%1 · No. %2</source>
        <translation>%1 · Nr. %2</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Signaturprüfung</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>„%1“ als PDF speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>„%1“ drucken</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ExportSection</name>
    <message>
        <source>Fetching everything the city holds about you…</source>
        <translation>Alles, was die Stadt über Sie speichert, wird abgerufen …</translation>
    </message>
    <message>
        <source>Exporting everything as a file is not available yet at your city. The PDF report already works.</source>
        <translation>Alles als Datei zu exportieren ist bei Ihrer Stadt noch nicht verfügbar. Der PDF-Bericht funktioniert bereits.</translation>
    </message>
    <message>
        <source>Save all my data</source>
        <translation>Alle meine Daten speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another folder.</source>
        <translation>Die Datei konnte nicht gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Collecting the access log for the report…</source>
        <translation>Das Protokoll wird für den Bericht zusammengestellt …</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Der Bericht konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Take your data with you: a PDF report to read and print, or everything the city holds about you as a file (JSON) for other programs.</source>
        <translation>Nehmen Sie Ihre Daten mit: als PDF-Bericht zum Lesen und Drucken oder alles, was die Stadt über Sie speichert, als Datei (JSON) für andere Programme.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF report…</source>
        <translation>Als &amp;PDF-Bericht speichern …</translation>
    </message>
    <message>
        <source>Export &amp;everything (JSON)…</source>
        <translation>&amp;Alles exportieren (JSON) …</translation>
    </message>
    <message>
        <source>My data at the city</source>
        <translation>Meine Daten bei der Stadt</translation>
    </message>
    <message>
        <source>&amp;Print a report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::FeedbackDialog</name>
    <message>
        <source>&amp;Send suggestion</source>
        <translation>Vorschlag &amp;senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Thank you! Your suggestion has been received. The team reads every suggestion; you will not get a personal answer.</source>
        <translation>Vielen Dank! Ihr Vorschlag ist eingegangen. Das Team liest jeden Vorschlag; eine persönliche Antwort erhalten Sie nicht.</translation>
    </message>
    <message>
        <source>Your suggestion was not sent. %1</source>
        <translation>Ihr Vorschlag wurde nicht gesendet. %1</translation>
    </message>
    <message>
        <source>About: the city&apos;s online services in general</source>
        <translation>Betrifft: die Online-Dienste der Stadt allgemein</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Please write at least %1 characters.</source>
        <translation>Bitte schreiben Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>%1 characters: please shorten it to at most %2.</source>
        <translation>%1 Zeichen: Bitte kürzen Sie auf höchstens %2.</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 von höchstens %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::FileFieldEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Accepted documents (%1)</source>
        <translation>Zulässige Dokumente (%1)</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Dokument auswählen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Andere Datei auswählen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Send the file again</source>
        <translation>Die Datei erneut senden</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt beim Hochladen</translation>
    </message>
    <message>
        <source>Files cannot be sent right now. Please sign in again.</source>
        <translation>Dateien können gerade nicht gesendet werden. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 – uploaded</source>
        <translation>%1 – hochgeladen</translation>
    </message>
    <message>
        <source>%1 – waiting to be sent…</source>
        <translation>%1 – wartet auf das Senden…</translation>
    </message>
    <message>
        <source>%1 – sending…</source>
        <translation>%1 – wird gesendet…</translation>
    </message>
    <message>
        <source>%1 – upload cancelled</source>
        <translation>%1 – Hochladen abgebrochen</translation>
    </message>
    <message>
        <source>%1 – not sent</source>
        <translation>%1 – nicht gesendet</translation>
    </message>
    <message>
        <source>The file could not be sent: %1</source>
        <translation>Die Datei konnte nicht gesendet werden: %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::HomePage</name>
    <message>
        <source>Loading the services of your city…</source>
        <translation>Die Leistungen Ihrer Stadt werden geladen …</translation>
    </message>
    <message>
        <source>The services could not be loaded.</source>
        <translation>Die Leistungen konnten nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Leistung</numerusform>
            <numerusform>%n Leistungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches your search. Try another word.</source>
        <translation>Keine Leistung passt zu Ihrer Suche. Versuchen Sie es mit einem anderen Begriff.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services match your search.</source>
        <translation>
            <numerusform>%n von %1 Leistungen passt zu Ihrer Suche.</numerusform>
            <numerusform>%n von %1 Leistungen passen zu Ihrer Suche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>Guten Tag, %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <extracomment>Progress of a draft, e.g. &quot;50 % done&quot;</extracomment>
        <translation>%1 % erledigt</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Entwurf verwerfen?</translation>
    </message>
    <message>
        <source>Discard your unfinished application “%1”?</source>
        <translation>Möchten Sie Ihren angefangenen Antrag „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>What you entered is deleted from this computer. This cannot be undone.</source>
        <translation>Ihre Eingaben werden von diesem Computer gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent. They go out by themselves as soon as the city&apos;s server can be reached.</source>
        <translation>
            <numerusform>%n Antrag wartet auf Versand. Er wird von selbst gesendet, sobald der Server der Stadt erreichbar ist.</numerusform>
            <numerusform>%n Anträge warten auf Versand. Sie werden von selbst gesendet, sobald der Server der Stadt erreichbar ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::LineFieldEditor</name>
    <message>
        <source>name@example.org</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>e.g. 04131 123456</source>
        <translation>z. B. 04131 123456</translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>z. B. DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>e.g. LG-AB 123</source>
        <translation>z. B. LG-AB 123</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::LoginPage</name>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Starting the demo city…</source>
        <translation>Die Demo-Stadt wird gestartet …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected to the demo city on this computer.</source>
        <translation>Verbunden mit der Demo-Stadt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>The demo city could not be started.</source>
        <translation>Die Demo-Stadt konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at the moment.</source>
        <translation>%1 ist zurzeit nicht erreichbar.</translation>
    </message>
    <message>
        <source>Please enter your username.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Please enter the 6-digit code from your authenticator app.</source>
        <translation>Bitte geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>The username or the password is not correct. Please check your entry and try again.</source>
        <translation>Benutzername oder Passwort sind nicht korrekt. Bitte prüfen Sie Ihre Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed. Please check your password and enter the current code from your authenticator app.</source>
        <translation>Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie Ihr Passwort und geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Please wait a few minutes and try again.</source>
        <translation>Zu viele Anmeldeversuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This account has been disabled. Please contact your administrator.</source>
        <translation>Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>Staff accounts cannot sign in at this kiosk: it is for citizens. Please use Rathaus on your office computer.</source>
        <translation>Mitarbeiterkonten können sich an diesem Kiosk nicht anmelden: er ist für Bürgerinnen und Bürger da. Bitte nutzen Sie Rathaus an Ihrem Arbeitsplatz.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MainWindow</name>
    <message>
        <source>Rathaus – Demo city</source>
        <translation>Rathaus – Demo-Stadt</translation>
    </message>
    <message>
        <source>Rathaus</source>
        <translation>Rathaus</translation>
    </message>
    <message>
        <source>Rathaus · Demo city</source>
        <translation>Rathaus · Demo-Stadt</translation>
    </message>
    <message>
        <source>This computer has no keychain that Rathaus can use, so your sign-in is kept only while Rathaus is open. The next time you start Rathaus, please sign in again.</source>
        <translation>Auf diesem Computer steht kein Schlüsselbund zur Verfügung, den Rathaus nutzen kann. Ihre Anmeldung gilt deshalb nur, solange Rathaus geöffnet ist. Beim nächsten Start melden Sie sich bitte erneut an.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>My &amp;data (%1)</source>
        <translation>Meine &amp;Daten (%1)</translation>
    </message>
    <message>
        <source>My &amp;data</source>
        <translation>Meine &amp;Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to pass on your data wait for your decision</source>
        <translation>
            <numerusform>%n Anfrage zur Weitergabe Ihrer Daten wartet auf Ihre Entscheidung</numerusform>
            <numerusform>%n Anfragen zur Weitergabe Ihrer Daten warten auf Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <source>What the city knows about you, and who has seen it</source>
        <translation>Was die Stadt über Sie weiß und wer es gesehen hat</translation>
    </message>
    <message>
        <source>Your application was sent: %1</source>
        <extracomment>A submission that waited in the outbox has gone out</extracomment>
        <translation>Ihr Antrag wurde gesendet: %1</translation>
    </message>
    <message>
        <source>An application that waited to be sent was refused by the city&apos;s server. Open it from your unfinished applications to see why.</source>
        <translation>Ein Antrag, der auf den Versand wartete, wurde vom Server der Stadt abgelehnt. Öffnen Sie ihn unter Ihren angefangenen Anträgen, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Der Entwurf wurde verworfen.</translation>
    </message>
    <message>
        <source>Without a keychain, unfinished applications cannot be kept safely either: they are kept only until Rathaus is closed. Submit them before you quit.</source>
        <translation>Ohne Schlüsselbund können auch angefangene Anträge nicht sicher aufbewahrt werden: Sie bleiben nur erhalten, bis Rathaus geschlossen wird. Senden Sie sie vorher ab.</translation>
    </message>
    <message>
        <source>This computer has no keychain that Rathaus can use.</source>
        <translation>Auf diesem Computer steht kein Schlüsselbund zur Verfügung, den Rathaus nutzen kann.</translation>
    </message>
    <message>
        <source>Demo city</source>
        <translation>Demo-Stadt</translation>
    </message>
    <message>
        <source>your application</source>
        <translation>Ihrem Antrag</translation>
    </message>
    <message>
        <source>New message from the office about %1</source>
        <translation>Neue Nachricht vom Amt zu %1</translation>
    </message>
    <message>
        <source>New message from %1 about %2</source>
        <translation>Neue Nachricht vom %1 zu %2</translation>
    </message>
    <message>
        <source>The office has a question about %1</source>
        <translation>Das Amt hat eine Rückfrage zu %1</translation>
    </message>
    <message>
        <source>The status of %1 changed</source>
        <translation>Der Status von %1 hat sich geändert</translation>
    </message>
    <message>
        <source>A document was issued for %1</source>
        <translation>Zu %1 wurde ein Dokument ausgestellt</translation>
    </message>
    <message>
        <source>An office asks to receive your data. See &quot;My data&quot;.</source>
        <translation>Ein Amt bittet um Ihre Daten. Siehe „Meine Daten“.</translation>
    </message>
    <message>
        <source>New status of %1: %2</source>
        <extracomment>%1 the reference, %2 the new status in words (&quot;Approved&quot;)</extracomment>
        <translation>Neuer Stand zu %1: %2</translation>
    </message>
    <message>
        <source>%1 asks to receive your data from %2 for %3. Please decide in &quot;My data&quot;.</source>
        <translation>%1 bittet um Ihre Daten (Absender: %2) für %3. Bitte entscheiden Sie unter „Meine Daten“.</translation>
    </message>
    <message>
        <source>City administration</source>
        <translation>Stadtverwaltung</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MessagesPanel</name>
    <message>
        <source>The office</source>
        <translation>Das Amt</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Question from the office · %1</source>
        <translation>Rückfrage des Amts · %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>The office has a question about this application. Please answer below.</source>
        <translation>Das Amt hat eine Rückfrage zu diesem Antrag. Bitte antworten Sie unten.</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Your message to the office</source>
        <translation>Ihre Nachricht an das Amt</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Attach a file (optional)</source>
        <translation>Datei anhängen (freiwillig)</translation>
    </message>
    <message>
        <source>The file could not be fetched: %1</source>
        <translation>Die Datei konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation>Die Datei konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Anhang: %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <extracomment>A file in the thread: name, size · who sent it (&quot;You&quot; or the office)</extracomment>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>Files in this conversation</source>
        <translation>Dateien in diesem Gespräch</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MyApplicationsPage</name>
    <message>
        <source>Loading your applications…</source>
        <translation>Ihre Anträge werden geladen…</translation>
    </message>
    <message>
        <source>Your applications could not be loaded.</source>
        <translation>Ihre Anträge konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>You have not filed an application yet.</source>
        <translation>Sie haben noch keinen Antrag gestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n Antrag angezeigt; weitere werden beim Blättern geladen.</numerusform>
            <numerusform>%n Anträge angezeigt; weitere werden beim Blättern geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Antrag</numerusform>
            <numerusform>%n Anträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent. They go out by themselves as soon as the city&apos;s server can be reached.</source>
        <translation>
            <numerusform>%n Antrag wartet auf Versand. Er wird von selbst gesendet, sobald der Server der Stadt erreichbar ist.</numerusform>
            <numerusform>%n Anträge warten auf Versand. Sie werden von selbst gesendet, sobald der Server der Stadt erreichbar ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The selected application&apos;s status and what happens next</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::PaymentPanel</name>
    <message>
        <source>Receipt %1.pdf</source>
        <translation>Zahlungsbeleg %1.pdf</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Zahlungsbeleg</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Bezahlt, teilweise erstattet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Zahlung läuft</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Card expired</source>
        <translation>Karte abgelaufen</translation>
    </message>
    <message>
        <source>Error at the payment provider</source>
        <translation>Fehler beim Zahlungsanbieter</translation>
    </message>
    <message>
        <source>No answer from the payment provider</source>
        <translation>Keine Antwort vom Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Preparing the payment…</source>
        <translation>Die Zahlung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Waiting for the payment provider…</source>
        <translation>Warten auf den Zahlungsanbieter…</translation>
    </message>
    <message>
        <source>The payment page has opened in your browser. Complete the payment there; this page shows the result as soon as it arrives.</source>
        <translation>Die Zahlungsseite wurde in Ihrem Browser geöffnet. Schließen Sie die Zahlung dort ab; hier sehen Sie das Ergebnis, sobald es eintrifft.</translation>
    </message>
    <message>
        <source>The payment could not be started.</source>
        <translation>Die Zahlung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Thank you. Your application has been passed on to the office.</source>
        <translation>Vielen Dank. Ihr Antrag wurde an die Dienststelle weitergegeben.</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Noch nicht bezahlt</translation>
    </message>
    <message>
        <source>Your application will be passed on to the office once the fee is paid. You pay on the payment provider&apos;s page in your browser.</source>
        <translation>Ihr Antrag wird an die Dienststelle weitergegeben, sobald die Gebühr bezahlt ist. Sie bezahlen auf der Seite des Zahlungsanbieters in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Pay &amp;again</source>
        <translation>&amp;Erneut bezahlen</translation>
    </message>
    <message>
        <source>&amp;Pay now</source>
        <translation>&amp;Jetzt bezahlen</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Open the payment page again</source>
        <translation>Zahlungsseite erneut öffnen</translation>
    </message>
    <message>
        <source>Check the status now</source>
        <translation>Status jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>Beleg &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Den Zahlungsbeleg als PDF speichern</translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation>Beleg &amp;drucken…</translation>
    </message>
    <message>
        <source>Pay the fee on the payment provider&apos;s page</source>
        <translation>Die Gebühr auf der Seite des Zahlungsanbieters bezahlen</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the address of the payment page below and open it in a browser to pay; this page shows the result as soon as it arrives.</source>
        <translation>Ihr Browser konnte nicht geöffnet werden. Kopieren Sie die Adresse der Zahlungsseite unten und öffnen Sie sie in einem Browser, um zu bezahlen; hier sehen Sie das Ergebnis, sobald es eintrifft.</translation>
    </message>
    <message>
        <source>Complete the payment on the payment provider&apos;s page (address below); this page shows the result as soon as it arrives.</source>
        <translation>Schließen Sie die Zahlung auf der Seite des Zahlungsanbieters ab (Adresse unten); hier sehen Sie das Ergebnis, sobald es eintrifft.</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Link kopiert</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Address of the payment page</source>
        <translation>Adresse der Zahlungsseite</translation>
    </message>
    <message>
        <source>Copy the address of the payment page</source>
        <translation>Adresse der Zahlungsseite kopieren</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::PostalAddressFieldEditor</name>
    <message>
        <source>Street and house number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::RecordsSection</name>
    <message>
        <source>What the offices hold about you</source>
        <translation>Was die Ämter über Sie speichern</translation>
    </message>
    <message>
        <source>What the offices of your city hold about you, and why they may hold it. If something is wrong, ask the office to correct it.</source>
        <translation>Was die Ämter Ihrer Stadt über Sie speichern und warum sie es dürfen. Stimmt etwas nicht, bitten Sie das Amt um eine Berichtigung.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading your data…</source>
        <translation>Ihre Daten werden geladen …</translation>
    </message>
    <message>
        <source>Your data could not be loaded.</source>
        <translation>Ihre Daten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The offices of your city hold no records about you.</source>
        <translation>Die Ämter Ihrer Stadt speichern keine Daten über Sie.</translation>
    </message>
    <message>
        <source>Ask for a &amp;correction…</source>
        <translation>&amp;Berichtigung beantragen …</translation>
    </message>
    <message>
        <source>Ask %1 to correct “%2”</source>
        <translation>%1 um Berichtigung von „%2“ bitten</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Rechtsgrundlage: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Aufbewahrung: %1</translation>
    </message>
    <message>
        <source>Your request for a correction was sent. The office will answer you.</source>
        <translation>Ihr Antrag auf Berichtigung wurde gesendet. Das Amt antwortet Ihnen.</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1 bei %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n Amt</numerusform>
            <numerusform>%n Ämtern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::RequestsSection</name>
    <message>
        <source>Who asks</source>
        <translation>Wer fragt</translation>
    </message>
    <message>
        <source>Who would send</source>
        <translation>Wer senden würde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Wozu</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>For application</source>
        <translation>Für Antrag</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <source>Answer until</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Approve &amp;only some…</source>
        <translation>&amp;Nur einzelne genehmigen …</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Offices may ask to receive data another office already holds about you, so you need not bring papers. Nothing is passed on without your approval, and you can withdraw it later.</source>
        <translation>Ämter können Daten anfragen, die ein anderes Amt schon über Sie hat – dann müssen Sie keine Papiere bringen. Ohne Ihre Zustimmung wird nichts weitergegeben, und Sie können sie später widerrufen.</translation>
    </message>
    <message>
        <source>&amp;Send my data…</source>
        <translation>Meine Daten &amp;senden …</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>All transfers</source>
        <translation>Alle Weitergaben</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>Einwilligung &amp;widerrufen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>Anfragen werden geladen …</translation>
    </message>
    <message>
        <source>Requests and transfers are not available yet at your city. Once they are, you will find here what offices ask for and decide about it.</source>
        <translation>Anfragen und Weitergaben sind bei Ihrer Stadt noch nicht verfügbar. Sobald es sie gibt, sehen Sie hier, was Ämter anfragen, und entscheiden darüber.</translation>
    </message>
    <message>
        <source>The requests could not be loaded.</source>
        <translation>Die Anfragen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No office is waiting for your decision.</source>
        <translation>Kein Amt wartet auf Ihre Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision.</source>
        <translation>
            <numerusform>%n Anfrage wartet auf Ihre Entscheidung.</numerusform>
            <numerusform>%n Anfragen warten auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: the data will be passed on.</source>
        <translation>Genehmigt: Die Daten werden weitergegeben.</translation>
    </message>
    <message>
        <source>Declined: nothing is passed on.</source>
        <translation>Abgelehnt: Es wird nichts weitergegeben.</translation>
    </message>
    <message>
        <source>Consent withdrawn: the receiving office must delete its copy.</source>
        <translation>Einwilligung widerrufen: Das empfangende Amt muss seine Kopie löschen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 application reference (LUN-2026-000123), %2 service (Elterngeld)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for application %1</source>
        <translation>für Antrag %1</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Einwilligung widerrufen?</translation>
    </message>
    <message>
        <source>%1 will have to delete its copy of your data (from %2).</source>
        <translation>%1 muss die erhaltene Kopie Ihrer Daten löschen (Herkunft: %2).</translation>
    </message>
    <message>
        <source>If your application still needs the data, the office may ask you again or ask for a paper certificate. The withdrawal is recorded in &quot;Who has seen my data&quot;.</source>
        <translation>Braucht Ihr Antrag die Daten noch, kann das Amt Sie erneut fragen oder eine Urkunde auf Papier verlangen. Der Widerruf wird unter „Wer hat meine Daten gesehen“ festgehalten.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SendDataWizard</name>
    <message>
        <source>Send my data</source>
        <translation>Meine Daten senden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>What do you want to send?</source>
        <translation>Was möchten Sie senden?</translation>
    </message>
    <message>
        <source>Records to send</source>
        <translation>Zu sendende Datensätze</translation>
    </message>
    <message>
        <source>&amp;From the office</source>
        <translation>&amp;Vom Amt</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <source>To which office, and why?</source>
        <translation>An welches Amt, und wozu?</translation>
    </message>
    <message>
        <source>For example: my application for parental benefit</source>
        <translation>Zum Beispiel: mein Antrag auf Elterngeld</translation>
    </message>
    <message>
        <source>LUN-2026-000123</source>
        <translation>LUN-2026-000123</translation>
    </message>
    <message>
        <source>&amp;To the office</source>
        <translation>&amp;An das Amt</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>&amp;Application (optional)</source>
        <translation>A&amp;ntrag (optional)</translation>
    </message>
    <message>
        <source>Please check and send</source>
        <translation>Bitte prüfen und senden</translation>
    </message>
    <message>
        <source>The receiving office gets a copy of exactly these records. You can withdraw your consent later under Requests; the office must then delete its copy.</source>
        <translation>Das empfangende Amt erhält eine Kopie genau dieser Datensätze. Sie können Ihre Einwilligung später unter „Anfragen“ widerrufen; das Amt muss seine Kopie dann löschen.</translation>
    </message>
    <message>
        <source>Please tick at least one record.</source>
        <translation>Bitte kreuzen Sie mindestens einen Datensatz an.</translation>
    </message>
    <message>
        <source>Please choose another office than the sending one.</source>
        <translation>Bitte wählen Sie ein anderes Amt als das sendende.</translation>
    </message>
    <message>
        <source>Please say what the data is for.</source>
        <translation>Bitte geben Sie an, wozu die Daten dienen.</translation>
    </message>
    <message>
        <source>%1 sends %2 to %3.
Purpose: %4</source>
        <translation>%1 sendet %2 an %3.
Zweck: %4</translation>
    </message>
    <message>
        <source>Sending data between offices is not available yet at your city. Nothing was sent.</source>
        <translation>Daten zwischen Ämtern zu senden ist bei Ihrer Stadt noch nicht verfügbar. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>From the office</source>
        <translation>Vom Amt</translation>
    </message>
    <message>
        <source>To the office</source>
        <translation>An das Amt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Application (optional)</source>
        <translation>Antrag (optional)</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ServiceDetailPage</name>
    <message>
        <source>Loading the details…</source>
        <translation>Die Einzelheiten werden geladen …</translation>
    </message>
    <message>
        <source>The details could not be loaded.</source>
        <translation>Die Einzelheiten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Nothing beyond your account.</source>
        <translation>Außer Ihrem Konto nichts weiter.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ServiceEditorPage</name>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Neue Leistung</translation>
    </message>
    <message>
        <source>Someone else changed this service meanwhile. Your text is still here: take over their version number and save again to replace their change with yours, or discard your changes and load theirs.</source>
        <translation>Jemand anderes hat diese Leistung inzwischen geändert. Ihr Text ist noch da: Übernehmen Sie die neuere Versionsnummer und speichern Sie erneut, um die andere Änderung durch Ihre zu ersetzen, oder verwerfen Sie Ihre Änderungen und laden Sie die neuere Fassung.</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Meinen Text behalten</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Title (German)</source>
        <translation>Titel (deutsch)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Titel (englisch)</translation>
    </message>
    <message>
        <source>Summary (German)</source>
        <translation>Kurzbeschreibung (deutsch)</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>Kurzbeschreibung (englisch)</translation>
    </message>
    <message>
        <source>Description (German)</source>
        <translation>Beschreibung (deutsch)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Beschreibung (englisch)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Office (id)</source>
        <translation>Dienststelle (Kennung)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Basic (password)</source>
        <translation>Einfach (Passwort)</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Substanziell</translation>
    </message>
    <message>
        <source>High (eID)</source>
        <translation>Hoch (Online-Ausweis)</translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation>Nötige Anmeldung</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>Grundgebühr</translation>
    </message>
    <message>
        <source>Texts and fee</source>
        <translation>Texte und Gebühr</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Options, bounds, conditions (visible_if) and step titles are edited in the Schema (JSON) tab.</source>
        <translation>Optionen, Grenzen, Bedingungen (visible_if) und Schritt-Titel bearbeiten Sie im Reiter „Schema (JSON)“.</translation>
    </message>
    <message>
        <source>Schema (JSON)</source>
        <translation>Schema (JSON)</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A fixed fee. Fees per unit or per chosen option are set in the Schema (JSON) tab.</source>
        <translation>Eine feste Gebühr. Gebühren je Einheit oder je gewählter Option legen Sie im Reiter „Schema (JSON)“ fest.</translation>
    </message>
    <message numerus="yes">
        <source>Plus %n rule(s) per unit or per chosen option; edit them in the Schema (JSON) tab.</source>
        <translation>
            <numerusform>Dazu %n Regel je Einheit oder gewählter Option; bearbeiten Sie sie im Reiter „Schema (JSON)“.</numerusform>
            <numerusform>Dazu %n Regeln je Einheit oder gewählter Option; bearbeiten Sie sie im Reiter „Schema (JSON)“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON cannot be read (at character %1): %2</source>
        <translation>Das JSON kann nicht gelesen werden (bei Zeichen %1): %2</translation>
    </message>
    <message>
        <source>Not saved: someone else saved a newer version.</source>
        <translation>Nicht gespeichert: Jemand anderes hat eine neuere Fassung gespeichert.</translation>
    </message>
    <message>
        <source>Saved. Citizens see the change the next time they open the service.</source>
        <translation>Gespeichert. Bürgerinnen und Bürger sehen die Änderung, sobald sie die Leistung das nächste Mal öffnen.</translation>
    </message>
    <message>
        <source>Your text is kept on top of the newer version %1. Save to replace the other change with yours.</source>
        <translation>Ihr Text bleibt erhalten und baut auf der neueren Version %1 auf. Speichern Sie, um die andere Änderung durch Ihre zu ersetzen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>A new service: give it an id, texts, a fee and form fields, then save.</source>
        <translation>Eine neue Leistung: Geben Sie Kennung, Texte, Gebühr und Formularfelder ein und speichern Sie dann.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A mistake in the service: &quot;where: what&quot;, e.g. &quot;Step 1, field 2 (type): Unknown type.&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n mistake(s) to correct (marked in red).</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Fehler zu korrigieren (rot markiert).</numerusform>
            <numerusform>Nicht gespeichert: %n Fehler zu korrigieren (rot markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1, field %2</source>
        <translation>Schritt %1, Feld %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>The service as JSON</source>
        <translation>Die Leistung als JSON</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffAccountsPage</name>
    <message>
        <source>The account %1 was created.</source>
        <translation>Das Konto %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Konto entsperren</translation>
    </message>
    <message>
        <source>Enable the account %1 (%2)? It can sign in again with its password and authenticator.</source>
        <translation>Das Konto %1 (%2) entsperren? Es kann sich dann wieder mit Passwort und Authenticator anmelden.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Konto sperren</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? It is signed out everywhere at once and cannot sign in until it is enabled again.</source>
        <translation>Das Konto %1 (%2) sperren? Es wird sofort überall abgemeldet und kann sich erst wieder anmelden, wenn es entsperrt wird.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>The account %1 is disabled; its sessions have ended.</source>
        <translation>Das Konto %1 ist gesperrt; seine Sitzungen sind beendet.</translation>
    </message>
    <message>
        <source>The account %1 is enabled again.</source>
        <translation>Das Konto %1 ist wieder entsperrt.</translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation>Authenticator zurücksetzen</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new authenticator secret? Codes from the old one stop working at once; the new secret is shown only this once.</source>
        <translation>%1 (%2) ein neues Authenticator-Geheimnis geben? Codes des alten gelten ab sofort nicht mehr; das neue Geheimnis wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>The authenticator of %1 was reset.</source>
        <translation>Der Authenticator von %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>E&amp;nable…</source>
        <translation>E&amp;ntsperren …</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Sperren …</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Das eigene Konto können Sie nicht sperren.</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Die Konten werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n gesperrt</numerusform>
            <numerusform>%n gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts could not be loaded. %1</source>
        <translation>Die Konten konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Konten der Mitarbeitenden</translation>
    </message>
    <message>
        <source>Caseworkers, heads of office and administrators. Every account signs in with its password and an authenticator app.</source>
        <translation>Sachbearbeitung, Leitungen der Dienststellen und Administration. Jedes Konto meldet sich mit seinem Passwort und einer Authenticator-App an.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Neues Konto …</translation>
    </message>
    <message>
        <source>Reset &amp;authenticator…</source>
        <translation>&amp;Authenticator zurücksetzen …</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffCasePage</name>
    <message>
        <source>The case could not be loaded. %1</source>
        <translation>Der Vorgang konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The note was added.</source>
        <translation>Der Vermerk wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The message was sent to the citizen.</source>
        <translation>Die Nachricht wurde an die Antragstellerin oder den Antragsteller gesendet.</translation>
    </message>
    <message>
        <source>The request was sent. The citizen decides whether the record is passed on.</source>
        <translation>Die Anfrage wurde gesendet. Die Person entscheidet, ob die Daten weitergegeben werden.</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>Der Vorgang wird geladen…</translation>
    </message>
    <message>
        <source>Citizen unknown</source>
        <translation>Antragsteller/in unbekannt</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>Eingang %1</translation>
    </message>
    <message>
        <source>deadline %1 (overdue)</source>
        <translation>Frist %1 (überfällig)</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>Kollegin/Kollege</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>Bearbeitung: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Show file %1</source>
        <translation>Datei %1 anzeigen</translation>
    </message>
    <message>
        <source>Show file %1 of “%2”</source>
        <translation>Datei %1 zu „%2“ anzeigen</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Ausgestellte Bescheide</translation>
    </message>
    <message>
        <source>No document has been issued yet.</source>
        <translation>Es wurde noch kein Bescheid ausgestellt.</translation>
    </message>
    <message>
        <source>%1, serial number %2, issued %3</source>
        <translation>%1, Nummer %2, ausgestellt %3</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>der Antragstellerin oder dem Antragsteller</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>der Dienststelle</translation>
    </message>
    <message>
        <source>the payment provider</source>
        <translation>dem Zahlungsdienst</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>dem System</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>received as “%1”</source>
        <translation>eingegangen als „%1“</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation>Bis: %1</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>No internal notes yet.</source>
        <translation>Noch keine internen Vermerke.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>The message thread is not available on this server.</source>
        <translation>Nachrichten sind auf diesem Server nicht verfügbar.</translation>
    </message>
    <message>
        <source>This service has no fee.</source>
        <translation>Diese Leistung ist gebührenfrei.</translation>
    </message>
    <message>
        <source>Fee %1; no payment has been started.</source>
        <translation>Gebühr %1; es wurde noch keine Zahlung begonnen.</translation>
    </message>
    <message>
        <source>Fee %1: %2</source>
        <translation>Gebühr %1: %2</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Erstattet: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Letzte Änderung: %1</translation>
    </message>
    <message>
        <source>Payment number: %1</source>
        <translation>Zahlungsnummer: %1</translation>
    </message>
    <message>
        <source>Data transfers are not available on this server yet.</source>
        <translation>Datenweitergaben sind auf diesem Server noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>No records were requested for this case.</source>
        <translation>Zu diesem Vorgang wurden keine Daten angefordert.</translation>
    </message>
    <message>
        <source>Records: %1; purpose: %2</source>
        <translation>Daten: %1; Zweck: %2</translation>
    </message>
    <message>
        <source>Delivered: the record is part of this case.</source>
        <translation>Übermittelt: Die Daten gehören jetzt zu diesem Vorgang.</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>Angefordert %1</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s answer.</source>
        <translation>Wartet auf die Antwort der Antragstellerin oder des Antragstellers.</translation>
    </message>
    <message>
        <source>No action is possible in this state.</source>
        <translation>In diesem Stand ist kein Bearbeitungsschritt möglich.</translation>
    </message>
    <message>
        <source>The case was changed in the meantime by %1 (%2). The current state is shown.</source>
        <translation>Der Vorgang wurde inzwischen von %1 geändert (%2). Der aktuelle Stand wird angezeigt.</translation>
    </message>
    <message>
        <source>The case was changed in the meantime by %1. The current state is shown.</source>
        <translation>Der Vorgang wurde inzwischen von %1 geändert. Der aktuelle Stand wird angezeigt.</translation>
    </message>
    <message>
        <source>Loading the file…</source>
        <translation>Die Datei wird geladen…</translation>
    </message>
    <message>
        <source>The file could not be loaded. %1</source>
        <translation>Die Datei konnte nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffHomePage</name>
    <message>
        <source>Good day</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>Guten Tag, %1</translation>
    </message>
    <message>
        <source>all offices</source>
        <translation>alle Dienststellen</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffInboxPage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Everyone&apos;s cases</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Meine Vorgänge</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Leistungen</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>The cases could not be loaded. %1</source>
        <translation>Die Vorgänge konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Vorgänge werden geladen…</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Keine Vorgänge zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n Vorgang angezeigt; weitere werden beim Blättern geladen.</numerusform>
            <numerusform>%n Vorgänge angezeigt; weitere werden beim Blättern geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n Vorgang.</numerusform>
            <numerusform>%n Vorgänge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Name des Filters:</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StatisticsDialog</name>
    <message>
        <source>Statistics of the office</source>
        <translation>Statistik der Dienststelle</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Statistics are not available on this server yet.</source>
        <translation>Statistiken sind auf diesem Server noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Open in total</source>
        <translation>Offen insgesamt</translation>
    </message>
    <message numerus="yes">
        <source>Median processing time (cases closed in the last %n day(s))</source>
        <translation>
            <numerusform>Bearbeitungszeit im Median (in den letzten %n Tag abgeschlossene Vorgänge)</numerusform>
            <numerusform>Bearbeitungszeit im Median (in den letzten %n Tagen abgeschlossene Vorgänge)</numerusform>
        </translation>
    </message>
    <message>
        <source>no closed cases</source>
        <translation>keine abgeschlossenen Vorgänge</translation>
    </message>
    <message>
        <source>Received in the last 30 days</source>
        <translation>Eingegangen in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Closed in the last 30 days</source>
        <translation>Abgeschlossen in den letzten 30 Tagen</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SubmissionResultPage</name>
    <message>
        <source>Your application waits to be sent</source>
        <translation>Ihr Antrag wartet auf Versand</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>The city&apos;s server cannot be reached right now. Your application is kept safely on this computer and sent by itself as soon as the server answers again; it is filed only once. You can close Rathaus meanwhile.</source>
        <translation>Der Server der Stadt ist gerade nicht erreichbar. Ihr Antrag ist sicher auf diesem Computer gespeichert und wird von selbst gesendet, sobald der Server wieder antwortet; er wird nur einmal gestellt. Sie können Rathaus in der Zwischenzeit schließen.</translation>
    </message>
    <message>
        <source>Your application has been received</source>
        <translation>Ihr Antrag ist eingegangen</translation>
    </message>
    <message>
        <source>Please quote the reference if you contact the office.</source>
        <translation>Bitte geben Sie das Aktenzeichen an, wenn Sie sich an die Dienststelle wenden.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SuggestionsDialog</name>
    <message>
        <source>Suggestions from citizens</source>
        <translation>Vorschläge von Bürgerinnen und Bürgern</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>The chosen suggestion</source>
        <translation>Der ausgewählte Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The suggestions could not be loaded. %1</source>
        <translation>Die Vorschläge konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Loading suggestions…</source>
        <translation>Vorschläge werden geladen…</translation>
    </message>
    <message>
        <source>No suggestions yet.</source>
        <translation>Noch keine Vorschläge.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n Vorschlag angezeigt; weitere werden beim Blättern geladen.</numerusform>
            <numerusform>%n Vorschläge angezeigt; weitere werden beim Blättern geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n Vorschlag.</numerusform>
            <numerusform>%n Vorschläge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::TotpEnrolmentDialog</name>
    <message>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Authenticator reset</source>
        <translation>Authenticator zurückgesetzt</translation>
    </message>
    <message>
        <source>Authenticator for %1 (%2)</source>
        <translation>Authenticator für %1 (%2)</translation>
    </message>
    <message>
        <source>Add this secret to the colleague&apos;s authenticator app now: it is shown only this once. If it gets lost, reset the authenticator to issue a new one.</source>
        <translation>Tragen Sie dieses Geheimnis jetzt in die Authenticator-App ein: Es wird nur dieses eine Mal angezeigt. Geht es verloren, setzen Sie den Authenticator zurück, um ein neues auszugeben.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>Einrichtungslink</translation>
    </message>
    <message>
        <source>Time-based codes (TOTP): SHA-1, 6 digits, every 30 seconds.</source>
        <translation>Zeitbasierte Codes (TOTP): SHA-1, 6 Ziffern, alle 30 Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::TransferRequestDialog</name>
    <message>
        <source>Kinds of record</source>
        <translation>Arten von Datensätzen</translation>
    </message>
    <message>
        <source>Request a record</source>
        <translation>Daten anfordern</translation>
    </message>
    <message>
        <source>Request a record from another office</source>
        <translation>Daten bei einer anderen Dienststelle anfordern</translation>
    </message>
    <message>
        <source>The citizen is asked first and decides. Say what you need the record for and on which legal basis.</source>
        <translation>Die Person wird zuerst gefragt und entscheidet. Geben Sie an, wofür Sie die Daten brauchen und auf welcher Rechtsgrundlage.</translation>
    </message>
    <message>
        <source>From &amp;office</source>
        <translation>Von &amp;Dienststelle</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>e.g. checking the child&apos;s birth for parental benefit</source>
        <translation>z. B. Prüfung der Geburt des Kindes für das Elterngeld</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>e.g. § 1 BEEG</source>
        <translation>z. B. § 1 BEEG</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Rechtsgrundlage</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>Anfrage &amp;senden</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Geburt</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Wohnsitz</translation>
    </message>
    <message>
        <source>Marriage</source>
        <translation>Ehe</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Please choose the office that holds the record.</source>
        <translation>Bitte wählen Sie die Dienststelle, die die Daten führt.</translation>
    </message>
    <message>
        <source>Please choose at least one kind of record.</source>
        <translation>Bitte wählen Sie mindestens eine Art von Daten.</translation>
    </message>
    <message>
        <source>Please state the purpose.</source>
        <translation>Bitte geben Sie den Zweck an.</translation>
    </message>
    <message>
        <source>Please state the legal basis.</source>
        <translation>Bitte geben Sie die Rechtsgrundlage an.</translation>
    </message>
</context>
</TS>

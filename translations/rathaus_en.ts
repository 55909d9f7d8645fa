<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Warning, this entry fails the check: %1</source>
        <extracomment>Read out by screen readers before the entry the log check names</extracomment>
        <translation>Warning, this entry fails the check: %1</translation>
    </message>
</context>
<context>
    <name>AccessLogSection</name>
    <message>
        <source>Who has seen my data</source>
        <translation>Who has seen my data</translation>
    </message>
    <message>
        <source>Check of the access log</source>
        <translation>Check of the access log</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Check the access log again</source>
        <translation>Check the access log again</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;What happened</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Show entries of this office</source>
        <translation>Show entries of this office</translation>
    </message>
    <message>
        <source>Show entries of this kind</source>
        <translation>Show entries of this kind</translation>
    </message>
    <message>
        <source>Show entries of this period</source>
        <translation>Show entries of this period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>One sentence per access to your data, newest first. More entries load as you scroll.</source>
        <translation>One sentence per access to your data, newest first. More entries load as you scroll.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Every time someone at the city reads, changes or passes on your data, it is written down here: who, when, why and on which legal basis. Each entry is sealed and linked to the one before it, so Rathaus can check on your computer that none was changed or removed afterwards.</source>
        <translation>Every time someone at the city reads, changes or passes on your data, it is written down here: who, when, why and on which legal basis. Each entry is sealed and linked to the one before it, so Rathaus can check on your computer that none was changed or removed afterwards.</translation>
    </message>
</context>
<context>
    <name>AccessLogText</name>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>passed on</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the access log (QDate::toString): &quot;3 May 2026&quot;; German &quot;d. MMMM yyyy&quot;</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>&quot;3 May 2026, 10:14&quot;: date, then time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>your record “%1”</source>
        <translation>your record “%1”</translation>
    </message>
    <message>
        <source>%1, caseworker %2, read %3 on %4 at %5</source>
        <extracomment>%1 office, %2 caseworker pseudonym, %3 what, %4 date, %5 time</extracomment>
        <translation>%1, caseworker %2, read %3 on %4 at %5</translation>
    </message>
    <message>
        <source>%1, caseworker %2, changed %3 on %4 at %5</source>
        <translation>%1, caseworker %2, changed %3 on %4 at %5</translation>
    </message>
    <message>
        <source>%1, caseworker %2, passed on %3 on %4 at %5</source>
        <translation>%1, caseworker %2, passed on %3 on %4 at %5</translation>
    </message>
    <message>
        <source>%1, caseworker %2, received %3 on %4 at %5</source>
        <translation>%1, caseworker %2, received %3 on %4 at %5</translation>
    </message>
    <message>
        <source>%1 read %2 automatically on %3 at %4</source>
        <extracomment>No person acted: %1 office, %2 what, %3 date, %4 time</extracomment>
        <translation>%1 read %2 automatically on %3 at %4</translation>
    </message>
    <message>
        <source>%1 changed %2 automatically on %3 at %4</source>
        <translation>%1 changed %2 automatically on %3 at %4</translation>
    </message>
    <message>
        <source>%1 passed on %2 automatically on %3 at %4</source>
        <translation>%1 passed on %2 automatically on %3 at %4</translation>
    </message>
    <message>
        <source>%1 received %2 automatically on %3 at %4</source>
        <translation>%1 received %2 automatically on %3 at %4</translation>
    </message>
    <message>
        <source> – for application %1</source>
        <translation> – for application %1</translation>
    </message>
    <message>
        <source> – purpose: “%1”</source>
        <translation> – purpose: “%1”</translation>
    </message>
    <message>
        <source>; with your consent</source>
        <translation>; with your consent</translation>
    </message>
    <message>
        <source>; legal basis: %1</source>
        <translation>; legal basis: %1</translation>
    </message>
    <message>
        <source>%1 marked its copy of %2 for deletion on %3 at %4</source>
        <translation>%1 marked its copy of %2 for deletion on %3 at %4</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The city&apos;s server sent an answer that could not be read.</source>
        <translation>The city&apos;s server sent an answer that could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n second(s).</source>
        <translation>
            <numerusform>Please try again in %n second.</numerusform>
            <numerusform>Please try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The city&apos;s server did not answer in time.</source>
        <translation>The city&apos;s server did not answer in time.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes.</source>
        <translation>Please try again in a few minutes.</translation>
    </message>
    <message>
        <source>The identity of the city&apos;s server could not be verified.</source>
        <translation>The identity of the city&apos;s server could not be verified.</translation>
    </message>
    <message>
        <source>The connection was stopped to protect your data. Check the server address in the settings.</source>
        <translation>The connection was stopped to protect your data. Check the server address in the settings.</translation>
    </message>
    <message>
        <source>The city&apos;s server cannot be reached.</source>
        <translation>The city&apos;s server cannot be reached.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>Check your internet connection and try again.</translation>
    </message>
    <message>
        <source>The connection to the city&apos;s server was interrupted.</source>
        <translation>The connection to the city&apos;s server was interrupted.</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>Please try again.</translation>
    </message>
    <message>
        <source>Please wait a moment and try again.</source>
        <translation>Please wait a moment and try again.</translation>
    </message>
    <message>
        <source>Too many requests were sent.</source>
        <translation>Too many requests were sent.</translation>
    </message>
    <message>
        <source>The city&apos;s server is not available right now.</source>
        <translation>The city&apos;s server is not available right now.</translation>
    </message>
    <message>
        <source>The city&apos;s server had a problem.</source>
        <translation>The city&apos;s server had a problem.</translation>
    </message>
    <message>
        <source>Please try again later. If this keeps happening, contact your city.</source>
        <translation>Please try again later. If this keeps happening, contact your city.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Please sign in again.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>This was not found.</source>
        <translation>This was not found.</translation>
    </message>
    <message>
        <source>The city&apos;s server refused the request.</source>
        <translation>The city&apos;s server refused the request.</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>Please try again later.</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailPage</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Back to &amp;my applications</source>
        <translation>Back to &amp;my applications</translation>
    </message>
    <message>
        <source>Back to my applications</source>
        <translation>Back to my applications</translation>
    </message>
    <message>
        <source>&amp;Withdraw application…</source>
        <translation>&amp;Withdraw application…</translation>
    </message>
    <message>
        <source>Withdraw this application</source>
        <translation>Withdraw this application</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ApplicationFormPage</name>
    <message>
        <source>Application form</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>Back to the service &amp;description</source>
        <translation>Back to the service &amp;description</translation>
    </message>
    <message>
        <source>Back to the service description</source>
        <translation>Back to the service description</translation>
    </message>
    <message>
        <source>What you entered is kept.</source>
        <translation>What you entered is kept.</translation>
    </message>
    <message>
        <source>Progress through the form</source>
        <translation>Progress through the form</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>&amp;Submit application</source>
        <translation>&amp;Submit application</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translation>Submit application</translation>
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
        <translation>Reference</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message numerus="yes">
        <source>%1 · • %n new message(s)</source>
        <extracomment>Status in the list with unread office messages, e.g. &quot;In review · • 1 new message&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Information needed</source>
        <translation>Information needed</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Pay the fee to submit your application. The office sees it once it is paid.</source>
        <translation>Pay the fee to submit your application. The office sees it once it is paid.</translation>
    </message>
    <message numerus="yes">
        <source>The office will start checking your application soon; usually within %n working days.</source>
        <translation>
            <numerusform>The office will start checking your application soon; usually within %n working day.</numerusform>
            <numerusform>The office will start checking your application soon; usually within %n working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office will start checking your application soon.</source>
        <translation>The office will start checking your application soon.</translation>
    </message>
    <message numerus="yes">
        <source>The office is checking your application; this usually takes %n working days.</source>
        <translation>
            <numerusform>The office is checking your application; this usually takes %n working day.</numerusform>
            <numerusform>The office is checking your application; this usually takes %n working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is checking your application.</source>
        <translation>The office is checking your application.</translation>
    </message>
    <message>
        <source>The office needs more information from you. Answer its message so it can continue.</source>
        <translation>The office needs more information from you. Answer its message so it can continue.</translation>
    </message>
    <message>
        <source>The office has paused your application for now and will tell you when it continues.</source>
        <translation>The office has paused your application for now and will tell you when it continues.</translation>
    </message>
    <message>
        <source>Your application was approved. The office is preparing your document.</source>
        <translation>Your application was approved. The office is preparing your document.</translation>
    </message>
    <message>
        <source>Your application was rejected. The office&apos;s message explains why and how you can object.</source>
        <translation>Your application was rejected. The office&apos;s message explains why and how you can object.</translation>
    </message>
    <message>
        <source>Done. Any documents issued are attached to your application.</source>
        <translation>Done. Any documents issued are attached to your application.</translation>
    </message>
    <message>
        <source>You withdrew this application. The office will not process it further.</source>
        <translation>You withdrew this application. The office will not process it further.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>On hold &amp;until</source>
        <translation>On hold &amp;until</translation>
    </message>
    <message>
        <source>On hold until</source>
        <translation>On hold until</translation>
    </message>
    <message>
        <source>&amp;Amount to refund (EUR)</source>
        <translation>&amp;Amount to refund (EUR)</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Amount to refund</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>the citizen</translation>
    </message>
    <message>
        <source>the payment provider</source>
        <translation>the payment provider</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaseDataLayout</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Further details</source>
        <translation>Further details</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChainBanner</name>
    <message>
        <source>The log could not be checked this time.</source>
        <translation>The log could not be checked this time.</translation>
    </message>
    <message>
        <source>Checking that the log is complete and unchanged…</source>
        <translation>Checking that the log is complete and unchanged…</translation>
    </message>
    <message numerus="yes">
        <source>Checking that the log is complete and unchanged… (%n entries so far)</source>
        <translation>
            <numerusform>Checking that the log is complete and unchanged… (%n entry so far)</numerusform>
            <numerusform>Checking that the log is complete and unchanged… (%n entries so far)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody at the city has accessed your data so far.</source>
        <translation>Nobody at the city has accessed your data so far.</translation>
    </message>
    <message numerus="yes">
        <source>Log complete and unchanged (%n entries checked).</source>
        <translation>
            <numerusform>Log complete and unchanged (%n entry checked).</numerusform>
            <numerusform>Log complete and unchanged (%n entries checked).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the entry of %1 was changed after it was written - its content no longer matches the seal it got when it was written.</source>
        <translation>Warning: the entry of %1 was changed after it was written - its content no longer matches the seal it got when it was written.</translation>
    </message>
    <message>
        <source>Warning: the entry of %1 does not fit its predecessor - entries before it were removed or the log was changed afterwards. (An office may also be allowed by law to show an entry only later.)</source>
        <translation>Warning: the entry of %1 does not fit its predecessor - entries before it were removed or the log was changed afterwards. (An office may also be allowed by law to show an entry only later.)</translation>
    </message>
    <message>
        <source>Warning: the log starts with the entry of %1, but older entries are missing although they must still be kept.</source>
        <translation>Warning: the log starts with the entry of %1, but older entries are missing although they must still be kept.</translation>
    </message>
    <message>
        <source>Please tell the city&apos;s data protection officer.</source>
        <translation>Please tell the city&apos;s data protection officer.</translation>
    </message>
</context>
<context>
    <name>CockpitDirectory</name>
    <message>
        <source>your registration data</source>
        <translation>your registration data</translation>
    </message>
    <message>
        <source>a birth record</source>
        <translation>a birth record</translation>
    </message>
    <message>
        <source>your marriage record</source>
        <translation>your marriage record</translation>
    </message>
    <message>
        <source>your vehicle registration</source>
        <translation>your vehicle registration</translation>
    </message>
    <message>
        <source>your dog tax record</source>
        <translation>your dog tax record</translation>
    </message>
    <message>
        <source>your data</source>
        <translation>your data</translation>
    </message>
</context>
<context>
    <name>CockpitPage</name>
    <message>
        <source>My data</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Back to the start page</translation>
    </message>
    <message>
        <source>Parts of your data cockpit</source>
        <translation>Parts of your data cockpit</translation>
    </message>
</context>
<context>
    <name>CockpitReport</name>
    <message>
        <source>My data at the city</source>
        <translation>My data at the city</translation>
    </message>
    <message>
        <source>%1 – created on %2</source>
        <translation>%1 – created on %2</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Last changed: %1</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>Who has seen my data</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>No entries.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>refunded: %1</source>
        <translation>refunded: %1</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <source>%1, issued by %2 on %3</source>
        <translation>%1, issued by %2 on %3</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Your city does not offer the complete export yet: applications, payments, documents, messages and transfers are missing here.</source>
        <translation>Your city does not offer the complete export yet: applications, payments, documents, messages and transfers are missing here.</translation>
    </message>
    <message>
        <source>No applications.</source>
        <translation>No applications.</translation>
    </message>
    <message>
        <source>Transfers between offices</source>
        <translation>Transfers between offices</translation>
    </message>
    <message>
        <source>No transfers.</source>
        <translation>No transfers.</translation>
    </message>
    <message>
        <source>for application %1</source>
        <translation>for application %1</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>This draft cannot be read.</source>
        <translation>This draft cannot be read.</translation>
    </message>
    <message>
        <source>It was saved with another key or was changed on disk. You can discard it and start again.</source>
        <translation>It was saved with another key or was changed on disk. You can discard it and start again.</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>The draft could not be saved.</translation>
    </message>
    <message>
        <source>Check that there is free space on this computer.</source>
        <translation>Check that there is free space on this computer.</translation>
    </message>
    <message>
        <source>This draft is gone.</source>
        <translation>This draft is gone.</translation>
    </message>
</context>
<context>
    <name>EmbeddedBackend</name>
    <message>
        <source>The folder for the demo city could not be created: %1</source>
        <translation>The folder for the demo city could not be created: %1</translation>
    </message>
    <message>
        <source>This build contains no demo city. Set a server address in the settings.</source>
        <translation>This build contains no demo city. Set a server address in the settings.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Suggest an improvement</source>
        <translation>Suggest an improvement</translation>
    </message>
    <message>
        <source>What could the city do better online? Your suggestion goes to the team that runs the digital services. Please do not include personal data such as your address or account numbers.</source>
        <translation>What could the city do better online? Your suggestion goes to the team that runs the digital services. Please do not include personal data such as your address or account numbers.</translation>
    </message>
    <message>
        <source>Your &amp;suggestion</source>
        <translation>Your &amp;suggestion</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Your suggestion</translation>
    </message>
    <message>
        <source>Between 10 and 4000 characters.</source>
        <translation>Between 10 and 4000 characters.</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n characters.</source>
        <translation>
            <numerusform>Enter at least %n character.</numerusform>
            <numerusform>Enter at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n characters.</source>
        <translation>
            <numerusform>Enter at most %n character.</numerusform>
            <numerusform>Enter at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a single line.</source>
        <translation>Enter a single line.</translation>
    </message>
    <message>
        <source>Enter a value in the expected format.</source>
        <translation>Enter a value in the expected format.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Enter a valid email address.</translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation>Enter a valid phone number.</translation>
    </message>
    <message>
        <source>Enter a valid IBAN.</source>
        <translation>Enter a valid IBAN.</translation>
    </message>
    <message>
        <source>Enter a valid licence plate, for example LG-AB 123.</source>
        <translation>Enter a valid licence plate, for example LG-AB 123.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Enter a number of at least %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Enter a number of at most %1.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Enter a valid date.</translation>
    </message>
    <message>
        <source>Choose a date on or after %1.</source>
        <translation>Choose a date on or after %1.</translation>
    </message>
    <message>
        <source>Choose a date on or before %1.</source>
        <translation>Choose a date on or before %1.</translation>
    </message>
    <message>
        <source>Choose one of the offered options.</source>
        <translation>Choose one of the offered options.</translation>
    </message>
    <message>
        <source>Choose only from the offered options.</source>
        <translation>Choose only from the offered options.</translation>
    </message>
    <message>
        <source>Choose each option only once.</source>
        <translation>Choose each option only once.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n options.</source>
        <translation>
            <numerusform>Choose at least %n option.</numerusform>
            <numerusform>Choose at least %n options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n options.</source>
        <translation>
            <numerusform>Choose at most %n option.</numerusform>
            <numerusform>Choose at most %n options.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter street, postal code and city.</source>
        <translation>Enter street, postal code and city.</translation>
    </message>
    <message>
        <source>Enter a postal code of five digits.</source>
        <translation>Enter a postal code of five digits.</translation>
    </message>
    <message numerus="yes">
        <source>Attach at least %n files.</source>
        <translation>
            <numerusform>Attach at least %n file.</numerusform>
            <numerusform>Attach at least %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach at most %n files.</source>
        <translation>
            <numerusform>Attach at most %n file.</numerusform>
            <numerusform>Attach at most %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Unknown field.</translation>
    </message>
    <message>
        <source>Tick this box to continue.</source>
        <translation>Tick this box to continue.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>free of charge</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A fee that depends on the application, e.g. &quot;from €0.00&quot;</extracomment>
        <translation>from %1</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>immediately</translation>
    </message>
    <message>
        <source>about 1 working day</source>
        <translation>about 1 working day</translation>
    </message>
    <message>
        <source>about %1 working days</source>
        <translation>about %1 working days</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Services of your city</source>
        <translation>Services of your city</translation>
    </message>
    <message>
        <source>Which service do you need? Search the services of your city or choose one from the list.</source>
        <translation>Which service do you need? Search the services of your city or choose one from the list.</translation>
    </message>
    <message>
        <source>&amp;Search services</source>
        <translation>&amp;Search services</translation>
    </message>
    <message>
        <source>For example: parking permit, certificate, dog</source>
        <translation>For example: parking permit, certificate, dog</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Type words to narrow the list of services below</source>
        <translation>Type words to narrow the list of services below</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>The services of your city with office, fee and processing time. Press Enter to see the details of a service.</source>
        <translation>The services of your city with office, fee and processing time. Press Enter to see the details of a service.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Show &amp;details</translation>
    </message>
    <message>
        <source>Show details of the selected service</source>
        <translation>Show details of the selected service</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>&amp;My applications</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>My applications</translation>
    </message>
    <message>
        <source>The applications you have filed and their status</source>
        <translation>The applications you have filed and their status</translation>
    </message>
    <message>
        <source>Your unfinished applications</source>
        <translation>Your unfinished applications</translation>
    </message>
    <message>
        <source>Unfinished applications</source>
        <translation>Unfinished applications</translation>
    </message>
    <message>
        <source>Drafts saved on this computer. Press Enter to continue one.</source>
        <translation>Drafts saved on this computer. Press Enter to continue one.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>Discard the selected draft</source>
        <translation>Discard the selected draft</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Continue the selected draft</source>
        <translation>Continue the selected draft</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in with your account to use the services of your city online.</source>
        <translation>Sign in with your account to use the services of your city online.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>The username of your account</source>
        <translation>The username of your account</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The password of your account</source>
        <translation>The password of your account</translation>
    </message>
    <message>
        <source>&amp;One-time code</source>
        <translation>&amp;One-time code</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>The six-digit code from your authenticator app</source>
        <translation>The six-digit code from your authenticator app</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>Your account is protected with a second factor. Please enter the current code from your authenticator app.</source>
        <translation>Your account is protected with a second factor. Please enter the current code from your authenticator app.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
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
        <translation>Demo city: not a real authority. Applications and data here are examples only.</translation>
    </message>
    <message>
        <source>Demo city: not a real authority</source>
        <translation>Demo city: not a real authority</translation>
    </message>
    <message>
        <source>&amp;Understood</source>
        <translation>&amp;Understood</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Close the notice</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Language and city server</source>
        <translation>Language and city server</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>End your session on this computer</source>
        <translation>End your session on this computer</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>The start page: services and your unfinished applications</source>
        <translation>The start page: services and your unfinished applications</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>&amp;My applications</translation>
    </message>
    <message>
        <source>The applications you have filed and their status</source>
        <translation>The applications you have filed and their status</translation>
    </message>
    <message>
        <source>Suggest an &amp;improvement</source>
        <translation>Suggest an &amp;improvement</translation>
    </message>
    <message>
        <source>Tell the city what could work better online</source>
        <translation>Tell the city what could work better online</translation>
    </message>
</context>
<context>
    <name>MyApplicationsPage</name>
    <message>
        <source>My applications</source>
        <translation>My applications</translation>
    </message>
    <message>
        <source>Back to the &amp;start page</source>
        <translation>Back to the &amp;start page</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Back to the start page</translation>
    </message>
    <message>
        <source>Your applications</source>
        <translation>Your applications</translation>
    </message>
    <message>
        <source>Reference, service, status, fee and filing date of each application. Press Enter to see one.</source>
        <translation>Reference, service, status, fee and filing date of each application. Press Enter to see one.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Show &amp;details</translation>
    </message>
    <message>
        <source>Show the selected application</source>
        <translation>Show the selected application</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Not paid yet</source>
        <translation>Not paid yet</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Payment in progress</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>The payment was cancelled.</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Paid, partly refunded</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Your card was declined. You can try again with another card.</source>
        <translation>Your card was declined. You can try again with another card.</translation>
    </message>
    <message>
        <source>Your card has expired. You can try again with another card.</source>
        <translation>Your card has expired. You can try again with another card.</translation>
    </message>
    <message>
        <source>The payment service did not answer in time. If money was taken, the payment will show as paid within a few minutes; otherwise you can try again.</source>
        <translation>The payment service did not answer in time. If money was taken, the payment will show as paid within a few minutes; otherwise you can try again.</translation>
    </message>
    <message>
        <source>You cancelled the payment. You can start it again at any time.</source>
        <translation>You cancelled the payment. You can start it again at any time.</translation>
    </message>
    <message>
        <source>The payment service had a problem. Please try again in a few minutes.</source>
        <translation>The payment service had a problem. Please try again in a few minutes.</translation>
    </message>
    <message>
        <source>The payment did not go through. You can try again.</source>
        <translation>The payment did not go through. You can try again.</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time, e.g. &quot;29. November 2026, 11:05 Uhr&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Application reference</source>
        <translation>Application reference</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Payment number</source>
        <translation>Payment number</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <source>This receipt was created by Rathaus from the city&apos;s payment records. Keep it for your files.</source>
        <translation>This receipt was created by Rathaus from the city&apos;s payment records. Keep it for your files.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Electronically signed by %1. The signature was checked when this copy was printed: valid.</source>
        <translation>Electronically signed by %1. The signature was checked when this copy was printed: valid.</translation>
    </message>
    <message>
        <source>Warning: the signature of this document could not be confirmed. Do not rely on this copy.</source>
        <translation>Warning: the signature of this document could not be confirmed. Do not rely on this copy.</translation>
    </message>
    <message>
        <source>Anyone can check this document: ask the city&apos;s server for serial number %1 at %2</source>
        <translation>Anyone can check this document: ask the city&apos;s server for serial number %1 at %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”. Please choose another folder.</source>
        <translation>The PDF could not be written to “%1”. Please choose another folder.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Citizen</source>
        <translation type="unfinished">Citizen</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished">Caseworker</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation type="unfinished">Head of office</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished">Administrator</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPage</name>
    <message>
        <source>Service details</source>
        <translation>Service details</translation>
    </message>
    <message>
        <source>&amp;Back to all services</source>
        <translation>&amp;Back to all services</translation>
    </message>
    <message>
        <source>Back to all services</source>
        <translation>Back to all services</translation>
    </message>
    <message>
        <source>About this service</source>
        <translation>About this service</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>What you need</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>Responsible office</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>&amp;Apply online</source>
        <translation>&amp;Apply online</translation>
    </message>
    <message>
        <source>Apply online</source>
        <translation>Apply online</translation>
    </message>
    <message>
        <source>Fill in the application form step by step.</source>
        <translation>Fill in the application form step by step.</translation>
    </message>
    <message>
        <source>Opens the application form. You check all your answers before you submit them.</source>
        <translation>Opens the application form. You check all your answers before you submit them.</translation>
    </message>
    <message>
        <source>You fill in the form step by step and check all your answers before you submit them.</source>
        <translation>You fill in the form step by step and check all your answers before you submit them.</translation>
    </message>
    <message>
        <source>Suggest an &amp;improvement</source>
        <translation>Suggest an &amp;improvement</translation>
    </message>
    <message>
        <source>Tell the city what could work better in this service.</source>
        <translation>Tell the city what could work better in this service.</translation>
    </message>
    <message>
        <source>Suggest an improvement for this service</source>
        <translation>Suggest an improvement for this service</translation>
    </message>
</context>
<context>
    <name>ServiceSchemaCheck</name>
    <message>
        <source>Name the legal basis.</source>
        <translation>Name the legal basis.</translation>
    </message>
    <message>
        <source>The form is missing.</source>
        <translation>The form is missing.</translation>
    </message>
    <message>
        <source>The fee is missing.</source>
        <translation>The fee is missing.</translation>
    </message>
    <message>
        <source>Unknown member.</source>
        <translation>Unknown member.</translation>
    </message>
    <message>
        <source>Use 1 to 64 lower-case letters, digits and hyphens (e.g. &quot;dog-tax&quot;).</source>
        <translation>Use 1 to 64 lower-case letters, digits and hyphens (e.g. &quot;dog-tax&quot;).</translation>
    </message>
    <message>
        <source>Choose the office.</source>
        <translation>Choose the office.</translation>
    </message>
    <message>
        <source>Use basic, substantial or high.</source>
        <translation>Use basic, substantial or high.</translation>
    </message>
    <message>
        <source>Enter a whole number of days from 0 to 3650.</source>
        <translation>Enter a whole number of days from 0 to 3650.</translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <translation>Enter a text.</translation>
    </message>
    <message>
        <source>The German text is missing.</source>
        <translation>The German text is missing.</translation>
    </message>
    <message>
        <source>The English text is missing.</source>
        <translation>The English text is missing.</translation>
    </message>
    <message>
        <source>Give a list of texts.</source>
        <translation>Give a list of texts.</translation>
    </message>
    <message>
        <source>The version is a positive whole number.</source>
        <translation>The version is a positive whole number.</translation>
    </message>
    <message>
        <source>The form needs at least one step.</source>
        <translation>The form needs at least one step.</translation>
    </message>
    <message>
        <source>A step is an object.</source>
        <translation>A step is an object.</translation>
    </message>
    <message>
        <source>A step needs at least one field.</source>
        <translation>A step needs at least one field.</translation>
    </message>
    <message>
        <source>A field is an object.</source>
        <translation>A field is an object.</translation>
    </message>
    <message>
        <source>Use a lower-case letter, then letters, digits or underscores (e.g. &quot;dog_name&quot;).</source>
        <translation>Use a lower-case letter, then letters, digits or underscores (e.g. &quot;dog_name&quot;).</translation>
    </message>
    <message>
        <source>This key is already used by another field.</source>
        <translation>This key is already used by another field.</translation>
    </message>
    <message>
        <source>Unknown field type.</source>
        <translation>Unknown field type.</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>Use true or false.</translation>
    </message>
    <message>
        <source>Not allowed for this field type.</source>
        <translation>Not allowed for this field type.</translation>
    </message>
    <message>
        <source>Enter a whole number of days.</source>
        <translation>Enter a whole number of days.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>The maximum is below the minimum.</source>
        <translation>The maximum is below the minimum.</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation>Enter a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>This is not a valid regular expression.</source>
        <translation>This is not a valid regular expression.</translation>
    </message>
    <message>
        <source>Give a list of MIME types (e.g. &quot;application/pdf&quot;).</source>
        <translation>Give a list of MIME types (e.g. &quot;application/pdf&quot;).</translation>
    </message>
    <message>
        <source>A choice field needs at least one option.</source>
        <translation>A choice field needs at least one option.</translation>
    </message>
    <message>
        <source>Enter the stored value.</source>
        <translation>Enter the stored value.</translation>
    </message>
    <message>
        <source>This value is already used by another option.</source>
        <translation>This value is already used by another option.</translation>
    </message>
    <message>
        <source>Write it as {&quot;field&quot;: key, &quot;equals&quot;: value}.</source>
        <translation>Write it as {&quot;field&quot;: key, &quot;equals&quot;: value}.</translation>
    </message>
    <message>
        <source>Name a field that comes before this one.</source>
        <translation>Name a field that comes before this one.</translation>
    </message>
    <message>
        <source>Enter an amount in cents, 0 or more.</source>
        <translation>Enter an amount in cents, 0 or more.</translation>
    </message>
    <message>
        <source>Fees are in EUR.</source>
        <translation>Fees are in EUR.</translation>
    </message>
    <message>
        <source>Give a list of rules.</source>
        <translation>Give a list of rules.</translation>
    </message>
    <message>
        <source>Name a number field of the form.</source>
        <translation>Name a number field of the form.</translation>
    </message>
    <message>
        <source>Name a choice field of the form.</source>
        <translation>Name a choice field of the form.</translation>
    </message>
    <message>
        <source>Give an amount in cents for each option.</source>
        <translation>Give an amount in cents for each option.</translation>
    </message>
    <message>
        <source>The field has no such option.</source>
        <translation>The field has no such option.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>The language of the program. It changes at once.</translation>
    </message>
    <message>
        <source>City &amp;server</source>
        <translation>City &amp;server</translation>
    </message>
    <message>
        <source>Empty: the built-in demo city</source>
        <translation>Empty: the built-in demo city</translation>
    </message>
    <message>
        <source>City server</source>
        <translation>City server</translation>
    </message>
    <message>
        <source>The address of your city&apos;s server, starting with https://. Leave it empty for the built-in demo city.</source>
        <translation>The address of your city&apos;s server, starting with https://. Leave it empty for the built-in demo city.</translation>
    </message>
    <message>
        <source>A new server address is used the next time you start Rathaus.</source>
        <translation>A new server address is used the next time you start Rathaus.</translation>
    </message>
</context>
<context>
    <name>StaffCasePage</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>&amp;Back to the inbox</source>
        <translation>&amp;Back to the inbox</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Parts of the case</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>History of the case</translation>
    </message>
    <message>
        <source>Internal &amp;notes</source>
        <translation>Internal &amp;notes</translation>
    </message>
    <message>
        <source>Internal notes are seen only by the office, never by the citizen.</source>
        <translation>Internal notes are seen only by the office, never by the citizen.</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation>New internal note</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>Messages with the citizen</source>
        <translation>Messages with the citizen</translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation>Message to the citizen</translation>
    </message>
    <message>
        <source>&amp;Send message</source>
        <translation>&amp;Send message</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Payment</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Data &amp;transfers</source>
        <translation>Data &amp;transfers</translation>
    </message>
    <message>
        <source>Ask another office for a record of this citizen. The citizen decides whether it is passed on.</source>
        <translation>Ask another office for a record of this citizen. The citizen decides whether it is passed on.</translation>
    </message>
    <message>
        <source>Data transfers of this case</source>
        <translation>Data transfers of this case</translation>
    </message>
    <message>
        <source>&amp;Request a record…</source>
        <translation>&amp;Request a record…</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Caseworker&apos;s workspace</source>
        <translation>Caseworker&apos;s workspace</translation>
    </message>
</context>
<context>
    <name>StaffInboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Saved &amp;filters</source>
        <translation>Saved &amp;filters</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Save filter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the saved filter</source>
        <translation>Delete the saved filter</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <source>Reference or name</source>
        <translation>Reference or name</translation>
    </message>
    <message>
        <source>Search by reference or name</source>
        <translation>Search by reference or name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Su&amp;ggestions</source>
        <translation>Su&amp;ggestions</translation>
    </message>
    <message>
        <source>Suggestions from citizens</source>
        <translation>Suggestions from citizens</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Rathaus: the city hall on your desktop.</source>
        <translation>Rathaus: the city hall on your desktop.</translation>
    </message>
    <message>
        <source>The city server to use (https://...). Without it: the built-in demo city.</source>
        <translation>The city server to use (https://...). Without it: the built-in demo city.</translation>
    </message>
    <message>
        <source>The language of the program: de or en.</source>
        <translation>The language of the program: de or en.</translation>
    </message>
    <message>
        <source>Print the milliseconds from launch until the first window shows data, then quit.</source>
        <translation>Print the milliseconds from launch until the first window shows data, then quit.</translation>
    </message>
    <message>
        <source>The folder for the demo city&apos;s data.</source>
        <translation>The folder for the demo city&apos;s data.</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>Not a valid URL: %1</translation>
    </message>
    <message>
        <source>Unknown language: %1 (use de or en)</source>
        <translation>Unknown language: %1 (use de or en)</translation>
    </message>
    <message>
        <source>Kiosk mode for the citizens&apos; office: full screen, citizens only, signed out after inactivity, nothing kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk mode: seconds without input before the sign-out countdown starts (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number of seconds (1 or more): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Fee open</source>
        <translation>Fee open</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Information needed</source>
        <translation>Information needed</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>The fee is still open. The office starts once it is paid.</source>
        <translation>The fee is still open. The office starts once it is paid.</translation>
    </message>
    <message numerus="yes">
        <source>The office will start checking your application soon; usually within %n working day(s).</source>
        <translation>
            <numerusform>The office will start checking your application soon; usually within %n working day.</numerusform>
            <numerusform>The office will start checking your application soon; usually within %n working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office will start checking your application soon.</source>
        <translation>The office will start checking your application soon.</translation>
    </message>
    <message numerus="yes">
        <source>The office is checking your application; this usually takes %n working day(s).</source>
        <translation>
            <numerusform>The office is checking your application; this usually takes %n working day.</numerusform>
            <numerusform>The office is checking your application; this usually takes %n working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is checking your application.</source>
        <translation>The office is checking your application.</translation>
    </message>
    <message>
        <source>The office needs more information from you. Answer its message so it can continue.</source>
        <translation>The office needs more information from you. Answer its message so it can continue.</translation>
    </message>
    <message>
        <source>The office has paused your application and will tell you when it continues.</source>
        <translation>The office has paused your application and will tell you when it continues.</translation>
    </message>
    <message>
        <source>Your application was approved. The office is preparing your document.</source>
        <translation>Your application was approved. The office is preparing your document.</translation>
    </message>
    <message>
        <source>Your application was rejected. The office&apos;s message explains why and how you can object.</source>
        <translation>Your application was rejected. The office&apos;s message explains why and how you can object.</translation>
    </message>
    <message>
        <source>Done. Any documents issued are attached to your application.</source>
        <translation>Done. Any documents issued are attached to your application.</translation>
    </message>
    <message>
        <source>You withdrew this application. The office will not process it further.</source>
        <translation>You withdrew this application. The office will not process it further.</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>No fee</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Not paid yet</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Payment in progress</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>Payment cancelled</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Paid, partly refunded</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
</context>
<context>
    <name>SubmissionResultPage</name>
    <message>
        <source>Your application</source>
        <translation>Your application</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>To the &amp;start page</source>
        <translation>To the &amp;start page</translation>
    </message>
    <message>
        <source>To the start page</source>
        <translation>To the start page</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>&amp;My applications</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>My applications</translation>
    </message>
</context>
<context>
    <name>TransferStatus</name>
    <message>
        <source>Waiting for your decision</source>
        <translation>Waiting for your decision</translation>
    </message>
    <message>
        <source>Approved by you</source>
        <translation>Approved by you</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Declined by you</source>
        <translation>Declined by you</translation>
    </message>
    <message>
        <source>Expired without a decision</source>
        <translation>Expired without a decision</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn by the citizen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <source>You sent %3 from %1 to %2</source>
        <extracomment>%1 sending office, %2 receiving office, %3 what</extracomment>
        <translation>You sent %3 from %1 to %2</translation>
    </message>
    <message>
        <source>%1 asks %2 for %3</source>
        <extracomment>%1 receiving office (asks), %2 sending office, %3 what</extracomment>
        <translation>%1 asks %2 for %3</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>The server address is not valid.</source>
        <translation>The server address is not valid.</translation>
    </message>
    <message>
        <source>Check the server address in the settings.</source>
        <translation>Check the server address in the settings.</translation>
    </message>
    <message>
        <source>The connection to the server would not be encrypted.</source>
        <translation>The connection to the server would not be encrypted.</translation>
    </message>
    <message>
        <source>Rathaus only connects to a city server over HTTPS. Ask your city for the correct address (it starts with https://).</source>
        <translation>Rathaus only connects to a city server over HTTPS. Ask your city for the correct address (it starts with https://).</translation>
    </message>
</context>
<context>
    <name>UploadCheck</name>
    <message>
        <source>The file cannot be read. Please choose another one.</source>
        <translation>The file cannot be read. Please choose another one.</translation>
    </message>
    <message>
        <source>This file is not a %1 document. Please choose a %1 file.</source>
        <translation>This file is not a %1 document. Please choose a %1 file.</translation>
    </message>
    <message>
        <source>This file is a %1 document, but its name ends in “.%2”. Please rename it to end in “.%3” or choose another file.</source>
        <translation>This file is a %1 document, but its name ends in “.%2”. Please rename it to end in “.%3” or choose another file.</translation>
    </message>
    <message>
        <source>A %1 document is not accepted here. Please choose a %2 file.</source>
        <translation>A %1 document is not accepted here. Please choose a %2 file.</translation>
    </message>
    <message>
        <source>The file is too large (%1). At most %2 are accepted.</source>
        <translation>The file is too large (%1). At most %2 are accepted.</translation>
    </message>
</context>
<context>
    <name>rathaus::client::CaseListModel</name>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>me</source>
        <translation>me</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>The legal deadline has passed.</source>
        <translation>The legal deadline has passed.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Click to sort by “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest deadline first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earliest deadline first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by “%1”, %2. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::client::FeedbackListModel</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>rathaus::client::FormFieldTableModel</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Label (German)</source>
        <translation>Label (German)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Help (German)</source>
        <translation>Help (German)</translation>
    </message>
</context>
<context>
    <name>rathaus::client::ServiceCatalogueModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Processing time</translation>
    </message>
</context>
<context>
    <name>rathaus::client::StaffAccountsModel</name>
    <message>
        <source>all offices</source>
        <translation type="unfinished">all offices</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished">Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Role</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Office</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::client::UploadJob</name>
    <message>
        <source>The file could not be read any more. Please choose it again.</source>
        <translation>The file could not be read any more. Please choose it again.</translation>
    </message>
    <message>
        <source>The city&apos;s server sent an answer that could not be read.</source>
        <translation>The city&apos;s server sent an answer that could not be read.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AccessLogSection</name>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>passed on</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Choose dates…</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>The log could not be loaded.</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>Loading entries…</translation>
    </message>
    <message>
        <source>No entries: nobody has accessed your data.</source>
        <translation>No entries: nobody has accessed your data.</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>No entries match the filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries - all shown.</source>
        <translation>
            <numerusform>%n entry - shown.</numerusform>
            <numerusform>%n entries - all shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown - scroll down for older ones.</source>
        <translation>
            <numerusform>%n entry shown - scroll down for older ones.</numerusform>
            <numerusform>%n entries shown - scroll down for older ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AdminHomePage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Services</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationDetailPage</name>
    <message>
        <source>The application could not be loaded.</source>
        <translation>The application could not be loaded.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 · filed on %2</source>
        <extracomment>Under the title of an application: &quot;LUN-2026-000123 · filed on 29.11.26 11:20&quot;</extracomment>
        <translation>%1 · filed on %2</translation>
    </message>
    <message>
        <source>Fee: %1 (%2)</source>
        <translation>Fee: %1 (%2)</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>Filed · %1</source>
        <extracomment>The first entry of an application&apos;s history, e.g. &quot;Filed · Fee open&quot;</extracomment>
        <translation>Filed · %1</translation>
    </message>
    <message>
        <source>Withdraw the application?</source>
        <translation>Withdraw the application?</translation>
    </message>
    <message>
        <source>Withdraw your application %1?</source>
        <translation>Withdraw your application %1?</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>The office will not process it further. This cannot be undone; you can file a new application at any time.</source>
        <translation>The office will not process it further. This cannot be undone; you can file a new application at any time.</translation>
    </message>
    <message>
        <source>The application could not be withdrawn.</source>
        <translation>The application could not be withdrawn.</translation>
    </message>
    <message>
        <source>Your application was withdrawn.</source>
        <translation>Your application was withdrawn.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationFormPage</name>
    <message>
        <source>Fee: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>Check and submit</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Step indicator, e.g. &quot;Step 2 of 3: Vehicle&quot;</extracomment>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>&amp;Check answers &gt;</source>
        <translation>&amp;Check answers &gt;</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Check answers</source>
        <translation>Check answers</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Sending your application…</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationReview</name>
    <message>
        <source>Please check your answers. You can change them before you submit the application.</source>
        <translation>Please check your answers. You can change them before you submit the application.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Fee: %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApproveDialog</name>
    <message>
        <source>Approve only some records</source>
        <translation>Approve only some records</translation>
    </message>
    <message>
        <source>Choose what may be passed on. Only the records you tick are sent.</source>
        <translation>Choose what may be passed on. Only the records you tick are sent.</translation>
    </message>
    <message>
        <source>Records that may be passed on</source>
        <translation>Records that may be passed on</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>Consent ends on</translation>
    </message>
    <message>
        <source>&amp;Approve the chosen</source>
        <translation>&amp;Approve the chosen</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Image preview</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This file cannot be shown here. Open it with the system&apos;s viewer.</source>
        <translation>This file cannot be shown here. Open it with the system&apos;s viewer.</translation>
    </message>
    <message>
        <source>Open with the &amp;system viewer</source>
        <translation>Open with the &amp;system viewer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The file could not be saved for the viewer.</source>
        <translation>The file could not be saved for the viewer.</translation>
    </message>
    <message>
        <source>No viewer for this kind of file was found on this computer.</source>
        <translation>No viewer for this kind of file was found on this computer.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CaseActionDialog</name>
    <message>
        <source>Take the case</source>
        <translation>Take the case</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Start review</translation>
    </message>
    <message>
        <source>Ask the citizen</source>
        <translation>Ask the citizen</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <source>Resume review</source>
        <translation>Resume review</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>Issue the document</translation>
    </message>
    <message>
        <source>Refund the fee</source>
        <translation>Refund the fee</translation>
    </message>
    <message>
        <source>The citizen receives your question and the case waits for the answer. Ask for exactly what is missing.</source>
        <translation>The citizen receives your question and the case waits for the answer. Ask for exactly what is missing.</translation>
    </message>
    <message>
        <source>&amp;Question to the citizen</source>
        <translation>&amp;Question to the citizen</translation>
    </message>
    <message>
        <source>Send &amp;question</source>
        <translation>Send &amp;question</translation>
    </message>
    <message>
        <source>The case pauses until the date you set. The citizen is told that it is on hold, with your reason.</source>
        <translation>The case pauses until the date you set. The citizen is told that it is on hold, with your reason.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>Put on &amp;hold</translation>
    </message>
    <message>
        <source>The application is approved. Then issue the signed document to complete the case.</source>
        <translation>The application is approved. Then issue the signed document to complete the case.</translation>
    </message>
    <message>
        <source>&amp;Note to the citizen (optional)</source>
        <translation>&amp;Note to the citizen (optional)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>The application is rejected. The citizen receives your reason; state the legal grounds and how to object.</source>
        <translation>The application is rejected. The citizen receives your reason; state the legal grounds and how to object.</translation>
    </message>
    <message>
        <source>&amp;Reason for the rejection</source>
        <translation>&amp;Reason for the rejection</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>The office signs the document with its key and the citizen receives it. The case is then completed. This cannot be undone.</source>
        <translation>The office signs the document with its key and the citizen receives it. The case is then completed. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Issue and complete</source>
        <translation>&amp;Issue and complete</translation>
    </message>
    <message>
        <source>The amount goes back to the citizen&apos;s card. A refund cannot be undone.</source>
        <translation>The amount goes back to the citizen&apos;s card. A refund cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Refund</translation>
    </message>
    <message>
        <source>Please write your question.</source>
        <translation>Please write your question.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>Please choose a date in the future.</source>
        <translation>Please choose a date in the future.</translation>
    </message>
    <message>
        <source>Please enter an amount.</source>
        <translation>Please enter an amount.</translation>
    </message>
    <message>
        <source>Your text is kept. Check the current state, then send it again.</source>
        <translation>Your text is kept. Check the current state, then send it again.</translation>
    </message>
    <message>
        <source>This step is no longer possible in the case&apos;s current state. Your text is kept so you can copy it.</source>
        <translation>This step is no longer possible in the case&apos;s current state. Your text is kept so you can copy it.</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>You have taken the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question was sent; the case waits for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is approved. Issue the document to complete the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is rejected; the citizen has been told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is signed and issued; the case is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund has been made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CheckboxFieldEditor</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ChoiceFieldEditor</name>
    <message>
        <source>Please choose…</source>
        <translation>Please choose…</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CockpitPage</name>
    <message>
        <source>My data</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>Who has seen my data</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Requests (%1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision</source>
        <translation>
            <numerusform>%n request waits for your decision</numerusform>
            <numerusform>%n requests wait for your decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CorrectionDialog</name>
    <message>
        <source>Ask for a correction</source>
        <translation>Ask for a correction</translation>
    </message>
    <message>
        <source>What is wrong in “%1”? Describe what should be corrected; the office that holds the record will answer you.</source>
        <translation>What is wrong in “%1”? Describe what should be corrected; the office that holds the record will answer you.</translation>
    </message>
    <message>
        <source>What should be corrected</source>
        <translation>What should be corrected</translation>
    </message>
    <message>
        <source>For example: my name is spelled with ä, not ae.</source>
        <translation>For example: my name is spelled with ä, not ae.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Asking for a correction online is not available yet at your city. Your text is kept here: copy it, or try again later.</source>
        <translation>Asking for a correction online is not available yet at your city. Your text is kept here: copy it, or try again later.</translation>
    </message>
    <message>
        <source>Your text is kept.</source>
        <translation>Your text is kept.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You will be signed out in %n second(s). Everything you entered here is then deleted from this kiosk. Touch the screen to continue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CreateStaffDialog</name>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new colleague signs in with this username and password, and with an authenticator app: its secret is shown once, right after the account is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sb.steueramt2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished">&amp;Username</translation>
    </message>
    <message>
        <source>as colleagues and citizens see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation type="unfinished">&amp;Office</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Password</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Cancel</translation>
    </message>
    <message>
        <source>Administrators belong to no office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 64 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworkers and heads of office belong to an office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This username is taken. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the name (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose an office of the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters, and not one of the most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::ui::DateFieldEditor</name>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::DocumentPanel</name>
    <message>
        <source>Signature valid – issued by the %1 on %2.</source>
        <extracomment>%1 the office (&quot;Straßenverkehrsamt&quot;), %2 the date</extracomment>
        <translation>Signature valid – issued by the %1 on %2.</translation>
    </message>
    <message>
        <source>Warning: this document names an office the city does not know. Its signature cannot be checked; do not rely on it.</source>
        <translation>Warning: this document names an office the city does not know. Its signature cannot be checked; do not rely on it.</translation>
    </message>
    <message>
        <source>Warning: the signature does not match. This document was changed or was not issued by the %1. Do not rely on it and contact the office.</source>
        <translation>Warning: the signature does not match. This document was changed or was not issued by the %1. Do not rely on it and contact the office.</translation>
    </message>
    <message>
        <source>Your documents</source>
        <translation>Your documents</translation>
    </message>
    <message>
        <source>Checking the documents&apos; signatures…</source>
        <translation>Checking the documents&apos; signatures…</translation>
    </message>
    <message>
        <source>%1 · No. %2</source>
        <translation>%1 · No. %2</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Signature check</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>Save “%1” as PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Print “%1”</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ExportSection</name>
    <message>
        <source>Fetching everything the city holds about you…</source>
        <translation>Fetching everything the city holds about you…</translation>
    </message>
    <message>
        <source>Exporting everything as a file is not available yet at your city. The PDF report already works.</source>
        <translation>Exporting everything as a file is not available yet at your city. The PDF report already works.</translation>
    </message>
    <message>
        <source>Save all my data</source>
        <translation>Save all my data</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another folder.</source>
        <translation>The file could not be saved. Choose another folder.</translation>
    </message>
    <message>
        <source>Collecting the access log for the report…</source>
        <translation>Collecting the access log for the report…</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>The report could not be made.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Take your data with you: a PDF report to read and print, or everything the city holds about you as a file (JSON) for other programs.</source>
        <translation>Take your data with you: a PDF report to read and print, or everything the city holds about you as a file (JSON) for other programs.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF report…</source>
        <translation>Save as &amp;PDF report…</translation>
    </message>
    <message>
        <source>Export &amp;everything (JSON)…</source>
        <translation>Export &amp;everything (JSON)…</translation>
    </message>
    <message>
        <source>My data at the city</source>
        <translation type="unfinished">My data at the city</translation>
    </message>
    <message>
        <source>&amp;Print a report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::ui::FeedbackDialog</name>
    <message>
        <source>&amp;Send suggestion</source>
        <translation>&amp;Send suggestion</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Thank you! Your suggestion has been received. The team reads every suggestion; you will not get a personal answer.</source>
        <translation>Thank you! Your suggestion has been received. The team reads every suggestion; you will not get a personal answer.</translation>
    </message>
    <message>
        <source>Your suggestion was not sent. %1</source>
        <translation>Your suggestion was not sent. %1</translation>
    </message>
    <message>
        <source>About: the city&apos;s online services in general</source>
        <translation>About: the city&apos;s online services in general</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <source>Please write at least %1 characters.</source>
        <translation>Please write at least %1 characters.</translation>
    </message>
    <message>
        <source>%1 characters: please shorten it to at most %2.</source>
        <translation>%1 characters: please shorten it to at most %2.</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 of at most %2 characters</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::FileFieldEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>Accepted documents (%1)</source>
        <translation>Accepted documents (%1)</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Choose a document</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>Cancel the upload</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Send the file again</source>
        <translation>Send the file again</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload progress</translation>
    </message>
    <message>
        <source>Files cannot be sent right now. Please sign in again.</source>
        <translation>Files cannot be sent right now. Please sign in again.</translation>
    </message>
    <message>
        <source>%1 – uploaded</source>
        <translation>%1 – uploaded</translation>
    </message>
    <message>
        <source>%1 – waiting to be sent…</source>
        <translation>%1 – waiting to be sent…</translation>
    </message>
    <message>
        <source>%1 – sending…</source>
        <translation>%1 – sending…</translation>
    </message>
    <message>
        <source>%1 – upload cancelled</source>
        <translation>%1 – upload cancelled</translation>
    </message>
    <message>
        <source>%1 – not sent</source>
        <translation>%1 – not sent</translation>
    </message>
    <message>
        <source>The file could not be sent: %1</source>
        <translation>The file could not be sent: %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::HomePage</name>
    <message>
        <source>Loading the services of your city…</source>
        <translation>Loading the services of your city…</translation>
    </message>
    <message>
        <source>The services could not be loaded.</source>
        <translation>The services could not be loaded.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches your search. Try another word.</source>
        <translation>No service matches your search. Try another word.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services match your search.</source>
        <translation>
            <numerusform>%n of %1 services matches your search.</numerusform>
            <numerusform>%n of %1 services match your search.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>Good day</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>Good day, %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <extracomment>Progress of a draft, e.g. &quot;50 % done&quot;</extracomment>
        <translation>%1 % done</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Discard the draft?</translation>
    </message>
    <message>
        <source>Discard your unfinished application “%1”?</source>
        <translation>Discard your unfinished application “%1”?</translation>
    </message>
    <message>
        <source>What you entered is deleted from this computer. This cannot be undone.</source>
        <translation>What you entered is deleted from this computer. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent. They go out by themselves as soon as the city&apos;s server can be reached.</source>
        <translation>
            <numerusform>%n application is waiting to be sent. It goes out by itself as soon as the city&apos;s server can be reached.</numerusform>
            <numerusform>%n applications are waiting to be sent. They go out by themselves as soon as the city&apos;s server can be reached.</numerusform>
        </translation>
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
        <translation>e.g. 04131 123456</translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>e.g. DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>e.g. LG-AB 123</source>
        <translation>e.g. LG-AB 123</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::LoginPage</name>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Starting the demo city…</source>
        <translation>Starting the demo city…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to the demo city on this computer.</source>
        <translation>Connected to the demo city on this computer.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>The demo city could not be started.</source>
        <translation>The demo city could not be started.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at the moment.</source>
        <translation>%1 cannot be reached at the moment.</translation>
    </message>
    <message>
        <source>Please enter your username.</source>
        <translation>Please enter your username.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <source>Please enter the 6-digit code from your authenticator app.</source>
        <translation>Please enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>The username or the password is not correct. Please check your entry and try again.</source>
        <translation>The username or the password is not correct. Please check your entry and try again.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed. Please check your password and enter the current code from your authenticator app.</source>
        <translation>The sign-in did not succeed. Please check your password and enter the current code from your authenticator app.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Please wait a few minutes and try again.</source>
        <translation>Too many sign-in attempts. Please wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>This account has been disabled. Please contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts cannot sign in at this kiosk: it is for citizens. Please use Rathaus on your office computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MainWindow</name>
    <message>
        <source>Rathaus – Demo city</source>
        <translation>Rathaus – Demo city</translation>
    </message>
    <message>
        <source>Rathaus</source>
        <translation>Rathaus</translation>
    </message>
    <message>
        <source>Rathaus · Demo city</source>
        <translation>Rathaus · Demo city</translation>
    </message>
    <message>
        <source>This computer has no keychain that Rathaus can use, so your sign-in is kept only while Rathaus is open. The next time you start Rathaus, please sign in again.</source>
        <translation>This computer has no keychain that Rathaus can use, so your sign-in is kept only while Rathaus is open. The next time you start Rathaus, please sign in again.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>My &amp;data (%1)</source>
        <translation>My &amp;data (%1)</translation>
    </message>
    <message>
        <source>My &amp;data</source>
        <translation>My &amp;data</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to pass on your data wait for your decision</source>
        <translation>
            <numerusform>%n request to pass on your data waits for your decision</numerusform>
            <numerusform>%n requests to pass on your data wait for your decision</numerusform>
        </translation>
    </message>
    <message>
        <source>What the city knows about you, and who has seen it</source>
        <translation>What the city knows about you, and who has seen it</translation>
    </message>
    <message>
        <source>Your application was sent: %1</source>
        <extracomment>A submission that waited in the outbox has gone out</extracomment>
        <translation>Your application was sent: %1</translation>
    </message>
    <message>
        <source>An application that waited to be sent was refused by the city&apos;s server. Open it from your unfinished applications to see why.</source>
        <translation>An application that waited to be sent was refused by the city&apos;s server. Open it from your unfinished applications to see why.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>The draft was discarded.</translation>
    </message>
    <message>
        <source>Without a keychain, unfinished applications cannot be kept safely either: they are kept only until Rathaus is closed. Submit them before you quit.</source>
        <translation>Without a keychain, unfinished applications cannot be kept safely either: they are kept only until Rathaus is closed. Submit them before you quit.</translation>
    </message>
    <message>
        <source>This computer has no keychain that Rathaus can use.</source>
        <translation>This computer has no keychain that Rathaus can use.</translation>
    </message>
    <message>
        <source>Demo city</source>
        <translation>Demo city</translation>
    </message>
    <message>
        <source>your application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message from the office about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message from %1 about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has a question about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document was issued for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An office asks to receive your data. See &quot;My data&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to receive your data from %2 for %3. Please decide in &quot;My data&quot;.</source>
        <translation>%1 asks to receive your data from %2 for %3. Please decide in &quot;My data&quot;.</translation>
    </message>
    <message>
        <source>New status of %1: %2</source>
        <extracomment>%1 the reference, %2 the new status in words (&quot;Approved&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MessagesPanel</name>
    <message>
        <source>The office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished">You</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>Question from the office · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">Sending…</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished">Messages</translation>
    </message>
    <message>
        <source>The office has a question about this application. Please answer below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <extracomment>A file in the thread: name, size · who sent it (&quot;You&quot; or the office)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MyApplicationsPage</name>
    <message>
        <source>Loading your applications…</source>
        <translation>Loading your applications…</translation>
    </message>
    <message>
        <source>Your applications could not be loaded.</source>
        <translation>Your applications could not be loaded.</translation>
    </message>
    <message>
        <source>You have not filed an application yet.</source>
        <translation>You have not filed an application yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n application shown; more load as you scroll.</numerusform>
            <numerusform>%n applications shown; more load as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent. They go out by themselves as soon as the city&apos;s server can be reached.</source>
        <translation>
            <numerusform>%n application is waiting to be sent. It goes out by itself as soon as the city&apos;s server can be reached.</numerusform>
            <numerusform>%n applications are waiting to be sent. They go out by themselves as soon as the city&apos;s server can be reached.</numerusform>
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
        <translation>Receipt %1.pdf</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Paid, partly refunded</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Payment in progress</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Card expired</source>
        <translation>Card expired</translation>
    </message>
    <message>
        <source>Error at the payment provider</source>
        <translation>Error at the payment provider</translation>
    </message>
    <message>
        <source>No answer from the payment provider</source>
        <translation>No answer from the payment provider</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>Preparing the payment…</source>
        <translation>Preparing the payment…</translation>
    </message>
    <message>
        <source>Waiting for the payment provider…</source>
        <translation>Waiting for the payment provider…</translation>
    </message>
    <message>
        <source>The payment page has opened in your browser. Complete the payment there; this page shows the result as soon as it arrives.</source>
        <translation>The payment page has opened in your browser. Complete the payment there; this page shows the result as soon as it arrives.</translation>
    </message>
    <message>
        <source>The payment could not be started.</source>
        <translation>The payment could not be started.</translation>
    </message>
    <message>
        <source>Thank you. Your application has been passed on to the office.</source>
        <translation>Thank you. Your application has been passed on to the office.</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Not paid yet</translation>
    </message>
    <message>
        <source>Your application will be passed on to the office once the fee is paid. You pay on the payment provider&apos;s page in your browser.</source>
        <translation>Your application will be passed on to the office once the fee is paid. You pay on the payment provider&apos;s page in your browser.</translation>
    </message>
    <message>
        <source>Pay &amp;again</source>
        <translation>Pay &amp;again</translation>
    </message>
    <message>
        <source>&amp;Pay now</source>
        <translation>&amp;Pay now</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Open the payment page again</source>
        <translation>Open the payment page again</translation>
    </message>
    <message>
        <source>Check the status now</source>
        <translation>Check the status now</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>&amp;Save receipt…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation>P&amp;rint receipt…</translation>
    </message>
    <message>
        <source>Pay the fee on the payment provider&apos;s page</source>
        <translation>Pay the fee on the payment provider&apos;s page</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the address of the payment page below and open it in a browser to pay; this page shows the result as soon as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the payment on the payment provider&apos;s page (address below); this page shows the result as soon as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the payment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address of the payment page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::ui::PostalAddressFieldEditor</name>
    <message>
        <source>Street and house number</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::RecordsSection</name>
    <message>
        <source>What the offices hold about you</source>
        <translation>What the offices hold about you</translation>
    </message>
    <message>
        <source>What the offices of your city hold about you, and why they may hold it. If something is wrong, ask the office to correct it.</source>
        <translation>What the offices of your city hold about you, and why they may hold it. If something is wrong, ask the office to correct it.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Loading your data…</source>
        <translation>Loading your data…</translation>
    </message>
    <message>
        <source>Your data could not be loaded.</source>
        <translation>Your data could not be loaded.</translation>
    </message>
    <message>
        <source>The offices of your city hold no records about you.</source>
        <translation>The offices of your city hold no records about you.</translation>
    </message>
    <message>
        <source>Ask for a &amp;correction…</source>
        <translation>Ask for a &amp;correction…</translation>
    </message>
    <message>
        <source>Ask %1 to correct “%2”</source>
        <translation>Ask %1 to correct “%2”</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Last changed: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Kept: %1</translation>
    </message>
    <message>
        <source>Your request for a correction was sent. The office will answer you.</source>
        <translation>Your request for a correction was sent. The office will answer you.</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1 at %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n office</numerusform>
            <numerusform>%n offices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::RequestsSection</name>
    <message>
        <source>Who asks</source>
        <translation>Who asks</translation>
    </message>
    <message>
        <source>Who would send</source>
        <translation>Who would send</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>For application</source>
        <translation>For application</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Answer until</source>
        <translation>Answer until</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <source>Approve &amp;only some…</source>
        <translation>Approve &amp;only some…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Offices may ask to receive data another office already holds about you, so you need not bring papers. Nothing is passed on without your approval, and you can withdraw it later.</source>
        <translation>Offices may ask to receive data another office already holds about you, so you need not bring papers. Nothing is passed on without your approval, and you can withdraw it later.</translation>
    </message>
    <message>
        <source>&amp;Send my data…</source>
        <translation>&amp;Send my data…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Waiting for your decision</translation>
    </message>
    <message>
        <source>All transfers</source>
        <translation>All transfers</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Withdraw consent</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>Loading requests…</translation>
    </message>
    <message>
        <source>Requests and transfers are not available yet at your city. Once they are, you will find here what offices ask for and decide about it.</source>
        <translation>Requests and transfers are not available yet at your city. Once they are, you will find here what offices ask for and decide about it.</translation>
    </message>
    <message>
        <source>The requests could not be loaded.</source>
        <translation>The requests could not be loaded.</translation>
    </message>
    <message>
        <source>No office is waiting for your decision.</source>
        <translation>No office is waiting for your decision.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision.</source>
        <translation>
            <numerusform>%n request waits for your decision.</numerusform>
            <numerusform>%n requests wait for your decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: the data will be passed on.</source>
        <translation>Approved: the data will be passed on.</translation>
    </message>
    <message>
        <source>Declined: nothing is passed on.</source>
        <translation>Declined: nothing is passed on.</translation>
    </message>
    <message>
        <source>Consent withdrawn: the receiving office must delete its copy.</source>
        <translation>Consent withdrawn: the receiving office must delete its copy.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 application reference (LUN-2026-000123), %2 service (Elterngeld)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for application %1</source>
        <translation>for application %1</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Withdraw consent?</translation>
    </message>
    <message>
        <source>%1 will have to delete its copy of your data (from %2).</source>
        <translation>%1 will have to delete its copy of your data (from %2).</translation>
    </message>
    <message>
        <source>If your application still needs the data, the office may ask you again or ask for a paper certificate. The withdrawal is recorded in &quot;Who has seen my data&quot;.</source>
        <translation>If your application still needs the data, the office may ask you again or ask for a paper certificate. The withdrawal is recorded in &quot;Who has seen my data&quot;.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SendDataWizard</name>
    <message>
        <source>Send my data</source>
        <translation>Send my data</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>What do you want to send?</source>
        <translation>What do you want to send?</translation>
    </message>
    <message>
        <source>Records to send</source>
        <translation>Records to send</translation>
    </message>
    <message>
        <source>&amp;From the office</source>
        <translation>&amp;From the office</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>To which office, and why?</source>
        <translation>To which office, and why?</translation>
    </message>
    <message>
        <source>For example: my application for parental benefit</source>
        <translation>For example: my application for parental benefit</translation>
    </message>
    <message>
        <source>LUN-2026-000123</source>
        <translation>LUN-2026-000123</translation>
    </message>
    <message>
        <source>&amp;To the office</source>
        <translation>&amp;To the office</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>&amp;Application (optional)</source>
        <translation>&amp;Application (optional)</translation>
    </message>
    <message>
        <source>Please check and send</source>
        <translation>Please check and send</translation>
    </message>
    <message>
        <source>The receiving office gets a copy of exactly these records. You can withdraw your consent later under Requests; the office must then delete its copy.</source>
        <translation>The receiving office gets a copy of exactly these records. You can withdraw your consent later under Requests; the office must then delete its copy.</translation>
    </message>
    <message>
        <source>Please tick at least one record.</source>
        <translation>Please tick at least one record.</translation>
    </message>
    <message>
        <source>Please choose another office than the sending one.</source>
        <translation>Please choose another office than the sending one.</translation>
    </message>
    <message>
        <source>Please say what the data is for.</source>
        <translation>Please say what the data is for.</translation>
    </message>
    <message>
        <source>%1 sends %2 to %3.
Purpose: %4</source>
        <translation>%1 sends %2 to %3.
Purpose: %4</translation>
    </message>
    <message>
        <source>Sending data between offices is not available yet at your city. Nothing was sent.</source>
        <translation>Sending data between offices is not available yet at your city. Nothing was sent.</translation>
    </message>
    <message>
        <source>From the office</source>
        <translation>From the office</translation>
    </message>
    <message>
        <source>To the office</source>
        <translation>To the office</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Application (optional)</source>
        <translation>Application (optional)</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ServiceDetailPage</name>
    <message>
        <source>Loading the details…</source>
        <translation>Loading the details…</translation>
    </message>
    <message>
        <source>The details could not be loaded.</source>
        <translation>The details could not be loaded.</translation>
    </message>
    <message>
        <source>Nothing beyond your account.</source>
        <translation>Nothing beyond your account.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ServiceEditorPage</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Someone else changed this service meanwhile. Your text is still here: take over their version number and save again to replace their change with yours, or discard your changes and load theirs.</source>
        <translation>Someone else changed this service meanwhile. Your text is still here: take over their version number and save again to replace their change with yours, or discard your changes and load theirs.</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Keep my text</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title (German)</source>
        <translation>Title (German)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Summary (German)</source>
        <translation>Summary (German)</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>Summary (English)</translation>
    </message>
    <message>
        <source>Description (German)</source>
        <translation>Description (German)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Office (id)</source>
        <translation>Office (id)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <source>Basic (password)</source>
        <translation>Basic (password)</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Substantial</translation>
    </message>
    <message>
        <source>High (eID)</source>
        <translation>High (eID)</translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation>Login needed</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>Base fee</translation>
    </message>
    <message>
        <source>Texts and fee</source>
        <translation>Texts and fee</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Form fields</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Remove field</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Options, bounds, conditions (visible_if) and step titles are edited in the Schema (JSON) tab.</source>
        <translation>Options, bounds, conditions (visible_if) and step titles are edited in the Schema (JSON) tab.</translation>
    </message>
    <message>
        <source>Schema (JSON)</source>
        <translation>Schema (JSON)</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Mistakes</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>A fixed fee. Fees per unit or per chosen option are set in the Schema (JSON) tab.</source>
        <translation>A fixed fee. Fees per unit or per chosen option are set in the Schema (JSON) tab.</translation>
    </message>
    <message numerus="yes">
        <source>Plus %n rule(s) per unit or per chosen option; edit them in the Schema (JSON) tab.</source>
        <translation>
            <numerusform>Plus %n rule per unit or per chosen option; edit it in the Schema (JSON) tab.</numerusform>
            <numerusform>Plus %n rules per unit or per chosen option; edit them in the Schema (JSON) tab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON cannot be read (at character %1): %2</source>
        <translation>The JSON cannot be read (at character %1): %2</translation>
    </message>
    <message>
        <source>Not saved: someone else saved a newer version.</source>
        <translation>Not saved: someone else saved a newer version.</translation>
    </message>
    <message>
        <source>Saved. Citizens see the change the next time they open the service.</source>
        <translation>Saved. Citizens see the change the next time they open the service.</translation>
    </message>
    <message>
        <source>Your text is kept on top of the newer version %1. Save to replace the other change with yours.</source>
        <translation>Your text is kept on top of the newer version %1. Save to replace the other change with yours.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>A new service: give it an id, texts, a fee and form fields, then save.</source>
        <translation>A new service: give it an id, texts, a fee and form fields, then save.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A mistake in the service: &quot;where: what&quot;, e.g. &quot;Step 1, field 2 (type): Unknown type.&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n mistake(s) to correct (marked in red).</source>
        <translation>
            <numerusform>Not saved: %n mistake to correct (marked in red).</numerusform>
            <numerusform>Not saved: %n mistakes to correct (marked in red).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1, field %2</source>
        <translation>Step %1, field %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>The service as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffAccountsPage</name>
    <message>
        <source>The account %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the account %1 (%2)? It can sign in again with its password and authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? It is signed out everywhere at once and cannot sign in until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled; its sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 (%2) a new authenticator secret? Codes from the old one stop working at once; the new secret is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Cancel</translation>
    </message>
    <message>
        <source>E&amp;nable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworkers, heads of office and administrators. Every account signs in with its password and an authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished">Re&amp;load</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffCasePage</name>
    <message>
        <source>The case could not be loaded. %1</source>
        <translation>The case could not be loaded. %1</translation>
    </message>
    <message>
        <source>The note was added.</source>
        <translation>The note was added.</translation>
    </message>
    <message>
        <source>The message was sent to the citizen.</source>
        <translation>The message was sent to the citizen.</translation>
    </message>
    <message>
        <source>The request was sent. The citizen decides whether the record is passed on.</source>
        <translation>The request was sent. The citizen decides whether the record is passed on.</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <source>Citizen unknown</source>
        <translation>Citizen unknown</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>deadline %1 (overdue)</source>
        <translation>deadline %1 (overdue)</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>me</source>
        <translation>me</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assigned to %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Show file %1</source>
        <translation>Show file %1</translation>
    </message>
    <message>
        <source>Show file %1 of “%2”</source>
        <translation>Show file %1 of “%2”</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <source>No document has been issued yet.</source>
        <translation>No document has been issued yet.</translation>
    </message>
    <message>
        <source>%1, serial number %2, issued %3</source>
        <translation>%1, serial number %2, issued %3</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>the citizen</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>the office</translation>
    </message>
    <message>
        <source>the payment provider</source>
        <translation>the payment provider</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>received as “%1”</source>
        <translation>received as “%1”</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation>Until: %1</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>No internal notes yet.</source>
        <translation>No internal notes yet.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>The message thread is not available on this server.</source>
        <translation>The message thread is not available on this server.</translation>
    </message>
    <message>
        <source>This service has no fee.</source>
        <translation>This service has no fee.</translation>
    </message>
    <message>
        <source>Fee %1; no payment has been started.</source>
        <translation>Fee %1; no payment has been started.</translation>
    </message>
    <message>
        <source>Fee %1: %2</source>
        <translation>Fee %1: %2</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Refunded: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Last change: %1</translation>
    </message>
    <message>
        <source>Payment number: %1</source>
        <translation>Payment number: %1</translation>
    </message>
    <message>
        <source>Data transfers are not available on this server yet.</source>
        <translation>Data transfers are not available on this server yet.</translation>
    </message>
    <message>
        <source>No records were requested for this case.</source>
        <translation>No records were requested for this case.</translation>
    </message>
    <message>
        <source>Records: %1; purpose: %2</source>
        <translation>Records: %1; purpose: %2</translation>
    </message>
    <message>
        <source>Delivered: the record is part of this case.</source>
        <translation>Delivered: the record is part of this case.</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>Requested %1</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s answer.</source>
        <translation>Waiting for the citizen&apos;s answer.</translation>
    </message>
    <message>
        <source>No action is possible in this state.</source>
        <translation>No action is possible in this state.</translation>
    </message>
    <message>
        <source>The case was changed in the meantime by %1 (%2). The current state is shown.</source>
        <translation>The case was changed in the meantime by %1 (%2). The current state is shown.</translation>
    </message>
    <message>
        <source>The case was changed in the meantime by %1. The current state is shown.</source>
        <translation>The case was changed in the meantime by %1. The current state is shown.</translation>
    </message>
    <message>
        <source>Loading the file…</source>
        <translation>Loading the file…</translation>
    </message>
    <message>
        <source>The file could not be loaded. %1</source>
        <translation>The file could not be loaded. %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffHomePage</name>
    <message>
        <source>Good day</source>
        <translation>Good day</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>Good day, %1</translation>
    </message>
    <message>
        <source>all offices</source>
        <translation>all offices</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffInboxPage</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Everyone&apos;s cases</source>
        <translation>Everyone&apos;s cases</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>The cases could not be loaded. %1</source>
        <translation>The cases could not be loaded. %1</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Loading cases…</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>No cases match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n case shown; more load as you scroll.</numerusform>
            <numerusform>%n cases shown; more load as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Name of the filter:</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StatisticsDialog</name>
    <message>
        <source>Statistics of the office</source>
        <translation>Statistics of the office</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Statistics are not available on this server yet.</source>
        <translation>Statistics are not available on this server yet.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Open in total</source>
        <translation>Open in total</translation>
    </message>
    <message numerus="yes">
        <source>Median processing time (cases closed in the last %n day(s))</source>
        <translation>
            <numerusform>Median processing time (cases closed in the last %n day)</numerusform>
            <numerusform>Median processing time (cases closed in the last %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>no closed cases</source>
        <translation>no closed cases</translation>
    </message>
    <message>
        <source>Received in the last 30 days</source>
        <translation>Received in the last 30 days</translation>
    </message>
    <message>
        <source>Closed in the last 30 days</source>
        <translation>Closed in the last 30 days</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SubmissionResultPage</name>
    <message>
        <source>Your application waits to be sent</source>
        <translation>Your application waits to be sent</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>The city&apos;s server cannot be reached right now. Your application is kept safely on this computer and sent by itself as soon as the server answers again; it is filed only once. You can close Rathaus meanwhile.</source>
        <translation>The city&apos;s server cannot be reached right now. Your application is kept safely on this computer and sent by itself as soon as the server answers again; it is filed only once. You can close Rathaus meanwhile.</translation>
    </message>
    <message>
        <source>Your application has been received</source>
        <translation>Your application has been received</translation>
    </message>
    <message>
        <source>Please quote the reference if you contact the office.</source>
        <translation>Please quote the reference if you contact the office.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SuggestionsDialog</name>
    <message>
        <source>Suggestions from citizens</source>
        <translation>Suggestions from citizens</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>The chosen suggestion</source>
        <translation>The chosen suggestion</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The suggestions could not be loaded. %1</source>
        <translation>The suggestions could not be loaded. %1</translation>
    </message>
    <message>
        <source>Loading suggestions…</source>
        <translation>Loading suggestions…</translation>
    </message>
    <message>
        <source>No suggestions yet.</source>
        <translation>No suggestions yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n suggestion shown; more load as you scroll.</numerusform>
            <numerusform>%n suggestions shown; more load as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n suggestion.</numerusform>
            <numerusform>%n suggestions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::TotpEnrolmentDialog</name>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this secret to the colleague&apos;s authenticator app now: it is shown only this once. If it gets lost, reset the authenticator to issue a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-based codes (TOTP): SHA-1, 6 digits, every 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rathaus::ui::TransferRequestDialog</name>
    <message>
        <source>Request a record</source>
        <translation>Request a record</translation>
    </message>
    <message>
        <source>Request a record from another office</source>
        <translation>Request a record from another office</translation>
    </message>
    <message>
        <source>The citizen is asked first and decides. Say what you need the record for and on which legal basis.</source>
        <translation>The citizen is asked first and decides. Say what you need the record for and on which legal basis.</translation>
    </message>
    <message>
        <source>From &amp;office</source>
        <translation>From &amp;office</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>e.g. checking the child&apos;s birth for parental benefit</source>
        <translation>e.g. checking the child&apos;s birth for parental benefit</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>e.g. § 1 BEEG</source>
        <translation>e.g. § 1 BEEG</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Send request</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Marriage</source>
        <translation>Marriage</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Please choose the office that holds the record.</source>
        <translation>Please choose the office that holds the record.</translation>
    </message>
    <message>
        <source>Please choose at least one kind of record.</source>
        <translation>Please choose at least one kind of record.</translation>
    </message>
    <message>
        <source>Please state the purpose.</source>
        <translation>Please state the purpose.</translation>
    </message>
    <message>
        <source>Please state the legal basis.</source>
        <translation>Please state the legal basis.</translation>
    </message>
    <message>
        <source>Kinds of record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ClaimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales claims and reward points on MyRewards, Claret, Peak and Thalamus, with a training mode on a built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party software and licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the licences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licences could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what happened, for support: no passwords, tokens or keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>not sent: the same claim is already in the outbox as #{id} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the same claim as an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} queued to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} invalid not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} duplicates not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn: the user cancelled the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent, to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent, a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent, cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply fix to {n} cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete 1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Batch — {target} · {connection}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How dates are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: day first (31/12/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: month first (12/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: year first (2026/12/31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How numbers are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: decimal comma (1.234,50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: decimal point (1,234.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet row that names the columns; the rows above it are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims in this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or XLSX file, or paste rows copied from a spreadsheet, to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every row without problems (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cells copied from a spreadsheet, header row included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the cell above into the selected cells (several rows selected: the top one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put today&apos;s date in the selected date cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy cells as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste cells here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rows with problems, with the reason, to CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a send: two files, the accepted rows with their claim numbers and points, and every other row with its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the rows first: the results are the platform&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the sending is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new row (grid line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {row}: claim #{id}, {state}, entered {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {row}: the same as {earlier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {n:,} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same claims again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} rows were already sent or queued, or repeat an earlier row:
{lines}

Send them again? (No sends only the new rows.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table under row {row}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {count:,} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} rows from {source}{notes}: {bad:,} with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New row, {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {more:,} more: show only rows with problems to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: {n:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this fi&amp;x to the {n:,} identical problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {old} to {new} in the other {field} cells that have the same problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill down copies the cell above: choose a cell below another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+; puts today&apos;s date in a date cell: choose one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same fix made in {n:,} more cells (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send {n:,} valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send 1 valid row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row is ready to send: import or type rows, and fix their problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is still opening; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row is ready to send: fix the problems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {n:,} claims to the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {done:,} of {total:,}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the request being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped: {error}. Claims already saved stay in the outbox (Ctrl+O in the main window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rows to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the results files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results saved: {accepted} and {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} rows saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} unsent rows restored from the draft kept {when}: send them, or close the window and discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} rows have not been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row has not been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft opens again with the next batch window for {target} on {connection}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as draft and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Error: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimPage</name>
    <message>
        <source>Estimated points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form for a new claim (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and send the claim (Ctrl+Enter); the draft is kept as you type (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connection and what to claim against first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be opened ({why}), so claims cannot be saved or sent. Check that the data folder is writable, then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: this form uses what the platform sent at {when}. Claims you submit are kept in the outbox and sent when the platform can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward points updated: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated points: {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this connection&apos;s address or credentials; waiting claims then go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fields} fields{details}, fetched {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated points: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once the product and quantity are valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: correct the {count} marked field(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. The form still holds the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the claim to the outbox and sending it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: it is already in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• claim #{id}, {state}, entered {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same claim again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same claim is already in the outbox:
{lines}

Send it again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued as claim #{id}: {why} Correct the credentials (or have the permission granted), then save the connection: the claim goes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued as claim #{id}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim #{id} needs a look in the outbox: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is ready for the next claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Correct the form and submit to send claim #{id} again, or Clear to start a new claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed unexpectedly: {error}. The form still holds the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim sent from this form yet to repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last claim is back in the form: change what differs and submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim: the form is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved; it is offered back when this form opens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the claim you were entering at {when}. Clear the form to discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting rejected claim #{id}; submitting sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claret</name>
    <message>
        <source>Claret&apos;s sales upload (POST) is in beta: Claret&apos;s own documentation says it may not behave as expected and must not be used for production data. Send to Claret anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales (beta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a usual sale type; Claret refuses ones it does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a usual timing interval; Claret refuses ones it does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret will create the item “{name}” if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret will create the customer group “{name}” if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item “{name}” is not among recent sales: Claret refuses names it does not know unless “Create missing items and customer groups” is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer group “{name}” is not among recent sales: Claret refuses names it does not know unless “Create missing items and customer groups” is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {email}: Claret gave a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was accepted for tenant “{tenant}”, but Claret refused a query for {sale_type} sales: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret ({who}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May read sales of tenant “{tenant}”: {count} {sale_type} records in the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} items and {groups} customer groups from recent {sale_type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer group “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale {ids} stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret created {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by Claret (beta): {stored} as {sale_type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API token of this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret refused the sign-in of {email} (HTTP {status}). Check the sign-in email and password of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret&apos;s answer to the sign-in of {email} was not data (HTTP {status}), so no token could be read. Check the address and tenant of this connection. The answer began: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret refused the sign-in of {email}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret&apos;s answer to the sign-in of {email} held no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret refused the token it had just given {email} (HTTP {status}). Try again; if it goes on, ask your Claret administrator whether this account may use the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret refused the API token of this connection (HTTP {status}); it may have expired. Enter a new one, or your sign-in email and password instead (then ClaimDesk fetches tokens itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret answered with a web page (or a redirect to one) instead of data, which is how it refuses a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this request for sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer began: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret refused {what} to {who} (HTTP 403): the account lacks that permission. Ask your Claret administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret has no tenant “{tenant}” at {url} (HTTP 404). Check the Tenant setting of this connection (the name in plan.claret.app/TENANT/…) and its address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The server&apos;s certificate is not trusted: {where} ({why}). Nothing was sent; check the address, or ask the platform&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach {where}. Check the network connection; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {where} broke before the answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}. It is safe to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}. The server may or may not have stored it; check on the platform before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP {status}) to {location}. ClaimDesk does not follow redirects, so that the credentials go only to {where}; check the connection&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP 401). Check the API key and secret of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials lack the permission for this action (HTTP 403). Ask the platform&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something between ClaimDesk and {where} answered HTTP {status} instead of the platform, after the request went out. The server may or may not have stored it; check on the platform before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server (HTTP 404): {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}. It asked to wait {seconds} s before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s {what} was not in the expected shape ({where}: {why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (HTTP {status}, {kind}, expected JSON).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims go to the built-in sandbox with demo data, never to a real platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the form&apos;s fields and choices from the platform again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a connection first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection offers nothing to claim against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Offline (saved data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not reachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick {label} from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/DD/YYYY or today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY or today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025-01-28T14:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Sale type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Claret sale type the sales belong to, e.g. History or Forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create missing items and customer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create items and customer groups that Claret does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s name in Claret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer group&apos;s name in Claret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the sale, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period the quantity covers: Daily, Weekly or Monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units, a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or activity ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reward point reference (SKU) the sale claims against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold, a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username or email of the person earning the points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards user ID, instead of a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the platform asked for it on this promotion&apos;s claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for promotions with returns enabled; ClaimDesk makes it required once the platform asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units demanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value demanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size, colour, pack… written the same way on every row, e.g. size:L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net units sold for this variant, after returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time with its zone, e.g. 2025-01-28T14:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (credential principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner SKU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy SKU key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy SKU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s principal in Thalamus; one of this partner&apos;s customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the sale, YYYY-MM-DD; today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommended way to name the product: unit equivalences apply. Leave blank to use the legacy SKU key and code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU reference code (e.g. EAN), with the legacy SKU code. No unit equivalences apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU code under the legacy SKU key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of units sold (a decimal number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total value of the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own unique ID for this sale. Leave blank and ClaimDesk makes one (CD-…). Thalamus stores a repeated ID as a second sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the origin of the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus&apos;s ID of the vendor, a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional detail, at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The performance product&apos;s ref (SKU) that claims are made against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units that must be claimed to earn the points; 1 when the promotion has returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points awarded for each quantity claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First eligible sale day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last eligible sale day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids of the user groups that may claim it, separated by commas; empty for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it can be claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username or email of the person who claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The returns identifier the claim was sent with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference (SKU) the claim was made against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units returned, a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{source} is not a text file (it looks binary). Save it as CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} mixes two text encodings: some lines are UTF-8 and line {line:,} is not. Open it in a spreadsheet and save it again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is neither UTF-8 nor Windows-1252 text (line {line:,}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, line {line}: {count:,} columns; a claims file has at most {most:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, line {line}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns separated by {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is {size} MB; at most {most} MB can be imported at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} cannot be read: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be written: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in your locale {locale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only order every value fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in your locale {locale}; some values fit no order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {example} read as {shown} ({order}, {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {example} is no real date, whether day, month or year comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: spreadsheet day numbers read as dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only mark the values fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: row {row} is empty; it cannot be the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows {first}–{last} skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} holds no table: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has {width:,} columns; a claims file has at most {most:,}. Is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, row {row}: a cell is longer than {most:,} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has a header row but no claims under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is too big to read: ClaimDesk reads workbooks of at most {rows:,} rows, {cells:,} cells and {megabytes:,} MB unpacked. Split it, or save it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a readable XLSX workbook ({error}). Is it damaged or another format?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has no sheet named {sheet}; it has: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Install and unlock a Secret Service keyring: on Debian or Ubuntu &apos;sudo apt-get install gnome-keyring&apos; and log in to a desktop session (or, on a server, run ClaimDesk inside &apos;dbus-run-session&apos; after unlocking the keyring with &apos;gnome-keyring-daemon --unlock&apos;). Or opt in to an encrypted file: &apos;pip install keyrings.alt&apos; and set PYTHON_KEYRING_BACKEND=keyrings.alt.file.EncryptedKeyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the system keychain (macOS Keychain or Windows Credential Manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keyring was found ({name}). {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring cannot be used: {error}. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked, so the secret could not be used. Unlock it (log in to the desktop, or &apos;gnome-keyring-daemon --unlock&apos;) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused: {error}. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form for a new claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet of claims into the batch grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ClaimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo what was undone in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste into the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the field&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims waiting to be sent or needing a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark as the system is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, whatever the system uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark, whatever the system uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, test or remove connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reward points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, create and edit the reward points of a promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales &amp;browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the sales Claret already holds, over every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return MyRewards claims from a form or a file: their points are taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and other preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut of this window, and where it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of ClaimDesk&apos;s log files, for troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;problem report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One zip for support: versions, recent logs and outbox messages, no secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClaimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, and the licences of bundled software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connection and what to claim against first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection in use has no reward points to manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection in use offers no sales browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection in use has no returned claims (MyRewards has)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a connection first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in a text field first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo in this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo in this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language saved: it applies the next time ClaimDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ClaimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many claims at once: import a spreadsheet or paste rows (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the training sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimDesk — Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sandbox failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connection profiles could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit ClaimDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training · {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection offers nothing to enter claims for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load from the platform: {error}

Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load from the platform: {error}

Correct the credentials (or have the permission granted), then save the connection: the form loads again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Credentials refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim #{id} is waiting: {why} Correct the credentials (or have the permission granted), then save the connection: the claim goes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The returns could not be opened: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log files are in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log folder could not be made: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim #{id} belongs to the connection {name}, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That claim&apos;s target is not offered now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(ignore this column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns of {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column fills. Columns left as ignored are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column names are in &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column {n}, no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled by two columns: {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for the required {f}: those cells will show as missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyRewards</name>
    <message>
        <source>self claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} promotions do not take sales data; only data upload promotions do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{reference}” is not a reward point of this promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward point “{reference}” is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward point “{reference}” only counts sales dated {windows}, not {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a username or a user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts toward the minimum of {minimum}; earns 0 points until reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier units of the same product and user may add to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {name} — {points} points per {quantity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} reward points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET data fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET reward points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST/PATCH reward points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST data (sales data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST returned claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards&apos; answer to the {what} request could not be read (HTTP {status}, {kind}, expected JSON). Check the connection&apos;s address. The answer began: “{answer}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an empty answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards refused the request (HTTP {status}) with an answer that could not be read: “{answer}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards refused the request: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {number} was refused, so nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key and secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key (this connection has no secret key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards refused {credentials} (HTTP 401). Check the connection&apos;s API key and secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards accepted the API key but it lacks the “{permission}” permission (HTTP 403). Ask the MyRewards administrator to grant it to this API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards answered “not found” (HTTP 404) at {url}. Check the connection&apos;s address (the MyRewards site, without /api/…) and the promotion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards accepted the request (HTTP {status}) but its answer could not be read, so it is unknown which claims earn points. Check on the platform before sending again. The answer began: “{answer}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards accepted the request but answered for {answered} of {sent} records. Check on the platform before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards could not be reached; only the copy of its promotions kept on this computer answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards accepted the API key and secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards accepted the API key (no secret key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May read promotions: {count} found, {uploads} take sales data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards offers no promotion {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion {name} (#{id}) is not available for claims: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns — {name} — #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this claim: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: {quantity} of {product} ({identifier}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused this return: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform received the claim but created none, so it earns no points: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: claim {ids} earns {points} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform found no valid value here: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Another ClaimDesk is sending; the claims stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Will send when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Will send when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the same claim was accepted meanwhile as #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Will try again in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another ClaimDesk is sending; nothing was queued. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxBadge</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims waiting to be sent or needing a look (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox · {r} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: {q} waiting · {u} to check · {r} refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim details and attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim to see its values and attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct and resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected claim and every attempt to send it, for support: no passwords, tokens or keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the claim&apos;s attempts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an accepted MyRewards claim sent with a returns identifier can be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was &amp;stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a claim to check that you found on the platform: it counts as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a waiting claim or one to check can be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a refused claim can be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a claim to check can be marked as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a waiting, refused or to-check claim can be discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{claim} — {state} — {connection} — {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard claim #{id} ({summary})? It will not be sent; it stays in the history as discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return goods of an accepted claim sent with a returns identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  #{id} {when}: {quantity} returned — {state}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the listed claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of claim #{id} ({summary}) to return, at most {left}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {quantity} of {product} from claim #{id}? The platform takes back their points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything claimed in #{id} is already returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Claim no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxViews</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting: every claim has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check: the platform answered every claim sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing refused: the platform took every claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent in these dates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims entered in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimDesk could not tell whether the platform stored these claims (the line broke after they were sent). Look for each one on the platform: if it is there, choose “It was stored”; if it is not, choose “Send again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Peak</name>
    <message>
        <source>repeats row {row}: the same product, location, variant and time; only one of them would be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — sales by product variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products and locations suggested from your earlier rows: {p}, {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products and locations typed freely (no earlier rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: Peak updated the row it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: Peak stored the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: Peak took the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (row {row})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: 1 row to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {count} rows to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak checked {rows} row(s) and stored none (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted {rows} row(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted {rows} row(s): {inserted} new, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload path found: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload path works: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of 1 row validated (nothing stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak checked the dry run&apos;s test row (the documentation&apos;s example; nothing stored) and refused it, as it may when that product or location is not yours: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an empty answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak refused the rows (HTTP {status}) with an answer ClaimDesk cannot read, so none of them is taken as stored. The answer began: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answer does not count the rows it took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answer counts {taken} of the {sent} rows sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak answered HTTP {status} to the dry run, but {why}, so ClaimDesk cannot tell whether it checked the {count} row(s). The answer began: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak answered HTTP {status}, but {why}, so ClaimDesk cannot tell whether it stored the {count} row(s): they stay in doubt (unknown) until you check on Peak. ClaimDesk expects the answer to count the rows in &quot;rows&quot; (a guess: Peak&apos;s documentation shows no answer). The answer began: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak accepted the personal access token but it lacks the permission to upload here (HTTP 403). Ask your Peak administrator for a token that may write this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak refused the personal access token (HTTP {status}). Check the token of this connection: it may be mistyped, expired or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak has no upload at {url} (HTTP 404). Check the address and the object prefix and suffix, or set the connection&apos;s upload path to auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak answered 404 (not found) at both documented upload paths, {first} and {second}. Check the address ({url}) and the object prefix and suffix (object {name}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <source>Problem report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem report was saved to:
{path}

Send this file to support. It holds no passwords, tokens or keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem report could not be saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MyRewards API key (not secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if your MyRewards API key has no secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant name in Claret&apos;s URLs (plan.claret.app/TENANT/…), e.g. demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email you sign in to Claret with. ClaimDesk then asks Claret for a token with your password, and for a new one when it expires. Leave empty to use an API token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (with an email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Claret password; asked for only with a sign-in email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token (without an email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Claret API token you already have; asked for only without a sign-in email. It is not renewed when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solutionName, e.g. QP_OOTB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. QP_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. _OOTB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: Test connection (or the first send) finds it; objects: /api/v2/objects/…; ingest: /api/v2/ingest/object/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DESKTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the partner logs in; leave empty for the documented /api/v4/signin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for a touchpoint that needs no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a web address such as https://platform.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password; secrets go in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain ? or # parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use https:// for {host}; plain http:// is allowed only for this computer (127.0.0.1, localhost), where the training sandbox runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain / \ : or a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the platform&apos;s web address, such as https://platform.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not begin with “{prefix}”, which marks training mode&apos;s connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: {platform} needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile {name} in {path} is invalid: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile named {name} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} has no secret {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new {platform} profile needs its secrets: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with these settings, the {platform} profile needs: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring holds no {secret} for profile {name}; edit the profile and enter it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode&apos;s connections are built in: they are not saved here and need no settings. Your own connections are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what the test sent and what the server answered, for support: no secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keyring — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; kept only in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required; kept only in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Correct the connection, then test it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last test failed: {why}

Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}; its secrets are in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its new address or credentials are not tested: press Test connection to check them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name} and its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile {name} and delete its secrets from the keyring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Claim #{id} cannot be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection {name} is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to {left} (what is left of the claim)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsWindow</name>
    <message>
        <source>{target} · {connection}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardPointDialog</name>
    <message>
        <source>New reward point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reward point {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion: {name} (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — id {id}, promotion {promotion}. Only the fields you change are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This promotion accepts returns, so the quantity must be 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields shown, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardPoints</name>
    <message>
        <source>Reward point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of user group ids (whole numbers ≥ 1), not “{item}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be changed on an existing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required; it cannot be emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 because the promotion accepts returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be on or after the date from ({start}), not {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created reward point {id} ({reference}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in reward point {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the server&apos;s version first: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward point {id} ({reference}) is no longer in this promotion on the server. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward point {id} ({reference}) was changed on the server since this list was fetched ({changed}). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated reward point {id} ({reference}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward point {id} was already so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward point {id} ({reference}) is no longer in this promotion: not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward point {id} ({reference}) was changed again since ({changed}): not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: no column for {missing} (columns found: {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: correct the fields shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sent} saved, {unchanged} unchanged, {failed} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}, {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardPointsModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardPointsWindow</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward points — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every page again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference, name, group or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one reward point per row of a CSV or XLSX file (columns: reference, quantity, points_per_quantity, date_from, date_to, user_group_ids, active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown, in the order shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after {count} reward points: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} · {count} loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading promotions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} reward points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} reward points shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} · loading since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} · fetched at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({minutes} min ago — edits are checked against the server first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a promotion first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one row to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more rows first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo “{what}” (Ctrl+Z): send the previous values back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in this session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} The form now shows the server&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Save your values over the server&apos;s anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate {count} reward points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {count} reward points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}? Each is changed on MyRewards at once; Undo change (Ctrl+Z) sends the previous values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating {count}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating {count}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo “{what}”? The previous values of {count} reward point(s) are sent back to MyRewards; one created here is deactivated (MyRewards cannot delete it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing “{what}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the change is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create reward points from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating reward points from {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of {count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} of {total} rows created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows not created are in {path}, each with its problem: correct them there and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of rows to correct could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reward points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <source>Sell date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to {most:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{records:,} records · quantity {quantity:,} · {items:,} items · {groups:,} customer groups{span}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesWindow</name>
    <message>
        <source>Claret sales — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of days from the start date (duration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flattened hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the item and customer hierarchy columns (include_flattened_hierarchy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load some sales first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until every page is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {count} of {total} records loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} · %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after {count} records: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sale type and dates, then Load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>{name}{suffix} — not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {noun}(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: 1 field to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {count} fields to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claret (sales upload in beta), sandbox at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyRewards, sandbox at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak, sandbox at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus, sandbox at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {platform}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language also sets how numbers and dates are written. A new language applies the next time ClaimDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record network traffic for troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each exchange with the platforms is written to the log, with passwords, tokens and keys blanked, to show support what was sent and answered. It switches itself off after {hours} hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On until {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in ClaimDesk works from the keyboard. Alt and an underlined letter also reach a labelled field, a button or a menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and submit the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim: empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the last claim sent from this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the draft now (it is also kept as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch grid: many claims at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the form&apos;s fields and choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit ClaimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous field or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a date field&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send no&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the waiting claims now, without waiting for their next turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — {count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sent at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim sent, +{points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} claims sent, +{points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} claims sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} claims refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} claims to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim is still waiting to be sent. It will be sent the next time ClaimDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} claims are still waiting to be sent. They will be sent the next time ClaimDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch grid has 1 row not sent; it is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch grid has {count} rows not sent; they are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>{count} rows exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thalamus</name>
    <message>
        <source>use either the partner SKU code or the legacy SKU key and code, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the partner SKU code, or the legacy SKU key and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed with the legacy SKU code: enter both, or use the partner SKU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed with the legacy SKU key: enter both, or use the partner SKU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be today or earlier: Thalamus refuses sales dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 2000-01-01 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a customer of this partner (unknown, or owned by another partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login of this connection is not a partner; only a partner login can record sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code, for example USD or EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a vendor Thalamus knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long for Thalamus (at most 255 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a real date, such as 2026-03-31 or the day, month and year in your usual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus could not read the request (malformed JSON); nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was already sent from this desktop; Thalamus would store the sale twice. Leave it blank to get a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was already sent from this desktop and may have been stored; check on Thalamus before using it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equivalence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 counts as {factor} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner sales · {touchpoint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not one of this partner&apos;s SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy SKU: Thalamus applies no unit equivalences to the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match a record in Thalamus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a currency code Thalamus knows (ISO 4217, for example USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of this partner&apos;s SKUs in Thalamus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a SKU Thalamus knows under this legacy SKU key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not found in Thalamus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in the format Thalamus expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was refused by Thalamus (code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus refused the sale (code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus does not let the partner “{principal}” list partner SKUs (HTTP 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Thalamus server does not list partner SKUs (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} partner SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner SKU list: {why}; type the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {principal} at touchpoint {touchpoint} ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner SKUs readable: {count} found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (Transaction ID {id}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: Thalamus recorded the sale (transaction ID {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the transaction ID of row {row} of this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus refused the request (HTTP {status}) without saying why in its error shape; it answered: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus refused the partner login of “{principal}” at touchpoint “{touchpoint}” (HTTP {status}) without saying why in its error shape; it answered: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus refused the partner login of “{principal}” (HTTP 401): the principal or password is wrong. Check them in this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus does not let the partner “{principal}” log in at touchpoint “{touchpoint}” (HTTP 403). Check the touchpoint code and its API token, or ask Thalamus&apos;s administrator to allow this partner there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus has no login at {url} (HTTP {status}). Check the connection&apos;s address and its Login path setting (the documented one is {default}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus, partner login of “{principal}” at touchpoint “{touchpoint}”: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner password must be empty (a touchpoint that needs none) or have {low} to {high} characters (Thalamus&apos;s rule); this connection&apos;s has {size}. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus refused the partner “{principal}” again right after a new login (HTTP 401): neither the session cookie nor the Basic principal and password were accepted. Nothing was stored; check the partner principal and password, or ask Thalamus&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the partner login at {url} (HTTP {status}) is not Thalamus&apos;s: it is not JSON. Check the connection&apos;s address and its Login path setting. It answered: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalamus&apos;s list of partner SKUs could not be read (HTTP {status}, not JSON). It answered: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the claims entered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chosen claim as text, to paste into a message (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the refused claim back in the form (Enter on its row); submitting sends it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return goods of an accepted claim sent with a returns identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims entered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered today yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;day ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {count} claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a claim in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an accepted MyRewards claim sent with a returns identifier can be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a refused claim can be corrected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must be at most {limit} characters (it has {length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time with its zone, for example 2025-01-28T14:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs its time zone, for example 2025-01-28T14:30:00Z or +01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be yes or no (1 or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a real date, such as 2026-03-31 or the day, month and year in your usual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long a number (at most {digits} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large a number (at most 15 digits before the point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has too many digits: at most {digits} significant digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, for example 1250.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from {low:,} to {high:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number ≥ {low:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start training &amp;mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise with demo data on the built-in sandbox; nothing reaches a real platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection yet.

Start training mode to try ClaimDesk on the built-in sandbox with demo data for MyRewards, Claret, Peak and Thalamus. No account is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sales claims for MyRewards, Claret, Peak and Thalamus: every rule is checked before anything is sent, and the outbox never loses a claim.

Try it first in training mode, on a built-in sandbox with demo data (no account needed), or add a connection profile for your platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ClaimDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ClaimDesk.

Add a connection to your platform, or start training mode to try everything on the built-in sandbox with demo data. No account is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the training sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training sandbox could not start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

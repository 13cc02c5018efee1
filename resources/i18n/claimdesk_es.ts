<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ClaimDesk</source>
        <translation>Acerca de ClaimDesk</translation>
    </message>
    <message>
        <source>Sales claims and reward points on MyRewards, Claret, Peak and Thalamus, with a training mode on a built-in sandbox.</source>
        <translation>Reclamaciones de ventas y puntos de recompensa en MyRewards, Claret, Peak y Thalamus, con un modo de práctica en un entorno de pruebas integrado.</translation>
    </message>
    <message>
        <source>Third-party software and licences:</source>
        <translation>Software de terceros y licencias:</translation>
    </message>
    <message>
        <source>Reading the licences…</source>
        <translation>Leyendo las licencias…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The licences could not be read: {why}</source>
        <translation>No se pudieron leer las licencias: {why}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Página web</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy what happened, for support: no passwords, tokens or keys</source>
        <translation>Copiar lo ocurrido, para el soporte: sin contraseñas, tokens ni claves</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>not sent: the same claim is already in the outbox as #{id} ({state})</source>
        <translation>no enviada: la misma reclamación ya está en la bandeja de salida como n.º {id} ({state})</translation>
    </message>
    <message>
        <source>not sent: the same claim as an earlier row</source>
        <translation>no enviada: es la misma reclamación que una fila anterior</translation>
    </message>
    <message>
        <source>{n:,} accepted</source>
        <translation>{n:,} aceptadas</translation>
    </message>
    <message>
        <source>{n:,} rejected</source>
        <translation>{n:,} rechazadas</translation>
    </message>
    <message>
        <source>{n:,} unknown</source>
        <translation>{n:,} desconocidas</translation>
    </message>
    <message>
        <source>{n:,} queued to retry</source>
        <translation>{n:,} en cola para reintentar</translation>
    </message>
    <message>
        <source>{n:,} invalid not sent</source>
        <translation>{n:,} no válidas sin enviar</translation>
    </message>
    <message>
        <source>{n:,} duplicates not sent</source>
        <translation>{n:,} duplicadas no enviadas</translation>
    </message>
    <message>
        <source>{n:,} not sent (cancelled)</source>
        <translation>{n:,} sin enviar (cancelado)</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>reclamación</translation>
    </message>
    <message>
        <source>withdrawn: the user cancelled the batch</source>
        <translation>retirada: el usuario canceló el lote</translation>
    </message>
    <message>
        <source>not sent: cancelled</source>
        <translation>sin enviar: cancelado</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>Número de reclamación</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>check needed</source>
        <translation>por comprobar</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>esperando envío</translation>
    </message>
    <message>
        <source>not sent, to correct</source>
        <translation>no enviada, por corregir</translation>
    </message>
    <message>
        <source>not sent, a duplicate</source>
        <translation>no enviada, duplicada</translation>
    </message>
    <message>
        <source>not sent, cancelled</source>
        <translation>no enviada, cancelada</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{count} to fix</source>
        <translation>{count} por corregir</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} puntos</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Editar celda</translation>
    </message>
    <message>
        <source>Apply fix to {n} cells</source>
        <translation>Aplicar la corrección a {n} celdas</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Rellenar hacia abajo</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Fecha de hoy</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Duplicar filas</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Vaciar celdas</translation>
    </message>
    <message>
        <source>Delete 1 row</source>
        <translation>Eliminar 1 fila</translation>
    </message>
    <message>
        <source>Delete {count} rows</source>
        <translation>Eliminar {count} filas</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Batch — {target} · {connection}</source>
        <translation>Lote — {target} · {connection}</translation>
    </message>
    <message>
        <source>How dates are read</source>
        <translation>Cómo se leen las fechas</translation>
    </message>
    <message>
        <source>Dates: day first (31/12/2026)</source>
        <translation>Fechas: día primero (31/12/2026)</translation>
    </message>
    <message>
        <source>Dates: month first (12/31/2026)</source>
        <translation>Fechas: mes primero (12/31/2026)</translation>
    </message>
    <message>
        <source>Dates: year first (2026/12/31)</source>
        <translation>Fechas: año primero (2026/12/31)</translation>
    </message>
    <message>
        <source>How numbers are read</source>
        <translation>Cómo se leen los números</translation>
    </message>
    <message>
        <source>Numbers: decimal comma (1.234,50)</source>
        <translation>Números: coma decimal (1.234,50)</translation>
    </message>
    <message>
        <source>Numbers: decimal point (1,234.50)</source>
        <translation>Números: punto decimal (1,234.50)</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Fila de &amp;cabecera:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de cabecera</translation>
    </message>
    <message>
        <source>The sheet row that names the columns; the rows above it are skipped.</source>
        <translation>La fila de la hoja que nombra las columnas; las filas de encima se omiten.</translation>
    </message>
    <message>
        <source>Claims in this batch</source>
        <translation>Reclamaciones de este lote</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problemas por corregir</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Mostrar solo filas con pro&amp;blemas</translation>
    </message>
    <message>
        <source>Import a CSV or XLSX file, or paste rows copied from a spreadsheet, to start.</source>
        <translation>Para empezar, importe un archivo CSV o XLSX, o pegue filas copiadas de una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Send valid rows</source>
        <translation>&amp;Enviar filas válidas</translation>
    </message>
    <message>
        <source>Send every row without problems (Ctrl+Enter)</source>
        <translation>Enviar todas las filas sin problemas (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <source>Import CSV or XLSX</source>
        <translation>Importar CSV o XLSX</translation>
    </message>
    <message>
        <source>Paste &amp;table</source>
        <translation>Pegar &amp;tabla</translation>
    </message>
    <message>
        <source>Import cells copied from a spreadsheet, header row included</source>
        <translation>Importar celdas copiadas de una hoja de cálculo, con la fila de encabezados</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Añadir fila</translation>
    </message>
    <message>
        <source>Add an empty row</source>
        <translation>Añadir una fila vacía</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Copiar las filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Fill down</source>
        <translation>Rellenar hacia a&amp;bajo</translation>
    </message>
    <message>
        <source>Copy the cell above into the selected cells (several rows selected: the top one)</source>
        <translation>Copia la celda de arriba en las celdas seleccionadas (con varias filas seleccionadas: la primera)</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s date</source>
        <translation>Fecha de &amp;hoy</translation>
    </message>
    <message>
        <source>Put today&apos;s date in the selected date cells</source>
        <translation>Pone la fecha de hoy en las celdas de fecha seleccionadas</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Eliminar las filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy cells as text</source>
        <translation>Copiar las celdas como texto</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste cells here</source>
        <translation>Pegar las celdas aquí</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Vaciar celdas</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Vaciar las celdas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Export problems…</source>
        <translation>E&amp;xportar problemas…</translation>
    </message>
    <message>
        <source>Save rows with problems, with the reason, to CSV or XLSX</source>
        <translation>Guardar las filas con problemas, con el motivo, en CSV o XLSX</translation>
    </message>
    <message>
        <source>Export &amp;results…</source>
        <translation>Exportar &amp;resultados…</translation>
    </message>
    <message>
        <source>After a send: two files, the accepted rows with their claim numbers and points, and every other row with its reason</source>
        <translation>Tras un envío: dos archivos, las filas aceptadas con su número de reclamación y sus puntos, y las demás filas con su motivo</translation>
    </message>
    <message>
        <source>Send the rows first: the results are the platform&apos;s answers</source>
        <translation>Envíe primero las filas: los resultados son las respuestas de la plataforma</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send valid rows</source>
        <translation>Enviar filas válidas</translation>
    </message>
    <message>
        <source>Wait until the sending is over</source>
        <translation>Espere a que termine el envío</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>No hay nada que deshacer</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>No hay nada que rehacer</translation>
    </message>
    <message>
        <source>a new row (grid line {line})</source>
        <translation>una fila nueva (línea {line} de la tabla)</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>• {row}: claim #{id}, {state}, entered {when}</source>
        <translation>• {row}: reclamación n.º {id}, {state}, introducida el {when}</translation>
    </message>
    <message>
        <source>• {row}: the same as {earlier}</source>
        <translation>• {row}: igual que {earlier}</translation>
    </message>
    <message>
        <source>…and {n:,} more</source>
        <translation>…y {n:,} más</translation>
    </message>
    <message>
        <source>Same claims again?</source>
        <translation>¿Las mismas reclamaciones otra vez?</translation>
    </message>
    <message>
        <source>{n:,} rows were already sent or queued, or repeat an earlier row:
{lines}

Send them again? (No sends only the new rows.)</source>
        <translation>{n:,} filas ya se enviaron o están en cola, o repiten una fila anterior:
{lines}

¿Enviarlas otra vez? (No envía solo las filas nuevas.)</translation>
    </message>
    <message>
        <source>Import claims</source>
        <translation>Importar reclamaciones</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>Elija una hoja</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <source>Reading the table under row {row}…</source>
        <translation>Leyendo la tabla bajo la fila {row}…</translation>
    </message>
    <message>
        <source>Checking {count:,} rows…</source>
        <translation>Comprobando {count:,} filas…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>{count:,} rows from {source}{notes}: {bad:,} with problems.</source>
        <translation>{count:,} filas de {source}{notes}: {bad:,} con problemas.</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>La importación falló: {error}</translation>
    </message>
    <message>
        <source>Row {row}, {text}</source>
        <translation>Fila {row}, {text}</translation>
    </message>
    <message>
        <source>New row, {text}</source>
        <translation>Fila nueva, {text}</translation>
    </message>
    <message>
        <source>…and {more:,} more: show only rows with problems to see them</source>
        <translation>…y {more:,} más: muestre solo las filas con problemas para verlas</translation>
    </message>
    <message>
        <source>Problems: {n:,}</source>
        <translation>Problemas: {n:,}</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>Apply this fi&amp;x to the {n:,} identical problems</source>
        <translation>Aplicar esta corrección a los {n:,} problemas &amp;idénticos</translation>
    </message>
    <message>
        <source>Change {old} to {new} in the other {field} cells that have the same problem: {problem}</source>
        <translation>Cambia {old} por {new} en las demás celdas de {field} que tienen el mismo problema: {problem}</translation>
    </message>
    <message>
        <source>Fill down copies the cell above: choose a cell below another.</source>
        <translation>Rellenar hacia abajo copia la celda de arriba: elija una celda que tenga otra encima.</translation>
    </message>
    <message>
        <source>Ctrl+; puts today&apos;s date in a date cell: choose one first.</source>
        <translation>Ctrl+; pone la fecha de hoy en una celda de fecha: elija una antes.</translation>
    </message>
    <message>
        <source>The same fix made in {n:,} more cells (Ctrl+Z undoes it).</source>
        <translation>La misma corrección, hecha en {n:,} celdas más (Ctrl+Z la deshace).</translation>
    </message>
    <message>
        <source>&amp;Send {n:,} valid rows</source>
        <translation>&amp;Enviar {n:,} filas válidas</translation>
    </message>
    <message>
        <source>&amp;Send 1 valid row</source>
        <translation>&amp;Enviar 1 fila válida</translation>
    </message>
    <message>
        <source>No row is ready to send: import or type rows, and fix their problems</source>
        <translation>Ninguna fila está lista para enviar: importe o escriba filas y corrija sus problemas</translation>
    </message>
    <message>
        <source>The outbox is still opening; try again in a moment.</source>
        <translation>La bandeja de salida aún se está abriendo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>No row is ready to send: fix the problems first.</source>
        <translation>Ninguna fila está lista para enviar: corrija antes los problemas.</translation>
    </message>
    <message>
        <source>Saving {n:,} claims to the outbox…</source>
        <translation>Guardando {n:,} reclamaciones en la bandeja de salida…</translation>
    </message>
    <message>
        <source>Sent {done:,} of {total:,}…</source>
        <translation>Enviadas {done:,} de {total:,}…</translation>
    </message>
    <message>
        <source>Stopping already</source>
        <translation>Ya se está deteniendo</translation>
    </message>
    <message>
        <source>Stopping after the request being sent…</source>
        <translation>Deteniendo tras la petición que se está enviando…</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Cancelado. </translation>
    </message>
    <message>
        <source>Done. </source>
        <translation>Hecho. </translation>
    </message>
    <message>
        <source>Sending stopped: {error}. Claims already saved stay in the outbox (Ctrl+O in the main window).</source>
        <translation>Envío detenido: {error}. Las reclamaciones ya guardadas siguen en la bandeja de salida (Ctrl+O en la ventana principal).</translation>
    </message>
    <message>
        <source>Save rows to correct</source>
        <translation>Guardar las filas por corregir</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder for the results files</source>
        <translation>Carpeta para los archivos de resultados</translation>
    </message>
    <message>
        <source>Results saved: {accepted} and {problems}</source>
        <translation>Resultados guardados: {accepted} y {problems}</translation>
    </message>
    <message>
        <source>{n:,} rows saved to {path}.</source>
        <translation>{n:,} filas guardadas en {path}.</translation>
    </message>
    <message>
        <source>{n:,} unsent rows restored from the draft kept {when}: send them, or close the window and discard them.</source>
        <translation>{n:,} filas sin enviar recuperadas del borrador guardado el {when}: envíelas, o cierre la ventana y descártelas.</translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation>No se pudo guardar el borrador: {error}</translation>
    </message>
    <message>
        <source>Close the batch?</source>
        <translation>¿Cerrar el lote?</translation>
    </message>
    <message>
        <source>{n:,} rows have not been sent.</source>
        <translation>{n:,} filas no se han enviado.</translation>
    </message>
    <message>
        <source>1 row has not been sent.</source>
        <translation>1 fila no se ha enviado.</translation>
    </message>
    <message>
        <source>A draft opens again with the next batch window for {target} on {connection}.</source>
        <translation>El borrador se abre de nuevo con la próxima ventana de lote de {target} en {connection}.</translation>
    </message>
    <message>
        <source>&amp;Save as draft and close</source>
        <translation>&amp;Guardar como borrador y cerrar</translation>
    </message>
    <message>
        <source>&amp;Discard rows</source>
        <translation>&amp;Descartar filas</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Error: {problems}</source>
        <translation>Error: {problems}</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Problem with {label}</source>
        <translation>Problema en {label}</translation>
    </message>
</context>
<context>
    <name>ClaimPage</name>
    <message>
        <source>Estimated points</source>
        <translation>Puntos estimados</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Vac&amp;iar</translation>
    </message>
    <message>
        <source>Empty the form for a new claim (Ctrl+N)</source>
        <translation>Vaciar el formulario para una nueva reclamación (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Submit claim</source>
        <translation>Enviar &amp;reclamación</translation>
    </message>
    <message>
        <source>Check and send the claim (Ctrl+Enter); the draft is kept as you type (Ctrl+S)</source>
        <translation>Comprobar y enviar la reclamación (Ctrl+Intro); el borrador se guarda mientras escribe (Ctrl+S)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Claim form</source>
        <translation>Formulario de reclamación</translation>
    </message>
    <message>
        <source>Choose a connection and what to claim against first</source>
        <translation>Elija primero una conexión y aquello por lo que reclama</translation>
    </message>
    <message>
        <source>The outbox could not be opened ({why}), so claims cannot be saved or sent. Check that the data folder is writable, then restart.</source>
        <translation>No se pudo abrir la bandeja de salida ({why}), así que no se pueden guardar ni enviar reclamaciones. Compruebe que se puede escribir en la carpeta de datos y reinicie.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <source>Offline: this form uses what the platform sent at {when}. Claims you submit are kept in the outbox and sent when the platform can be reached.</source>
        <translation>Sin conexión: este formulario usa lo que la plataforma envió el {when}. Las reclamaciones que envíe se guardan en la bandeja de salida y se envían cuando se pueda llegar a la plataforma.</translation>
    </message>
    <message>
        <source>Reward points updated: {summary}</source>
        <translation>Puntos de recompensa actualizados: {summary}</translation>
    </message>
    <message>
        <source>Estimated points: {points}</source>
        <translation>Puntos estimados: {points}</translation>
    </message>
    <message>
        <source>Ed&amp;it connection…</source>
        <translation>Editar la cone&amp;xión…</translation>
    </message>
    <message>
        <source>Correct this connection&apos;s address or credentials; waiting claims then go</source>
        <translation>Corrija la dirección o las credenciales de esta conexión; las reclamaciones en espera se envían entonces</translation>
    </message>
    <message>
        <source>{fields} fields{details}, fetched {time}</source>
        <translation>{fields} campos{details}, obtenidos a las {time}</translation>
    </message>
    <message>
        <source>Estimated points: —</source>
        <translation>Puntos estimados: —</translation>
    </message>
    <message>
        <source>Shown once the product and quantity are valid</source>
        <translation>Se muestran cuando el producto y la cantidad son válidos</translation>
    </message>
    <message>
        <source>Not sent: correct the {count} marked field(s).</source>
        <translation>No enviada: corrija los {count} campos marcados.</translation>
    </message>
    <message>
        <source>Not sent. The form still holds the claim.</source>
        <translation>No enviada. El formulario conserva la reclamación.</translation>
    </message>
    <message>
        <source>Opening the outbox…</source>
        <translation>Abriendo la bandeja de salida…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Saving the claim to the outbox and sending it…</source>
        <translation>Guardando la reclamación en la bandeja de salida y enviándola…</translation>
    </message>
    <message>
        <source>Not sent: it is already in the outbox.</source>
        <translation>No enviada: ya está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Not sent: correct the marked fields.</source>
        <translation>No enviada: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>• claim #{id}, {state}, entered {when}</source>
        <translation>• reclamación n.º {id}, {state}, introducida el {when}</translation>
    </message>
    <message>
        <source>Same claim again?</source>
        <translation>¿La misma reclamación otra vez?</translation>
    </message>
    <message>
        <source>The same claim is already in the outbox:
{lines}

Send it again anyway?</source>
        <translation>La misma reclamación ya está en la bandeja de salida:
{lines}

¿Enviarla de nuevo de todos modos?</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Queued as claim #{id}: {why} Correct the credentials (or have the permission granted), then save the connection: the claim goes at once.</source>
        <translation>En cola como reclamación n.º {id}: {why} Corrija las credenciales (o pida que le concedan el permiso) y guarde la conexión: la reclamación se envía en ese momento.</translation>
    </message>
    <message>
        <source>Queued as claim #{id}: {why}</source>
        <translation>En cola como reclamación n.º {id}: {why}</translation>
    </message>
    <message>
        <source>Claim #{id} needs a look in the outbox: {why}</source>
        <translation>La reclamación n.º {id} requiere revisión en la bandeja de salida: {why}</translation>
    </message>
    <message>
        <source>The form is ready for the next claim.</source>
        <translation>El formulario está listo para la siguiente reclamación.</translation>
    </message>
    <message>
        <source>{why} Correct the form and submit to send claim #{id} again, or Clear to start a new claim.</source>
        <translation>{why} Corrija el formulario y envíelo para mandar de nuevo la reclamación n.º {id}, o pulse Vaciar para empezar una nueva.</translation>
    </message>
    <message>
        <source>Sending failed unexpectedly: {error}. The form still holds the claim.</source>
        <translation>El envío falló inesperadamente: {error}. El formulario conserva la reclamación.</translation>
    </message>
    <message>
        <source>No claim sent from this form yet to repeat.</source>
        <translation>Aún no se ha enviado ninguna reclamación desde este formulario que repetir.</translation>
    </message>
    <message>
        <source>The last claim is back in the form: change what differs and submit.</source>
        <translation>La última reclamación vuelve a estar en el formulario: cambie lo que difiera y envíe.</translation>
    </message>
    <message>
        <source>New claim: the form is empty.</source>
        <translation>Nueva reclamación: el formulario está vacío.</translation>
    </message>
    <message>
        <source>Draft saved; it is offered back when this form opens again.</source>
        <translation>Borrador guardado; se le ofrecerá de nuevo cuando vuelva a abrir este formulario.</translation>
    </message>
    <message>
        <source>Restored the claim you were entering at {when}. Clear the form to discard it.</source>
        <translation>Se ha recuperado la reclamación que estaba introduciendo el {when}. Vacíe el formulario para descartarla.</translation>
    </message>
    <message>
        <source>Correcting rejected claim #{id}; submitting sends it again.</source>
        <translation>Corrigiendo la reclamación rechazada n.º {id}; al enviarla se manda de nuevo.</translation>
    </message>
</context>
<context>
    <name>Claret</name>
    <message>
        <source>Claret&apos;s sales upload (POST) is in beta: Claret&apos;s own documentation says it may not behave as expected and must not be used for production data. Send to Claret anyway?</source>
        <translation>La carga de ventas de Claret (POST) está en beta: la propia documentación de Claret dice que puede no funcionar como se espera y que no debe usarse con datos reales. ¿Enviar a Claret de todos modos?</translation>
    </message>
    <message>
        <source>Sales (beta)</source>
        <translation>Ventas (beta)</translation>
    </message>
    <message>
        <source>“{name}” is not a usual sale type; Claret refuses ones it does not know.</source>
        <translation>«{name}» no es un tipo de venta habitual; Claret rechaza los que no conoce.</translation>
    </message>
    <message>
        <source>“{name}” is not a usual timing interval; Claret refuses ones it does not know.</source>
        <translation>«{name}» no es un intervalo de tiempo habitual; Claret rechaza los que no conoce.</translation>
    </message>
    <message>
        <source>Claret will create the item “{name}” if it does not exist.</source>
        <translation>Claret creará el artículo «{name}» si no existe.</translation>
    </message>
    <message>
        <source>Claret will create the customer group “{name}” if it does not exist.</source>
        <translation>Claret creará el grupo de clientes «{name}» si no existe.</translation>
    </message>
    <message>
        <source>The item “{name}” is not among recent sales: Claret refuses names it does not know unless “Create missing items and customer groups” is ticked.</source>
        <translation>El artículo «{name}» no figura entre las ventas recientes: Claret rechaza los nombres que no conoce salvo que esté marcado «Crear los artículos y grupos de clientes que falten».</translation>
    </message>
    <message>
        <source>The customer group “{name}” is not among recent sales: Claret refuses names it does not know unless “Create missing items and customer groups” is ticked.</source>
        <translation>El grupo de clientes «{name}» no figura entre las ventas recientes: Claret rechaza los nombres que no conoce salvo que esté marcado «Crear los artículos y grupos de clientes que falten».</translation>
    </message>
    <message>
        <source>Signed in as {email}: Claret gave a token.</source>
        <translation>Sesión iniciada como {email}: Claret dio un token.</translation>
    </message>
    <message>
        <source>The token was accepted for tenant “{tenant}”, but Claret refused a query for {sale_type} sales: {reason}</source>
        <translation>El token fue aceptado para el tenant “{tenant}”, pero Claret rechazó una consulta de ventas {sale_type}: {reason}</translation>
    </message>
    <message>
        <source>Claret ({who}): {reason}</source>
        <translation>Claret ({who}): {reason}</translation>
    </message>
    <message>
        <source>The API token was accepted.</source>
        <translation>El token de API fue aceptado.</translation>
    </message>
    <message>
        <source>May read sales of tenant “{tenant}”: {count} {sale_type} records in the last {days} days.</source>
        <translation>Puede leer las ventas del tenant “{tenant}”: {count} registros {sale_type} en los últimos {days} días.</translation>
    </message>
    <message>
        <source>{items} items and {groups} customer groups from recent {sale_type}</source>
        <translation>{items} artículos y {groups} grupos de clientes de las ventas recientes de {sale_type}</translation>
    </message>
    <message>
        <source>item “{name}”</source>
        <translation>el artículo «{name}»</translation>
    </message>
    <message>
        <source>customer group “{name}”</source>
        <translation>el grupo de clientes «{name}»</translation>
    </message>
    <message>
        <source>sale {ids} stored</source>
        <translation>venta {ids} guardada</translation>
    </message>
    <message>
        <source>sale stored</source>
        <translation>venta guardada</translation>
    </message>
    <message>
        <source>Claret created {what}.</source>
        <translation>Claret creó {what}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Accepted by Claret (beta): {stored} as {sale_type}.</source>
        <translation>Aceptada por Claret (beta): {stored} como {sale_type}.</translation>
    </message>
    <message>
        <source>the API token of this connection</source>
        <translation>el token de API de esta conexión</translation>
    </message>
    <message>
        <source>Claret refused the sign-in of {email} (HTTP {status}). Check the sign-in email and password of this connection.</source>
        <translation>Claret rechazó el inicio de sesión de {email} (HTTP {status}). Revise el correo de inicio de sesión y la contraseña de esta conexión.</translation>
    </message>
    <message>
        <source>Claret&apos;s answer to the sign-in of {email} was not data (HTTP {status}), so no token could be read. Check the address and tenant of this connection. The answer began: “{quote}”</source>
        <translation>La respuesta de Claret al inicio de sesión de {email} no eran datos (HTTP {status}), así que no se pudo leer ningún token. Revise la dirección y el tenant de esta conexión. La respuesta empezaba así: “{quote}”</translation>
    </message>
    <message>
        <source>Claret refused the sign-in of {email}: {reason}</source>
        <translation>Claret rechazó el inicio de sesión de {email}: {reason}</translation>
    </message>
    <message>
        <source>Claret&apos;s answer to the sign-in of {email} held no token.</source>
        <translation>La respuesta de Claret al inicio de sesión de {email} no contenía ningún token.</translation>
    </message>
    <message>
        <source>Claret refused the token it had just given {email} (HTTP {status}). Try again; if it goes on, ask your Claret administrator whether this account may use the API.</source>
        <translation>Claret rechazó el token que acababa de dar a {email} (HTTP {status}). Vuelva a intentarlo; si sigue ocurriendo, pregunte al administrador de Claret si esta cuenta puede usar la API.</translation>
    </message>
    <message>
        <source>Claret refused the API token of this connection (HTTP {status}); it may have expired. Enter a new one, or your sign-in email and password instead (then ClaimDesk fetches tokens itself).</source>
        <translation>Claret rechazó el token de API de esta conexión (HTTP {status}); puede haber caducado. Introduzca uno nuevo o, en su lugar, su correo de inicio de sesión y su contraseña (entonces ClaimDesk obtiene los tokens por sí mismo).</translation>
    </message>
    <message>
        <source>Claret answered with a web page (or a redirect to one) instead of data, which is how it refuses a token.</source>
        <translation>Claret respondió con una página web (o una redirección a una) en lugar de datos, que es como rechaza un token.</translation>
    </message>
    <message>
        <source>this request for sales</source>
        <translation>esta consulta de ventas</translation>
    </message>
    <message>
        <source>The answer began: “{quote}”</source>
        <translation>La respuesta empezaba así: “{quote}”</translation>
    </message>
    <message>
        <source>Claret refused {what} to {who} (HTTP 403): the account lacks that permission. Ask your Claret administrator.</source>
        <translation>Claret denegó {what} a {who} (HTTP 403): la cuenta no tiene ese permiso. Pregunte al administrador de Claret.</translation>
    </message>
    <message>
        <source>Claret has no tenant “{tenant}” at {url} (HTTP 404). Check the Tenant setting of this connection (the name in plan.claret.app/TENANT/…) and its address.</source>
        <translation>Claret no tiene ningún tenant “{tenant}” en {url} (HTTP 404). Revise el ajuste Tenant de esta conexión (el nombre en plan.claret.app/TENANT/…) y su dirección.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The server&apos;s certificate is not trusted: {where} ({why}). Nothing was sent; check the address, or ask the platform&apos;s administrator.</source>
        <translation>El certificado del servidor no es de confianza: {where} ({why}). No se ha enviado nada; compruebe la dirección o consulte al administrador de la plataforma.</translation>
    </message>
    <message>
        <source>Cannot reach {where}. Check the network connection; nothing was sent.</source>
        <translation>No se puede conectar con {where}. Compruebe la conexión de red; no se ha enviado nada.</translation>
    </message>
    <message>
        <source>{where} did not answer in time</source>
        <translation>{where} no respondió a tiempo</translation>
    </message>
    <message>
        <source>The connection to {where} broke before the answer arrived</source>
        <translation>La conexión con {where} se cortó antes de llegar la respuesta</translation>
    </message>
    <message>
        <source>{what}. It is safe to try again.</source>
        <translation>{what}. Se puede volver a intentar sin riesgo.</translation>
    </message>
    <message>
        <source>{what}. The server may or may not have stored it; check on the platform before sending it again.</source>
        <translation>{what}. Puede que el servidor lo haya guardado o no; compruébelo en la plataforma antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP {status}) to {location}. ClaimDesk does not follow redirects, so that the credentials go only to {where}; check the connection&apos;s address.</source>
        <translation>El servidor respondió con una redirección (HTTP {status}) a {location}. ClaimDesk no sigue redirecciones, para que las credenciales vayan solo a {where}; compruebe la dirección de la conexión.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP 401). Check the API key and secret of this connection.</source>
        <translation>El servidor rechazó las credenciales (HTTP 401). Compruebe la clave de API y el secreto de esta conexión.</translation>
    </message>
    <message>
        <source>These credentials lack the permission for this action (HTTP 403). Ask the platform&apos;s administrator.</source>
        <translation>Estas credenciales no tienen permiso para esta acción (HTTP 403). Consulte al administrador de la plataforma.</translation>
    </message>
    <message>
        <source>The server is busy (HTTP 429)</source>
        <translation>El servidor está ocupado (HTTP 429)</translation>
    </message>
    <message>
        <source>Something between ClaimDesk and {where} answered HTTP {status} instead of the platform, after the request went out. The server may or may not have stored it; check on the platform before sending it again.</source>
        <translation>Algo entre ClaimDesk y {where} respondió HTTP {status} en lugar de la plataforma, después de salir la petición. Puede que el servidor la haya guardado o no; compruébelo en la plataforma antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status})</source>
        <translation>El servidor tuvo un problema (HTTP {status})</translation>
    </message>
    <message>
        <source>Not found on the server (HTTP 404): {url}</source>
        <translation>No encontrado en el servidor (HTTP 404): {url}</translation>
    </message>
    <message>
        <source>{what}. It asked to wait {seconds} s before trying again.</source>
        <translation>{what}. Pidió esperar {seconds} s antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>{what}. Try again in a moment.</source>
        <translation>{what}. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server&apos;s {what} was not in the expected shape ({where}: {why}).</source>
        <translation>La respuesta del servidor ({what}) no tenía la forma esperada ({where}: {why}).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (HTTP {status}, {kind}, expected JSON).</source>
        <translation>No se pudo leer la respuesta del servidor (HTTP {status}, {kind}; se esperaba JSON).</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Training mode</source>
        <translation>Modo de práctica</translation>
    </message>
    <message>
        <source>Claims go to the built-in sandbox with demo data, never to a real platform.</source>
        <translation>Las reclamaciones van al entorno de pruebas integrado con datos de demostración, nunca a una plataforma real.</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>C&amp;onexión:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation>&amp;Promoción:</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Fetch the form&apos;s fields and choices from the platform again (F5)</source>
        <translation>Volver a traer de la plataforma los campos y opciones del formulario (F5)</translation>
    </message>
    <message>
        <source>Open a connection first</source>
        <translation>Abra primero una conexión</translation>
    </message>
    <message>
        <source>{noun}:</source>
        <translation>{noun}:</translation>
    </message>
    <message>
        <source>This connection offers nothing to claim against</source>
        <translation>Esta conexión no ofrece nada por lo que reclamar</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Conectando con {name}…</translation>
    </message>
    <message>
        <source>⚠ Offline (saved data)</source>
        <translation>⚠ Sin conexión (datos guardados)</translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation>✔ Conectado</translation>
    </message>
    <message>
        <source>✖ Not reachable</source>
        <translation>✖ Inaccesible</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Pick {label} from a calendar</source>
        <translation>Elegir {label} en un calendario</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>MM/DD/YYYY or today</source>
        <translation>MM/DD/AAAA o hoy</translation>
    </message>
    <message>
        <source>DD/MM/YYYY or today</source>
        <translation>DD/MM/AAAA o hoy</translation>
    </message>
    <message>
        <source>number, e.g. {example}</source>
        <translation>número, p. ej. {example}</translation>
    </message>
    <message>
        <source>e.g. 2025-01-28T14:30:00Z</source>
        <translation>p. ej. 2025-01-28T14:30:00Z</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>escriba para buscar</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Sale type</source>
        <translation>Tipo de venta</translation>
    </message>
    <message>
        <source>The Claret sale type the sales belong to, e.g. History or Forecast.</source>
        <translation>El tipo de venta de Claret al que pertenecen las ventas, p. ej. History o Forecast.</translation>
    </message>
    <message>
        <source>Create missing items and customer groups</source>
        <translation>Crear los artículos y grupos de clientes que falten</translation>
    </message>
    <message>
        <source>Create items and customer groups that Claret does not have yet</source>
        <translation>Crear los artículos y grupos de clientes que Claret aún no tiene</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>The item&apos;s name in Claret.</source>
        <translation>El nombre del artículo en Claret.</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Grupo de clientes</translation>
    </message>
    <message>
        <source>The customer group&apos;s name in Claret.</source>
        <translation>El nombre del grupo de clientes en Claret.</translation>
    </message>
    <message>
        <source>Sell date</source>
        <translation>Fecha de venta</translation>
    </message>
    <message>
        <source>The day of the sale, YYYY-MM-DD.</source>
        <translation>El día de la venta, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Timing interval</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>The period the quantity covers: Daily, Weekly or Monthly.</source>
        <translation>El periodo que cubre la cantidad: Daily (diario), Weekly (semanal) o Monthly (mensual).</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Units, a whole number.</source>
        <translation>Unidades, un número entero.</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Fecha de venta</translation>
    </message>
    <message>
        <source>Product or activity ref</source>
        <translation>Referencia de producto o actividad</translation>
    </message>
    <message>
        <source>The reward point reference (SKU) the sale claims against.</source>
        <translation>La referencia del punto de recompensa (SKU) por la que se reclama la venta.</translation>
    </message>
    <message>
        <source>Units sold, a whole number.</source>
        <translation>Unidades vendidas, un número entero.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Username or email of the person earning the points.</source>
        <translation>Nombre de usuario o correo de la persona que gana los puntos.</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>MyRewards user ID, instead of a username.</source>
        <translation>ID de usuario de MyRewards, en lugar de un nombre de usuario.</translation>
    </message>
    <message>
        <source>Returns identifier</source>
        <translation>Identificador de devolución</translation>
    </message>
    <message>
        <source>Required: the platform asked for it on this promotion&apos;s claims.</source>
        <translation>Obligatorio: la plataforma lo pidió en las reclamaciones de esta promoción.</translation>
    </message>
    <message>
        <source>Only for promotions with returns enabled; ClaimDesk makes it required once the platform asks for it.</source>
        <translation>Solo para promociones con devoluciones activadas; ClaimDesk lo hace obligatorio cuando la plataforma lo pide.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Sold at</source>
        <translation>Vendido el</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <source>Sale ID</source>
        <translation>ID de venta</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Net units sold</source>
        <translation>Unidades netas vendidas</translation>
    </message>
    <message>
        <source>Net sales value</source>
        <translation>Valor neto de ventas</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>Unidades devueltas</translation>
    </message>
    <message>
        <source>Value returned</source>
        <translation>Valor devuelto</translation>
    </message>
    <message>
        <source>Units demanded</source>
        <translation>Unidades demandadas</translation>
    </message>
    <message>
        <source>Value demanded</source>
        <translation>Valor demandado</translation>
    </message>
    <message>
        <source>Returned at</source>
        <translation>Devuelto el</translation>
    </message>
    <message>
        <source>Shipped at</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Actualizado el</translation>
    </message>
    <message>
        <source>Size, colour, pack… written the same way on every row, e.g. size:L.</source>
        <translation>Talla, color, envase… escrito igual en todas las filas, p. ej. size:L.</translation>
    </message>
    <message>
        <source>Net units sold for this variant, after returns.</source>
        <translation>Unidades netas vendidas de esta variante, descontadas las devoluciones.</translation>
    </message>
    <message>
        <source>Date and time with its zone, e.g. 2025-01-28T14:30:00Z.</source>
        <translation>Fecha y hora con su zona, p. ej. 2025-01-28T14:30:00Z.</translation>
    </message>
    <message>
        <source>Customer (credential principal)</source>
        <translation>Cliente (principal de credencial)</translation>
    </message>
    <message>
        <source>Partner SKU code</source>
        <translation>Código SKU del socio</translation>
    </message>
    <message>
        <source>Legacy SKU key</source>
        <translation>Clave SKU heredada</translation>
    </message>
    <message>
        <source>Legacy SKU code</source>
        <translation>Código SKU heredado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID de transacción</translation>
    </message>
    <message>
        <source>Sales origin</source>
        <translation>Origen de la venta</translation>
    </message>
    <message>
        <source>Vendor ID</source>
        <translation>ID de vendedor</translation>
    </message>
    <message>
        <source>Description 1</source>
        <translation>Descripción 1</translation>
    </message>
    <message>
        <source>Description 2</source>
        <translation>Descripción 2</translation>
    </message>
    <message>
        <source>Description 3</source>
        <translation>Descripción 3</translation>
    </message>
    <message>
        <source>Description 4</source>
        <translation>Descripción 4</translation>
    </message>
    <message>
        <source>Description 5</source>
        <translation>Descripción 5</translation>
    </message>
    <message>
        <source>Description 6</source>
        <translation>Descripción 6</translation>
    </message>
    <message>
        <source>Description 7</source>
        <translation>Descripción 7</translation>
    </message>
    <message>
        <source>Description 8</source>
        <translation>Descripción 8</translation>
    </message>
    <message>
        <source>Description 9</source>
        <translation>Descripción 9</translation>
    </message>
    <message>
        <source>Description 10</source>
        <translation>Descripción 10</translation>
    </message>
    <message>
        <source>Partner login</source>
        <translation>Inicio de sesión del socio</translation>
    </message>
    <message>
        <source>The customer&apos;s principal in Thalamus; one of this partner&apos;s customers.</source>
        <translation>El principal del cliente en Thalamus; uno de los clientes de este socio.</translation>
    </message>
    <message>
        <source>The day of the sale, YYYY-MM-DD; today or earlier.</source>
        <translation>El día de la venta, AAAA-MM-DD; hoy o antes.</translation>
    </message>
    <message>
        <source>The recommended way to name the product: unit equivalences apply. Leave blank to use the legacy SKU key and code instead.</source>
        <translation>La forma recomendada de indicar el producto: se aplican las equivalencias de unidades. Déjelo vacío para usar en su lugar la clave y el código SKU heredados.</translation>
    </message>
    <message>
        <source>The SKU reference code (e.g. EAN), with the legacy SKU code. No unit equivalences apply.</source>
        <translation>El código de referencia del SKU (p. ej. EAN), junto con el código SKU heredado. No se aplican equivalencias de unidades.</translation>
    </message>
    <message>
        <source>The SKU code under the legacy SKU key.</source>
        <translation>El código SKU bajo la clave SKU heredada.</translation>
    </message>
    <message>
        <source>The number of units sold (a decimal number).</source>
        <translation>El número de unidades vendidas (un número decimal).</translation>
    </message>
    <message>
        <source>The total value of the sale.</source>
        <translation>El valor total de la venta.</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. USD.</source>
        <translation>Código de moneda ISO 4217, p. ej. USD.</translation>
    </message>
    <message>
        <source>Your own unique ID for this sale. Leave blank and ClaimDesk makes one (CD-…). Thalamus stores a repeated ID as a second sale.</source>
        <translation>Su propio ID único para esta venta. Déjelo vacío y ClaimDesk creará uno (CD-…). Thalamus guarda un ID repetido como una segunda venta.</translation>
    </message>
    <message>
        <source>Code of the origin of the sale.</source>
        <translation>Código del origen de la venta.</translation>
    </message>
    <message>
        <source>Thalamus&apos;s ID of the vendor, a whole number.</source>
        <translation>El ID del vendedor en Thalamus, un número entero.</translation>
    </message>
    <message>
        <source>Optional detail, at most 255 characters.</source>
        <translation>Detalle opcional, como máximo 255 caracteres.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>The performance product&apos;s ref (SKU) that claims are made against.</source>
        <translation>La referencia (SKU) del producto por la que se hacen las reclamaciones.</translation>
    </message>
    <message>
        <source>Units that must be claimed to earn the points; 1 when the promotion has returns.</source>
        <translation>Unidades que hay que reclamar para ganar los puntos; 1 si la promoción admite devoluciones.</translation>
    </message>
    <message>
        <source>Points per quantity</source>
        <translation>Puntos por cantidad</translation>
    </message>
    <message>
        <source>Points awarded for each quantity claimed.</source>
        <translation>Puntos concedidos por cada cantidad reclamada.</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>First eligible sale day.</source>
        <translation>Primer día de venta válido.</translation>
    </message>
    <message>
        <source>Date to</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>Last eligible sale day.</source>
        <translation>Último día de venta válido.</translation>
    </message>
    <message>
        <source>User group ids</source>
        <translation>ID de grupos de usuarios</translation>
    </message>
    <message>
        <source>Ids of the user groups that may claim it, separated by commas; empty for all.</source>
        <translation>ID de los grupos de usuarios que pueden reclamarlo, separados por comas; vacío para todos.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Whether it can be claimed.</source>
        <translation>Si se puede reclamar.</translation>
    </message>
    <message>
        <source>Username or email of the person who claimed.</source>
        <translation>Usuario o correo de quien hizo la reclamación.</translation>
    </message>
    <message>
        <source>The returns identifier the claim was sent with.</source>
        <translation>El identificador de devoluciones con el que se envió la reclamación.</translation>
    </message>
    <message>
        <source>The reference (SKU) the claim was made against.</source>
        <translation>La referencia (SKU) contra la que se hizo la reclamación.</translation>
    </message>
    <message>
        <source>Units returned, a whole number.</source>
        <translation>Unidades devueltas, un número entero.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{source} is not a text file (it looks binary). Save it as CSV or XLSX.</source>
        <translation>{source} no es un archivo de texto (parece binario). Guárdelo como CSV o XLSX.</translation>
    </message>
    <message>
        <source>{source} mixes two text encodings: some lines are UTF-8 and line {line:,} is not. Open it in a spreadsheet and save it again as CSV UTF-8.</source>
        <translation>{source} mezcla dos codificaciones de texto: algunas líneas son UTF-8 y la línea {line:,} no. Ábralo en una hoja de cálculo y guárdelo de nuevo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{source} is neither UTF-8 nor Windows-1252 text (line {line:,}).</source>
        <translation>{source} no es texto UTF-8 ni Windows-1252 (línea {line:,}).</translation>
    </message>
    <message>
        <source>{source}, line {line}: {count:,} columns; a claims file has at most {most:,}.</source>
        <translation>{source}, línea {line}: {count:,} columnas; un archivo de reclamaciones tiene como máximo {most:,}.</translation>
    </message>
    <message>
        <source>{source}, line {line}: {error}.</source>
        <translation>{source}, línea {line}: {error}.</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>columnas separadas por comas</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>columnas separadas por punto y coma</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>columnas separadas por tabuladores</translation>
    </message>
    <message>
        <source>columns separated by {mark}</source>
        <translation>columnas separadas por {mark}</translation>
    </message>
    <message>
        <source>{source} is {size} MB; at most {most} MB can be imported at once.</source>
        <translation>{source} ocupa {size} MB; como máximo se pueden importar {most} MB de una vez.</translation>
    </message>
    <message>
        <source>{source} cannot be read: {why}.</source>
        <translation>No se puede leer {source}: {why}.</translation>
    </message>
    <message>
        <source>read as UTF-8</source>
        <translation>leído como UTF-8</translation>
    </message>
    <message>
        <source>read as Windows-1252</source>
        <translation>leído como Windows-1252</translation>
    </message>
    <message>
        <source>the pasted cells</source>
        <translation>las celdas pegadas</translation>
    </message>
    <message>
        <source>{name} cannot be written: {why}.</source>
        <translation>No se puede escribir {name}: {why}.</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>día primero</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mes primero</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>año primero</translation>
    </message>
    <message>
        <source>as you chose</source>
        <translation>como usted eligió</translation>
    </message>
    <message>
        <source>as in your locale {locale}</source>
        <translation>como en su configuración regional {locale}</translation>
    </message>
    <message>
        <source>the only order every value fits</source>
        <translation>el único orden en que encajan todos los valores</translation>
    </message>
    <message>
        <source>as in your locale {locale}; some values fit no order</source>
        <translation>como en su configuración regional {locale}; algunos valores no encajan en ningún orden</translation>
    </message>
    <message>
        <source>{label}: {example} read as {shown} ({order}, {why})</source>
        <translation>{label}: {example} leído como {shown} ({order}, {why})</translation>
    </message>
    <message>
        <source>{label}: {example} is no real date, whether day, month or year comes first</source>
        <translation>{label}: {example} no es una fecha real, vaya primero el día, el mes o el año</translation>
    </message>
    <message>
        <source>{label}: spreadsheet day numbers read as dates</source>
        <translation>{label}: números de día de hoja de cálculo leídos como fechas</translation>
    </message>
    <message>
        <source>the only mark the values fit</source>
        <translation>la única marca que encaja con los valores</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>coma decimal</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>punto decimal</translation>
    </message>
    <message>
        <source>{source}: row {row} is empty; it cannot be the header.</source>
        <translation>{source}: la fila {row} está vacía; no puede ser la cabecera.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>row {row} skipped: {why}</source>
        <translation>fila {row} omitida: {why}</translation>
    </message>
    <message>
        <source>rows {first}–{last} skipped: {why}</source>
        <translation>filas {first}–{last} omitidas: {why}</translation>
    </message>
    <message>
        <source>{source} holds no table: it is empty.</source>
        <translation>{source} no contiene ninguna tabla: está vacío.</translation>
    </message>
    <message>
        <source>{source} has {width:,} columns; a claims file has at most {most:,}. Is it the right file?</source>
        <translation>{source} tiene {width:,} columnas; un archivo de reclamaciones tiene como máximo {most:,}. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>{source}, row {row}: a cell is longer than {most:,} characters.</source>
        <translation>{source}, fila {row}: una celda tiene más de {most:,} caracteres.</translation>
    </message>
    <message>
        <source>{source} has a header row but no claims under it.</source>
        <translation>{source} tiene una fila de encabezados pero ninguna reclamación debajo.</translation>
    </message>
    <message>
        <source>{source} is too big to read: ClaimDesk reads workbooks of at most {rows:,} rows, {cells:,} cells and {megabytes:,} MB unpacked. Split it, or save it as CSV.</source>
        <translation>{source} es demasiado grande para leerlo: ClaimDesk lee libros de como máximo {rows:,} filas, {cells:,} celdas y {megabytes:,} MB descomprimidos. Divídalo o guárdelo como CSV.</translation>
    </message>
    <message>
        <source>{source} is not a readable XLSX workbook ({error}). Is it damaged or another format?</source>
        <translation>{source} no es un libro XLSX legible ({error}). ¿Está dañado o tiene otro formato?</translation>
    </message>
    <message>
        <source>{source} has no sheet named {sheet}; it has: {sheets}.</source>
        <translation>{source} no tiene ninguna hoja llamada {sheet}; tiene: {sheets}.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Install and unlock a Secret Service keyring: on Debian or Ubuntu &apos;sudo apt-get install gnome-keyring&apos; and log in to a desktop session (or, on a server, run ClaimDesk inside &apos;dbus-run-session&apos; after unlocking the keyring with &apos;gnome-keyring-daemon --unlock&apos;). Or opt in to an encrypted file: &apos;pip install keyrings.alt&apos; and set PYTHON_KEYRING_BACKEND=keyrings.alt.file.EncryptedKeyring.</source>
        <translation>Instale y desbloquee un llavero Secret Service: en Debian o Ubuntu, &apos;sudo apt-get install gnome-keyring&apos; e inicie una sesión de escritorio (o, en un servidor, ejecute ClaimDesk dentro de &apos;dbus-run-session&apos; tras desbloquear el llavero con &apos;gnome-keyring-daemon --unlock&apos;). O elija un archivo cifrado: &apos;pip install keyrings.alt&apos; y defina PYTHON_KEYRING_BACKEND=keyrings.alt.file.EncryptedKeyring.</translation>
    </message>
    <message>
        <source>Unlock the system keychain (macOS Keychain or Windows Credential Manager).</source>
        <translation>Desbloquee el llavero del sistema (Llavero de macOS o Administrador de credenciales de Windows).</translation>
    </message>
    <message>
        <source>No usable keyring was found ({name}). {advice}</source>
        <translation>No se encontró ningún llavero utilizable ({name}). {advice}</translation>
    </message>
    <message>
        <source>The keyring cannot be used: {error}. {advice}</source>
        <translation>No se puede usar el llavero: {error}. {advice}</translation>
    </message>
    <message>
        <source>The keyring is locked, so the secret could not be used. Unlock it (log in to the desktop, or &apos;gnome-keyring-daemon --unlock&apos;) and try again.</source>
        <translation>El llavero está bloqueado, así que no se pudo usar el secreto. Desbloquéelo (inicie sesión en el escritorio, o &apos;gnome-keyring-daemon --unlock&apos;) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keyring refused: {error}. {advice}</source>
        <translation>El llavero se negó: {error}. {advice}</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New claim</source>
        <translation>&amp;Nueva reclamación</translation>
    </message>
    <message>
        <source>Empty the form for a new claim</source>
        <translation>Vaciar el formulario para una nueva reclamación</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a spreadsheet of claims into the batch grid</source>
        <translation>Importar una hoja de cálculo de reclamaciones a la tabla de lote</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close ClaimDesk</source>
        <translation>Cerrar ClaimDesk</translation>
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
        <source>Undo the last change in the field</source>
        <translation>Deshacer el último cambio del campo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo what was undone in the field</source>
        <translation>Rehacer lo deshecho en el campo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Cut the selected text</source>
        <translation>Cortar el texto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copiar el texto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste into the field</source>
        <translation>Pegar en el campo</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>Select the field&apos;s text</source>
        <translation>Seleccionar el texto del campo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <source>Claims waiting to be sent or needing a look</source>
        <translation>Reclamaciones que esperan su envío o necesitan revisión</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language ({name})</source>
        <translation>Idioma del sistema ({name})</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>Light or dark as the system is</source>
        <translation>Claro u oscuro, como el sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Light, whatever the system uses</source>
        <translation>Claro, use lo que use el sistema</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Dark, whatever the system uses</source>
        <translation>Oscuro, use lo que use el sistema</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Herramien&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Conexiones…</translation>
    </message>
    <message>
        <source>Add, edit, test or remove connection profiles</source>
        <translation>Añadir, editar, probar o quitar perfiles de conexión</translation>
    </message>
    <message>
        <source>&amp;Reward points…</source>
        <translation>&amp;Puntos de recompensa…</translation>
    </message>
    <message>
        <source>List, create and edit the reward points of a promotion</source>
        <translation>Listar, crear y editar los puntos de recompensa de una promoción</translation>
    </message>
    <message>
        <source>Sales &amp;browser…</source>
        <translation>E&amp;xplorador de ventas…</translation>
    </message>
    <message>
        <source>Browse the sales Claret already holds, over every page</source>
        <translation>Explorar las ventas que Claret ya tiene, en todas las páginas</translation>
    </message>
    <message>
        <source>Re&amp;turns…</source>
        <translation>&amp;Devoluciones…</translation>
    </message>
    <message>
        <source>Return MyRewards claims from a form or a file: their points are taken back</source>
        <translation>Devolver reclamaciones de MyRewards desde un formulario o un archivo: se retiran sus puntos</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Language and other preferences</source>
        <translation>Idioma y otras preferencias</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every shortcut of this window, and where it works</source>
        <translation>Todos los atajos de esta ventana y dónde funcionan</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>The folder of ClaimDesk&apos;s log files, for troubleshooting</source>
        <translation>La carpeta de los registros de ClaimDesk, para resolver problemas</translation>
    </message>
    <message>
        <source>Save a &amp;problem report…</source>
        <translation>Guardar un informe de &amp;problemas…</translation>
    </message>
    <message>
        <source>One zip for support: versions, recent logs and outbox messages, no secrets</source>
        <translation>Un zip para el soporte: versiones, registros recientes y mensajes de la bandeja de salida, sin secretos</translation>
    </message>
    <message>
        <source>&amp;About ClaimDesk</source>
        <translation>&amp;Acerca de ClaimDesk</translation>
    </message>
    <message>
        <source>Version, and the licences of bundled software</source>
        <translation>Versión y licencias del software incluido</translation>
    </message>
    <message>
        <source>Choose a connection and what to claim against first</source>
        <translation>Elija primero una conexión y aquello por lo que reclama</translation>
    </message>
    <message>
        <source>The connection in use has no reward points to manage</source>
        <translation>La conexión en uso no tiene puntos de recompensa que gestionar</translation>
    </message>
    <message>
        <source>The connection in use offers no sales browser</source>
        <translation>La conexión en uso no ofrece explorador de ventas</translation>
    </message>
    <message>
        <source>The connection in use has no returned claims (MyRewards has)</source>
        <translation>La conexión en uso no tiene devoluciones (MyRewards sí)</translation>
    </message>
    <message>
        <source>Open a connection first</source>
        <translation>Abra primero una conexión</translation>
    </message>
    <message>
        <source>Put the cursor in a text field first</source>
        <translation>Ponga primero el cursor en un campo de texto</translation>
    </message>
    <message>
        <source>This field cannot be changed</source>
        <translation>Este campo no se puede cambiar</translation>
    </message>
    <message>
        <source>Select some text first</source>
        <translation>Seleccione primero algo de texto</translation>
    </message>
    <message>
        <source>Nothing to undo in this field</source>
        <translation>No hay nada que deshacer en este campo</translation>
    </message>
    <message>
        <source>Nothing to redo in this field</source>
        <translation>No hay nada que rehacer en este campo</translation>
    </message>
    <message>
        <source>This field is empty</source>
        <translation>Este campo está vacío</translation>
    </message>
    <message>
        <source>Language saved: it applies the next time ClaimDesk starts.</source>
        <translation>Idioma guardado: se aplica la próxima vez que se inicie ClaimDesk.</translation>
    </message>
    <message>
        <source>Theme saved.</source>
        <translation>Tema guardado.</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No se guardó: {why}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ClaimDesk</source>
        <translation>ClaimDesk</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>&amp;Lote…</translation>
    </message>
    <message>
        <source>Many claims at once: import a spreadsheet or paste rows (Ctrl+B)</source>
        <translation>Muchas reclamaciones a la vez: importe una hoja de cálculo o pegue filas (Ctrl+B)</translation>
    </message>
    <message>
        <source>⚠ Offline</source>
        <translation>⚠ Sin conexión</translation>
    </message>
    <message>
        <source>Starting the training sandbox…</source>
        <translation>Iniciando el entorno de pruebas…</translation>
    </message>
    <message>
        <source>ClaimDesk — Training mode</source>
        <translation>ClaimDesk — Modo de práctica</translation>
    </message>
    <message>
        <source>Training sandbox failed to start</source>
        <translation>El entorno de pruebas no se pudo iniciar</translation>
    </message>
    <message>
        <source>Your connection profiles could not be read: {error}</source>
        <translation>No se pudieron leer sus perfiles de conexión: {error}</translation>
    </message>
    <message>
        <source>Quit ClaimDesk?</source>
        <translation>¿Salir de ClaimDesk?</translation>
    </message>
    <message>
        <source>Training · {platform}</source>
        <translation>Práctica · {platform}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This connection offers nothing to enter claims for.</source>
        <translation>Esta conexión no ofrece nada para lo que introducir reclamaciones.</translation>
    </message>
    <message>
        <source>Could not load from the platform: {error}

Press F5 to try again.</source>
        <translation>No se pudo cargar desde la plataforma: {error}

Pulse F5 para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Error al cargar</translation>
    </message>
    <message>
        <source>Could not load from the platform: {error}

Correct the credentials (or have the permission granted), then save the connection: the form loads again at once.</source>
        <translation>No se pudo cargar desde la plataforma: {error}

Corrija las credenciales (o pida que le concedan el permiso) y guarde la conexión: el formulario se vuelve a cargar en ese momento.</translation>
    </message>
    <message>
        <source>✖ Credentials refused</source>
        <translation>✖ Credenciales rechazadas</translation>
    </message>
    <message>
        <source>Claim #{id} is waiting: {why} Correct the credentials (or have the permission granted), then save the connection: the claim goes at once.</source>
        <translation>La reclamación n.º {id} está en espera: {why} Corrija las credenciales (o pida que le concedan el permiso) y guarde la conexión: la reclamación se envía en ese momento.</translation>
    </message>
    <message>
        <source>The returns could not be opened: {why}</source>
        <translation>No se pudieron abrir las devoluciones: {why}</translation>
    </message>
    <message>
        <source>The log files are in {folder}</source>
        <translation>Los registros están en {folder}</translation>
    </message>
    <message>
        <source>The log folder could not be made: {why}</source>
        <translation>No se pudo crear la carpeta de registros: {why}</translation>
    </message>
    <message>
        <source>Claim #{id} belongs to the connection {name}, which is not open.</source>
        <translation>La reclamación n.º {id} pertenece a la conexión {name}, que no está abierta.</translation>
    </message>
    <message>
        <source>That claim&apos;s target is not offered now.</source>
        <translation>El destino de esa reclamación no está disponible ahora.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorar esta columna)</translation>
    </message>
    <message>
        <source>Match the columns of {source}</source>
        <translation>Asignar las columnas de {source}</translation>
    </message>
    <message>
        <source>Choose the field each column fills. Columns left as ignored are not imported.</source>
        <translation>Elija el campo que rellena cada columna. Las columnas que se dejen como ignoradas no se importan.</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de cabecera</translation>
    </message>
    <message>
        <source>The column names are in &amp;row:</source>
        <translation>Los nombres de las columnas están en la &amp;fila:</translation>
    </message>
    <message>
        <source>&amp;Use this row</source>
        <translation>&amp;Usar esta fila</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>Campo para la columna {name}</translation>
    </message>
    <message>
        <source>(column {n}, no header)</source>
        <translation>(columna {n}, sin encabezado)</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ej. {example}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Filled by two columns: {f}.</source>
        <translation>Rellenado por dos columnas: {f}.</translation>
    </message>
    <message>
        <source>No column for the required {f}: those cells will show as missing.</source>
        <translation>Ninguna columna para el campo obligatorio {f}: esas celdas aparecerán como vacías.</translation>
    </message>
</context>
<context>
    <name>MyRewards</name>
    <message>
        <source>self claim</source>
        <translation>autodeclaración</translation>
    </message>
    <message>
        <source>allocated claims</source>
        <translation>reclamaciones asignadas</translation>
    </message>
    <message>
        <source>{kind} promotions do not take sales data; only data upload promotions do</source>
        <translation>las promociones de {kind} no admiten datos de ventas; solo las de carga de datos</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <source>“{reference}” is not a reward point of this promotion</source>
        <translation>«{reference}» no es un punto de recompensa de esta promoción</translation>
    </message>
    <message>
        <source>reward point “{reference}” is not active</source>
        <translation>el punto de recompensa «{reference}» no está activo</translation>
    </message>
    <message>
        <source>reward point “{reference}” only counts sales dated {windows}, not {date}</source>
        <translation>el punto de recompensa «{reference}» solo cuenta ventas con fecha {windows}, no {date}</translation>
    </message>
    <message>
        <source>enter a username or a user ID</source>
        <translation>introduzca un nombre de usuario o un ID de usuario</translation>
    </message>
    <message>
        <source>counts toward the minimum of {minimum}; earns 0 points until reached</source>
        <translation>cuenta para el mínimo de {minimum}; gana 0 puntos hasta alcanzarlo</translation>
    </message>
    <message>
        <source>earlier units of the same product and user may add to it</source>
        <translation>las unidades anteriores del mismo producto y usuario pueden sumarse</translation>
    </message>
    <message>
        <source>{reference}: {name} — {points} points per {quantity}</source>
        <translation>{reference}: {name} — {points} puntos por cada {quantity}</translation>
    </message>
    <message>
        <source>{count} reward points</source>
        <translation>{count} puntos de recompensa</translation>
    </message>
    <message>
        <source>GET promotions</source>
        <translation>GET promociones</translation>
    </message>
    <message>
        <source>GET data fields</source>
        <translation>GET campos de datos</translation>
    </message>
    <message>
        <source>GET reward points</source>
        <translation>GET puntos de recompensa</translation>
    </message>
    <message>
        <source>POST/PATCH reward points</source>
        <translation>POST/PATCH puntos de recompensa</translation>
    </message>
    <message>
        <source>POST data (sales data)</source>
        <translation>POST datos (datos de ventas)</translation>
    </message>
    <message>
        <source>POST returned claims</source>
        <translation>POST devoluciones (returned claims)</translation>
    </message>
    <message>
        <source>promotions</source>
        <translation>promociones</translation>
    </message>
    <message>
        <source>data fields</source>
        <translation>campos de datos</translation>
    </message>
    <message>
        <source>reward points</source>
        <translation>puntos de recompensa</translation>
    </message>
    <message>
        <source>reward point</source>
        <translation>punto de recompensa</translation>
    </message>
    <message>
        <source>MyRewards&apos; answer to the {what} request could not be read (HTTP {status}, {kind}, expected JSON). Check the connection&apos;s address. The answer began: “{answer}”</source>
        <translation>No se pudo leer la respuesta de MyRewards a la petición de {what} (HTTP {status}, {kind}, se esperaba JSON). Revise la dirección de la conexión. La respuesta empezaba: “{answer}”</translation>
    </message>
    <message>
        <source>(an empty answer)</source>
        <translation>(una respuesta vacía)</translation>
    </message>
    <message>
        <source>MyRewards refused the request (HTTP {status}) with an answer that could not be read: “{answer}”</source>
        <translation>MyRewards rechazó la petición (HTTP {status}) con una respuesta que no se pudo leer: “{answer}”</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>MyRewards refused the request: {reasons}.</source>
        <translation>MyRewards rechazó la petición: {reasons}.</translation>
    </message>
    <message>
        <source>Record {number} was refused, so nothing was stored.</source>
        <translation>Se rechazó el registro {number}, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>the API key and secret key</source>
        <translation>la clave de API y la clave secreta</translation>
    </message>
    <message>
        <source>the API key (this connection has no secret key)</source>
        <translation>la clave de API (esta conexión no tiene clave secreta)</translation>
    </message>
    <message>
        <source>MyRewards refused {credentials} (HTTP 401). Check the connection&apos;s API key and secret key.</source>
        <translation>MyRewards rechazó {credentials} (HTTP 401). Revise la clave de API y la clave secreta de la conexión.</translation>
    </message>
    <message>
        <source>MyRewards accepted the API key but it lacks the “{permission}” permission (HTTP 403). Ask the MyRewards administrator to grant it to this API key.</source>
        <translation>MyRewards aceptó la clave de API, pero le falta el permiso “{permission}” (HTTP 403). Pida al administrador de MyRewards que se lo conceda a esta clave de API.</translation>
    </message>
    <message>
        <source>MyRewards answered “not found” (HTTP 404) at {url}. Check the connection&apos;s address (the MyRewards site, without /api/…) and the promotion.</source>
        <translation>MyRewards respondió “no encontrado” (HTTP 404) en {url}. Revise la dirección de la conexión (el sitio de MyRewards, sin /api/…) y la promoción.</translation>
    </message>
    <message>
        <source>MyRewards: {message}</source>
        <translation>MyRewards: {message}</translation>
    </message>
    <message>
        <source>MyRewards accepted the request (HTTP {status}) but its answer could not be read, so it is unknown which claims earn points. Check on the platform before sending again. The answer began: “{answer}”</source>
        <translation>MyRewards aceptó la petición (HTTP {status}), pero no se pudo leer su respuesta, así que no se sabe qué reclamaciones ganan puntos. Compruébelo en la plataforma antes de volver a enviar. La respuesta empezaba: “{answer}”</translation>
    </message>
    <message>
        <source>MyRewards accepted the request but answered for {answered} of {sent} records. Check on the platform before sending again.</source>
        <translation>MyRewards aceptó la petición, pero respondió por {answered} de {sent} registros. Compruébelo en la plataforma antes de volver a enviar.</translation>
    </message>
    <message>
        <source>MyRewards could not be reached; only the copy of its promotions kept on this computer answered.</source>
        <translation>No se pudo contactar con MyRewards; solo respondió la copia de sus promociones guardada en este equipo.</translation>
    </message>
    <message>
        <source>MyRewards accepted the API key and secret key.</source>
        <translation>MyRewards aceptó la clave de API y la clave secreta.</translation>
    </message>
    <message>
        <source>MyRewards accepted the API key (no secret key).</source>
        <translation>MyRewards aceptó la clave de API (sin clave secreta).</translation>
    </message>
    <message>
        <source>May read promotions: {count} found, {uploads} take sales data.</source>
        <translation>Puede leer promociones: {count} encontradas, {uploads} admiten datos de ventas.</translation>
    </message>
    <message>
        <source>MyRewards offers no promotion {key}.</source>
        <translation>MyRewards no ofrece la promoción {key}.</translation>
    </message>
    <message>
        <source>Promotion {name} (#{id}) is not available for claims: {reason}.</source>
        <translation>La promoción {name} (n.º {id}) no está disponible para reclamaciones: {reason}.</translation>
    </message>
    <message>
        <source>Returns — {name} — #{id}</source>
        <translation>Devoluciones — {name} — n.º {id}</translation>
    </message>
    <message>
        <source>The server refused this claim: {reasons}.</source>
        <translation>El servidor rechazó esta reclamación: {reasons}.</translation>
    </message>
    <message>
        <source>Returned: {quantity} of {product} ({identifier}).</source>
        <translation>Devuelto: {quantity} de {product} ({identifier}).</translation>
    </message>
    <message>
        <source>The platform refused this return: {reasons}.</source>
        <translation>La plataforma rechazó esta devolución: {reasons}.</translation>
    </message>
    <message>
        <source>The platform received the claim but created none, so it earns no points: {reasons}.</source>
        <translation>La plataforma recibió la reclamación pero no creó ninguna, así que no gana puntos: {reasons}.</translation>
    </message>
    <message>
        <source>Accepted: claim {ids} earns {points} points.</source>
        <translation>Aceptada: la reclamación {ids} gana {points} puntos.</translation>
    </message>
    <message>
        <source>Returns — {name}</source>
        <translation>Devoluciones — {name}</translation>
    </message>
    <message>
        <source>the platform found no valid value here: “{message}”</source>
        <translation>la plataforma no encontró aquí un valor válido: «{message}»</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Another ClaimDesk is sending; the claims stay queued.</source>
        <translation>Otro ClaimDesk está enviando; las reclamaciones siguen en cola.</translation>
    </message>
    <message>
        <source>{error} Will send when online.</source>
        <translation>{error} Se enviará cuando haya conexión.</translation>
    </message>
    <message>
        <source>{message} Will send when online.</source>
        <translation>{message} Se enviará cuando haya conexión.</translation>
    </message>
    <message>
        <source>not sent: the same claim was accepted meanwhile as #{id}</source>
        <translation>no enviada: la misma reclamación se aceptó entretanto como n.º {id}</translation>
    </message>
    <message>
        <source>{message} Will try again in {minutes} minutes.</source>
        <translation>{message} Se volverá a intentar dentro de {minutes} minutos.</translation>
    </message>
    <message>
        <source>Another ClaimDesk is sending; nothing was queued. Try again when it has finished.</source>
        <translation>Otro ClaimDesk está enviando; no se ha puesto nada en cola. Inténtelo de nuevo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>OutboxBadge</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Claims waiting to be sent or needing a look (Ctrl+O)</source>
        <translation>Reclamaciones pendientes de envío o que requieren revisión (Ctrl+O)</translation>
    </message>
    <message>
        <source>Outbox · {r} refused</source>
        <translation>Bandeja de salida · {r} rechazadas</translation>
    </message>
    <message>
        <source>Outbox: {q} waiting · {u} to check · {r} refused</source>
        <translation>Bandeja de salida: {q} en espera · {u} por comprobar · {r} rechazadas</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox and history</source>
        <translation>Bandeja de salida e historial</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Entered from:</source>
        <translation>Introducidas desde:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <source>Claim details and attempts</source>
        <translation>Detalles e intentos de la reclamación</translation>
    </message>
    <message>
        <source>Select a claim to see its values and attempts.</source>
        <translation>Seleccione una reclamación para ver sus valores e intentos.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>&amp;Correct and resend…</source>
        <translation>&amp;Corregir y reenviar…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the selected claim and every attempt to send it, for support: no passwords, tokens or keys</source>
        <translation>Copiar la reclamación seleccionada y cada intento de envío, para el soporte: sin contraseñas, tokens ni claves</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Seleccione primero una reclamación</translation>
    </message>
    <message>
        <source>Reading the claim&apos;s attempts…</source>
        <translation>Leyendo los intentos de la reclamación…</translation>
    </message>
    <message>
        <source>Only an accepted MyRewards claim sent with a returns identifier can be returned</source>
        <translation>Solo se puede devolver una reclamación de MyRewards aceptada y enviada con identificador de devoluciones</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>It was &amp;stored</source>
        <translation>Se &amp;guardó</translation>
    </message>
    <message>
        <source>For a claim to check that you found on the platform: it counts as sent</source>
        <translation>Para una reclamación por comprobar que encontró en la plataforma: cuenta como enviada</translation>
    </message>
    <message>
        <source>Only a waiting claim or one to check can be sent again</source>
        <translation>Solo se puede reenviar una reclamación en espera o por comprobar</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Enviar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Only a refused claim can be corrected</source>
        <translation>Solo se puede corregir una reclamación rechazada</translation>
    </message>
    <message>
        <source>Only a claim to check can be marked as stored</source>
        <translation>Solo una reclamación por comprobar puede marcarse como guardada</translation>
    </message>
    <message>
        <source>Only a waiting, refused or to-check claim can be discarded</source>
        <translation>Solo se puede descartar una reclamación en espera, rechazada o por comprobar</translation>
    </message>
    <message>
        <source>{claim} — {state} — {connection} — {target}</source>
        <translation>{claim} — {state} — {connection} — {target}</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Discard claim</source>
        <translation>Descartar reclamación</translation>
    </message>
    <message>
        <source>Discard claim #{id} ({summary})? It will not be sent; it stays in the history as discarded.</source>
        <translation>¿Descartar la reclamación n.º {id} ({summary})? No se enviará; queda en el historial como descartada.</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Dev&amp;olver…</translation>
    </message>
    <message>
        <source>Return goods of an accepted claim sent with a returns identifier</source>
        <translation>Devolver mercancía de una reclamación aceptada enviada con identificador de devoluciones</translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation>Devoluciones:</translation>
    </message>
    <message>
        <source>  #{id} {when}: {quantity} returned — {state}: {message}</source>
        <translation>  n.º {id} {when}: {quantity} devueltas — {state}: {message}</translation>
    </message>
    <message>
        <source>Export the listed claims</source>
        <translation>Exportar las reclamaciones de la lista</translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation>N.º de reclamación</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Introducida</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No guardado: {why}</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Units of claim #{id} ({summary}) to return, at most {left}:</source>
        <translation>Unidades de la reclamación n.º {id} ({summary}) a devolver, como máximo {left}:</translation>
    </message>
    <message>
        <source>Return {quantity} of {product} from claim #{id}? The platform takes back their points.</source>
        <translation>¿Devolver {quantity} de {product} de la reclamación n.º {id}? La plataforma retira sus puntos.</translation>
    </message>
    <message>
        <source>Everything claimed in #{id} is already returned.</source>
        <translation>Todo lo reclamado en n.º {id} ya está devuelto.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Claim no.</source>
        <translation>N.º de reclamación</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Introducida</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
</context>
<context>
    <name>OutboxViews</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Nothing waiting: every claim has been sent.</source>
        <translation>Nada en espera: se han enviado todas las reclamaciones.</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Por comprobar</translation>
    </message>
    <message>
        <source>Nothing to check: the platform answered every claim sent.</source>
        <translation>Nada por comprobar: la plataforma respondió a todas las reclamaciones enviadas.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Nothing refused: the platform took every claim.</source>
        <translation>Nada rechazado: la plataforma aceptó todas las reclamaciones.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Nothing sent in these dates yet.</source>
        <translation>Aún no se ha enviado nada en estas fechas.</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Nothing discarded.</source>
        <translation>Nada descartado.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>No claims entered in these dates.</source>
        <translation>No se introdujeron reclamaciones en estas fechas.</translation>
    </message>
    <message>
        <source>ClaimDesk could not tell whether the platform stored these claims (the line broke after they were sent). Look for each one on the platform: if it is there, choose “It was stored”; if it is not, choose “Send again”.</source>
        <translation>ClaimDesk no pudo saber si la plataforma guardó estas reclamaciones (la conexión se cortó después de enviarlas). Busque cada una en la plataforma: si está, elija «Se guardó»; si no, elija «Enviar de nuevo».</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>claim {number}</source>
        <translation>reclamación {number}</translation>
    </message>
</context>
<context>
    <name>Peak</name>
    <message>
        <source>repeats row {row}: the same product, location, variant and time; only one of them would be kept</source>
        <translation>repite la fila {row}: el mismo producto, ubicación, variante y hora; solo se conservaría una de ellas</translation>
    </message>
    <message>
        <source>{name} — sales by product variant</source>
        <translation>{name} — ventas por variante de producto</translation>
    </message>
    <message>
        <source>products and locations suggested from your earlier rows: {p}, {l}</source>
        <translation>productos y ubicaciones sugeridos de sus filas anteriores: {p}, {l}</translation>
    </message>
    <message>
        <source>products and locations typed freely (no earlier rows)</source>
        <translation>productos y ubicaciones escritos libremente (sin filas anteriores)</translation>
    </message>
    <message>
        <source>Accepted: Peak updated the row it had.</source>
        <translation>Aceptada: Peak actualizó la fila que tenía.</translation>
    </message>
    <message>
        <source>Accepted: Peak stored the row.</source>
        <translation>Aceptada: Peak guardó la fila.</translation>
    </message>
    <message>
        <source>Accepted: Peak took the row.</source>
        <translation>Aceptada: Peak recibió la fila.</translation>
    </message>
    <message>
        <source>{message} (row {row})</source>
        <translation>{message} (fila {row})</translation>
    </message>
    <message>
        <source>Not sent: 1 row to correct.</source>
        <translation>No enviado: 1 fila por corregir.</translation>
    </message>
    <message>
        <source>Not sent: {count} rows to correct.</source>
        <translation>No enviado: {count} filas por corregir.</translation>
    </message>
    <message>
        <source>Peak checked {rows} row(s) and stored none (dry run).</source>
        <translation>Peak comprobó {rows} fila(s) y no guardó ninguna (prueba en seco).</translation>
    </message>
    <message>
        <source>Accepted {rows} row(s).</source>
        <translation>Aceptadas {rows} fila(s).</translation>
    </message>
    <message>
        <source>Accepted {rows} row(s): {inserted} new, {updated} updated.</source>
        <translation>Aceptadas {rows} fila(s): {inserted} nuevas, {updated} actualizadas.</translation>
    </message>
    <message>
        <source>Upload path found: {path}.</source>
        <translation>Ruta de carga encontrada: {path}.</translation>
    </message>
    <message>
        <source>Upload path works: {path}.</source>
        <translation>La ruta de carga funciona: {path}.</translation>
    </message>
    <message>
        <source>Personal access token accepted.</source>
        <translation>Token de acceso personal aceptado.</translation>
    </message>
    <message>
        <source>Dry run of 1 row validated (nothing stored).</source>
        <translation>Prueba (dry run) de 1 fila validada (no se guardó nada).</translation>
    </message>
    <message>
        <source>Peak checked the dry run&apos;s test row (the documentation&apos;s example; nothing stored) and refused it, as it may when that product or location is not yours: {reason}</source>
        <translation>Peak comprobó la fila de prueba (el ejemplo de la documentación; no se guardó nada) y la rechazó, como puede ocurrir si ese producto o ubicación no es suyo: {reason}</translation>
    </message>
    <message>
        <source>(an empty answer)</source>
        <translation>(una respuesta vacía)</translation>
    </message>
    <message>
        <source>Peak refused the rows (HTTP {status}) with an answer ClaimDesk cannot read, so none of them is taken as stored. The answer began: {quote}</source>
        <translation>Peak rechazó las filas (HTTP {status}) con una respuesta que ClaimDesk no puede leer, así que ninguna se da por guardada. La respuesta empezaba así: {quote}</translation>
    </message>
    <message>
        <source>its answer is not JSON</source>
        <translation>su respuesta no es JSON</translation>
    </message>
    <message>
        <source>its answer does not count the rows it took</source>
        <translation>su respuesta no cuenta las filas que recibió</translation>
    </message>
    <message>
        <source>its answer counts {taken} of the {sent} rows sent</source>
        <translation>su respuesta cuenta {taken} de las {sent} filas enviadas</translation>
    </message>
    <message>
        <source>Peak answered HTTP {status} to the dry run, but {why}, so ClaimDesk cannot tell whether it checked the {count} row(s). The answer began: {quote}</source>
        <translation>Peak respondió HTTP {status} a la prueba (dry run), pero {why}, así que ClaimDesk no puede saber si comprobó la(s) {count} fila(s). La respuesta empezaba así: {quote}</translation>
    </message>
    <message>
        <source>Peak answered HTTP {status}, but {why}, so ClaimDesk cannot tell whether it stored the {count} row(s): they stay in doubt (unknown) until you check on Peak. ClaimDesk expects the answer to count the rows in &quot;rows&quot; (a guess: Peak&apos;s documentation shows no answer). The answer began: {quote}</source>
        <translation>Peak respondió HTTP {status}, pero {why}, así que ClaimDesk no puede saber si guardó la(s) {count} fila(s): quedan en duda (desconocido) hasta que lo compruebe en Peak. ClaimDesk espera que la respuesta cuente las filas en &quot;rows&quot; (una suposición: la documentación de Peak no muestra ninguna respuesta). La respuesta empezaba así: {quote}</translation>
    </message>
    <message>
        <source>Peak accepted the personal access token but it lacks the permission to upload here (HTTP 403). Ask your Peak administrator for a token that may write this object.</source>
        <translation>Peak aceptó el token de acceso personal, pero no tiene permiso para cargar datos aquí (HTTP 403). Pida a su administrador de Peak un token que pueda escribir en este objeto.</translation>
    </message>
    <message>
        <source>Peak refused the personal access token (HTTP {status}). Check the token of this connection: it may be mistyped, expired or revoked.</source>
        <translation>Peak rechazó el token de acceso personal (HTTP {status}). Compruebe el token de esta conexión: puede estar mal escrito, caducado o revocado.</translation>
    </message>
    <message>
        <source>Peak has no upload at {url} (HTTP 404). Check the address and the object prefix and suffix, or set the connection&apos;s upload path to auto.</source>
        <translation>Peak no tiene carga en {url} (HTTP 404). Compruebe la dirección y el prefijo y sufijo del objeto, o ponga la ruta de carga de la conexión en auto.</translation>
    </message>
    <message>
        <source>Peak: {message}</source>
        <translation>Peak: {message}</translation>
    </message>
    <message>
        <source>Peak answered 404 (not found) at both documented upload paths, {first} and {second}. Check the address ({url}) and the object prefix and suffix (object {name}).</source>
        <translation>Peak respondió 404 (no encontrado) en las dos rutas de carga documentadas, {first} y {second}. Compruebe la dirección ({url}) y el prefijo y sufijo del objeto (objeto {name}).</translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <source>Problem report saved</source>
        <translation>Informe de problemas guardado</translation>
    </message>
    <message>
        <source>The problem report was saved to:
{path}

Send this file to support. It holds no passwords, tokens or keys.</source>
        <translation>El informe de problemas se guardó en:
{path}

Envíe este archivo al soporte. No contiene contraseñas, tokens ni claves.</translation>
    </message>
    <message>
        <source>Problem report not saved</source>
        <translation>Informe de problemas no guardado</translation>
    </message>
    <message>
        <source>The problem report could not be saved: {why}</source>
        <translation>No se pudo guardar el informe de problemas: {why}</translation>
    </message>
    <message>
        <source>Save a problem report</source>
        <translation>Guardar un informe de problemas</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>The MyRewards API key (not secret).</source>
        <translation>La clave de API de MyRewards (no es secreta).</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Leave empty if your MyRewards API key has no secret key.</source>
        <translation>Déjelo vacío si su clave de API de MyRewards no tiene clave secreta.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino (tenant)</translation>
    </message>
    <message>
        <source>The tenant name in Claret&apos;s URLs (plan.claret.app/TENANT/…), e.g. demo.</source>
        <translation>El nombre del tenant en las URL de Claret (plan.claret.app/TENANT/…), p. ej. demo.</translation>
    </message>
    <message>
        <source>Sign-in email</source>
        <translation>Correo de inicio de sesión</translation>
    </message>
    <message>
        <source>The email you sign in to Claret with. ClaimDesk then asks Claret for a token with your password, and for a new one when it expires. Leave empty to use an API token instead.</source>
        <translation>El correo con el que inicia sesión en Claret. ClaimDesk pide entonces a Claret un token con su contraseña, y uno nuevo cuando caduca. Déjelo vacío para usar en su lugar un token de API.</translation>
    </message>
    <message>
        <source>Password (with an email)</source>
        <translation>Contraseña (con correo)</translation>
    </message>
    <message>
        <source>Your Claret password; asked for only with a sign-in email.</source>
        <translation>Su contraseña de Claret; solo se pide con un correo de inicio de sesión.</translation>
    </message>
    <message>
        <source>API token (without an email)</source>
        <translation>Token de API (sin correo)</translation>
    </message>
    <message>
        <source>A Claret API token you already have; asked for only without a sign-in email. It is not renewed when it expires.</source>
        <translation>Un token de API de Claret que ya tenga; solo se pide sin correo de inicio de sesión. No se renueva cuando caduca.</translation>
    </message>
    <message>
        <source>Solution name</source>
        <translation>Nombre de la solución</translation>
    </message>
    <message>
        <source>solutionName, e.g. QP_OOTB.</source>
        <translation>solutionName, p. ej. QP_OOTB.</translation>
    </message>
    <message>
        <source>Object prefix</source>
        <translation>Prefijo de objeto</translation>
    </message>
    <message>
        <source>e.g. QP_</source>
        <translation>p. ej. QP_</translation>
    </message>
    <message>
        <source>Object suffix</source>
        <translation>Sufijo de objeto</translation>
    </message>
    <message>
        <source>e.g. _OOTB</source>
        <translation>p. ej. _OOTB</translation>
    </message>
    <message>
        <source>Upload path</source>
        <translation>Ruta de carga</translation>
    </message>
    <message>
        <source>auto: Test connection (or the first send) finds it; objects: /api/v2/objects/…; ingest: /api/v2/ingest/object/…</source>
        <translation>auto: la encuentra «Probar conexión» (o el primer envío); objects: /api/v2/objects/…; ingest: /api/v2/ingest/object/…</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <source>Touchpoint code</source>
        <translation>Código de touchpoint</translation>
    </message>
    <message>
        <source>e.g. DESKTOP</source>
        <translation>p. ej. DESKTOP</translation>
    </message>
    <message>
        <source>Partner principal</source>
        <translation>Principal del socio</translation>
    </message>
    <message>
        <source>The partner&apos;s login.</source>
        <translation>El inicio de sesión del socio.</translation>
    </message>
    <message>
        <source>Login path</source>
        <translation>Ruta de inicio de sesión</translation>
    </message>
    <message>
        <source>Where the partner logs in; leave empty for the documented /api/v4/signin.</source>
        <translation>Dónde inicia sesión el socio; déjelo vacío para la ruta documentada /api/v4/signin.</translation>
    </message>
    <message>
        <source>Partner password</source>
        <translation>Contraseña del socio</translation>
    </message>
    <message>
        <source>Leave empty for a touchpoint that needs no password.</source>
        <translation>Déjelo vacío para un punto de contacto que no requiere contraseña.</translation>
    </message>
    <message>
        <source>Touchpoint API token</source>
        <translation>Token de API del touchpoint</translation>
    </message>
    <message>
        <source>must be a web address such as https://platform.example.com</source>
        <translation>debe ser una dirección web como https://platform.example.com</translation>
    </message>
    <message>
        <source>must not contain a user name or password; secrets go in the keyring</source>
        <translation>no debe contener un nombre de usuario ni una contraseña; los secretos van en el llavero</translation>
    </message>
    <message>
        <source>must not contain ? or # parts</source>
        <translation>no debe contener partes con ? o #</translation>
    </message>
    <message>
        <source>must use https:// for {host}; plain http:// is allowed only for this computer (127.0.0.1, localhost), where the training sandbox runs</source>
        <translation>debe usar https:// para {host}; http:// sin cifrar solo se admite para este equipo (127.0.0.1, localhost), donde se ejecuta el entorno de pruebas</translation>
    </message>
    <message>
        <source>must not contain / \ : or a line break</source>
        <translation>no debe contener / \ : ni saltos de línea</translation>
    </message>
    <message>
        <source>enter the platform&apos;s web address, such as https://platform.example.com</source>
        <translation>escriba la dirección web de la plataforma, como https://platform.example.com</translation>
    </message>
    <message>
        <source>must not begin with “{prefix}”, which marks training mode&apos;s connections</source>
        <translation>no debe empezar por «{prefix}», que marca las conexiones del modo de práctica</translation>
    </message>
    <message>
        <source>{setting}: must be one of: {choices}.</source>
        <translation>{setting}: debe ser uno de: {choices}.</translation>
    </message>
    <message>
        <source>{setting}: {platform} needs it.</source>
        <translation>{setting}: {platform} lo necesita.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Beta confirmed</source>
        <translation>Beta confirmada</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Ponga un nombre a la conexión.</translation>
    </message>
    <message>
        <source>{field}: at most {count} characters.</source>
        <translation>{field}: como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>{field}: missing.</source>
        <translation>{field}: falta.</translation>
    </message>
    <message>
        <source>{field}: not a valid value.</source>
        <translation>{field}: no es un valor válido.</translation>
    </message>
    <message>
        <source>{path} could not be read: {error}</source>
        <translation>No se pudo leer {path}: {error}</translation>
    </message>
    <message>
        <source>profile {name} in {path} is invalid: {why}</source>
        <translation>el perfil {name} de {path} no es válido: {why}</translation>
    </message>
    <message>
        <source>there is no profile named {name}</source>
        <translation>no hay ningún perfil llamado {name}</translation>
    </message>
    <message>
        <source>a profile named {name} already exists</source>
        <translation>ya existe un perfil llamado {name}</translation>
    </message>
    <message>
        <source>{platform} has no secret {names}</source>
        <translation>{platform} no tiene el secreto {names}</translation>
    </message>
    <message>
        <source>a new {platform} profile needs its secrets: {names}</source>
        <translation>un perfil nuevo de {platform} necesita sus secretos: {names}</translation>
    </message>
    <message>
        <source>with these settings, the {platform} profile needs: {names}</source>
        <translation>con estos ajustes, el perfil de {platform} necesita: {names}</translation>
    </message>
    <message>
        <source>the keyring holds no {secret} for profile {name}; edit the profile and enter it again</source>
        <translation>el llavero no guarda {secret} para el perfil {name}; edite el perfil e introdúzcalo de nuevo</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Training mode&apos;s connections are built in: they are not saved here and need no settings. Your own connections are listed here.</source>
        <translation>Las conexiones del modo de práctica vienen incluidas: no se guardan aquí ni necesitan ajustes. Aquí se muestran sus propias conexiones.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Dirección (URL)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy what the test sent and what the server answered, for support: no secrets</source>
        <translation>Copiar lo que envió la prueba y lo que respondió el servidor, para el soporte: sin secretos</translation>
    </message>
    <message>
        <source>stored in the keyring — leave empty to keep it</source>
        <translation>guardado en el llavero — déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>optional; kept only in the system keyring</source>
        <translation>opcional; se guarda solo en el llavero del sistema</translation>
    </message>
    <message>
        <source>required; kept only in the system keyring</source>
        <translation>obligatorio; se guarda solo en el llavero del sistema</translation>
    </message>
    <message>
        <source>There is no connection to remove</source>
        <translation>No hay ninguna conexión que quitar</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No guardado: {why}</translation>
    </message>
    <message>
        <source>Not saved. Correct the connection, then test it again.</source>
        <translation>No guardado. Corrija la conexión y vuelva a probarla.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>The last test failed: {why}

Save anyway?</source>
        <translation>La última prueba falló: {why}

¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Saved {name}; its secrets are in the system keyring.</source>
        <translation>Guardado {name}; sus secretos están en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Its new address or credentials are not tested: press Test connection to check them now.</source>
        <translation>Su nueva dirección o sus credenciales no se han probado: pulse Probar conexión para comprobarlas ahora.</translation>
    </message>
    <message>
        <source>Removed {name} and its secrets.</source>
        <translation>Se quitó {name} y sus secretos.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Remove the profile {name} and delete its secrets from the keyring?</source>
        <translation>¿Quitar el perfil {name} y borrar sus secretos del llavero?</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Connection test failed: {why}</source>
        <translation>La prueba de conexión falló: {why}</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Claim #{id} cannot be returned.</source>
        <translation>La reclamación n.º {id} no se puede devolver.</translation>
    </message>
    <message>
        <source>The connection {name} is not open.</source>
        <translation>La conexión {name} no está abierta.</translation>
    </message>
    <message>
        <source>must be from 1 to {left} (what is left of the claim)</source>
        <translation>debe estar entre 1 y {left} (lo que queda de la reclamación)</translation>
    </message>
</context>
<context>
    <name>ReturnsWindow</name>
    <message>
        <source>{target} · {connection}</source>
        <translation>{target} · {connection}</translation>
    </message>
</context>
<context>
    <name>RewardPointDialog</name>
    <message>
        <source>New reward point</source>
        <translation>Nuevo punto de recompensa</translation>
    </message>
    <message>
        <source>Edit reward point {ref}</source>
        <translation>Editar el punto de recompensa {ref}</translation>
    </message>
    <message>
        <source>Promotion: {name} (#{id})</source>
        <translation>Promoción: {name} (n.º {id})</translation>
    </message>
    <message>
        <source>{name} — id {id}, promotion {promotion}. Only the fields you change are sent.</source>
        <translation>{name} — id {id}, promoción {promotion}. Solo se envían los campos que cambie.</translation>
    </message>
    <message>
        <source>This promotion accepts returns, so the quantity must be 1.</source>
        <translation>Esta promoción admite devoluciones, así que la cantidad debe ser 1.</translation>
    </message>
    <message>
        <source>Correct the fields shown, then save again.</source>
        <translation>Corrija los campos indicados y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>RewardPoints</name>
    <message>
        <source>Reward point</source>
        <translation>Punto de recompensa</translation>
    </message>
    <message>
        <source>must be a list of user group ids (whole numbers ≥ 1), not “{item}”</source>
        <translation>debe ser una lista de ID de grupos de usuarios (números enteros ≥ 1), no «{item}»</translation>
    </message>
    <message>
        <source>cannot be changed on an existing one</source>
        <translation>no se puede cambiar en uno existente</translation>
    </message>
    <message>
        <source>is required; it cannot be emptied</source>
        <translation>es obligatorio; no se puede vaciar</translation>
    </message>
    <message>
        <source>must be 1 because the promotion accepts returns</source>
        <translation>debe ser 1 porque la promoción admite devoluciones</translation>
    </message>
    <message>
        <source>must be on or after the date from ({start}), not {end}</source>
        <translation>debe ser igual o posterior a la fecha desde ({start}), no {end}</translation>
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
        <source>all groups</source>
        <translation>todos los grupos</translation>
    </message>
    <message>
        <source>Created reward point {id} ({reference}).</source>
        <translation>Creado el punto de recompensa {id} ({reference}).</translation>
    </message>
    <message>
        <source>Nothing changed in reward point {id}.</source>
        <translation>Nada cambió en el punto de recompensa {id}.</translation>
    </message>
    <message>
        <source>Could not check the server&apos;s version first: {error}</source>
        <translation>No se pudo comprobar antes la versión del servidor: {error}</translation>
    </message>
    <message>
        <source>Reward point {id} ({reference}) is no longer in this promotion on the server. Reload the list.</source>
        <translation>El punto de recompensa {id} ({reference}) ya no está en esta promoción en el servidor. Recargue la lista.</translation>
    </message>
    <message>
        <source>no field shown here</source>
        <translation>ningún campo mostrado aquí</translation>
    </message>
    <message>
        <source>Reward point {id} ({reference}) was changed on the server since this list was fetched ({changed}). Nothing was sent.</source>
        <translation>El punto de recompensa {id} ({reference}) cambió en el servidor después de obtener esta lista ({changed}). No se envió nada.</translation>
    </message>
    <message>
        <source>Updated reward point {id} ({reference}).</source>
        <translation>Actualizado el punto de recompensa {id} ({reference}).</translation>
    </message>
    <message>
        <source>Reward point {id} was already so.</source>
        <translation>El punto de recompensa {id} ya estaba así.</translation>
    </message>
    <message>
        <source>Reward point {id} ({reference}) is no longer in this promotion: not undone.</source>
        <translation>El punto de recompensa {id} ({reference}) ya no está en esta promoción: no se deshace.</translation>
    </message>
    <message>
        <source>Reward point {id} ({reference}) was changed again since ({changed}): not undone.</source>
        <translation>El punto de recompensa {id} ({reference}) se ha vuelto a cambiar desde entonces ({changed}): no se deshace.</translation>
    </message>
    <message>
        <source>{source}: no column for {missing} (columns found: {found})</source>
        <translation>{source}: ninguna columna para {missing} (columnas encontradas: {found})</translation>
    </message>
    <message>
        <source>Not sent: correct the fields shown.</source>
        <translation>No enviado: corrija los campos indicados.</translation>
    </message>
    <message>
        <source>{sent} saved, {unchanged} unchanged, {failed} failed.</source>
        <translation>{sent} guardados, {unchanged} sin cambios, {failed} fallidos.</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>fila {row}: {message}</translation>
    </message>
    <message>
        <source>row {row}, {field}: {message}</source>
        <translation>fila {row}, {field}: {message}</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
</context>
<context>
    <name>RewardPointsModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Points per qty</source>
        <translation>Puntos por cant.</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>Date to</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>Grupos de usuarios</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>RewardPointsWindow</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Solo inactivos</translation>
    </message>
    <message>
        <source>Reward points — {name}</source>
        <translation>Puntos de recompensa — {name}</translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation>&amp;Promoción:</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Fetch every page again (F5)</source>
        <translation>Volver a traer todas las páginas (F5)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>reference, name, group or id</source>
        <translation>referencia, nombre, grupo o id</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Create one reward point per row of a CSV or XLSX file (columns: reference, quantity, points_per_quantity, date_from, date_to, user_group_ids, active)</source>
        <translation>Crear un punto de recompensa por cada fila de un archivo CSV o XLSX (columnas: reference, quantity, points_per_quantity, date_from, date_to, user_group_ids, active)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown, in the order shown</source>
        <translation>Guardar las filas mostradas, en el orden mostrado</translation>
    </message>
    <message>
        <source>&amp;Undo change</source>
        <translation>Des&amp;hacer cambio</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>Loading already</source>
        <translation>Ya se está cargando</translation>
    </message>
    <message>
        <source>Stopped after {count} reward points: {error}</source>
        <translation>Detenido tras {count} puntos de recompensa: {error}</translation>
    </message>
    <message>
        <source>page {page} · {count} loaded</source>
        <translation>página {page} · {count} cargados</translation>
    </message>
    <message>
        <source>Loading promotions…</source>
        <translation>Cargando promociones…</translation>
    </message>
    <message>
        <source>{total} reward points</source>
        <translation>{total} puntos de recompensa</translation>
    </message>
    <message>
        <source>{shown} of {total} reward points shown</source>
        <translation>{shown} de {total} puntos de recompensa mostrados</translation>
    </message>
    <message>
        <source>{count} · loading since {time}</source>
        <translation>{count} · cargando desde las {time}</translation>
    </message>
    <message>
        <source>{count} · fetched at {time}</source>
        <translation>{count} · obtenidos a las {time}</translation>
    </message>
    <message>
        <source> ({minutes} min ago — edits are checked against the server first)</source>
        <translation> (hace {minutes} min — los cambios se comprueban antes con el servidor)</translation>
    </message>
    <message>
        <source>Choose a promotion first</source>
        <translation>Elija primero una promoción</translation>
    </message>
    <message>
        <source>There is nothing to export</source>
        <translation>No hay nada que exportar</translation>
    </message>
    <message>
        <source>Select one row to edit</source>
        <translation>Seleccione una fila para editarla</translation>
    </message>
    <message>
        <source>Select one or more rows first</source>
        <translation>Seleccione primero una o más filas</translation>
    </message>
    <message>
        <source>Undo “{what}” (Ctrl+Z): send the previous values back</source>
        <translation>Deshacer «{what}» (Ctrl+Z): devolver los valores anteriores</translation>
    </message>
    <message>
        <source>Nothing changed in this session yet</source>
        <translation>Aún no ha cambiado nada en esta sesión</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} seleccionados</translation>
    </message>
    <message>
        <source>{message} The form now shows the server&apos;s values.</source>
        <translation>{message} El formulario muestra ahora los valores del servidor.</translation>
    </message>
    <message>
        <source>Create {reference}</source>
        <translation>Crear {reference}</translation>
    </message>
    <message>
        <source>Edit {reference}</source>
        <translation>Editar {reference}</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Cambiado en el servidor</translation>
    </message>
    <message>
        <source>{message}

Save your values over the server&apos;s anyway?</source>
        <translation>{message}

¿Guardar sus valores sobre los del servidor de todos modos?</translation>
    </message>
    <message>
        <source>Activate {count} reward points</source>
        <translation>Activar {count} puntos de recompensa</translation>
    </message>
    <message>
        <source>Deactivate {count} reward points</source>
        <translation>Desactivar {count} puntos de recompensa</translation>
    </message>
    <message>
        <source>{what}? Each is changed on MyRewards at once; Undo change (Ctrl+Z) sends the previous values back.</source>
        <translation>¿{what}? Cada uno se cambia en MyRewards al momento; Deshacer cambio (Ctrl+Z) devuelve los valores anteriores.</translation>
    </message>
    <message>
        <source>Activating {count}…</source>
        <translation>Activando {count}…</translation>
    </message>
    <message>
        <source>Deactivating {count}…</source>
        <translation>Desactivando {count}…</translation>
    </message>
    <message>
        <source>Undo change</source>
        <translation>Deshacer cambio</translation>
    </message>
    <message>
        <source>Undo “{what}”? The previous values of {count} reward point(s) are sent back to MyRewards; one created here is deactivated (MyRewards cannot delete it).</source>
        <translation>¿Deshacer «{what}»? Se devuelven a MyRewards los valores anteriores de {count} punto(s) de recompensa; uno creado aquí se desactiva (MyRewards no puede borrarlo).</translation>
    </message>
    <message>
        <source>Undoing “{what}”…</source>
        <translation>Deshaciendo «{what}»…</translation>
    </message>
    <message>
        <source>Wait until the change is saved</source>
        <translation>Espere a que se guarde el cambio</translation>
    </message>
    <message>
        <source>Create reward points from a file</source>
        <translation>Crear puntos de recompensa desde un archivo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <source>Creating reward points from {name}…</source>
        <translation>Creando puntos de recompensa desde {name}…</translation>
    </message>
    <message>
        <source>Import of {count} rows</source>
        <translation>Importación de {count} filas</translation>
    </message>
    <message>
        <source>{created} of {total} rows created.</source>
        <translation>{created} de {total} filas creadas.</translation>
    </message>
    <message>
        <source>The rows not created are in {path}, each with its problem: correct them there and import that file again.</source>
        <translation>Las filas no creadas están en {path}, cada una con su problema: corríjalas allí e importe ese archivo de nuevo.</translation>
    </message>
    <message>
        <source>The file of rows to correct could not be written: {error}</source>
        <translation>No se pudo escribir el archivo de filas para corregir: {error}</translation>
    </message>
    <message>
        <source>Rows not created</source>
        <translation>Filas no creadas</translation>
    </message>
    <message>
        <source>Export reward points</source>
        <translation>Exportar puntos de recompensa</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <source>Sell date</source>
        <translation>Fecha de venta</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Grupo de clientes</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Sale type</source>
        <translation>Tipo de venta</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>debe ser una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to {most:,}</source>
        <translation>debe ser un número entero de días de 1 a {most:,}</translation>
    </message>
    <message>
        <source>, {first} to {last}</source>
        <translation>, de {first} a {last}</translation>
    </message>
    <message>
        <source>{records:,} records · quantity {quantity:,} · {items:,} items · {groups:,} customer groups{span}</source>
        <translation>{records:,} registros · cantidad {quantity:,} · {items:,} artículos · {groups:,} grupos de clientes{span}</translation>
    </message>
</context>
<context>
    <name>SalesWindow</name>
    <message>
        <source>Claret sales — {name}</source>
        <translation>Ventas de Claret — {name}</translation>
    </message>
    <message>
        <source>Sale &amp;type:</source>
        <translation>&amp;Tipo de venta:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>Number of days from the start date (duration)</source>
        <translation>Número de días desde la fecha de inicio (duración)</translation>
    </message>
    <message>
        <source>&amp;Flattened hierarchy</source>
        <translation>&amp;Jerarquía aplanada</translation>
    </message>
    <message>
        <source>Add the item and customer hierarchy columns (include_flattened_hierarchy)</source>
        <translation>Añadir las columnas de jerarquía de artículos y clientes (include_flattened_hierarchy)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Nothing is loading</source>
        <translation>No se está cargando nada</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Load some sales first</source>
        <translation>Cargue primero algunas ventas</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>Loading already</source>
        <translation>Ya se está cargando</translation>
    </message>
    <message>
        <source>Wait until every page is in</source>
        <translation>Espere a que lleguen todas las páginas</translation>
    </message>
    <message>
        <source>Stopped: {count} of {total} records loaded.</source>
        <translation>Detenido: {count} de {total} registros cargados.</translation>
    </message>
    <message>
        <source>page {page} · %v of %m</source>
        <translation>página {page} · %v de %m</translation>
    </message>
    <message>
        <source>Stopped after {count} records: {error}</source>
        <translation>Detenido tras {count} registros: {error}</translation>
    </message>
    <message>
        <source>There is nothing to export</source>
        <translation>No hay nada que exportar</translation>
    </message>
    <message>
        <source>Choose a sale type and dates, then Load.</source>
        <translation>Elija un tipo de venta y las fechas, y pulse Cargar.</translation>
    </message>
    <message>
        <source>No sales in that range.</source>
        <translation>No hay ventas en ese intervalo.</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>Exportar ventas</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>{name}{suffix} — not available: {reason}</source>
        <translation>{name}{suffix} — no disponible: {reason}</translation>
    </message>
    <message>
        <source>{count} {noun}(s) found.</source>
        <translation>{count} {noun}(s) encontrado(s).</translation>
    </message>
    <message>
        <source>Not sent: 1 field to correct.</source>
        <translation>No enviada: 1 campo por corregir.</translation>
    </message>
    <message>
        <source>Not sent: {count} fields to correct.</source>
        <translation>No enviada: {count} campos por corregir.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Claret (sales upload in beta), sandbox at {url}</source>
        <translation>Claret (carga de ventas en beta), entorno de pruebas en {url}</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>MyRewards, sandbox at {url}</source>
        <translation>MyRewards, entorno de pruebas en {url}</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Peak, sandbox at {url}</source>
        <translation>Peak, entorno de pruebas en {url}</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Thalamus, sandbox at {url}</source>
        <translation>Thalamus, entorno de pruebas en {url}</translation>
    </message>
    <message>
        <source>{platform} at {url}</source>
        <translation>{platform} en {url}</translation>
    </message>
    <message>
        <source>Connected to {platform}.</source>
        <translation>Conectado a {platform}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>System language ({name})</source>
        <translation>Idioma del sistema ({name})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language also sets how numbers and dates are written. A new language applies the next time ClaimDesk starts.</source>
        <translation>El idioma también determina cómo se escriben los números y las fechas. Un idioma nuevo se aplica la próxima vez que se inicie ClaimDesk.</translation>
    </message>
    <message>
        <source>Record network traffic for troubleshooting</source>
        <translation>Registrar el tráfico de red para diagnóstico</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Leyendo los ajustes…</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No guardado: {why}</translation>
    </message>
    <message>
        <source>Settings not read</source>
        <translation>No se leyeron los ajustes</translation>
    </message>
    <message>
        <source>Each exchange with the platforms is written to the log, with passwords, tokens and keys blanked, to show support what was sent and answered. It switches itself off after {hours} hours.</source>
        <translation>Cada intercambio con las plataformas se escribe en el registro, con las contraseñas, los tokens y las claves ocultos, para mostrar al soporte qué se envió y qué se respondió. Se desactiva solo al cabo de {hours} horas.</translation>
    </message>
    <message>
        <source>On until {when}.</source>
        <translation>Activo hasta el {when}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything in ClaimDesk works from the keyboard. Alt and an underlined letter also reach a labelled field, a button or a menu.</source>
        <translation>Todo en ClaimDesk funciona con el teclado. Alt y una letra subrayada llevan también a un campo con etiqueta, un botón o un menú.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Ventana principal</translation>
    </message>
    <message>
        <source>Claim form</source>
        <translation>Formulario de reclamación</translation>
    </message>
    <message>
        <source>Text field</source>
        <translation>Campo de texto</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Campo de fecha</translation>
    </message>
    <message>
        <source>Every window</source>
        <translation>Todas las ventanas</translation>
    </message>
    <message>
        <source>Check and submit the claim</source>
        <translation>Comprobar y enviar la reclamación</translation>
    </message>
    <message>
        <source>New claim: empty the form</source>
        <translation>Nueva reclamación: vaciar el formulario</translation>
    </message>
    <message>
        <source>Repeat the last claim sent from this form</source>
        <translation>Repetir la última reclamación enviada desde este formulario</translation>
    </message>
    <message>
        <source>Keep the draft now (it is also kept as you type)</source>
        <translation>Guardar el borrador ahora (también se guarda mientras escribe)</translation>
    </message>
    <message>
        <source>Batch grid: many claims at once</source>
        <translation>Tabla de lote: muchas reclamaciones a la vez</translation>
    </message>
    <message>
        <source>Reload the form&apos;s fields and choices</source>
        <translation>Recargar los campos y opciones del formulario</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Esta lista de atajos</translation>
    </message>
    <message>
        <source>Quit ClaimDesk</source>
        <translation>Salir de ClaimDesk</translation>
    </message>
    <message>
        <source>Next / previous field or button</source>
        <translation>Campo o botón siguiente / anterior</translation>
    </message>
    <message>
        <source>Open a date field&apos;s calendar</source>
        <translation>Abrir el calendario de un campo de fecha</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Cerrar un diálogo sin guardar</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>to retry</source>
        <translation>por reintentar</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Send no&amp;w</source>
        <translation>E&amp;nviar ahora</translation>
    </message>
    <message>
        <source>Send the waiting claims now, without waiting for their next turn</source>
        <translation>Envía ahora las reclamaciones en espera, sin esperar su próximo turno</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Offline — {count} waiting</source>
        <translation>Sin conexión — {count} en espera</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} en espera</translation>
    </message>
    <message>
        <source>{count} to check</source>
        <translation>{count} por comprobar</translation>
    </message>
    <message>
        <source>All sent at {time}</source>
        <translation>Todo enviado a las {time}</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nada en espera</translation>
    </message>
    <message>
        <source>Nothing is waiting</source>
        <translation>No hay nada en espera</translation>
    </message>
    <message>
        <source>1 claim sent, +{points} points</source>
        <translation>1 reclamación enviada, +{points} puntos</translation>
    </message>
    <message>
        <source>{count} claims sent, +{points} points</source>
        <translation>{count} reclamaciones enviadas, +{points} puntos</translation>
    </message>
    <message>
        <source>1 claim sent</source>
        <translation>1 reclamación enviada</translation>
    </message>
    <message>
        <source>{count} claims sent</source>
        <translation>{count} reclamaciones enviadas</translation>
    </message>
    <message>
        <source>1 claim refused</source>
        <translation>1 reclamación rechazada</translation>
    </message>
    <message>
        <source>{count} claims refused</source>
        <translation>{count} reclamaciones rechazadas</translation>
    </message>
    <message>
        <source>1 claim to check</source>
        <translation>1 reclamación por comprobar</translation>
    </message>
    <message>
        <source>{count} claims to check</source>
        <translation>{count} reclamaciones por comprobar</translation>
    </message>
    <message>
        <source>1 claim is still waiting to be sent. It will be sent the next time ClaimDesk starts.</source>
        <translation>1 reclamación sigue esperando su envío. Se enviará la próxima vez que se inicie ClaimDesk.</translation>
    </message>
    <message>
        <source>{count} claims are still waiting to be sent. They will be sent the next time ClaimDesk starts.</source>
        <translation>{count} reclamaciones siguen esperando su envío. Se enviarán la próxima vez que se inicie ClaimDesk.</translation>
    </message>
    <message>
        <source>The batch grid has 1 row not sent; it is not kept.</source>
        <translation>La tabla de lote tiene 1 fila sin enviar; no se conserva.</translation>
    </message>
    <message>
        <source>The batch grid has {count} rows not sent; they are not kept.</source>
        <translation>La tabla de lote tiene {count} filas sin enviar; no se conservan.</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>¿Salir de todos modos?</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>{count} rows exported.</source>
        <translation>{count} filas exportadas.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Thalamus</name>
    <message>
        <source>use either the partner SKU code or the legacy SKU key and code, not both</source>
        <translation>use el código SKU del socio o la clave y el código SKU heredados, no ambos</translation>
    </message>
    <message>
        <source>enter the partner SKU code, or the legacy SKU key and code</source>
        <translation>introduzca el código SKU del socio, o la clave y el código SKU heredados</translation>
    </message>
    <message>
        <source>is needed with the legacy SKU code: enter both, or use the partner SKU code</source>
        <translation>hace falta junto con el código SKU heredado: introduzca ambos, o use el código SKU del socio</translation>
    </message>
    <message>
        <source>is needed with the legacy SKU key: enter both, or use the partner SKU code</source>
        <translation>hace falta junto con la clave SKU heredada: introduzca ambos, o use el código SKU del socio</translation>
    </message>
    <message>
        <source>must be today or earlier: Thalamus refuses sales dated in the future</source>
        <translation>debe ser hoy o antes: Thalamus rechaza ventas con fecha futura</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>debe ser 0 o más</translation>
    </message>
    <message>
        <source>must be 2000-01-01 or later</source>
        <translation>debe ser el 2000-01-01 o posterior</translation>
    </message>
    <message>
        <source>is not a customer of this partner (unknown, or owned by another partner)</source>
        <translation>no es cliente de este socio (desconocido, o pertenece a otro socio)</translation>
    </message>
    <message>
        <source>the login of this connection is not a partner; only a partner login can record sales</source>
        <translation>el inicio de sesión de esta conexión no es de un socio; solo un socio puede registrar ventas</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code, for example USD or EUR</source>
        <translation>no es un código de moneda ISO 4217, por ejemplo USD o EUR</translation>
    </message>
    <message>
        <source>is not a vendor Thalamus knows</source>
        <translation>no es un vendedor que Thalamus conozca</translation>
    </message>
    <message>
        <source>is too long for Thalamus (at most 255 characters)</source>
        <translation>es demasiado largo para Thalamus (como máximo 255 caracteres)</translation>
    </message>
    <message>
        <source>must be a real date, such as 2026-03-31 or the day, month and year in your usual order</source>
        <translation>debe ser una fecha real, como 2026-03-31 o el día, el mes y el año en su orden habitual</translation>
    </message>
    <message>
        <source>Thalamus could not read the request (malformed JSON); nothing was stored</source>
        <translation>Thalamus no pudo leer la petición (JSON mal formado); no se guardó nada</translation>
    </message>
    <message>
        <source>was already sent from this desktop; Thalamus would store the sale twice. Leave it blank to get a new one</source>
        <translation>ya se envió desde este equipo; Thalamus guardaría la venta dos veces. Déjelo vacío para obtener uno nuevo</translation>
    </message>
    <message>
        <source>was already sent from this desktop and may have been stored; check on Thalamus before using it again</source>
        <translation>ya se envió desde este equipo y puede que se haya guardado; compruébelo en Thalamus antes de volver a usarlo</translation>
    </message>
    <message>
        <source>equivalence</source>
        <translation>equivalencia</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquete</translation>
    </message>
    <message>
        <source>box</source>
        <translation>caja</translation>
    </message>
    <message>
        <source>1 counts as {factor} units</source>
        <translation>1 cuenta como {factor} unidades</translation>
    </message>
    <message>
        <source>1 per unit</source>
        <translation>1 por unidad</translation>
    </message>
    <message>
        <source>Partner sales · {touchpoint}</source>
        <translation>Ventas del socio · {touchpoint}</translation>
    </message>
    <message>
        <source>“{code}” is not one of this partner&apos;s SKUs</source>
        <translation>«{code}» no es uno de los SKU de este socio</translation>
    </message>
    <message>
        <source>Legacy SKU: Thalamus applies no unit equivalences to the quantity.</source>
        <translation>SKU heredado: Thalamus no aplica equivalencias de unidades a la cantidad.</translation>
    </message>
    <message>
        <source>does not match a record in Thalamus</source>
        <translation>no corresponde a ningún registro de Thalamus</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is not a currency code Thalamus knows (ISO 4217, for example USD)</source>
        <translation>no es un código de moneda que Thalamus conozca (ISO 4217, por ejemplo USD)</translation>
    </message>
    <message>
        <source>is not one of this partner&apos;s SKUs in Thalamus</source>
        <translation>no es uno de los SKU de este socio en Thalamus</translation>
    </message>
    <message>
        <source>is not a SKU Thalamus knows under this legacy SKU key</source>
        <translation>no es un SKU que Thalamus conozca bajo esta clave SKU heredada</translation>
    </message>
    <message>
        <source>was not found in Thalamus</source>
        <translation>no se encontró en Thalamus</translation>
    </message>
    <message>
        <source>is not in the format Thalamus expects</source>
        <translation>no tiene el formato que Thalamus espera</translation>
    </message>
    <message>
        <source>was refused by Thalamus (code {code})</source>
        <translation>fue rechazado por Thalamus (código {code})</translation>
    </message>
    <message>
        <source>Thalamus refused the sale (code {code})</source>
        <translation>Thalamus rechazó la venta (código {code})</translation>
    </message>
    <message>
        <source>Thalamus does not let the partner “{principal}” list partner SKUs (HTTP 403)</source>
        <translation>Thalamus no permite al socio «{principal}» listar los SKU del socio (HTTP 403)</translation>
    </message>
    <message>
        <source>this Thalamus server does not list partner SKUs (HTTP 404)</source>
        <translation>este servidor de Thalamus no lista los SKU del socio (HTTP 404)</translation>
    </message>
    <message>
        <source>{count} partner SKUs</source>
        <translation>{count} SKU del socio</translation>
    </message>
    <message>
        <source>No partner SKU list: {why}; type the code.</source>
        <translation>Sin lista de SKU del socio: {why}; escriba el código.</translation>
    </message>
    <message>
        <source>Signed in as {principal} at touchpoint {touchpoint} ({path}).</source>
        <translation>Sesión iniciada como {principal} en el punto de contacto {touchpoint} ({path}).</translation>
    </message>
    <message>
        <source>Partner SKUs readable: {count} found.</source>
        <translation>SKU del socio legibles: {count} encontrados.</translation>
    </message>
    <message>
        <source>{message} (Transaction ID {id}.)</source>
        <translation>{message} (ID de transacción {id}.)</translation>
    </message>
    <message>
        <source>Accepted: Thalamus recorded the sale (transaction ID {id}).</source>
        <translation>Aceptada: Thalamus registró la venta (ID de transacción {id}).</translation>
    </message>
    <message>
        <source>repeats the transaction ID of row {row} of this batch</source>
        <translation>repite el ID de transacción de la fila {row} de este lote</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>una respuesta vacía</translation>
    </message>
    <message>
        <source>Thalamus refused the request (HTTP {status}) without saying why in its error shape; it answered: {answer}</source>
        <translation>Thalamus rechazó la solicitud (HTTP {status}) sin indicar el motivo en su formato de error; respondió: {answer}</translation>
    </message>
    <message>
        <source>Thalamus refused the partner login of “{principal}” at touchpoint “{touchpoint}” (HTTP {status}) without saying why in its error shape; it answered: {answer}</source>
        <translation>Thalamus rechazó el inicio de sesión del socio «{principal}» en el punto de contacto «{touchpoint}» (HTTP {status}) sin indicar el motivo en su formato de error; respondió: {answer}</translation>
    </message>
    <message>
        <source>Thalamus refused the partner login of “{principal}” (HTTP 401): the principal or password is wrong. Check them in this connection.</source>
        <translation>Thalamus rechazó el inicio de sesión del socio «{principal}» (HTTP 401): el principal o la contraseña son incorrectos. Revíselos en esta conexión.</translation>
    </message>
    <message>
        <source>Thalamus does not let the partner “{principal}” log in at touchpoint “{touchpoint}” (HTTP 403). Check the touchpoint code and its API token, or ask Thalamus&apos;s administrator to allow this partner there.</source>
        <translation>Thalamus no permite al socio «{principal}» iniciar sesión en el punto de contacto «{touchpoint}» (HTTP 403). Revise el código del punto de contacto y su token de API, o pida al administrador de Thalamus que permita a este socio allí.</translation>
    </message>
    <message>
        <source>Thalamus has no login at {url} (HTTP {status}). Check the connection&apos;s address and its Login path setting (the documented one is {default}).</source>
        <translation>Thalamus no tiene inicio de sesión en {url} (HTTP {status}). Revise la dirección de la conexión y su ajuste Ruta de inicio de sesión (la documentada es {default}).</translation>
    </message>
    <message>
        <source>Thalamus, partner login of “{principal}” at touchpoint “{touchpoint}”: {why}</source>
        <translation>Thalamus, inicio de sesión del socio «{principal}» en el punto de contacto «{touchpoint}»: {why}</translation>
    </message>
    <message>
        <source>The partner password must be empty (a touchpoint that needs none) or have {low} to {high} characters (Thalamus&apos;s rule); this connection&apos;s has {size}. Nothing was sent.</source>
        <translation>La contraseña del socio debe estar vacía (un punto de contacto que no la requiere) o tener de {low} a {high} caracteres (regla de Thalamus); la de esta conexión tiene {size}. No se envió nada.</translation>
    </message>
    <message>
        <source>Thalamus refused the partner “{principal}” again right after a new login (HTTP 401): neither the session cookie nor the Basic principal and password were accepted. Nothing was stored; check the partner principal and password, or ask Thalamus&apos;s administrator.</source>
        <translation>Thalamus volvió a rechazar al socio «{principal}» justo después de un nuevo inicio de sesión (HTTP 401): no se aceptó ni la cookie de sesión ni el principal y la contraseña Basic. No se guardó nada; revise el principal y la contraseña del socio, o consulte al administrador de Thalamus.</translation>
    </message>
    <message>
        <source>The answer to the partner login at {url} (HTTP {status}) is not Thalamus&apos;s: it is not JSON. Check the connection&apos;s address and its Login path setting. It answered: {answer}</source>
        <translation>La respuesta al inicio de sesión del socio en {url} (HTTP {status}) no es de Thalamus: no es JSON. Revise la dirección de la conexión y su ajuste Ruta de inicio de sesión. Respondió: {answer}</translation>
    </message>
    <message>
        <source>Thalamus&apos;s list of partner SKUs could not be read (HTTP {status}, not JSON). It answered: {answer}</source>
        <translation>No se pudo leer la lista de SKU del socio de Thalamus (HTTP {status}, no es JSON). Respondió: {answer}</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation>N.º de reclamación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show or hide the claims entered today</source>
        <translation>Muestra u oculta las reclamaciones de hoy</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the chosen claim as text, to paste into a message (Ctrl+C)</source>
        <translation>Copia la reclamación elegida como texto, para pegarla en un mensaje (Ctrl+C)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Put the refused claim back in the form (Enter on its row); submitting sends it again</source>
        <translation>Vuelve a poner la reclamación rechazada en el formulario (Intro en su fila); al enviarla se manda de nuevo</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Devolver…</translation>
    </message>
    <message>
        <source>Return goods of an accepted claim sent with a returns identifier</source>
        <translation>Devolver mercancía de una reclamación aceptada enviada con identificador de devoluciones</translation>
    </message>
    <message>
        <source>Claims entered today</source>
        <translation>Reclamaciones introducidas hoy</translation>
    </message>
    <message>
        <source>Nothing entered today yet.</source>
        <translation>Aún no se ha introducido nada hoy.</translation>
    </message>
    <message>
        <source>To&amp;day ({count})</source>
        <translation>&amp;Hoy ({count})</translation>
    </message>
    <message>
        <source>Today: {count} claims</source>
        <translation>Hoy: {count} reclamaciones</translation>
    </message>
    <message>
        <source>Choose a claim in the list first</source>
        <translation>Elija primero una reclamación de la lista</translation>
    </message>
    <message>
        <source>Only an accepted MyRewards claim sent with a returns identifier can be returned</source>
        <translation>Solo se puede devolver una reclamación de MyRewards aceptada y enviada con identificador de devoluciones</translation>
    </message>
    <message>
        <source>Only a refused claim can be corrected</source>
        <translation>Solo se puede corregir una reclamación rechazada</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must be at most {limit} characters (it has {length})</source>
        <translation>debe tener como máximo {limit} caracteres (tiene {length})</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>debe ser uno de: {choices}</translation>
    </message>
    <message>
        <source>must be a date and time with its zone, for example 2025-01-28T14:30:00Z</source>
        <translation>debe ser una fecha y hora con su zona, por ejemplo 2025-01-28T14:30:00Z</translation>
    </message>
    <message>
        <source>needs its time zone, for example 2025-01-28T14:30:00Z or +01:00</source>
        <translation>necesita su zona horaria, por ejemplo 2025-01-28T14:30:00Z o +01:00</translation>
    </message>
    <message>
        <source>must be yes or no (1 or 0)</source>
        <translation>debe ser sí o no (1 o 0)</translation>
    </message>
    <message>
        <source>must be a real date, such as 2026-03-31 or the day, month and year in your usual order</source>
        <translation>debe ser una fecha real, como 2026-03-31 o el día, el mes y el año en su orden habitual</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>is too long a number (at most {digits} characters)</source>
        <translation>es un número demasiado largo (como máximo {digits} caracteres)</translation>
    </message>
    <message>
        <source>is too large a number (at most 15 digits before the point)</source>
        <translation>es un número demasiado grande (como máximo 15 cifras antes del punto)</translation>
    </message>
    <message>
        <source>has too many digits: at most {digits} significant digits</source>
        <translation>tiene demasiadas cifras: como máximo {digits} cifras significativas</translation>
    </message>
    <message>
        <source>must be a number, for example 1250.50</source>
        <translation>debe ser un número, por ejemplo 1250.50</translation>
    </message>
    <message>
        <source>must be a whole number from {low:,} to {high:,}</source>
        <translation>debe ser un número entero de {low:,} a {high:,}</translation>
    </message>
    <message>
        <source>must be a whole number ≥ {low:,}</source>
        <translation>debe ser un número entero ≥ {low:,}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be at least {low}</source>
        <translation>debe ser al menos {low}</translation>
    </message>
    <message>
        <source>must be at most {high}</source>
        <translation>debe ser como máximo {high}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start training &amp;mode</source>
        <translation>Iniciar el modo de prá&amp;ctica</translation>
    </message>
    <message>
        <source>Practise with demo data on the built-in sandbox; nothing reaches a real platform.</source>
        <translation>Practique con datos de demostración en el entorno de pruebas integrado; nada llega a una plataforma real.</translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation>Añadir una co&amp;nexión…</translation>
    </message>
    <message>
        <source>Ed&amp;it connection…</source>
        <translation>Editar la cone&amp;xión…</translation>
    </message>
    <message>
        <source>No connection yet.

Start training mode to try ClaimDesk on the built-in sandbox with demo data for MyRewards, Claret, Peak and Thalamus. No account is needed.</source>
        <translation>Aún no hay ninguna conexión.

Inicie el modo de práctica para probar ClaimDesk en el entorno de pruebas integrado, con datos de demostración de MyRewards, Claret, Peak y Thalamus. No hace falta ninguna cuenta.</translation>
    </message>
    <message>
        <source>Enter sales claims for MyRewards, Claret, Peak and Thalamus: every rule is checked before anything is sent, and the outbox never loses a claim.

Try it first in training mode, on a built-in sandbox with demo data (no account needed), or add a connection profile for your platform.</source>
        <translation>Introduzca reclamaciones de ventas para MyRewards, Claret, Peak y Thalamus: se comprueban todas las reglas antes de enviar nada, y la bandeja de salida nunca pierde una reclamación.

Pruébelo primero en el modo de práctica, en un entorno de pruebas integrado con datos de demostración (sin necesidad de cuenta), o añada un perfil de conexión para su plataforma.</translation>
    </message>
    <message>
        <source>Welcome to ClaimDesk</source>
        <translation>Bienvenido a ClaimDesk</translation>
    </message>
    <message>
        <source>Welcome to ClaimDesk.

Add a connection to your platform, or start training mode to try everything on the built-in sandbox with demo data. No account is needed.</source>
        <translation>Bienvenido a ClaimDesk.

Añada una conexión a su plataforma, o inicie el modo de práctica para probarlo todo en el entorno de pruebas integrado con datos de demostración. No hace falta ninguna cuenta.</translation>
    </message>
    <message>
        <source>Starting already</source>
        <translation>Ya se está iniciando</translation>
    </message>
    <message>
        <source>Starting the training sandbox…</source>
        <translation>Iniciando el entorno de pruebas…</translation>
    </message>
    <message>
        <source>The training sandbox could not start: {error}</source>
        <translation>No se pudo iniciar el entorno de pruebas: {error}</translation>
    </message>
</context>
</TS>

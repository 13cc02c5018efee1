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
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
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
    <name>AdminButton</name>
    <message>
        <source>Reward &amp;points…</source>
        <translation>Puntos de &amp;recompensa…</translation>
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
        <translation>Recorrer las ventas que Claret ya tiene, página a página</translation>
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
        <source>Edit cell</source>
        <translation>Editar celda</translation>
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
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send valid rows</source>
        <translation>Enviar filas válidas</translation>
    </message>
    <message>
        <source>• row {row}: claim #{id}, {state}, entered {when}</source>
        <translation>• fila {row}: reclamación n.º {id}, {state}, introducida el {when}</translation>
    </message>
    <message>
        <source>• row {row}: the same as row {earlier}</source>
        <translation>• fila {row}: igual que la fila {earlier}</translation>
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
        <source>&amp;Send {n:,} valid rows</source>
        <translation>&amp;Enviar {n:,} filas válidas</translation>
    </message>
    <message>
        <source>&amp;Send 1 valid row</source>
        <translation>&amp;Enviar 1 fila válida</translation>
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
        <source>{n:,} rows saved to {path}.</source>
        <translation>{n:,} filas guardadas en {path}.</translation>
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
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Empty the form for a new claim (Ctrl+N)</source>
        <translation>Vaciar el formulario para una nueva reclamación (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Submit claim</source>
        <translation>&amp;Enviar reclamación</translation>
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
        <source>The outbox could not be opened ({why}), so claims cannot be saved or sent. Check that the data folder is writable, then restart.</source>
        <translation>No se pudo abrir la bandeja de salida ({why}), así que no se pueden guardar ni enviar reclamaciones. Compruebe que se puede escribir en la carpeta de datos y reinicie.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <source>{name}: {fields} fields{details}, fetched {time}</source>
        <translation>{name}: {fields} campos{details}, obtenido a las {time}</translation>
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
        <source>Estimated points: — (needs a valid product and quantity)</source>
        <translation>Puntos estimados: — (hace falta un producto y una cantidad válidos)</translation>
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
        <source>Connections…</source>
        <translation>Conexiones…</translation>
    </message>
    <message>
        <source>Add, edit, test or remove connection profiles</source>
        <translation>Añadir, editar, probar o quitar perfiles de conexión</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Language and other preferences (Ctrl+,)</source>
        <translation>Idioma y otras preferencias (Ctrl+,)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Version, and the licences of bundled software</source>
        <translation>Versión y licencias del software incluido</translation>
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
    <message>
        <source>&amp;{noun}:</source>
        <translation>&amp;{noun}:</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
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
        <source>number, e.g. 1250.50</source>
        <translation>número, p. ej. 1250.50</translation>
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
        <source>The Claret sale type the sales belong to, e.g. Actuals or Forecast.</source>
        <translation>El tipo de venta de Claret al que pertenecen las ventas, p. ej. Actuals o Forecast.</translation>
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
        <source>Required because this promotion accepts returns.</source>
        <translation>Obligatorio porque esta promoción admite devoluciones.</translation>
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
        <source>decimal comma</source>
        <translation>coma decimal</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>punto decimal</translation>
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
        <source>{source}: the first row should name the columns.</source>
        <translation>{source}: la primera fila debe nombrar las columnas.</translation>
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
        <source>Claim #{id} {state}: {why}</source>
        <translation>Reclamación n.º {id} {state}: {why}</translation>
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
        <source>must be at least {quantity} for reward point “{reference}”</source>
        <translation>debe ser al menos {quantity} para el punto de recompensa «{reference}»</translation>
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
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The server refused this claim: {reasons}.</source>
        <translation>El servidor rechazó esta reclamación: {reasons}.</translation>
    </message>
    <message>
        <source>The platform received the claim but created none, so it earns no points: {reasons}.</source>
        <translation>La plataforma recibió la reclamación pero no creó ninguna, así que no gana puntos: {reasons}.</translation>
    </message>
    <message>
        <source>Accepted: claim {ids} earns {points} points.</source>
        <translation>Aceptada: la reclamación {ids} gana {points} puntos.</translation>
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
        <source>Outbox: {q} queued · {u} unknown · {r} rejected</source>
        <translation>Bandeja de salida: {q} en cola · {u} desconocidas · {r} rechazadas</translation>
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
        <source>Needs attention (queued, unknown, rejected)</source>
        <translation>Requieren atención (en cola, desconocidas, rechazadas)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
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
        <source>Show:</source>
        <translation>Mostrar:</translation>
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
        <source>&amp;Mark accepted</source>
        <translation>&amp;Marcar como aceptada</translation>
    </message>
    <message>
        <source>For an unknown claim you found on the platform</source>
        <translation>Para una reclamación desconocida que ha encontrado en la plataforma</translation>
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
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Claim #{id} — {state} — {connection} — {target}</source>
        <translation>Reclamación n.º {id} — {state} — {connection} — {target}</translation>
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
        <source>Export the listed claims</source>
        <translation>Exportar las reclamaciones de la lista</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No guardado: {why}</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
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
        <source>{count} products</source>
        <translation>{count} productos</translation>
    </message>
    <message>
        <source>products typed freely (no catalogue)</source>
        <translation>productos escritos libremente (sin catálogo)</translation>
    </message>
    <message>
        <source>{count} locations</source>
        <translation>{count} ubicaciones</translation>
    </message>
    <message>
        <source>locations typed freely (no catalogue)</source>
        <translation>ubicaciones escritas libremente (sin catálogo)</translation>
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
        <source>Accepted {rows} row(s): {inserted} new, {updated} updated.</source>
        <translation>Aceptadas {rows} fila(s): {inserted} nuevas, {updated} actualizadas.</translation>
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
        <source>Tenant</source>
        <translation>Inquilino (tenant)</translation>
    </message>
    <message>
        <source>The tenant name in Claret&apos;s URLs, e.g. demo.</source>
        <translation>El nombre del inquilino en las URL de Claret, p. ej. demo.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
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
        <source>Partner password</source>
        <translation>Contraseña del socio</translation>
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
        <source>{platform} needs: {settings}</source>
        <translation>{platform} necesita: {settings}</translation>
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
        <source>&amp;Name:</source>
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
        <source>stored in the keyring — leave empty to keep it</source>
        <translation>guardado en el llavero — déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>required; kept only in the system keyring</source>
        <translation>obligatorio; se guarda solo en el llavero del sistema</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No guardado: {why}</translation>
    </message>
    <message>
        <source>Saved {name}; its secrets are in the system keyring.</source>
        <translation>Guardado {name}; sus secretos están en el llavero del sistema.</translation>
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
        <source>loading…</source>
        <translation>cargando…</translation>
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
        <source>{count} selected</source>
        <translation>{count} seleccionados</translation>
    </message>
    <message>
        <source>{message} The form now shows the server&apos;s values.</source>
        <translation>{message} El formulario muestra ahora los valores del servidor.</translation>
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
        <source>Activating {count}…</source>
        <translation>Activando {count}…</translation>
    </message>
    <message>
        <source>Deactivating {count}…</source>
        <translation>Desactivando {count}…</translation>
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
        <source>Creating reward points from {name}…</source>
        <translation>Creando puntos de recompensa desde {name}…</translation>
    </message>
    <message>
        <source>{created} of {total} rows created.</source>
        <translation>{created} de {total} filas creadas.</translation>
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
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
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
        <source>Connected to {platform}: {count} {noun}(s) found.</source>
        <translation>Conectado a {platform}: {count} encontrado(s) ({noun}).</translation>
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
        <source>Not saved: {why}</source>
        <translation>No guardado: {why}</translation>
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
        <source>must be a date written YYYY-MM-DD, for example 2026-03-31</source>
        <translation>debe ser una fecha escrita AAAA-MM-DD, por ejemplo 2026-03-31</translation>
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
        <source>{count} partner SKUs</source>
        <translation>{count} SKU del socio</translation>
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
        <source>must be a date written YYYY-MM-DD, for example 2026-03-31</source>
        <translation>debe ser una fecha escrita AAAA-MM-DD, por ejemplo 2026-03-31</translation>
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
        <source>Start &amp;training mode</source>
        <translation>Iniciar el modo de prá&amp;ctica</translation>
    </message>
    <message>
        <source>Practise with demo data on the built-in sandbox; nothing reaches a real platform.</source>
        <translation>Practique con datos de demostración en el entorno de pruebas integrado; nada llega a una plataforma real.</translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation>&amp;Añadir una conexión…</translation>
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
        <source>Starting the training sandbox…</source>
        <translation>Iniciando el entorno de pruebas…</translation>
    </message>
    <message>
        <source>The training sandbox could not start: {error}</source>
        <translation>No se pudo iniciar el entorno de pruebas: {error}</translation>
    </message>
</context>
</TS>

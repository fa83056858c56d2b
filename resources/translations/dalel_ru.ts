<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="24" />
        <source>issue a camera (and card) to an inspector (R5, R6, R11, R12)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="25" />
        <location filename="../../app/cli/cmd_registers.py" line="24" />
        <location filename="../../app/cli/cmd_vault.py" line="24" />
        <source>personnel number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="26" />
        <location filename="../../app/cli/cmd_custody.py" line="38" />
        <source>inventory number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="27" />
        <source>card inventory number (default: the card in the camera)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="28" />
        <source>number of the seal on the card slot (R6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="30" />
        <source>pre-use checks done, comma-separated: {names}, or 'all'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="34" />
        <source>issue entry of the failed camera this one replaces (R16)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="37" />
        <source>take a camera back (R17)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="43" />
        <source>meal break (R15) or a note, in Remarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="44" />
        <source>inventory number of the camera that is out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="50" />
        <source>record a failed camera or card: cause and time reported (R16)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="56" />
        <source>issue a replacement for a failed camera (R16)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="66" />
        <source>strike an entry and write the right one (R7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="67" />
        <source>journal entry number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="74" />
        <source>strike a return made by mistake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="78" />
        <source>the journal in its 8 official columns (R18)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="84" />
        <source>language of the Remarks wording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="88" />
        <source>raw journal entries with their hashes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="93" />
        <source>cameras not back (R17) and footage not downloaded (R8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="119" />
        <source>Entry {n}: {camera} issued to {who}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="127" />
        <source>{camera} returned (entry {n}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="151" />
        <source>Remark recorded (entry {n}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="158" />
        <source>Malfunction recorded (entry {n}); issue a replacement with 'dalel replace'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="169" />
        <source>Entry {n}: {camera} issued as a replacement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="182" />
        <source>Entry {old} struck; correction recorded as entry {n} (Түзетілді).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="219" />
        <location filename="../../app/cli/cmd_registers.py" line="131" />
        <location filename="../../app/cli/cmd_registers.py" line="170" />
        <source>inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="219" />
        <location filename="../../app/cli/cmd_custody.py" line="245" />
        <source>inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="219" />
        <source>received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="219" />
        <source>handed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="220" />
        <source>downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="220" />
        <source>officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="220" />
        <source>remarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="222" />
        <source>~N~ = struck through by a correction (R7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="234" />
        <location filename="../../app/cli/cmd_vault.py" line="204" />
        <source>time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="234" />
        <location filename="../../app/cli/cmd_registers.py" line="131" />
        <location filename="../../app/cli/cmd_registers.py" line="170" />
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="234" />
        <source>issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="234" />
        <source>corrects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="234" />
        <source>data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="235" />
        <source>hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="244" />
        <source>OVERDUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="245" />
        <source>rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="245" />
        <location filename="../../app/cli/cmd_devices.py" line="119" />
        <source>camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="245" />
        <source>since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="245" />
        <source>due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="25" />
        <source>docked cameras: list, download, clock, wipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="29" />
        <source>look for camera volumes in DIR (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="30" />
        <source>the camera's volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="31" />
        <source>do not enumerate USB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="32" />
        <source>list docked cameras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="35" />
        <source>download a camera's footage into the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="36" />
        <source>inventory number (else found by serial)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="37" />
        <source>ingest a folder (needs --camera)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="38" />
        <source>wipe the card after a verified complete download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="40" />
        <location filename="../../app/cli/cmd_devices.py" line="50" />
        <source>confirm the wipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="43" />
        <source>set the camera's date and time from this PC (R1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="47" />
        <source>wipe the card after checking every file is in the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="52" />
        <source>recording gaps (R13, R15)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="53" />
        <source>issue entry number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="55" />
        <source>keep them for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="58" />
        <source>remove orphan temp files, quarantine unreferenced blobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="115" />
        <source>UNREGISTERED (R4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="119" />
        <location filename="../../app/cli/cmd_registers.py" line="131" />
        <source>serial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="119" />
        <source>holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="119" />
        <source>clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="119" />
        <source>battery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="120" />
        <source>recordings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="120" />
        <location filename="../../app/cli/cmd_print.py" line="154" />
        <source>volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="120" />
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="121" />
        <source>No camera is docked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="150" />
        <source>Wipe the card after the download?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="156" />
        <source>{n} new recording(s) stored, {d} already in the vault, {f} failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="162" />
        <source>{n} file(s) wiped from the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="175" />
        <source>Clock of {number} set to {time} ({method}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="198" />
        <source>Delete the footage from the card of {n}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="199" />
        <source>Nothing was deleted (not confirmed; use --yes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="202" />
        <source>{n} file(s) wiped after verification.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="214" />
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="214" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="214" />
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="215" />
        <source>No unexplained gaps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="223" />
        <source>{t} temp file(s) removed, {q} blob(s) quarantined, {m} missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="25" />
        <source>the journal on paper: pages, closing page, reprints, blank book, page check (R7, R18)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="30" />
        <source>print the rows not yet printed as new numbered pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="31" />
        <source>PDF file to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="33" />
        <source>also rows whose camera is still out or not yet downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="37" />
        <source>close the volume: the closing page with the page count (R7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="42" />
        <source>print pages again, marked as a duplicate (logged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="45" />
        <source>e.g. 1-3,7 (default: the whole volume)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="46" />
        <source>the covers too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="50" />
        <source>an extract of the journal for a period (not book pages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="57" />
        <source>a blank pre-numbered book in the official form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="60" />
        <source>numbered pages in all, the closing page included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="62" />
        <source>print without opening the vault, for this agency's form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="63" />
        <source>the territorial unit's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="66" />
        <source>the volumes and their pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="70" />
        <source>check a paper page against the vault (exit 0 only if true)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="71" />
        <source>the check code printed on the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="72" />
        <source>the text of the page's QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="73" />
        <source>the page number printed on the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="101" />
        <source>{path}: {kind}, volume {volume}, pages {pages} ({sheets} sheets in the PDF).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="153" />
        <location filename="../../app/cli/cmd_print.py" line="154" />
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="153" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="154" />
        <source>opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="154" />
        <source>pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="154" />
        <location filename="../../app/cli/cmd_registers.py" line="131" />
        <source>state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="155" />
        <source>Rows ready to print: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="166" />
        <source>TRUE PAGE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="166" />
        <source>REJECTED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="168" />
        <source>Volume {v}, page {p}, printed {at}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="18" />
        <source>the staff register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="20" />
        <source>register a staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="28" />
        <source>list staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="29" />
        <source>include those who left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="31" />
        <source>one person with history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="34" />
        <source>mark a person as no longer active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="39" />
        <source>the register of cameras and memory cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="41" />
        <source>register a camera or card (R4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="43" />
        <source>inventory number (mandatory, R4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="46" />
        <source>date put in service, YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="47" />
        <source>years (R19)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="51" />
        <source>the device still has its factory password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="53" />
        <source>list devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="57" />
        <source>one device with history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="61" />
        <source>mark faulty, back in store, or written off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="67" />
        <source>put a card in a camera and record the slot seal (R6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="73" />
        <source>devices near or past the end of their service life (R19)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="82" />
        <source>Registered {name} ({number}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="90" />
        <source>left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="92" />
        <source>number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="92" />
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="92" />
        <source>position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="92" />
        <location filename="../../app/cli/cmd_vault.py" line="204" />
        <source>role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="110" />
        <source>{name} marked as no longer active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="119" />
        <source>Registered {kind} {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="131" />
        <source>model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="131" />
        <source>in camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="132" />
        <source>seal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="132" />
        <location filename="../../app/cli/cmd_registers.py" line="170" />
        <source>service ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="160" />
        <source>{card} is in {camera}, seal {seal}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="19" />
        <source>create the office's vault (R2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="27" />
        <source>the head's password (else $DALEL_HEAD_PASSWORD, else a prompt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="29" />
        <source>territorial unit's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="31" />
        <source>Argon2id work per unlock, calibrated on this PC (never below the floor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="35" />
        <source>unlock and show the vault's state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="38" />
        <source>change your own password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="40" />
        <source>the new password (else $DALEL_NEW_PASSWORD, else a prompt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="44" />
        <source>the head sets a new officer's password (R1, R2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="48" />
        <source>show or change office settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="54" />
        <source>check every blob, the index and the chains; exit 0 only if intact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="56" />
        <source>do not decrypt the footage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="58" />
        <source>a checkpoint code from paper or a release manifest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="61" />
        <source>show the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="67" />
        <source>print a signed checkpoint of the journal to keep off the PC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="80" />
        <source>Repeat: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="94" />
        <source>Officer's new password: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="96" />
        <source>Head's new password: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="103" />
        <source>Vault created at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="120" />
        <source>Vault {path} ({role})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="121" />
        <source>Journal entries: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="122" />
        <source>Footage recordings: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="123" />
        <source>Staff: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="131" />
        <source>Current password: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="132" />
        <source>New password: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="135" />
        <source>Password changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="142" />
        <source>New officer's password: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="145" />
        <source>The officer's password was set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="185" />
        <source>Vault intact: {j} journal entries, {a} audit entries, {b} blobs ({mb:.1f} MB) decrypted and rehashed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="190" />
        <source>VAULT DAMAGED OR ALTERED — {n} problem(s):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="204" />
        <source>who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="204" />
        <source>action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="204" />
        <source>detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="212" />
        <source>Journal of {n} entries, head {head}.
Checkpoint code:
{code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="77" />
        <source>Password ({role}): </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="36" />
        <source>vault folder (default: $DALEL_VAULT or the user data folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="39" />
        <source>who unlocks: the responsible officer or the head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="41" />
        <source>read the password from FILE (else $DALEL_PASSWORD, else a prompt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="44" />
        <source>print machine-readable JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="46" />
        <source>language of messages (kk, ru, en)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="52" />
        <source>Dalel: body-camera custody journal and encrypted evidence vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="85" />
        <source>dalel: interrupted; nothing was half-written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="89" />
        <source>dalel: unexpected error: {error}. Nothing was changed; please report it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="84" />
        <location filename="../../app/ui/review.py" line="126" />
        <location filename="../../app/ui/review.py" line="149" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Agency</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="35" />
        <source>Fire safety control</source>
        <translation>Контроль в области пожарной безопасности</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="36" />
        <source>Veterinary-sanitary control</source>
        <translation>Ветеринарно-санитарный контроль</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="37" />
        <source>State revenue</source>
        <translation>Государственные доходы</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="38" />
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../app/ui/review.py" line="42" />
        <source>ordinary (kept 1 year)</source>
        <translation>обычная (хранится 1 год)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="43" />
        <source>administrative offence (5 years)</source>
        <translation>административное правонарушение (5 лет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="44" />
        <source>inspection (5 years)</source>
        <translation>проверка (5 лет)</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <location filename="../../app/ui/checklist.py" line="14" />
        <source>The camera &amp;works (R11)</source>
        <translation>Видеорегистратор &amp;работает (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="15" />
        <source>&amp;Battery charged (R11)</source>
        <translation>&amp;Батарея заряжена (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="16" />
        <source>&amp;Date and time on the camera are right (R11)</source>
        <translation>&amp;Дата и время на видеорегистраторе верны (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="17" />
        <source>Photo/video &amp;quality settings checked (R11)</source>
        <translation>Настройки &amp;качества фото/видео проверены (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="18" />
        <source>The inspector wears the &amp;badge (R12)</source>
        <translation>На инспекторе есть &amp;нагрудный знак (R12)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="27" />
        <source>Battery charge:</source>
        <translation>Заряд батареи:</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/journal_view.py" line="98" />
        <source>Correct entry № {n}</source>
        <translation>Исправить запись № {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="107" />
        <source>The return was recorded by mistake: strike it</source>
        <translation>Сдача записана ошибочно: зачеркнуть её</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="110" />
        <source>why the entry was wrong (required, R7)</source>
        <translation>почему запись неверна (обязательно, R7)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="116" />
        <source>The wrong entry stays in the journal, struck through; the right one is added with "Түзетілді", the time and your name. Times cannot be corrected (R3).</source>
        <translation>Неверная запись остаётся в журнале зачёркнутой; верная добавляется с пометкой «Түзетілді», временем и вашим именем. Время исправить нельзя (R3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="119" />
        <source>Inspector:</source>
        <translation>Инспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="120" />
        <source>Camera:</source>
        <translation>Видеорегистратор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="121" />
        <source>Memory card:</source>
        <translation>Карта памяти:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="122" />
        <source>Seal:</source>
        <translation>Пломба:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="124" />
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="129" />
        <source>Create the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="131" />
        <source>The responsible officer</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="132" />
        <source>The officer designated by the head keeps the cameras and the journal and sets their own password (R1, R2).</source>
        <translation>Ответственное лицо, назначенное руководителем, хранит видеорегистраторы и журнал и само задаёт свой пароль (R1, R2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="134" />
        <source>The head of the office</source>
        <translation>Руководитель территориального органа</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="135" />
        <source>The head types their own password; it also authorises releasing copies (R10).</source>
        <translation>Руководитель вводит свой пароль; он же нужен для разрешения выдачи копий (R10).</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="149" />
        <source>Creating the vault; this takes a few seconds…</source>
        <translation>Создаётся хранилище; это займёт несколько секунд…</translation>
    </message>
</context>
<context>
    <name>DockBridge</name>
    <message>
        <location filename="../../app/ui/docked.py" line="92" />
        <source>Docked: {name}, downloading…</source>
        <translation>В док-станции: {name}, идёт загрузка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/docked.py" line="104" />
        <source>{camera}: {n} recording(s) stored, {dup} already in the vault</source>
        <translation>{camera}: сохранено записей: {n}, уже было в хранилище: {dup}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="28" />
        <source>The computer refused a file operation: {reason}.</source>
        <translation>Компьютер отказал в операции с файлом: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="31" />
        <source>Something went wrong that the program did not expect. Nothing was lost: every record is written whole or not at all. The details are in the log file; please show it to your IT support.</source>
        <translation>Произошла ошибка, которую программа не ожидала. Ничего не потеряно: каждая запись сохраняется целиком или не сохраняется вовсе. Подробности — в файле журнала; покажите его службе IT-поддержки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="42" />
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="44" />
        <source>Cannot do that</source>
        <translation>Это сделать нельзя</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <location filename="../../app/ui/issue.py" line="36" />
        <source>scan or type, e.g. BK-001</source>
        <translation>отсканируйте или введите, например BK-001</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="40" />
        <source>&amp;Issue (Ctrl+Enter)</source>
        <translation>&amp;Выдать (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="46" />
        <source>I&amp;nspector:</source>
        <translation>И&amp;нспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="47" />
        <source>&amp;Camera inventory no.:</source>
        <translation>&amp;Инвентарный номер видеорегистратора:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="48" />
        <source>Memory ca&amp;rd inventory no.:</source>
        <translation>Инвентарный номер &amp;карты памяти:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="49" />
        <source>&amp;Seal on the card slot (R6):</source>
        <translation>&amp;Пломба на слоте карты (R6):</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="53" />
        <source>Issue a camera</source>
        <translation>Выдача видеорегистратора</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="57" />
        <source>scan or type the camera's number, Enter</source>
        <translation>отсканируйте или введите номер видеорегистратора, Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="59" />
        <source>&amp;Take back</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="64" />
        <source>Ca&amp;mera returned:</source>
        <translation>Сданный видео&amp;регистратор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="67" />
        <source>Return a camera</source>
        <translation>Приём видеорегистратора</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="109" />
        <source>Register an inspector first (Registers).</source>
        <translation>Сначала зарегистрируйте инспектора (Реестры).</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="118" />
        <source>Issued {camera} to {name} at {time}. Entry № {seq} — the inspector signs the paper journal (R5).</source>
        <translation>{camera} выдан {name} в {time}. Запись № {seq} — инспектор расписывается в бумажном журнале (R5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="137" />
        <source>{camera} is back from {name} at {time}. Download its footage within one working day (R8).</source>
        <translation>{camera} принят от {name} в {time}. Загрузите записи в течение одного рабочего дня (R8).</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../app/ui/journal_view.py" line="46" />
        <source>№</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="46" />
        <source>Inventory no. of the camera (memory card)</source>
        <translation>Инвентарный номер видеорегистратора (карты памяти)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="47" />
        <source>Inspector</source>
        <translation>Имя, отчество (при наличии), фамилия инспектора</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="47" />
        <source>Received: date and time, signature</source>
        <translation>Дата и время получения, подпись</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="48" />
        <source>Handed in: date and time, signature</source>
        <translation>Дата и время сдачи, подпись</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="49" />
        <source>Footage downloaded: date and time</source>
        <translation>Дата и время выгрузки информации</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="50" />
        <source>Responsible officer, signature</source>
        <translation>Имя, отчество, фамилия и подпись ответственного лица</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="50" />
        <source>Remarks</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/journal_view.py" line="169" />
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="177" />
        <source>&amp;Correct the entry…</source>
        <translation>&amp;Исправить запись…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="183" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="185" />
        <source>Inspector:</source>
        <translation>Инспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="187" />
        <source>Camera:</source>
        <translation>Видеорегистратор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="212" />
        <location filename="../../app/ui/journal_view.py" line="216" />
        <source>all</source>
        <translation>все</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="51" />
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55" />
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="68" />
        <source>Dalel</source>
        <translation>Dalel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>head of the office</source>
        <translation>руководитель территориального органа</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95" />
        <source>responsible officer</source>
        <translation>ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96" />
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98" />
        <source>Dalel — {unit}</source>
        <translation>Dalel — {unit}</translation>
    </message>
</context>
<context>
    <name>MalfunctionDialog</name>
    <message>
        <location filename="../../app/ui/remarks.py" line="37" />
        <source>Malfunction of {camera}</source>
        <translation>Неисправность {camera}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="39" />
        <source>what failed, e.g. the battery does not charge</source>
        <translation>что неисправно, например батарея не заряжается</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="40" />
        <source>Issue a replacement camera now (R16)</source>
        <translation>Выдать замену сейчас (R16)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="45" />
        <source>Replacement camera no.:</source>
        <translation>Номер видеорегистратора на замену:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="46" />
        <source>Its memory card no.:</source>
        <translation>Номер его карты памяти:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="47" />
        <source>Seal on the card slot (R6):</source>
        <translation>Пломба на слоте карты (R6):</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="49" />
        <source>Replacement for {name}</source>
        <translation>Замена для {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="59" />
        <source>The inspector {name} reports that {camera} failed. The time of the report is recorded now.</source>
        <translation>Инспектор {name} сообщает о неисправности {camera}. Время сообщения записывается сейчас.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="62" />
        <source>&amp;Cause:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="78" />
        <source>The malfunction is recorded in Remarks.</source>
        <translation>Неисправность записана в Примечание.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="90" />
        <source>The office</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="91" />
        <source>Which agency this workstation serves and where the encrypted vault is kept.</source>
        <translation>Какому органу служит это рабочее место и где хранится зашифрованное хранилище.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="99" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="105" />
        <source>Agency:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="106" />
        <source>Territorial unit:</source>
        <translation>Территориальное подразделение:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="107" />
        <source>Vault folder:</source>
        <translation>Папка хранилища:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="116" />
        <source>Folder for the vault</source>
        <translation>Папка для хранилища</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="34" />
        <source>&amp;Print the new pages (PDF)…</source>
        <translation>&amp;Напечатать новые страницы (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="36" />
        <source>Check a &amp;paper page…</source>
        <translation>Проверить &amp;бумажную страницу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="44" />
        <source>Save the journal pages</source>
        <translation>Сохранить страницы журнала</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="60" />
        <source>Nothing to print</source>
        <translation>Печатать нечего</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="61" />
        <source>Every finished row is already printed.</source>
        <translation>Все завершённые строки уже напечатаны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="63" />
        <source>Pages ready</source>
        <translation>Страницы готовы</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="64" />
        <source>{rows} row(s) on page(s) {pages} of volume {volume}: {path}. Print it, sign in ink and lace it into the book (R7).</source>
        <translation>{rows} строк(и) на странице(ах) {pages} тома {volume}: {path}. Распечатайте, подпишите чернилами и вшейте в книгу (R7).</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="56" />
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="57" />
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="58" />
        <source>Patronymic (if any):</source>
        <translation>Отчество (при наличии):</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="59" />
        <source>Personnel number:</source>
        <translation>Табельный номер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="60" />
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="61" />
        <source>Password (8 characters or more):</source>
        <translation>Пароль (не менее 8 символов):</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="62" />
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="73" />
        <source>Surname, name and personnel number are required.</source>
        <translation>Фамилия, имя и табельный номер обязательны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="76" />
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <location filename="../../app/ui/registers_view.py" line="39" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="39" />
        <source>Personnel no.</source>
        <translation>Табельный №</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="39" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="40" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="41" />
        <source>Inventory no.</source>
        <translation>Инвентарный №</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="41" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="41" />
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="42" />
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="42" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="42" />
        <source>In service since</source>
        <translation>В эксплуатации с</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="43" />
        <source>Service life ends (R19)</source>
        <translation>Срок службы истекает (R19)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="49" />
        <source>Add &amp;inspector</source>
        <translation>Добавить &amp;инспектора</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="52" />
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="53" />
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="54" />
        <source>Personnel no.:</source>
        <translation>Табельный №:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="58" />
        <source>camera</source>
        <translation>видеорегистратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="59" />
        <source>memory card</source>
        <translation>карта памяти</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="61" />
        <source>Add &amp;device</source>
        <translation>Добавить &amp;устройство</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="64" />
        <source>reason (required)</source>
        <translation>причина (обязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="65" />
        <source>Mark &amp;faulty</source>
        <translation>Отметить &amp;неисправным</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="66" />
        <source>Back in &amp;store</source>
        <translation>Вернуть на &amp;хранение</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="67" />
        <source>&amp;Write off</source>
        <translation>&amp;Списать</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="72" />
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="73" />
        <source>Inventory no. (R4):</source>
        <translation>Инвентарный № (R4):</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="74" />
        <source>Serial:</source>
        <translation>Серийный номер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="75" />
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="77" />
        <source>Selected device:</source>
        <translation>Выбранное устройство:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="82" />
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="82" />
        <source>Cameras and cards</source>
        <translation>Видеорегистраторы и карты</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="83" />
        <source>History of the selected record</source>
        <translation>История выбранной записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="106" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="106" />
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="36" />
        <source>Release a copy to an inspector</source>
        <translation>Выдача копии инспектору</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="41" />
        <source>service purpose, e.g. administrative case №</source>
        <translation>служебная цель, например административное дело №</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="43" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="55" />
        <source>&amp;Release</source>
        <translation>&amp;Выдать</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="61" />
        <source>{n} recording(s) selected. Stored footage is given to inspectors for service purposes only, with the head's permission (R10).</source>
        <translation>Выбрано записей: {n}. Хранимые записи выдаются инспекторам только в служебных целях и с разрешения руководителя (R10).</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="64" />
        <source>To inspector:</source>
        <translation>Инспектору:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="65" />
        <source>Purpose:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="66" />
        <source>Copy into folder:</source>
        <translation>Копировать в папку:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="67" />
        <source>Head's password:</source>
        <translation>Пароль руководителя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="73" />
        <source>Where to put the copy</source>
        <translation>Куда поместить копию</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="89" />
        <source>Copying…</source>
        <translation>Копирование…</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="115" />
        <source>Copy released</source>
        <translation>Копия выдана</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="116" />
        <source>The copy and its manifest are in {folder}. The release is logged.</source>
        <translation>Копия и её манифест — в {folder}. Выдача записана в журнал.</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="125" />
        <source>Cancelled; the partial copy was removed.</source>
        <translation>Отменено; неполная копия удалена.</translation>
    </message>
</context>
<context>
    <name>RemarksPanel</name>
    <message>
        <location filename="../../app/ui/remarks.py" line="92" />
        <source>Cameras out: remarks</source>
        <translation>Выданные видеорегистраторы: примечания</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="96" />
        <source>Meal break &amp;starts</source>
        <translation>Перерыв на обед &amp;начат</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="97" />
        <source>Meal break &amp;ends</source>
        <translation>Перерыв на обед &amp;окончен</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="98" />
        <source>&amp;Malfunction…</source>
        <translation>&amp;Неисправность…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="100" />
        <source>a note for Remarks, Enter to add</source>
        <translation>запись в Примечание, Enter — добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="129" />
        <source>{camera} — {name}, since {time}</source>
        <translation>{camera} — {name}, с {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="152" />
        <location filename="../../app/ui/remarks.py" line="168" />
        <source>Choose a camera that is out.</source>
        <translation>Выберите выданный видеорегистратор.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="156" />
        <source>Written in Remarks at {time}.</source>
        <translation>Записано в Примечание в {time}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/ui/review.py" line="54" />
        <source>&amp;Recorded from</source>
        <translation>&amp;Записано с</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="60" />
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="63" />
        <source>Inspector:</source>
        <translation>Инспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="63" />
        <source>Camera:</source>
        <translation>Видеорегистратор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="64" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="65" />
        <location filename="../../app/ui/review.py" line="100" />
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="69" />
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="69" />
        <source>Camera</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="69" />
        <source>Inspector</source>
        <translation>Имя, отчество (при наличии), фамилия инспектора</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="69" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="70" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="70" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="70" />
        <source>Keep until (R9)</source>
        <translation>Хранить до (R9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="76" />
        <source>Choose a recording.</source>
        <translation>Выберите запись.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="80" />
        <source>&amp;Open (decrypted in memory)</source>
        <translation>&amp;Открыть (расшифровка в памяти)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="85" />
        <source>&amp;Mark</source>
        <translation>&amp;Отметить</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="89" />
        <source>a note kept beside the footage, Enter to add</source>
        <translation>заметка к записи, Enter — добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="91" />
        <source>Release a &amp;copy to an inspector…</source>
        <translation>Выдать &amp;копию инспектору…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="101" />
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="120" />
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="147" />
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="147" />
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="173" />
        <source>{name}
{size} bytes, SHA-256 {sha}…
Downloaded {when}</source>
        <translation>{name}
{size} байт, SHA-256 {sha}…
Загружено {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="193" />
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="203" />
        <source>hash matches</source>
        <translation>хэш совпадает</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="203" />
        <source>HASH DIFFERS — run a vault check</source>
        <translation>ХЭШ НЕ СОВПАДАЕТ — проверьте хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="212" />
        <source>{name}: {size} bytes decrypted in memory, {check}.
Video playback is not available in this build (its Qt has no multimedia module); nothing was written to disk.</source>
        <translation>{name}: {size} байт расшифровано в памяти, {check}.
Воспроизведение видео в этой сборке недоступно (в её Qt нет модуля мультимедиа); на диск ничего не записано.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="27" />
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="27" />
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="28" />
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="28" />
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="29" />
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="29" />
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="30" />
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="58" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="59" />
        <source>Wipe the card after its footage is stored and verified (R1, R14)</source>
        <translation>Очищать карту после сохранения и проверки записей (R1, R14)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="62" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="66" />
        <source>Territorial unit:</source>
        <translation>Территориальное подразделение:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="67" />
        <source>Agency:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="68" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="69" />
        <source>Working days (R21):</source>
        <translation>Рабочие дни (R21):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="70" />
        <source>Working day starts:</source>
        <translation>Начало рабочего дня:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="71" />
        <source>Working day ends:</source>
        <translation>Конец рабочего дня:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="72" />
        <source>Lunch from:</source>
        <translation>Обед с:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="73" />
        <source>Lunch to:</source>
        <translation>Обед до:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="74" />
        <source>Lock after inactivity:</source>
        <translation>Блокировать после бездействия:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="112" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="112" />
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today.py" line="43" />
        <source>Camera</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="43" />
        <source>Where it is</source>
        <translation>Где находится</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="43" />
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="43" />
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="44" />
        <source>Download</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="58" />
        <source>&lt;b&gt;Where is every camera right now?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Где сейчас каждый видеорегистратор?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="63" />
        <source>&lt;b&gt;What needs doing&lt;/b&gt;</source>
        <translation>&lt;b&gt;Что нужно сделать&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="66" />
        <source>&lt;b&gt;Docking station&lt;/b&gt;</source>
        <translation>&lt;b&gt;Док-станция&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="68" />
        <source>&amp;Cancel the downloads</source>
        <translation>&amp;Отменить загрузку</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="117" />
        <source>Docked, downloading</source>
        <translation>В док-станции, загрузка</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="129" />
        <source>Out with {name}</source>
        <translation>У инспектора {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="131" />
        <source>In store</source>
        <translation>На хранении</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="131" />
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="132" />
        <source>Faulty</source>
        <translation>Неисправен</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="132" />
        <source>Written off</source>
        <translation>Списан</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="162" />
        <source>R17: {camera} is not back from {name}; due by {due}</source>
        <translation>R17: {camera} ещё не сдан инспектором {name}; срок — {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="164" />
        <source>R17 OVERDUE: {camera} was due back from {name} by {due}</source>
        <translation>R17 ПРОСРОЧЕНО: {camera} должен был быть сдан инспектором {name} до {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="166" />
        <source>R8: download the footage of {camera} ({name}) by {due}</source>
        <translation>R8: загрузите записи {camera} ({name}) до {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="168" />
        <source>R8 OVERDUE: footage of {camera} ({name}) was due by {due}</source>
        <translation>R8 ПРОСРОЧЕНО: записи {camera} ({name}) нужно было загрузить до {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="172" />
        <source>R19: {number} reaches the end of its service life on {date}</source>
        <translation>R19: срок службы {number} истекает {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="176" />
        <source>{number} still has the factory-default device password; change it on the camera</source>
        <translation>У {number} всё ещё заводской пароль устройства; смените его на видеорегистраторе</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="180" />
        <source>Nothing is due.</source>
        <translation>Срочных дел нет.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="40" />
        <source>Dalel — body-camera journal and evidence vault</source>
        <translation>Dalel — журнал видеорегистраторов и хранилище доказательств</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="42" />
        <source>&amp;Responsible officer</source>
        <translation>&amp;Ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="43" />
        <source>&amp;Head of the office</source>
        <translation>&amp;Руководитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="50" />
        <source>your own vault password</source>
        <translation>ваш личный пароль хранилища</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="52" />
        <source>&amp;Unlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="63" />
        <source>Who are you:</source>
        <translation>Кто вы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="64" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="68" />
        <source>Vault: {path}</source>
        <translation>Хранилище: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="69" />
        <source>Only the responsible officer and the head hold a password for this vault.</source>
        <translation>Пароль от этого хранилища есть только у ответственного лица и руководителя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="75" />
        <source>Demo vault. Officer's password: {officer}   Head's password: {head}</source>
        <translation>Демо-хранилище. Пароль ответственного лица: {officer}   Пароль руководителя: {head}</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="92" />
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="95" />
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="115" />
        <source>Wrong password. Check the keyboard layout and Caps Lock; after five wrong tries in a row unlocking is blocked for ten minutes.</source>
        <translation>Неверный пароль. Проверьте раскладку клавиатуры и Caps Lock; после пяти ошибок подряд вход блокируется на десять минут.</translation>
    </message>
</context>
<context>
    <name>VerifyPageDialog</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="87" />
        <source>Check a paper page</source>
        <translation>Проверка бумажной страницы</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="94" />
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="99" />
        <source>Code printed on the page:</source>
        <translation>Код, напечатанный на странице:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="100" />
        <source>Page number:</source>
        <translation>Номер страницы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="110" />
        <source>The page matches the vault: volume {v}, page {p}, printed {when}.</source>
        <translation>Страница соответствует хранилищу: том {v}, страница {p}, напечатана {when}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="114" />
        <source>The page does NOT match the vault: {why}</source>
        <translation>Страница НЕ соответствует хранилищу: {why}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../app/ui/workspace.py" line="19" />
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="20" />
        <source>&amp;Issue and return</source>
        <translation>&amp;Выдача и приём</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="28" />
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="29" />
        <source>Re&amp;view</source>
        <translation>П&amp;росмотр</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="30" />
        <source>Re&amp;gisters</source>
        <translation>&amp;Реестры</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="31" />
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="103" />
        <source>Unknown check {names}; use: {choices}.</source>
        <translation>Неизвестная проверка {names}; используйте: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="137" />
        <source>{camera} is not out.</source>
        <translation>{camera} не выдан.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="148" />
        <source>{camera} has never been issued.</source>
        <translation>{camera} ни разу не выдавался.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="83" />
        <source>{path} is not a folder.</source>
        <translation>{path} не является папкой.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="105" />
        <source>Camera {number} is not docked.</source>
        <translation>Видеорегистратор {number} не в док-станции.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="144" />
        <source>Say which camera the folder came from: --camera INVENTORY (R4).</source>
        <translation>Укажите, с какого видеорегистратора папка: --camera ИНВ_НОМЕР (R4).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="93" />
        <source>Pages look like 1-3,7.</source>
        <translation>Страницы указываются так: 1-3,7.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="163" />
        <source>Give the page's check code or --qr.</source>
        <translation>Укажите проверочный код страницы или --qr.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="82" />
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="163" />
        <source>Unknown setting {key}.</source>
        <translation>Неизвестная настройка {key}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="175" />
        <source>That checkpoint code is not readable.</source>
        <translation>Этот код контрольной точки не читается.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="47" />
        <source>Cannot read the password file: {reason}.</source>
        <translation>Не удаётся прочитать файл пароля: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="52" />
        <source>No password given: use --password-file or the {env} variable.</source>
        <translation>Пароль не указан: используйте --password-file или переменную {env}.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="193" />
        <location filename="../../app/model/registers.py" line="187" />
        <source>Dates are written as YYYY-MM-DD.</source>
        <translation>Даты записываются как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="34" />
        <source>{name}: a link on the card; links are never followed. Left on the card.</source>
        <translation>{name}: ссылка на карте; по ссылкам программа не переходит. Оставлено на карте.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="36" />
        <source>{name}: not a regular file. Left on the card.</source>
        <translation>{name}: не обычный файл. Оставлено на карте.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="37" />
        <source>{name}: the file is empty (0 bytes). Left on the card.</source>
        <translation>{name}: файл пуст (0 байт). Оставлен на карте.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="39" />
        <source>{name}: the folder cannot be read ({reason}). Left on the card.</source>
        <translation>{name}: папку невозможно прочитать ({reason}). Оставлено на карте.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="41" />
        <source>{name}: folders nested too deep. Left on the card.</source>
        <translation>{name}: слишком глубокая вложенность папок. Оставлено на карте.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/ambarella.py" line="26" />
        <source>The camera's USB connection was not found; its clock and disk mode cannot be reached.</source>
        <translation>USB-подключение видеорегистратора не найдено; его часы и режим диска недоступны.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/ambarella.py" line="49" />
        <source>The camera still accepts the factory-default password {password}; change it on the camera.</source>
        <translation>Видеорегистратор всё ещё принимает заводской пароль {password}; смените его на видеорегистраторе.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/mass_storage.py" line="26" />
        <source>The camera or card at {mount} was removed during the work. Nothing on the card was deleted and nothing half-copied was kept; dock it again to continue.</source>
        <translation>Видеорегистратор или карта {mount} были извлечены во время работы. С карты ничего не удалено, частично скопированное не сохранено; вставьте снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/mass_storage.py" line="116" />
        <source>This camera model ({model}) cannot have its clock set by the program; set it on the camera and tick the check (R1, R11).</source>
        <translation>Программа не может установить часы этой модели ({model}); установите их на самом видеорегистраторе и отметьте проверку (R1, R11).</translation>
    </message>
    <message>
        <location filename="../../app/devices/profiles.py" line="195" />
        <source>The device profile {path} is not valid: {reason}.</source>
        <translation>Профиль устройства {path} недействителен: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/devices/usbscan.py" line="121" />
        <source>The camera is no longer connected (USB {vid}:{pid}).</source>
        <translation>Видеорегистратор больше не подключён (USB {vid}:{pid}).</translation>
    </message>
    <message>
        <location filename="../../app/devices/usbscan.py" line="132" />
        <source>The camera did not answer over USB ({reason}). Check the cable or dock and try again.</source>
        <translation>Видеорегистратор не ответил по USB ({reason}). Проверьте кабель или док-станцию и повторите.</translation>
    </message>
    <message>
        <location filename="../../app/devices/usbscan.py" line="149" />
        <source>The camera refused the command {cmd}: {why}.</source>
        <translation>Видеорегистратор отклонил команду {cmd}: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="28" />
        <source>The disk is full while writing {what}. Nothing was lost; free some space and try again.</source>
        <translation>Диск заполнен при записи {what}. Ничего не потеряно; освободите место и повторите.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="31" />
        <source>The disk is read-only: {what}.</source>
        <translation>Диск доступен только для чтения: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="34" />
        <source>The disk reported a read/write error on {what}.</source>
        <translation>Диск сообщил об ошибке чтения/записи: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="36" />
        <source>Could not write {what}: {reason}.</source>
        <translation>Не удалось записать {what}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="34" />
        <source>{name}: the card cannot be read here ({reason}); the card may be damaged. The file is left on the card and was not copied.</source>
        <translation>{name}: это место карты не читается ({reason}); карта может быть повреждена. Файл оставлен на карте и не скопирован.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="41" />
        <source>{name}: the file changed while it was being copied (is the camera still recording?). It is left on the card; dock the camera again when it is idle.</source>
        <translation>{name}: файл изменился во время копирования (видеорегистратор всё ещё пишет?). Он оставлен на карте; вставьте видеорегистратор снова, когда он будет свободен.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="48" />
        <source>{name}: only {got} of {expected} bytes could be read. The file is left on the card.</source>
        <translation>{name}: удалось прочитать лишь {got} из {expected} байт. Файл оставлен на карте.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="54" />
        <source>The download was stopped. Recordings already stored are kept; nothing was deleted from the card.</source>
        <translation>Загрузка остановлена. Уже сохранённые записи остаются; с карты ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="60" />
        <source>The camera or card at {mount} was removed during the download. Recordings already stored are kept, nothing half-copied was kept, nothing was deleted from the card; dock it again to continue.</source>
        <translation>Видеорегистратор или карта {mount} были извлечены во время загрузки. Уже сохранённые записи остаются, частично скопированное не сохранено, с карты ничего не удалено; вставьте снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="67" />
        <source>The vault disk refused the download: {reason} Recordings already stored are kept; nothing was deleted from the card.</source>
        <translation>Диск хранилища отказал в загрузке: {reason} Уже сохранённые записи остаются; с карты ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="75" />
        <source>This camera (serial {serial}) is not registered. Register it with an inventory number before its footage can be taken (R4).</source>
        <translation>Этот видеорегистратор (серийный номер {serial}) не зарегистрирован. Зарегистрируйте его с инвентарным номером, прежде чем забирать записи (R4).</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="82" />
        <source>The card was not wiped: {count} file(s), e.g. {first}, are not yet stored and verified in the vault (R1, R14).</source>
        <translation>Карта не очищена: {count} файл(ов), например {first}, ещё не сохранены и не проверены в хранилище (R1, R14).</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="45" />
        <source>Footage file {blob} is damaged: {detail}.</source>
        <translation>Файл записи {blob} повреждён: {detail}.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="41" />
        <source>the camera works</source>
        <translation>видеорегистратор работает</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="42" />
        <source>battery charged</source>
        <translation>батарея заряжена</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="43" />
        <source>date and time are right</source>
        <translation>дата и время верны</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="44" />
        <source>photo/video quality settings</source>
        <translation>настройки качества фото/видео</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="45" />
        <source>the inspector wears the badge</source>
        <translation>на инспекторе нагрудный знак</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="88" />
        <source>There is no issue entry {id}.</source>
        <translation>Записи о выдаче {id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="140" />
        <source>{name} is no longer active and cannot receive a camera.</source>
        <translation>{name} больше не активен и не может получить видеорегистратор.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="144" />
        <source>{name} is not registered as an inspector.</source>
        <translation>{name} не зарегистрирован как инспектор.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="163" />
        <source>{number} is not a {kind}.</source>
        <translation>{number} — не {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="170" />
        <source>{number} is already issued; it must be returned first.</source>
        <translation>{number} уже выдан; сначала его нужно сдать.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="174" />
        <source>{number} is marked faulty and cannot be issued.</source>
        <translation>{number} отмечен как неисправный и не может быть выдан.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="178" />
        <source>{number} is written off and cannot be issued.</source>
        <translation>{number} списан и не может быть выдан.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="196" />
        <source>Seal the card slot and enter the seal number (R6).</source>
        <translation>Опломбируйте слот карты и введите номер пломбы (R6).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="201" />
        <source>The pre-use check is not complete (R11, R12): {missing}.</source>
        <translation>Проверка перед использованием не завершена (R11, R12): {missing}.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="208" />
        <source>{name} already holds a camera; only a replacement for a failed camera may be issued on top of it (R16).</source>
        <translation>У {name} уже есть видеорегистратор; дополнительно можно выдать только замену неисправного (R16).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="214" />
        <source>A replacement goes to the inspector whose camera failed.</source>
        <translation>Замена выдаётся инспектору, чей видеорегистратор неисправен.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="217" />
        <source>Record the malfunction (cause and time reported) before issuing a replacement (R16).</source>
        <translation>Перед выдачей замены запишите неисправность (причину и время сообщения) (R16).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="265" />
        <source>{number} is not issued, so it cannot be returned.</source>
        <translation>{number} не выдан, поэтому его нельзя принять.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="300" />
        <source>Remark type must be one of: {choices}.</source>
        <translation>Тип примечания должен быть одним из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="305" />
        <source>That camera has already been returned; this remark belongs to a camera that is out.</source>
        <translation>Этот видеорегистратор уже сдан; такое примечание относится к выданному видеорегистратору.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="309" />
        <source>Say what failed (the cause).</source>
        <translation>Укажите, что неисправно (причину).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="311" />
        <location filename="../../app/model/custody.py" line="470" />
        <source>The remark is empty.</source>
        <translation>Примечание пустое.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="315" />
        <source>A meal break is already in progress for this camera.</source>
        <translation>Для этого видеорегистратора перерыв на обед уже идёт.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="318" />
        <source>There is no meal break in progress to end.</source>
        <translation>Нет идущего перерыва на обед, который можно завершить.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="383" />
        <source>A correction needs a reason (R7).</source>
        <translation>Для исправления нужна причина (R7).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="386" />
        <location filename="../../app/model/custody.py" line="407" />
        <source>Entry {seq} has already been corrected; correct the newer entry.</source>
        <translation>Запись {seq} уже исправлена; исправляйте более новую запись.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="397" />
        <source>Entries of this kind are made by the program and cannot be corrected.</source>
        <translation>Такие записи делает программа, их нельзя исправить.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="403" />
        <source>An issue entry can be corrected in: inspector, camera, card, seal.</source>
        <translation>В записи о выдаче можно исправить: инспектора, видеорегистратор, карту, пломбу.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="429" />
        <source>{number} was out with someone else at that time.</source>
        <translation>В это время {number} был у другого сотрудника.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="434" />
        <source>{name} already holds a camera.</source>
        <translation>У {name} уже есть видеорегистратор.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="466" />
        <source>A remark is corrected by its text.</source>
        <translation>Примечание исправляется по его тексту.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="480" />
        <source>A return recorded by mistake is struck out (void); record the right return next.</source>
        <translation>Ошибочно записанная сдача зачёркивается; затем запишите верную сдачу.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="485" />
        <source>That camera has been issued again since; the return cannot be struck.</source>
        <translation>С тех пор этот видеорегистратор выдавался снова; сдачу зачеркнуть нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="488" />
        <source>Footage was already downloaded after this return; add a remark instead.</source>
        <translation>После этой сдачи записи уже загружены; вместо этого добавьте примечание.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="38" />
        <source>The vault index {path} is missing.</source>
        <translation>Индекс хранилища {path} отсутствует.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="44" />
        <source>The vault index cannot be opened: {reason}.</source>
        <translation>Не удаётся открыть индекс хранилища: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="58" />
        <source>The password is right but the vault index is damaged or was replaced ({reason}). Restore it from a backup.</source>
        <translation>Пароль верный, но индекс хранилища повреждён или подменён ({reason}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="83" />
        <source>This vault was written by a newer Dalel (schema {found}); update the program.</source>
        <translation>Это хранилище записано более новой версией Dalel (схема {found}); обновите программу.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="111" />
        <source>No footage with id {id}.</source>
        <translation>Записи с идентификатором {id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="142" />
        <source>Category must be one of: {choices}.</source>
        <translation>Категория должна быть одной из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="167" />
        <source>The note is empty.</source>
        <translation>Заметка пустая.</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="122" />
        <source>There is no journal entry {seq}.</source>
        <translation>Записи журнала {seq} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="146" />
        <source>The journal has fewer than {n} entries.</source>
        <translation>В журнале меньше {n} записей.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="47" />
        <source>A key slot asks for weaker protection than Dalel allows; the vault may have been tampered with.</source>
        <translation>Слот ключа требует более слабой защиты, чем допускает Dalel; возможно, хранилище подделано.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="140" />
        <location filename="../../app/model/keyslots.py" line="190" />
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="174" />
        <source>The key slot for this role is missing; the vault cannot be opened.</source>
        <translation>Слот ключа для этой роли отсутствует; хранилище нельзя открыть.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="191" />
        <source>Both copies of the key slot are damaged; the vault cannot be opened.</source>
        <translation>Обе копии слота ключа повреждены; хранилище нельзя открыть.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="98" />
        <source>Surname and name are required.</source>
        <translation>Фамилия и имя обязательны.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="100" />
        <source>The personnel number is required.</source>
        <translation>Табельный номер обязателен.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="102" />
        <source>Role must be one of: {choices}.</source>
        <translation>Роль должна быть одной из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="113" />
        <source>Personnel number {number} is already registered.</source>
        <translation>Табельный номер {number} уже зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="121" />
        <source>No staff member with id {id}.</source>
        <translation>Сотрудника с идентификатором {id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="131" />
        <source>No staff member with personnel number {number}.</source>
        <translation>Сотрудника с табельным номером {number} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="150" />
        <source>The officer and the head cannot be deactivated; the head designates a new officer first.</source>
        <translation>Ответственное лицо и руководителя нельзя деактивировать; сначала руководитель назначает новое ответственное лицо.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="156" />
        <source>{name} still holds a camera; take it back first.</source>
        <translation>У {name} ещё есть видеорегистратор; сначала примите его.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="172" />
        <source>Device kind must be camera or card.</source>
        <translation>Вид устройства: видеорегистратор или карта.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="176" />
        <source>An inventory number is required: a camera or card without one must not be used (R4).</source>
        <translation>Инвентарный номер обязателен: видеорегистратор или карту без него использовать нельзя (R4).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="180" />
        <source>Service life must be positive.</source>
        <translation>Срок службы должен быть положительным.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="200" />
        <source>Inventory number or serial {number} is already registered (R4).</source>
        <translation>Инвентарный или серийный номер {number} уже зарегистрирован (R4).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="208" />
        <source>No device with id {id}.</source>
        <translation>Устройства с идентификатором {id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="215" />
        <source>No {kind} with inventory number {number}.</source>
        <translation>Нет {kind} с инвентарным номером {number}.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="240" />
        <source>A device can be set in store, faulty or written off.</source>
        <translation>Устройство можно перевести на хранение, в неисправные или списать.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="243" />
        <source>{number} is issued; take it back before changing its state.</source>
        <translation>{number} выдан; примите его, прежде чем менять состояние.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="247" />
        <source>{number} is written off; that cannot be undone.</source>
        <translation>{number} списан; это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="251" />
        <source>Give a reason for the change.</source>
        <translation>Укажите причину изменения.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="265" />
        <source>{number} is not a memory card.</source>
        <translation>{number} — не карта памяти.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="64" />
        <source>Unknown setting {key}.</source>
        <translation>Неизвестная настройка {key}.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="71" />
        <source>{key} must be a whole number.</source>
        <translation>{key} должно быть целым числом.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="76" />
        <source>Bad value for {key}.</source>
        <translation>Неверное значение {key}.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="78" />
        <source>Agency must be one of: {choices}.</source>
        <translation>Орган должен быть одним из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="81" />
        <source>Auto-lock must be 1 to 240 minutes.</source>
        <translation>Автоблокировка — от 1 до 240 минут.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="42" />
        <source>responsible officer</source>
        <translation>ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="43" />
        <source>head of the office</source>
        <translation>руководитель территориального органа</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="64" />
        <source>A vault password needs at least {n} characters.</source>
        <translation>Пароль хранилища должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="76" />
        <source>There is no Dalel vault at {path}.</source>
        <translation>В {path} нет хранилища Dalel.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="79" />
        <source>The vault description {path} is damaged: {reason}.</source>
        <translation>Описание хранилища {path} повреждено: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="97" />
        <location filename="../../app/model/vault.py" line="291" />
        <source>The officer and the head must each choose their own password.</source>
        <translation>Ответственное лицо и руководитель должны выбрать каждый свой пароль.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="100" />
        <source>The officer and the head must be two different people.</source>
        <translation>Ответственное лицо и руководитель должны быть разными людьми.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="103" />
        <source>The folder {path} is not empty; choose an empty folder for a new vault.</source>
        <translation>Папка {path} не пуста; выберите пустую папку для нового хранилища.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="155" />
        <source>Role must be officer or head.</source>
        <translation>Роль: ответственное лицо или руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="158" />
        <source>Unknown vault format {found}.</source>
        <translation>Неизвестный формат хранилища {found}.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="166" />
        <source>Too many wrong passwords. Unlocking is blocked for {minutes} more minute(s).</source>
        <translation>Слишком много неверных паролей. Вход заблокирован ещё на {minutes} мин.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="173" />
        <source>Wrong password, five times in a row. Unlocking is blocked for ten minutes.</source>
        <translation>Неверный пароль пять раз подряд. Вход заблокирован на десять минут.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="240" />
        <location filename="../../app/model/vault.py" line="252" />
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="277" />
        <source>Only the head can set a new officer's password.</source>
        <translation>Пароль нового ответственного лица может задать только руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/paper/blank.py" line="22" />
        <source>A blank book has 2 to {max} numbered pages.</source>
        <translation>В пустой книге от 2 до {max} пронумерованных страниц.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="151" />
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="224" />
        <source>There are no new journal entries to print.</source>
        <translation>Нет новых записей журнала для печати.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="269" />
        <source>There is no open volume with printed pages to close.</source>
        <translation>Нет открытого тома с напечатанными страницами, который можно закрыть.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="296" />
        <source>There is no volume {volume}.</source>
        <translation>Тома {volume} нет.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="304" />
        <source>Volume {volume} has no page {page}.</source>
        <translation>В томе {volume} нет страницы {page}.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="353" />
        <source>No journal rows in that period.</source>
        <translation>За этот период строк журнала нет.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="382" />
        <source>Give the page's check code or its QR text.</source>
        <translation>Укажите проверочный код страницы или текст её QR-кода.</translation>
    </message>
    <message>
        <location filename="../../app/release.py" line="46" />
        <source>The head's password is wrong; nothing was released (R10).</source>
        <translation>Пароль руководителя неверен; ничего не выдано (R10).</translation>
    </message>
    <message>
        <location filename="../../app/release.py" line="61" />
        <source>Choose the footage to release.</source>
        <translation>Выберите записи для выдачи.</translation>
    </message>
    <message>
        <location filename="../../app/release.py" line="63" />
        <source>Say what the copy is for: footage is released for service purposes only (R10).</source>
        <translation>Укажите цель копии: записи выдаются только в служебных целях (R10).</translation>
    </message>
    <message>
        <location filename="../../app/release.py" line="68" />
        <source>A copy is released to an active inspector only (R10).</source>
        <translation>Копия выдаётся только действующему инспектору (R10).</translation>
    </message>
    <message>
        <location filename="../../app/release.py" line="80" />
        <source>The folder {path} already exists; choose another place.</source>
        <translation>Папка {path} уже существует; выберите другое место.</translation>
    </message>
    <message>
        <location filename="../../app/release.py" line="104" />
        <source>A stored file did not match its recorded hash; nothing was released. Run a vault check.</source>
        <translation>Сохранённый файл не совпал с записанным хэшем; ничего не выдано. Проверьте хранилище.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="98" />
        <source>Times are written as HH:MM.</source>
        <translation>Время записывается как ЧЧ:ММ.</translation>
    </message>
</context>
</TS>
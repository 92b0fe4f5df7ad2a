<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_GB">
<context>
    <name>AgeWords</name>
    <message>
        <source>just now</source>
        <translation>adesso</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPinPage</name>
    <message>
        <source>The PIN that came with your card</source>
        <translation>Il PIN ricevuto con la tessera</translation>
    </message>
    <message>
        <source>Send me the code (Enter)</source>
        <translation>Inviami il codice (Invio)</translation>
    </message>
    <message>
        <source>Reset the card&apos;s PIN (Alt+P)</source>
        <translation>Reimposta il PIN della tessera (Alt+P)</translation>
    </message>
    <message>
        <source>Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send the code. It is the same PIN you use to spend your points.</source>
        <translation>La tessera ti è stata consegnata con un PIN. Digitalo sul tastierino: dimostra che la tessera è tua, e solo allora ti inviamo il codice. È lo stesso PIN che usi per spendere i punti.</translation>
    </message>
    <message>
        <source>That PIN is not right: type it again.</source>
        <translation>Il PIN non è corretto: digitalo di nuovo.</translation>
    </message>
    <message>
        <source>That PIN is not right: 1 try left before the PIN locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right: %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>Il PIN non è corretto: ancora %n tentativo prima che il PIN si blocchi.</numerusform>
            <numerusform>Il PIN non è corretto: ancora %n tentativi prima che il PIN si blocchi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Staff can reset it with a code sent to the e-mail or phone the shop has on file (Reset the card&apos;s PIN); without either on file, the shop&apos;s support unlocks it. Or start again and enrol as a new customer.</source>
        <translation>Il PIN della tessera è bloccato dopo troppi tentativi errati, quindi non si può inviare nessun codice. Il personale può reimpostarlo con un codice inviato all&apos;e-mail o al telefono che il negozio ha in archivio (Reimposta il PIN della tessera); se non ce n&apos;è nessuno, lo sblocca l&apos;assistenza del negozio. Oppure ricomincia e iscriviti come nuovo cliente.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN has %n digits: type all of them.</source>
        <translation>
            <numerusform>Il PIN ha %n cifra: digitala.</numerusform>
            <numerusform>Il PIN ha %n cifre: digitale tutte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>The terminal&apos;s database is damaged: this till cannot take customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>today {time}</source>
        <translation>oggi {time}</translation>
    </message>
    <message>
        <source>Send now (S)</source>
        <translation>Invia ora (S)</translation>
    </message>
    <message>
        <source>Send every waiting operation now, without waiting for the next try.</source>
        <translation>Invia subito tutte le operazioni in attesa, senza aspettare il prossimo tentativo.</translation>
    </message>
    <message>
        <source>Waiting operations are being sent now.</source>
        <translation>Invio delle operazioni in attesa in corso.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty server address:</source>
        <translation>Indirizzo del server fedeltà:</translation>
    </message>
    <message>
        <source>Api key:</source>
        <translation>Chiave API:</translation>
    </message>
    <message>
        <source>Campaign number:</source>
        <translation>Numero della campagna:</translation>
    </message>
    <message>
        <source>Terminal serial number:</source>
        <translation>Numero di serie del terminale:</translation>
    </message>
    <message>
        <source>Terminal user name:</source>
        <translation>Nome utente del terminale:</translation>
    </message>
    <message>
        <source>Terminal password:</source>
        <translation>Password del terminale:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Wipe the customer&apos;s screen after (seconds):</source>
        <translation>Pulisci lo schermo del cliente dopo (secondi):</translation>
    </message>
    <message>
        <source>Country of phone numbers:</source>
        <translation>Paese dei numeri di telefono:</translation>
    </message>
    <message>
        <source>PIN pad:</source>
        <translation>Tastierino PIN:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>https://…  (empty: built-in sandbox)</source>
        <translation>https://…  (vuoto: sandbox integrata)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Shuffle the digits each time</source>
        <translation>Mescola le cifre ogni volta</translation>
    </message>
    <message>
        <source>Test connection (Ctrl+T)</source>
        <translation>Prova connessione (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <source>Set when the app was started, and stronger than what is saved here: {names}.</source>
        <translation>Impostati all&apos;avvio dell&apos;app, prevalgono su quanto salvato qui: {names}.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariata</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non impostata</translation>
    </message>
    <message>
        <source>Leave it empty to use the built-in sandbox with demo data (no real customers).</source>
        <translation>Lascialo vuoto per usare la sandbox integrata con dati dimostrativi (nessun cliente reale).</translation>
    </message>
    <message>
        <source>Leave it empty to keep the one saved.</source>
        <translation>Lascialo vuoto per mantenere quello salvato.</translation>
    </message>
    <message>
        <source>0 means never.</source>
        <translation>0 significa mai.</translation>
    </message>
    <message>
        <source>Two letters, for example IT: used for phone numbers typed without +.</source>
        <translation>Due lettere, ad esempio IT: vale per i numeri di telefono scritti senza +.</translation>
    </message>
    <message>
        <source>Against smudges and onlookers; a customer used to the phone layout is slower with it.</source>
        <translation>Contro le impronte e gli sguardi indiscreti; chi è abituato alla tastiera del telefono è più lento.</translation>
    </message>
    <message>
        <source>With no address, the built-in sandbox starts with the app.</source>
        <translation>Senza indirizzo, all&apos;avvio dell&apos;app parte la sandbox integrata.</translation>
    </message>
    <message>
        <source>The connection test could not run.</source>
        <translation>Non è stato possibile provare la connessione.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Prova della connessione in corso…</translation>
    </message>
    <message>
        <source>With a loyalty server address, also fill in: {fields}.</source>
        <translation>Con un indirizzo del server fedeltà, compila anche: {fields}.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Non è stato possibile salvare le impostazioni: {error}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en_GB">
<context>
    <name>AgeWords</name>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPinPage</name>
    <message>
        <source>The PIN that came with your card</source>
        <translation>O PIN que recebeu com o cartão</translation>
    </message>
    <message>
        <source>Send me the code (Enter)</source>
        <translation>Enviar o código (Enter)</translation>
    </message>
    <message>
        <source>Reset the card&apos;s PIN (Alt+P)</source>
        <translation>Repor o PIN do cartão (Alt+P)</translation>
    </message>
    <message>
        <source>Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send the code. It is the same PIN you use to spend your points.</source>
        <translation>O seu cartão veio com um PIN. Introduza-o no teclado: prova que o cartão é seu, e só então enviamos o código. É o mesmo PIN que usa para gastar os seus pontos.</translation>
    </message>
    <message>
        <source>That PIN is not right: type it again.</source>
        <translation>O PIN não está correto: introduza-o novamente.</translation>
    </message>
    <message>
        <source>That PIN is not right: 1 try left before the PIN locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right: %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>O PIN não está correto: resta %n tentativa antes de o PIN ficar bloqueado.</numerusform>
            <numerusform>O PIN não está correto: restam %n tentativas antes de o PIN ficar bloqueado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Staff can reset it with a code sent to the e-mail or phone the shop has on file (Reset the card&apos;s PIN); without either on file, the shop&apos;s support unlocks it. Or start again and enrol as a new customer.</source>
        <translation>O PIN do cartão está bloqueado após demasiadas tentativas erradas, por isso não é possível enviar o código. Um funcionário pode repô-lo com um código enviado para o e-mail ou telefone que a loja tem registado (Repor o PIN do cartão); se a loja não tiver nenhum dos dois, o apoio da loja desbloqueia-o. Ou recomece e registe-se como novo cliente.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN has %n digits: type all of them.</source>
        <translation>
            <numerusform>O PIN tem %n algarismo: introduza-o.</numerusform>
            <numerusform>O PIN tem %n algarismos: introduza-os todos.</numerusform>
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
        <translation>hoje {time}</translation>
    </message>
    <message>
        <source>Send now (S)</source>
        <translation>Enviar já (S)</translation>
    </message>
    <message>
        <source>Send every waiting operation now, without waiting for the next try.</source>
        <translation>Enviar já todas as operações em espera, sem aguardar a próxima tentativa.</translation>
    </message>
    <message>
        <source>Waiting operations are being sent now.</source>
        <translation>A enviar as operações em espera.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty server address:</source>
        <translation>Endereço do servidor de fidelização:</translation>
    </message>
    <message>
        <source>Api key:</source>
        <translation>Chave da API:</translation>
    </message>
    <message>
        <source>Campaign number:</source>
        <translation>Número da campanha:</translation>
    </message>
    <message>
        <source>Terminal serial number:</source>
        <translation>Número de série do terminal:</translation>
    </message>
    <message>
        <source>Terminal user name:</source>
        <translation>Nome de utilizador do terminal:</translation>
    </message>
    <message>
        <source>Terminal password:</source>
        <translation>Palavra-passe do terminal:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Wipe the customer&apos;s screen after (seconds):</source>
        <translation>Limpar o ecrã do cliente após (segundos):</translation>
    </message>
    <message>
        <source>Country of phone numbers:</source>
        <translation>País dos números de telefone:</translation>
    </message>
    <message>
        <source>PIN pad:</source>
        <translation>Teclado do PIN:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>https://…  (empty: built-in sandbox)</source>
        <translation>https://…  (vazio: sandbox integrada)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Shuffle the digits each time</source>
        <translation>Baralhar os dígitos de cada vez</translation>
    </message>
    <message>
        <source>Test connection (Ctrl+T)</source>
        <translation>Testar ligação (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Set when the app was started, and stronger than what is saved here: {names}.</source>
        <translation>Definidos ao iniciar a aplicação, prevalecem sobre o que for guardado aqui: {names}.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <source>Leave it empty to use the built-in sandbox with demo data (no real customers).</source>
        <translation>Deixe vazio para usar a sandbox integrada com dados de demonstração (sem clientes reais).</translation>
    </message>
    <message>
        <source>Leave it empty to keep the one saved.</source>
        <translation>Deixe vazio para manter o valor guardado.</translation>
    </message>
    <message>
        <source>0 means never.</source>
        <translation>0 significa nunca.</translation>
    </message>
    <message>
        <source>Two letters, for example IT: used for phone numbers typed without +.</source>
        <translation>Duas letras, por exemplo PT: para os números de telefone escritos sem +.</translation>
    </message>
    <message>
        <source>Against smudges and onlookers; a customer used to the phone layout is slower with it.</source>
        <translation>Contra dedadas e olhares indiscretos; um cliente habituado à disposição do telefone fica mais lento.</translation>
    </message>
    <message>
        <source>With no address, the built-in sandbox starts with the app.</source>
        <translation>Sem endereço, a sandbox integrada arranca com a aplicação.</translation>
    </message>
    <message>
        <source>The connection test could not run.</source>
        <translation>Não foi possível testar a ligação.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>A testar a ligação…</translation>
    </message>
    <message>
        <source>With a loyalty server address, also fill in: {fields}.</source>
        <translation>Com um endereço do servidor de fidelização, preencha também: {fields}.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Não foi possível guardar as definições: {error}</translation>
    </message>
</context>
</TS>

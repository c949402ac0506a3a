/** The RAS errors' meanings and fixes (`ras.<code>.*`) and the verdict's words (`verdict.*`), translated. */
import type { Catalog } from '../../source-catalog.js';

export const frRasVerdict: Catalog = {
  'ras.601.meaning':
    'Le descripteur de port n’est pas valide : le gestionnaire des connexions RAS a perdu la trace du port VPN.',
  'ras.601.fix.0':
    'Redémarrez l’appareil (ou le service Gestionnaire des connexions d’accès à distance, RasMan), puis réessayez.',
  'ras.601.fix.1':
    'Ouvrez Observateur d’événements > Journaux Windows > Application, filtrez sur la source RasClient (événements 20227 et 20226) pour connaître la raison détaillée.',
  'ras.602.meaning':
    'Le port est déjà ouvert : une autre connexion utilise le port VPN ou une tentative précédente est toujours en cours.',
  'ras.602.fix.0':
    'Déconnectez toute autre connexion VPN (rasdial /disconnect) et attendez la fin de la tentative précédente.',
  'ras.602.fix.1':
    'Redémarrez le service Gestionnaire des connexions d’accès à distance (RasMan) si le port reste occupé.',
  'ras.603.meaning':
    'La mémoire tampon de l’appelant est trop petite : erreur interne de l’API RAS, généralement due à un profil endommagé ou trop volumineux.',
  'ras.603.fix.0':
    'Redéployez le profil VPN depuis Intune (ou avec Add-VpnConnection -AllUserConnection) pour qu’il existe pour tous les utilisateurs avant la connexion.',
  'ras.603.fix.1': 'Installez la dernière mise à jour cumulative.',
  'ras.619.meaning':
    'Impossible d’établir une connexion à l’ordinateur distant ; le port utilisé pour cette connexion a donc été fermé (souvent le trafic GRE ou IPsec est bloqué, ou le serveur a coupé le tunnel).',
  'ras.619.fix.0':
    'Vérifiez qu’un pare-feu situé entre l’appareil et le serveur VPN autorise le protocole de tunnel (IKEv2 : UDP 500/4500 ; SSTP : TCP 443 ; PPTP : TCP 1723 + GRE).',
  'ras.623.meaning':
    'Le système n’a pas trouvé l’entrée de l’annuaire pour cette connexion : aucun profil VPN portant ce nom n’existe dans ce contexte.',
  'ras.623.fix.0':
    'Vérifiez le nom de la connexion avec Get-VpnConnection -AllUserConnection (les noms doivent correspondre exactement, espaces compris).',
  'ras.623.fix.1':
    'Un profil qui n’existe que pour l’utilisateur connecté est inutilisable avant la connexion : redéployez le profil VPN depuis Intune (ou avec Add-VpnConnection -AllUserConnection) pour qu’il existe pour tous les utilisateurs avant la connexion.',
  'ras.628.meaning': 'La connexion a été interrompue par l’ordinateur distant avant de pouvoir être établie.',
  'ras.628.fix.0': 'Consultez les journaux du serveur VPN pour la tentative rejetée.',
  'ras.628.fix.1':
    'Comparez l’authentification du profil (Get-VpnConnection -AllUserConnection : AuthenticationMethod, EapConfigXml) avec ce qu’autorise le serveur VPN ou la stratégie réseau NPS.',
  'ras.629.meaning': 'La connexion a été fermée par l’ordinateur distant.',
  'ras.629.fix.0':
    'Consultez les journaux du serveur VPN et sa stratégie réseau pour savoir pourquoi il a fermé la session.',
  'ras.633.meaning':
    'Le modem (ou un autre périphérique de connexion) est déjà utilisé ou n’est pas configuré correctement : le Miniport réseau étendu (WAN Miniport) du tunnel est occupé ou absent.',
  'ras.633.fix.0':
    'Déconnectez les autres connexions VPN, puis redémarrez le service Gestionnaire des connexions d’accès à distance (RasMan).',
  'ras.633.fix.1':
    'Dans le Gestionnaire de périphériques, vérifiez que les cartes Miniport réseau étendu (WAN Miniport) sont présentes et fonctionnent.',
  'ras.651.meaning':
    'Le modem (ou un autre périphérique de connexion) a signalé une erreur : le Miniport réseau étendu (WAN Miniport) du type de tunnel a échoué.',
  'ras.651.fix.0':
    'Dans Gestionnaire de périphériques > Cartes réseau, vérifiez que les cartes Miniport réseau étendu (IKEv2, SSTP, L2TP) sont présentes et fonctionnent ; sinon, réinstallez-les.',
  'ras.678.meaning': 'L’ordinateur distant n’a pas répondu.',
  'ras.678.fix.0':
    'Vérifiez que le nom du serveur VPN indiqué dans le profil est résolu et joignable depuis ce réseau (Resolve-DnsName, Test-NetConnection -Port 443).',
  'ras.678.fix.1':
    'Vérifiez que le serveur VPN est en cours d’exécution et à l’écoute pour le type de tunnel du profil.',
  'ras.691.meaning':
    'La connexion à distance a été refusée, car la combinaison nom d’utilisateur/mot de passe n’est pas reconnue ou le protocole d’authentification sélectionné n’est pas autorisé sur le serveur d’accès à distance.',
  'ras.691.fix.0':
    'Avant la connexion, il n’existe aucune information d’identification utilisateur : le profil doit s’authentifier avec le certificat d’ordinateur (tunnel d’appareil) ou une méthode qui fonctionne sur l’écran de connexion.',
  'ras.691.fix.2': 'Consultez le journal NPS/RADIUS pour le code de raison de la demande rejetée.',
  'ras.703.meaning':
    'La connexion a besoin d’informations de votre part, mais l’application n’autorise pas l’interaction avec l’utilisateur : rasdial ne peut pas répondre à une demande d’informations d’identification ou de certificat.',
  'ras.703.fix.0':
    'Le profil demande des informations d’identification (nom d’utilisateur/mot de passe EAP ou choix d’un certificat) ; avant la connexion, personne ne peut y répondre.',
  'ras.703.fix.1':
    'Utilisez l’authentification par certificat d’ordinateur, ou activez « utiliser les informations d’identification d’ouverture de session Windows » pour que l’écran de connexion les fournisse.',
  'ras.703.fix.2':
    'Pour tester un profil avec informations d’identification utilisateur, connectez-vous une fois depuis l’icône réseau pour enregistrer ces informations, puis réessayez.',
  'ras.718.meaning':
    'La connexion a été interrompue, car l’ordinateur distant n’a pas répondu à temps (délai de négociation PPP dépassé).',
  'ras.718.fix.0': 'Vérifiez que le serveur VPN dispose de ports et d’adresses IP libres à attribuer.',
  'ras.718.fix.1': 'Vérifiez que le serveur NPS/RADIUS répond à temps au serveur VPN.',
  'ras.720.meaning':
    'Impossible d’établir une connexion à l’ordinateur distant : aucun protocole de contrôle PPP n’a pu être négocié, généralement parce que le serveur n’a aucune adresse IP à attribuer.',
  'ras.720.fix.0':
    'Vérifiez que le serveur VPN dispose d’un pool d’adresses IPv4 fonctionnel (pool statique ou DHCP) et qu’IPv4 est activé pour l’accès à distance.',
  'ras.720.fix.1':
    'Sur l’appareil, réinstallez les cartes Miniport réseau étendu (IP) si d’autres appareils se connectent sans problème.',
  'ras.732.meaning':
    'Votre ordinateur et l’ordinateur distant n’ont pas pu s’accorder sur les protocoles de contrôle PPP.',
  'ras.732.fix.0':
    'Alignez le type de tunnel et les paramètres de protocole du profil sur ceux du serveur VPN.',
  'ras.734.meaning':
    'Le protocole de contrôle de liaison PPP a été arrêté : les paramètres d’authentification ou de chiffrement ne correspondent pas à ceux du serveur.',
  'ras.734.fix.1':
    'Alignez l’EncryptionLevel du profil sur celui du serveur (Set-VpnConnection -EncryptionLevel).',
  'ras.741.meaning': 'L’ordinateur local ne prend pas en charge le type de chiffrement des données requis.',
  'ras.741.fix.0':
    'Alignez l’EncryptionLevel du profil sur celui du serveur (Required ou Maximum des deux côtés).',
  'ras.766.meaning':
    'Certificat introuvable. Les connexions L2TP/IPsec nécessitent un certificat d’ordinateur.',
  'ras.766.fix.0':
    'Assurez-vous que l’appareil possède un certificat d’ordinateur dans Ordinateur local > Personnel, avec Authentification du client (1.3.6.1.5.5.7.3.2) et une clé privée, émis par une autorité de certification approuvée par le serveur VPN (profil PKCS/SCEP Intune ciblant le groupe d’appareils).',
  'ras.766.fix.1': 'Ou configurez le profil avec une clé prépartagée si le serveur est configuré ainsi.',
  'ras.768.meaning': 'La tentative de connexion a échoué en raison d’un échec du chiffrement des données.',
  'ras.768.fix.0': 'Alignez l’EncryptionLevel et les paramètres IPsec du profil sur ceux du serveur.',
  'ras.787.meaning':
    'La tentative de connexion L2TP a échoué, car la couche de sécurité n’a pas pu authentifier l’ordinateur distant.',
  'ras.787.fix.0':
    'Vérifiez que l’appareil approuve l’autorité de certification qui a émis le certificat du serveur VPN (Ordinateur local > Autorités de certification racines de confiance).',
  'ras.787.fix.1': 'Avec une clé prépartagée, vérifiez qu’elle correspond à celle du serveur.',
  'ras.788.meaning':
    'La tentative de connexion L2TP a échoué, car la couche de sécurité n’a pas pu négocier des paramètres compatibles avec l’ordinateur distant.',
  'ras.788.fix.0':
    'Alignez les paramètres de chiffrement et d’intégrité IPsec de l’appareil et du serveur VPN.',
  'ras.789.meaning':
    'La tentative de connexion L2TP a échoué, car la couche de sécurité a rencontré une erreur de traitement lors des négociations initiales avec l’ordinateur distant (souvent une clé prépartagée ou un certificat incorrect).',
  'ras.789.fix.0':
    'Vérifiez que la clé prépartagée ou le certificat d’ordinateur utilisé par le profil correspond à ce qu’attend le serveur.',
  'ras.789.fix.1':
    'Vérifiez que les services Modules de génération de clés IKE et AuthIP IPsec (IKEEXT) et Agent de stratégie IPsec (PolicyAgent) sont en cours d’exécution.',
  'ras.791.meaning':
    'La tentative de connexion L2TP a échoué, car la stratégie de sécurité de la connexion est introuvable.',
  'ras.791.fix.0': 'Vérifiez que le service Agent de stratégie IPsec (PolicyAgent) est en cours d’exécution.',
  'ras.791.fix.1':
    'Vérifiez que l’authentification du profil (certificat ou clé prépartagée) est définie : comparez l’authentification du profil (Get-VpnConnection -AllUserConnection : AuthenticationMethod, EapConfigXml) avec ce qu’autorise le serveur VPN ou la stratégie réseau NPS.',
  'ras.792.meaning':
    'La tentative de connexion L2TP a échoué, car le délai de négociation des clés de sécurité a expiré.',
  'ras.792.fix.0': 'Vérifiez que les ports UDP 500 et 4500 atteignent le serveur de bout en bout.',
  'ras.792.fix.1':
    'Derrière un NAT, définissez HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent AssumeUDPEncapsulationContextOnSendRule = 2 (DWORD) et redémarrez.',
  'ras.793.meaning':
    'La tentative de connexion L2TP a échoué, car une erreur s’est produite lors de la négociation de la sécurité.',
  'ras.793.fix.1':
    'Vérifiez que le certificat d’ordinateur ou la clé prépartagée et les paramètres IPsec correspondent à ceux du serveur.',
  'ras.798.meaning':
    'Aucun certificat utilisable avec ce protocole EAP (Extensible Authentication Protocol) n’a été trouvé.',
  'ras.798.fix.1':
    'Pour EAP avec certificat utilisateur, le certificat utilisateur doit se trouver dans Utilisateur actuel > Personnel ; il est inutilisable avant la connexion.',
  'ras.798.fix.2':
    'Vérifiez que le filtre de certificat du XML EAP (hachage de l’émetteur, EKU) correspond au certificat réellement déployé.',
  'ras.800.meaning':
    'Impossible d’établir la connexion VPN. Le serveur VPN est peut-être injoignable, ou les paramètres de sécurité ne sont peut-être pas configurés correctement pour cette connexion.',
  'ras.800.fix.1':
    'Définissez le TunnelType du profil sur celui utilisé par le serveur au lieu d’Automatic (Set-VpnConnection -TunnelType).',
  'ras.800.fix.2':
    'Vérifiez qu’un pare-feu autorise le protocole de tunnel (IKEv2 : UDP 500/4500 ; SSTP : TCP 443).',
  'ras.801.meaning':
    'La connexion est configurée pour valider l’identité du serveur d’accès, mais Windows ne peut pas vérifier la signature numérique envoyée par le serveur.',
  'ras.801.fix.0':
    'Déployez l’autorité de certification racine du certificat du serveur VPN/NPS dans les Autorités de certification racines de confiance de l’appareil.',
  'ras.801.fix.1':
    'Vérifiez que la section ServerValidation du XML EAP désigne cette racine et que les noms de serveur correspondent au certificat.',
  'ras.806.meaning':
    'Une connexion entre l’appareil et le serveur VPN a été démarrée mais n’a pas pu aboutir : un pare-feu ou un routeur intermédiaire bloque GRE (protocole 47).',
  'ras.806.fix.0':
    'Autorisez GRE (protocole IP 47) sur les pare-feu, ou utilisez IKEv2 ou SSTP au lieu de PPTP.',
  'ras.807.meaning':
    'La connexion réseau entre l’appareil et le serveur VPN a été interrompue (latence, changement de réseau ou serveur saturé).',
  'ras.807.fix.0': 'Réessayez sur un réseau stable.',
  'ras.807.fix.1': 'Vérifiez la capacité du serveur VPN et ses journaux.',
  'ras.808.meaning':
    'Le serveur VPN a refusé la connexion (aucun port libre, ou une stratégie du serveur l’a rejetée).',
  'ras.808.fix.0':
    'Vérifiez que le serveur VPN dispose de ports libres pour le type de tunnel, et consultez ses journaux pour la cause du refus.',
  'ras.809.meaning':
    'Impossible d’établir la connexion réseau entre l’appareil et le serveur VPN, car le serveur distant ne répond pas : un pare-feu, un NAT ou un routeur intermédiaire n’autorise pas le trafic VPN.',
  'ras.809.fix.0':
    'Vérifiez que les ports UDP 500 et 4500 (IKEv2, L2TP/IPsec) ou TCP 443 (SSTP) sont ouverts depuis ce réseau vers le serveur VPN.',
  'ras.809.fix.1':
    'Lorsque le serveur ou l’appareil se trouve derrière un NAT avec L2TP/IPsec, définissez HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent AssumeUDPEncapsulationContextOnSendRule = 2 (DWORD) et redémarrez.',
  'ras.809.fix.2':
    'Pour IKEv2 sur des réseaux qui suppriment les fragments, assurez-vous que le serveur prend en charge la fragmentation IKE, ou utilisez SSTP.',
  'ras.810.meaning':
    'Une connexion au serveur VPN a été démarrée mais n’a pas abouti, généralement en raison d’un certificat incorrect ou expiré utilisé pour l’authentification entre l’appareil et le serveur.',
  'ras.810.fix.1': 'Vérifiez que le certificat du serveur VPN est valide et approuvé par l’appareil.',
  'ras.811.meaning':
    'La connexion L2TP/IPsec a échoué, car la clé prépartagée ne correspond pas à celle du serveur.',
  'ras.811.fix.0':
    'Saisissez à nouveau la clé prépartagée dans le profil (Set-VpnConnection -L2tpPsk) exactement telle qu’elle est configurée sur le serveur.',
  'ras.812.meaning':
    'La connexion a été empêchée par une stratégie du serveur RAS/VPN : la méthode d’authentification exigée par le serveur ne correspond pas à celle du profil.',
  'ras.812.fix.1':
    'Vérifiez que les conditions de la stratégie réseau NPS (groupe Windows de l’ordinateur ou de l’utilisateur, type de port NAS = Virtuel (VPN)) incluent cet appareil.',
  'ras.813.meaning':
    'Une deuxième connexion a été tentée alors qu’une connexion précédente est déjà établie avec le même périphérique ou le même port.',
  'ras.813.fix.0': 'Déconnectez la connexion VPN existante (rasdial /disconnect) et réessayez.',
  'ras.827.meaning':
    'La connexion L2TP/IPsec ou IKEv2 ne peut pas aboutir, car le service IKEEXT ou PolicyAgent n’est pas en cours d’exécution.',
  'ras.827.fix.0':
    'Démarrez les services « Modules de génération de clés IKE et AuthIP IPsec » (IKEEXT) et « Agent de stratégie IPsec » (PolicyAgent) et définissez-les sur Automatique.',
  'ras.828.meaning': 'La connexion d’accès à distance a été interrompue en raison d’un délai d’inactivité.',
  'ras.828.fix.0':
    'Augmentez ou supprimez l’IdleDisconnectSeconds du profil, ou le délai d’inactivité du serveur, si le tunnel doit rester actif.',
  'ras.829.meaning':
    'La connexion a été perdue, car la liaison sous-jacente a échoué (le réseau sous le VPN a disparu).',
  'ras.829.fix.0': 'Réessayez sur un réseau stable (filaire si possible).',
  'ras.831.meaning': 'La connexion a été perdue, car l’utilisateur a changé de session.',
  'ras.831.fix.0':
    'Utilisez un profil pour tous les utilisateurs afin que le tunnel ne dépende pas de la session interactive.',
  'ras.835.meaning':
    'Le certificat du serveur n’a pas été accepté : son nom ne correspond pas à l’adresse du serveur, il a expiré ou sa chaîne n’est pas approuvée.',
  'ras.835.fix.0':
    'Vérifiez que l’objet/SAN du certificat du serveur VPN correspond exactement au ServerAddress du profil.',
  'ras.835.fix.1':
    'Assurez-vous que l’autorité de certification racine du certificat du serveur figure dans les Autorités de certification racines de confiance de l’appareil et que la liste de révocation (CRL) est joignable.',
  'ras.850.meaning': 'La méthode EAP demandée par le profil n’est pas installée sur cet appareil.',
  'ras.850.fix.0':
    'Vérifiez que l’EapConfigXml du profil désigne une méthode fournie par Windows (EAP-TLS type 13, PEAP type 25, EAP-MSCHAPv2 type 26).',
  'ras.853.meaning': 'Le certificat présenté pour l’authentification EAP n’est pas valide.',
  'ras.853.fix.1':
    'Vérifiez le modèle de certificat : EKU Authentification du client, utilisation de la clé Signature numérique.',
  'ras.858.meaning': 'Le certificat du serveur d’authentification (NPS/RADIUS) a expiré.',
  'ras.858.fix.0':
    'Renouvelez le certificat du serveur NPS/RADIUS et mettez à jour la stratégie réseau pour l’utiliser.',
  'ras.860.meaning': 'Le certificat du serveur d’authentification (NPS/RADIUS) n’a pas pu être validé.',
  'ras.860.fix.0':
    'Vérifiez que la racine de confiance du XML EAP (ServerValidation) correspond à l’autorité de certification qui a émis le certificat du serveur NPS.',
  'ras.860.fix.1': 'Vérifiez que l’appareil peut joindre la liste de révocation (CRL) de ce certificat.',
  'ras.862.meaning':
    'Le certificat racine du certificat d’authentification de l’appareil n’est pas valide ou n’est pas approuvé.',
  'ras.862.fix.0':
    'Déployez la racine de l’autorité de certification émettrice (et les intermédiaires) sur l’appareil avec un profil de certificat approuvé Intune.',
  'ras.868.meaning':
    'La connexion à distance n’a pas été établie, car le nom du serveur VPN n’a pas pu être résolu.',
  'ras.868.fix.0':
    'Vérifiez que le ServerAddress du profil est un nom DNS public résolu sur ce réseau (Resolve-DnsName).',
  'ras.868.fix.1':
    'Vérifiez que l’appareil dispose d’un accès Internet et d’un DNS fonctionnels avant l’établissement du VPN.',
  'ras.13801.meaning':
    'Les informations d’identification d’authentification IKE ne sont pas acceptables : le serveur n’a pas accepté le certificat présenté par l’appareil (EKU manquante, chaîne non approuvée, ou le serveur ne peut pas vérifier la révocation).',
  'ras.13801.fix.1':
    'Si le serveur l’exige, le certificat d’ordinateur doit aussi avoir l’EKU Intermédiaire IKE de sécurité IP (1.3.6.1.5.5.8.2.2).',
  'ras.13801.fix.2':
    'Vérifiez que le serveur approuve la racine du certificat de l’appareil et peut joindre sa liste de révocation (CRL).',
  'ras.13805.meaning':
    'Le délai de négociation IKE a expiré : le serveur VPN n’a pas répondu à l’échange IKE.',
  'ras.13805.fix.0': 'Vérifiez que les ports UDP 500 et 4500 atteignent le serveur VPN depuis ce réseau.',
  'ras.13805.fix.1':
    'Vérifiez que le serveur écoute IKEv2 et qu’aucun pare-feu ne supprime les paquets IKE fragmentés (les échanges de certificats sont volumineux).',
  'ras.13806.meaning': 'IKE n’a pas trouvé de certificat d’ordinateur valide.',
  'ras.13806.fix.1':
    'Vérifiez que l’appareil approuve l’autorité de certification racine du certificat du serveur VPN (Ordinateur local > Autorités de certification racines de confiance).',
  'ras.13868.meaning':
    'Erreur de correspondance de stratégie : l’appareil et le serveur VPN n’ont aucune suite de chiffrement IKEv2 (chiffrement, intégrité, groupe DH) en commun.',
  'ras.13868.fix.0':
    'Alignez les paramètres IPsec des deux côtés : Set-VpnConnectionIPsecConfiguration sur le profil de l’appareil (ou les paramètres de chiffrement du profil VPN Intune) et Set-VpnServerConfiguration sur le serveur.',
  'verdict.word.ready': 'Prêt',
  'verdict.word.not-ready': 'Pas prêt',
  'verdict.word.incomplete': 'Incomplet',
  'verdict.problem.os-build': 'cette build de Windows ne prend pas en charge le VPN pendant Autopilot',
  'verdict.problem.join-state': 'l’appareil n’est pas joint au domaine',
  'verdict.problem.mdm-enrollment': 'l’appareil n’est pas inscrit dans Intune',
  'verdict.problem.autopilot-profile': 'le profil Autopilot n’est pas un profil de jonction hybride',
  'verdict.problem.proxy': 'les paramètres de proxy font obstacle',
  'verdict.problem.machine-network':
    'l’appareil (SYSTEM) ne peut pas joindre ce que le technicien peut joindre',
  'verdict.problem.network-endpoints': 'les points de terminaison Autopilot et Azure AD sont injoignables',
  'verdict.problem.tls-inspection': 'un proxy déchiffre le trafic vers les points de terminaison Microsoft',
  'verdict.problem.autopilot-registration': 'l’appareil n’est pas inscrit dans Autopilot',
  'verdict.problem.tenant-profile':
    'le profil Autopilot attribué ne convient pas à une jonction hybride via VPN',
  'verdict.problem.profile-drift': 'l’appareil conserve un profil Autopilot obsolète',
  'verdict.problem.vpn-kind': 'aucun VPN utilisable avant la connexion n’a été trouvé',
  'verdict.problem.vpn-client-prelogon':
    'le client VPN ne peut pas se connecter avant l’ouverture de session',
  'verdict.problem.vpn-profile': 'aucune connexion VPN par ordinateur n’est utilisable avant la connexion',
  'verdict.problem.vpn-certificate': 'le VPN n’a aucun certificat d’ordinateur utilisable',
  'verdict.problem.vpn-connect': 'le VPN ne se connecte pas',
  'verdict.problem.dc-over-vpn': 'aucun contrôleur de domaine ne répond via le VPN',
  'verdict.problem.scp': 'la jonction hybride ne trouve pas le locataire (point de connexion de service)',
  'verdict.problem.vpn-disconnect': 'le VPN ne se déconnecte pas',
  'verdict.problem.logon-vpn-icon': 'l’icône VPN est absente de l’écran de connexion',
  'verdict.problem.offnetwork-signin': 'la connexion hors du réseau d’entreprise n’a pas atteint le domaine',
  'verdict.problem.update-install': 'la mise à jour cumulative ne s’est pas installée',
  'verdict.subject.os-build': 'la build de Windows',
  'verdict.subject.join-state': 'la jonction au domaine',
  'verdict.subject.mdm-enrollment': 'l’inscription dans Intune',
  'verdict.subject.autopilot-profile': 'le profil Autopilot',
  'verdict.subject.proxy': 'le proxy',
  'verdict.subject.machine-network': 'le réseau tel que SYSTEM le voit',
  'verdict.subject.network-endpoints': 'les points de terminaison Autopilot',
  'verdict.subject.tls-inspection': 'les certificats présentés par les points de terminaison Microsoft',
  'verdict.subject.autopilot-registration': 'l’inscription Autopilot',
  'verdict.subject.tenant-profile': 'le profil Autopilot attribué',
  'verdict.subject.profile-drift': 'le profil Autopilot en cache par rapport au profil attribué',
  'verdict.subject.vpn-kind': 'le type de VPN',
  'verdict.subject.vpn-client-prelogon': 'le paramètre de pré-ouverture de session du client VPN',
  'verdict.subject.vpn-profile': 'la connexion VPN',
  'verdict.subject.vpn-certificate': 'le certificat VPN',
  'verdict.subject.vpn-connect': 'le test de connexion VPN',
  'verdict.subject.dc-over-vpn': 'le contrôleur de domaine via le VPN',
  'verdict.subject.scp': 'le point de connexion de service',
  'verdict.subject.vpn-disconnect': 'la déconnexion du VPN',
  'verdict.subject.logon-vpn-icon': 'l’icône VPN sur l’écran de connexion',
  'verdict.subject.offnetwork-signin': 'la connexion hors du réseau d’entreprise',
  'verdict.subject.update-install': 'la mise à jour cumulative',
  'verdict.unproven.os-build': 'la build de Windows n’a pas été vérifiée',
  'verdict.unproven.join-state': 'la jonction au domaine n’a pas été vérifiée',
  'verdict.unproven.mdm-enrollment': 'l’inscription dans Intune n’a pas été vérifiée',
  'verdict.unproven.autopilot-profile': 'le profil Autopilot n’a pas été vérifié',
  'verdict.unproven.proxy': 'le proxy n’a pas été vérifié',
  'verdict.unproven.machine-network': 'le réseau tel que SYSTEM le voit n’a pas été vérifié',
  'verdict.unproven.network-endpoints': 'les points de terminaison Autopilot n’ont pas été vérifiés',
  'verdict.unproven.tls-inspection': 'l’inspection TLS n’a pas été vérifiée',
  'verdict.unproven.autopilot-registration': 'l’inscription Autopilot n’a pas été vérifiée',
  'verdict.unproven.tenant-profile': 'le profil Autopilot attribué n’a pas été vérifié',
  'verdict.unproven.profile-drift': 'le profil Autopilot en cache n’a pas été comparé au profil attribué',
  'verdict.unproven.vpn-kind': 'le type de VPN n’a pas été vérifié',
  'verdict.unproven.vpn-client-prelogon':
    'le paramètre de pré-ouverture de session du client VPN n’a pas été vérifié',
  'verdict.unproven.vpn-profile': 'la connexion VPN n’a pas été vérifiée',
  'verdict.unproven.vpn-certificate': 'le certificat VPN n’a pas été vérifié',
  'verdict.unproven.vpn-connect': 'le VPN n’a jamais été testé',
  'verdict.unproven.dc-over-vpn': 'le contrôleur de domaine n’a pas été joint via le VPN',
  'verdict.unproven.scp': 'le point de connexion de service n’a pas été vérifié',
  'verdict.unproven.vpn-disconnect': 'la déconnexion du VPN n’a pas été testée',
  'verdict.unproven.logon-vpn-icon': 'l’icône VPN sur l’écran de connexion n’est pas confirmée',
  'verdict.unproven.offnetwork-signin': 'la connexion hors du réseau d’entreprise n’est pas confirmée',
  'verdict.unproven.update-install': 'la mise à jour cumulative n’a pas été installée',
  'verdict.couldNotBeChecked': 'impossible de vérifier {subject}',
  'verdict.problemWithRas': '{problem} (RAS {code})',
  'verdict.allPassed': 'toutes les étapes de la procédure ont réussi',
  'verdict.warningsToRead': '{count, plural, one {# avertissement à lire} other {# avertissements à lire}}',
  'verdict.moreProblems': 'et {count, plural, one {# autre problème} other {# autres problèmes}}',
  'verdict.moreSteps':
    'et {count, plural, one {# autre étape à terminer} other {# autres étapes à terminer}}',
  'verdict.nothingChecked': 'rien n’a encore été vérifié',
  'verdict.line': '{word} — {reason}',
};

/** The step texts (keys `step.<id>.*` of ../../source-catalog.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const frSteps: Catalog = {
  'step.os-build.title': 'La version de Windows prend en charge le VPN pendant Autopilot',
  'step.os-build.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Configuration requise',
  'step.os-build.instructions':
    'L’application lit dans le Registre la build de Windows et sa révision de mise à jour (UBR).',
  'step.os-build.why':
    'Ignorer la vérification de la connectivité du domaine nécessite Windows 10 1903/1909 avec la mise à jour cumulative de décembre 2019 (KB4530684), ou Windows 10 2004 ou version ultérieure.',
  'step.os-build.remediation.fail.0':
    'Téléchargez sur une clé USB la dernière mise à jour cumulative pour cette version de Windows depuis https://catalog.update.microsoft.com.',
  'step.os-build.remediation.fail.1':
    'Pendant l’OOBE, appuyez sur Maj+F10, puis exécutez : wusa.exe D:\\<update>.msu /quiet /norestart (ou utilisez l’étape « Mise à jour cumulative » de cette application).',
  'step.os-build.remediation.fail.2':
    'Redémarrez avec : shutdown.exe /r /t 0, puis relancez cette vérification.',
  'step.os-build.remediation.fail.3':
    'KB4530684 (build 18362.535 / 18363.535) est le minimum : https://support.microsoft.com/help/4530684',
  'step.join-state.title': 'L’appareil est joint au domaine et à Azure AD',
  'step.join-state.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride › Configuration requise',
  'step.join-state.instructions':
    'L’application exécute dsregcmd /status et lit AzureAdJoined, DomainJoined et DomainName.',
  'step.join-state.why':
    'La procédure est d’abord validée sur un appareil déjà joint à Azure AD hybride, de sorte que le VPN soit le seul élément nouveau.',
  'step.join-state.remediation.warn.0':
    'L’inscription hybride a lieu à la prochaine connexion ou dans les 30 minutes environ : connectez-vous sur le réseau d’entreprise (ou via le VPN), patientez, puis relancez dsregcmd /status.',
  'step.join-state.remediation.warn.1':
    'Vérifiez qu’Azure AD Connect synchronise l’UO de l’ordinateur et que le point de connexion de service (SCP) est configuré.',
  'step.join-state.remediation.warn.2':
    'Vérifier la jonction hybride : https://learn.microsoft.com/entra/identity/devices/how-to-hybrid-join-verify',
  'step.join-state.remediation.fail.0':
    'Joignez d’abord l’appareil au domaine (sur le réseau d’entreprise, ou avec un profil Autopilot de jonction hybride et le connecteur Intune pour Active Directory).',
  'step.join-state.remediation.fail.1':
    'Jonction hybride avec Intune et Autopilot : https://learn.microsoft.com/autopilot/windows-autopilot-hybrid',
  'step.mdm-enrollment.title': 'L’appareil est inscrit dans Intune',
  'step.mdm-enrollment.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride › Configuration requise',
  'step.mdm-enrollment.instructions':
    'L’application liste les inscriptions MDM sous HKLM\\SOFTWARE\\Microsoft\\Enrollments.',
  'step.mdm-enrollment.why':
    'Intune fournit le profil VPN, son client et le certificat d’ordinateur : l’appareil doit donc être inscrit.',
  'step.mdm-enrollment.remediation.fail.0':
    'Vérifiez Paramètres > Comptes > Accès Professionnel ou Scolaire : l’appareil doit afficher « Connecté à la GPM de <tenant> ».',
  'step.mdm-enrollment.remediation.fail.1':
    'Sur un appareil joint hybride, activez la stratégie de groupe « Activer l’inscription automatique à la GPM à l’aide des informations d’identification Azure AD par défaut » (Configuration ordinateur > Modèles d’administration > Composants Windows > MDM).',
  'step.mdm-enrollment.remediation.fail.2':
    'Vérifiez que l’étendue des utilisateurs MDM dans Azure AD > Mobilité (MDM et MAM) > Microsoft Intune inclut l’utilisateur qui inscrit l’appareil.',
  'step.mdm-enrollment.remediation.fail.3':
    'Jonction hybride avec Intune et Autopilot : https://learn.microsoft.com/autopilot/windows-autopilot-hybrid',
  'step.autopilot-profile.title':
    'Le profil Autopilot est en jonction hybride avec « Ignorer la vérification de la connectivité du domaine »',
  'step.autopilot-profile.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Configuration requise',
  'step.autopilot-profile.instructions':
    'L’application lit le profil Autopilot mis en cache sur l’appareil (AutopilotDDSZTDFile.json) et la clé de Registre des diagnostics Autopilot.',
  'step.autopilot-profile.why':
    'Sans « Ignorer la vérification de la connectivité du domaine », la jonction hybride attend un contrôleur de domaine pendant l’installation, avant qu’un VPN puisse se connecter.',
  'step.autopilot-profile.remediation.fail.0':
    'Dans Intune > Appareils > Windows > Inscription Windows > Profils de déploiement, attribuez un profil dont « Joindre à Azure AD en tant que » vaut « Joint à Azure AD hybride ».',
  'step.autopilot-profile.remediation.fail.1':
    'Réinitialisez ensuite l’appareil (ou relancez l’OOBE) pour qu’il télécharge le nouveau profil.',
  'step.autopilot-profile.remediation.fail.2':
    'Profils Autopilot : https://learn.microsoft.com/autopilot/profiles',
  'step.autopilot-profile.remediation.warn.0':
    'Dans Intune > Appareils > Windows > Inscription Windows > Profils de déploiement, ouvrez le profil joint à Azure AD hybride et définissez « Ignorer la vérification de la connectivité AD » sur Oui.',
  'step.autopilot-profile.remediation.warn.1':
    'Assurez-vous que l’appareil est inscrit dans Autopilot et que le profil est attribué (état du profil « Affecté »), puis réinitialisez l’appareil pour qu’il télécharge le profil.',
  'step.autopilot-profile.remediation.warn.2':
    'Profils Autopilot : https://learn.microsoft.com/autopilot/profiles',
  'step.proxy.title': 'Aucun proxy statique ne fait obstacle (WPAD attendu)',
  'step.proxy.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride › Configuration requise',
  'step.proxy.instructions': 'L’application exécute netsh winhttp show proxy.',
  'step.proxy.why':
    'La procédure de jonction hybride exige WPAD lorsqu’un proxy est utilisé : le contexte système ne peut pas utiliser un proxy statique par utilisateur pendant l’installation.',
  'step.proxy.remediation.warn.0':
    'Publiez le proxy via WPAD (option DHCP 252 ou nom DNS wpad.<domain>) plutôt qu’un proxy WinHTTP statique.',
  'step.proxy.remediation.warn.1':
    'Pour supprimer le proxy statique de cet appareil, exécutez en tant qu’administrateur : netsh winhttp reset proxy',
  'step.proxy.remediation.warn.2':
    'Configuration du proxy pour Windows : https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-client-proxy-server-settings-by-registry-file',
  'step.machine-network.title': 'L’appareil (SYSTEM) voit le même réseau que le technicien',
  'step.machine-network.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride › Configuration requise',
  'step.machine-network.instructions':
    'Exécutée en tant qu’administrateur, l’application lit le proxy et teste chaque point de terminaison en tant qu’utilisateur connecté puis en tant que SYSTEM (via une tâche planifiée unique qu’elle supprime ensuite), et compare les deux.',
  'step.machine-network.why':
    'Autopilot et la jonction hybride s’exécutent en tant que SYSTEM avec le proxy WinHTTP : un proxy défini uniquement pour l’utilisateur connecté donne l’impression que le réseau fonctionne dans le navigateur alors que le déploiement ne peut pas sortir.',
  'step.machine-network.remediation.fail.0':
    'Publiez le proxy via WPAD (option DHCP 252 ou nom DNS wpad.<domain>) pour que le compte SYSTEM le trouve pendant l’installation, ou autorisez l’accès direct à ces points de terminaison depuis ce réseau.',
  'step.machine-network.remediation.fail.1':
    'Pour le vérifier dès maintenant sur cet appareil, en tant qu’administrateur : netsh winhttp import proxy source=ie (copie le proxy de l’utilisateur connecté dans WinHTTP), relancez cette étape, puis annulez avec netsh winhttp reset proxy.',
  'step.machine-network.remediation.fail.2':
    'Configuration du proxy pour Windows : https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-client-proxy-server-settings-by-registry-file',
  'step.machine-network.remediation.warn.0':
    'Publiez le proxy via WPAD (option DHCP 252 ou nom DNS wpad.<domain>) pour que le compte SYSTEM le trouve pendant l’installation, ou autorisez l’accès direct à ces points de terminaison depuis ce réseau.',
  'step.machine-network.remediation.warn.1':
    'Configuration du proxy pour Windows : https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-client-proxy-server-settings-by-registry-file',
  'step.machine-network.remediation.skip.0':
    'Démarrez l’application en tant qu’administrateur (clic droit › Exécuter en tant qu’administrateur) et relancez cette étape pour comparer avec la vue de SYSTEM.',
  'step.network-endpoints.title': 'Les points de terminaison Autopilot et Azure AD sont accessibles',
  'step.network-endpoints.source': 'Configuration réseau requise pour Windows Autopilot',
  'step.network-endpoints.instructions':
    'L’application ouvre une connexion TCP vers chaque point de terminaison nécessaire à Autopilot et à la jonction hybride.',
  'step.network-endpoints.why':
    'L’appareil doit accéder à Internet conformément à la configuration réseau requise d’Autopilot pour télécharger son profil, rejoindre Azure AD et s’inscrire dans Intune.',
  'step.network-endpoints.remediation.fail.0':
    'Autorisez le trafic sortant HTTPS (TCP 443) et TCP 80 depuis ce réseau vers les points de terminaison signalés comme inaccessibles, sans inspection TLS pour *.microsoftonline.com et *.dds.microsoft.com.',
  'step.network-endpoints.remediation.fail.1':
    'Si un proxy est requis, publiez-le via WPAD pour que le contexte système puisse l’utiliser.',
  'step.network-endpoints.remediation.fail.2':
    'Refaites le test depuis ce réseau (ou un point d’accès mobile) pour distinguer un blocage par pare-feu d’un problème de l’appareil.',
  'step.tls-inspection.title': 'Les points de terminaison Microsoft ne subissent pas d’inspection TLS',
  'step.tls-inspection.source': 'Configuration réseau requise pour Windows Autopilot',
  'step.tls-inspection.instructions':
    'L’application ouvre une session TLS vers chaque point de terminaison HTTPS nécessaire à Autopilot et à la jonction hybride (via le proxy WinHTTP s’il est défini) et lit l’émetteur du certificat présenté.',
  'step.tls-inspection.why':
    'Autopilot, l’inscription de l’appareil et l’inscription dans Intune s’authentifient avec les propres certificats de l’appareil ; un proxy qui déchiffre et signe à nouveau ce trafic les rend inopérants : Microsoft demande donc d’exclure ces points de terminaison de l’inspection TLS.',
  'step.tls-inspection.remediation.warn.0':
    'Sur le proxy ou le service de sécurité, excluez ces points de terminaison de l’inspection TLS/SSL (une règle « ne pas déchiffrer » pour *.microsoftonline.com, *.dds.microsoft.com, enterpriseregistration.windows.net, *.manage.microsoft.com, login.live.com), puis relancez cette étape.',
  'step.tls-inspection.remediation.warn.1':
    'Microsoft les sert avec sa chaîne publique (DigiCert Global Root G2 ou Microsoft RSA/ECC Root 2017 > Microsoft Azure TLS Issuing CA) : https://learn.microsoft.com/azure/security/fundamentals/azure-ca-details',
  'step.autopilot-registration.title': 'L’appareil est inscrit dans Autopilot avec un profil attribué',
  'step.autopilot-registration.source':
    'Jonction Azure AD hybride pilotée par l’utilisateur avec Windows Autopilot › Inscrire des appareils en tant qu’appareils Autopilot',
  'step.autopilot-registration.instructions':
    'L’application recherche le numéro de série de cet appareil parmi les appareils Windows Autopilot d’Intune (Microsoft Graph) et lit l’état d’attribution de son profil. Connexion requise.',
  'step.autopilot-registration.why':
    'Un appareil non inscrit, ou sans profil attribué, ne reçoit jamais le profil de jonction hybride pendant l’OOBE.',
  'step.autopilot-registration.remediation.fail.0':
    'Collectez le hachage matériel sur l’appareil : dans PowerShell en tant qu’administrateur, Install-Script Get-WindowsAutopilotInfo; Get-WindowsAutopilotInfo -Online (ou -OutputFile pour un fichier CSV).',
  'step.autopilot-registration.remediation.fail.1':
    'Ou importez le fichier CSV dans Intune > Appareils > Windows > Inscription Windows > Appareils > Importer.',
  'step.autopilot-registration.remediation.fail.2':
    'Ajoutez l’appareil au groupe ciblé par le profil joint à Azure AD hybride et attendez l’état de profil « Affecté », puis vérifiez de nouveau.',
  'step.autopilot-registration.remediation.fail.3':
    'Ajout d’appareils : https://learn.microsoft.com/autopilot/add-devices',
  'step.autopilot-registration.remediation.blocked.0':
    'Connectez-vous avec un compte Intune du locataire dans lequel l’appareil est inscrit (Se connecter sous Vérifications du locataire sur l’écran d’accueil ou à l’étape Locataire), puis relancez les vérifications du locataire.',
  'step.autopilot-registration.remediation.blocked.1':
    'Les vérifications sur l’appareil ne nécessitent pas de connexion ; seules ces deux vérifications du locataire en ont besoin.',
  'step.tenant-profile.title':
    'Le profil attribué est en jonction Azure AD hybride avec « Ignorer la vérification de la connectivité AD »',
  'step.tenant-profile.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Ignorer la vérification de la connectivité du domaine',
  'step.tenant-profile.instructions':
    'L’application lit le profil de déploiement attribué par Intune à cet appareil (Microsoft Graph bêta) et vérifie son type de jonction et « Ignorer la vérification de la connectivité AD ». Connexion requise.',
  'step.tenant-profile.why':
    'Sans « Ignorer la vérification de la connectivité AD », la jonction hybride attend un contrôleur de domaine pendant l’installation, avant qu’un VPN puisse se connecter.',
  'step.tenant-profile.remediation.warn.0':
    'Dans Intune > Appareils > Windows > Inscription Windows > Profils de déploiement, ouvrez le profil joint à Azure AD hybride et définissez « Ignorer la vérification de la connectivité AD » sur Oui.',
  'step.tenant-profile.remediation.warn.1':
    'Réinitialisez l’appareil (ou relancez l’OOBE) pour qu’il télécharge le profil modifié.',
  'step.tenant-profile.remediation.blocked.0':
    'Connectez-vous avec un compte Intune du locataire dans lequel l’appareil est inscrit (Se connecter sous Vérifications du locataire sur l’écran d’accueil ou à l’étape Locataire), puis relancez les vérifications du locataire.',
  'step.tenant-profile.remediation.blocked.1':
    'Les vérifications sur l’appareil ne nécessitent pas de connexion ; seules ces deux vérifications du locataire en ont besoin.',
  'step.profile-drift.title':
    'Le profil mis en cache sur l’appareil est celui qu’Intune attribue actuellement',
  'step.profile-drift.source':
    'FAQ de résolution des problèmes de Windows Autopilot › Profil téléchargé avant d’avoir été attribué ou modifié',
  'step.profile-drift.instructions':
    'L’application compare, paramètre par paramètre, le profil Autopilot mis en cache sur l’appareil (AutopilotDDSZTDFile.json) avec le profil de déploiement qu’Intune attribue actuellement (Microsoft Graph bêta). Connexion requise.',
  'step.profile-drift.why':
    'Un appareil télécharge son profil une seule fois, au début de l’OOBE : un profil attribué ou modifié plus tard n’est pas celui qu’il exécutera, et l’appareil risque d’attendre un contrôleur de domaine ou d’être joint de la mauvaise manière.',
  'step.profile-drift.remediation.fail.0':
    'Attendez que l’appareil affiche l’état de profil « Affecté » dans Intune > Appareils > Windows > Inscription Windows > Appareils (sélectionnez Synchroniser pour accélérer).',
  'step.profile-drift.remediation.fail.1':
    'Toujours dans l’OOBE (avant la page de connexion) : appuyez sur Maj+F10 et exécutez « shutdown /r /t 0 » ; l’appareil télécharge de nouveau le profil lorsqu’il redémarre et accède au réseau.',
  'step.profile-drift.remediation.fail.2':
    'Après l’OOBE : le profil n’est lu que pendant l’installation ; réinitialisez donc l’appareil (Paramètres > Récupération > Réinitialiser ce PC, ou réinitialisation depuis Intune) et laissez l’OOBE télécharger le profil actuel.',
  'step.profile-drift.remediation.fail.3':
    'Profils Autopilot : https://learn.microsoft.com/autopilot/profiles',
  'step.profile-drift.remediation.warn.0':
    'Attendez que l’appareil affiche l’état de profil « Affecté » dans Intune > Appareils > Windows > Inscription Windows > Appareils (sélectionnez Synchroniser pour accélérer).',
  'step.profile-drift.remediation.warn.1':
    'Toujours dans l’OOBE (avant la page de connexion) : appuyez sur Maj+F10 et exécutez « shutdown /r /t 0 » ; l’appareil télécharge de nouveau le profil lorsqu’il redémarre et accède au réseau.',
  'step.profile-drift.remediation.warn.2':
    'Après l’OOBE : le profil n’est lu que pendant l’installation ; réinitialisez donc l’appareil (Paramètres > Récupération > Réinitialiser ce PC, ou réinitialisation depuis Intune) et laissez l’OOBE télécharger le profil actuel.',
  'step.profile-drift.remediation.warn.3':
    'Profils Autopilot : https://learn.microsoft.com/autopilot/profiles',
  'step.profile-drift.remediation.blocked.0':
    'Connectez-vous avec un compte Intune du locataire dans lequel l’appareil est inscrit (Se connecter sous Vérifications du locataire sur l’écran d’accueil ou à l’étape Locataire), puis relancez les vérifications du locataire.',
  'step.profile-drift.remediation.blocked.1':
    'Les vérifications sur l’appareil ne nécessitent pas de connexion ; seules ces deux vérifications du locataire en ont besoin.',
  'step.vpn-kind.title': 'Type de VPN utilisé par cet appareil',
  'step.vpn-kind.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Validation',
  'step.vpn-kind.instructions':
    'L’application identifie les connexions VPN que Windows démarre de lui-même (Always On), les clients VPN installés (Cisco Secure Client/AnyConnect, GlobalProtect, FortiClient, Ivanti/Pulse Secure) et leurs services, puis applique les vérifications propres à ce type.',
  'step.vpn-kind.why':
    'La procédure valide une connexion établie manuellement et précise que les VPN qui se connectent automatiquement, ainsi que les clients tiers déployés en tant qu’applications Win32, se valident autrement.',
  'step.vpn-kind.remediation.fail.0':
    'Déployez le VPN de sorte qu’il existe avant toute connexion : une connexion VPN Windows par ordinateur (tous les utilisateurs) ou un tunnel d’appareil Always On, ou un client VPN installé en tant qu’application Win32 avec sa fonctionnalité de pré-connexion.',
  'step.vpn-kind.remediation.fail.1':
    'Tunnel d’appareil Always On VPN : https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config',
  'step.vpn-kind.remediation.warn.0':
    'Un tunnel utilisateur ne se connecte qu’après la connexion de l’utilisateur : il ne peut donc pas servir à la première connexion d’un appareil joint hybride. Ajoutez un tunnel d’appareil (certificat d’ordinateur) ou une connexion par ordinateur que l’utilisateur peut démarrer depuis l’écran de connexion.',
  'step.vpn-kind.remediation.warn.1':
    'Tunnel d’appareil Always On VPN : https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config',
  'step.vpn-profile.title': 'Une connexion VPN par ordinateur existe',
  'step.vpn-profile.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Validation',
  'step.vpn-profile.instructions':
    'L’application exécute Get-VpnConnection -AllUserConnection, comme l’indique la procédure.',
  'step.vpn-profile.why':
    'Seule une connexion VPN pour tous les utilisateurs (par ordinateur) est disponible sur l’écran de connexion avant que quiconque se soit connecté.',
  'step.vpn-profile.remediation.fail.0':
    'Déployez le VPN en tant que connexion par ordinateur (tous les utilisateurs) : une application Win32 depuis Intune qui installe le client VPN et crée la connexion, ou Add-VpnConnection -AllUserConnection.',
  'step.vpn-profile.remediation.fail.1':
    'Les plug-ins VPN du Store (UWP) ne sont pas pris en charge : ils ne s’installent qu’après la connexion de l’utilisateur.',
  'step.vpn-profile.remediation.fail.2': 'Vérifiez avec : Get-VpnConnection -AllUserConnection',
  'step.vpn-profile.remediation.fail.3':
    'Paramètres VPN Windows dans Intune : https://learn.microsoft.com/mem/intune/configuration/vpn-settings-windows-10',
  'step.vpn-client-prelogon.title': 'Le client VPN peut se connecter avant l’ouverture de session',
  'step.vpn-client-prelogon.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Validation',
  'step.vpn-client-prelogon.instructions':
    'Pour un client VPN tiers, l’application lit son paramètre de pré-connexion là où le client le conserve (Start Before Logon d’AnyConnect, Prelogon de GlobalProtect, VPN before logon de FortiClient, connexions machine d’Ivanti/Pulse).',
  'step.vpn-client-prelogon.why':
    'Un utilisateur sans informations d’identification mises en cache se connecte au domaine via le VPN : le client doit donc proposer son tunnel sur l’écran de connexion, avant que quiconque se connecte.',
  'step.vpn-certificate.title': 'Certificat d’ordinateur pour le VPN',
  'step.vpn-certificate.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Configuration requise',
  'step.vpn-certificate.instructions':
    'Lorsque le VPN s’authentifie par certificat, l’application en recherche un dans le magasin de certificats de l’ordinateur (Cert:\\LocalMachine\\My).',
  'step.vpn-certificate.why':
    'Le certificat doit être un certificat d’ordinateur déployé par Intune : les certificats utilisateur n’arrivent qu’après la connexion de l’utilisateur.',
  'step.vpn-certificate.remediation.fail.0':
    'Déployez dans Intune un profil de certificat SCEP ou PKCS ciblant l’appareil (et non l’utilisateur), avec le type de certificat « Appareil » et l’utilisation étendue de la clé « Authentification du client » (1.3.6.1.5.5.7.3.2).',
  'step.vpn-certificate.remediation.fail.1':
    'Vérifiez le résultat dans certlm.msc > Personnel > Certificats : le certificat doit indiquer « Vous avez une clé privée qui correspond à ce certificat ».',
  'step.vpn-certificate.remediation.fail.2':
    'Certificats dans Intune : https://learn.microsoft.com/mem/intune/protect/certificates-configure',
  'step.vpn-connect.title': 'Connecter le VPN avec rasdial',
  'step.vpn-connect.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Validation',
  'step.vpn-connect.instructions':
    'L’application exécute RASDIAL.EXE "<connection name>", comme l’indique la procédure. Cela peut prendre jusqu’à une minute.',
  'step.vpn-connect.why':
    'La procédure demande de démarrer manuellement la connexion VPN par ordinateur avant de la tester depuis l’écran de connexion.',
  'step.vpn-connect.action.button': 'Connecter le VPN',
  'step.vpn-connect.action.dialogTitle': 'Connecter le VPN ?',
  'step.vpn-connect.action.confirmLabel': 'Oui, connecter',
  'step.vpn-connect.action.confirm':
    'L’application exécute rasdial pour connecter {"vpnConnection"}. Cet appareil rejoint le réseau d’entreprise via le VPN jusqu’à ce que vous le déconnectiez. Cela peut prendre jusqu’à une minute.',
  'step.vpn-connect.action.whenMissing.vpnConnection':
    'la seule connexion VPN pour tous les utilisateurs utilisable',
  'step.dc-over-vpn.title': 'Un contrôleur de domaine répond via le VPN',
  'step.dc-over-vpn.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Validation',
  'step.dc-over-vpn.instructions': 'Avec le VPN connecté, l’application exécute nltest /dsgetdc:<domain>.',
  'step.dc-over-vpn.why':
    'La connexion avec un compte sans informations d’identification mises en cache nécessite un contrôleur de domaine, joint via le VPN.',
  'step.dc-over-vpn.remediation.fail.0':
    'Vérifiez que le VPN transmet les serveurs DNS et le suffixe DNS de l’entreprise : exécutez Get-DnsClientServerAddress et Resolve-DnsName -Type SRV _ldap._tcp.dc._msdcs.<domain> pendant la connexion.',
  'step.dc-over-vpn.remediation.fail.1':
    'Vérifiez que les routes du VPN (tunnel fractionné) incluent les sous-réseaux des contrôleurs de domaine et que les ports TCP/UDP 53, 88, 389, 445 et 135 sont autorisés vers eux.',
  'step.dc-over-vpn.remediation.fail.2':
    'Comment Windows localise un contrôleur de domaine : https://learn.microsoft.com/troubleshoot/windows-server/active-directory/dc-locator-process',
  'step.dc-over-vpn.remediation.warn.0':
    'Ajoutez les sous-réseaux des contrôleurs de domaine aux routes du VPN (tunnel fractionné : Add-VpnConnectionRoute, ou les Routes du profil VPN Intune), ou utilisez un tunnel complet, pour que le contrôleur de domaine soit joint via le VPN et non via le réseau local.',
  'step.dc-over-vpn.remediation.warn.1':
    'Vérifiez que le DNS via le VPN renvoie des contrôleurs de domaine accessibles uniquement par celui-ci : Resolve-DnsName -Type SRV _ldap._tcp.dc._msdcs.<domain>, puis Find-NetRoute -RemoteIPAddress <address> doit indiquer l’interface VPN.',
  'step.dc-over-vpn.remediation.warn.2':
    'Testez hors du réseau d’entreprise (point d’accès mobile) : un contrôleur de domaine trouvé via le réseau local ne prouve rien sur la connexion via le VPN.',
  'step.scp.title': 'La jonction hybride trouve le locataire (point de connexion de service)',
  'step.scp.source': 'Configurer la jonction Microsoft Entra hybride › Point de connexion de service',
  'step.scp.instructions':
    'L’application lit le SCP côté client (HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD) et, avec le VPN connecté, le SCP dans Active Directory via LDAP, et vérifie qu’ils désignent le locataire dans lequel l’appareil est inscrit.',
  'step.scp.why':
    'La jonction hybride demande au SCP dans quel locataire Microsoft Entra inscrire l’ordinateur : sans SCP, l’appareil ne devient jamais joint hybride, et un SCP désignant un autre locataire l’y inscrit.',
  'step.scp.remediation.fail.0':
    'Sur le serveur Microsoft Entra Connect, exécutez Microsoft Entra Connect > Configurer les options de l’appareil > Configurer la jonction Azure AD hybride, sélectionnez la forêt et le locataire, et laissez l’assistant créer le point de connexion de service.',
  'step.scp.remediation.fail.1':
    'Ou, pour un déploiement ciblé, définissez le SCP côté client sur cet appareil (préférence de stratégie de groupe ou Intune) : HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD, TenantId = <tenant id> et TenantName = <verified domain>. Validation contrôlée : https://learn.microsoft.com/entra/identity/devices/hybrid-join-control',
  'step.scp.remediation.fail.2':
    'Vérifiez le SCP depuis l’appareil avec le VPN connecté : ([adsi]"LDAP://CN=62a0ff2e-97b9-4513-943f-0d221bd30080,CN=Device Registration Configuration,CN=Services,CN=Configuration,DC=<domain>").Keywords',
  'step.vpn-disconnect.title': 'Déconnecter le VPN',
  'step.vpn-disconnect.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Validation',
  'step.vpn-disconnect.instructions':
    'L’application exécute RASDIAL.EXE "<connection name>" /disconnect, afin que le test depuis l’écran de connexion parte d’un état propre.',
  'step.vpn-disconnect.why':
    'Le test suivant démarre le VPN depuis l’écran de connexion, ce qui exige que la connexion soit coupée.',
  'step.vpn-disconnect.remediation.fail.0':
    'Déconnectez-vous depuis le menu volant Réseau (l’entrée VPN > Déconnecter), ou exécutez : rasdial /disconnect',
  'step.vpn-disconnect.remediation.fail.1':
    'Si la connexion reste active, redémarrez le service Gestionnaire des connexions d’accès à distance (RasMan) ou redémarrez l’ordinateur.',
  'step.vpn-disconnect.action.button': 'Déconnecter le VPN',
  'step.vpn-disconnect.action.dialogTitle': 'Déconnecter le VPN ?',
  'step.vpn-disconnect.action.confirmLabel': 'Oui, déconnecter',
  'step.vpn-disconnect.action.confirm':
    'L’application exécute rasdial /disconnect pour {"vpnConnection"}. Tout ce qui utilise le réseau d’entreprise via le VPN perd sa connexion.',
  'step.vpn-disconnect.action.whenMissing.vpnConnection': 'la connexion VPN',
  'step.logon-vpn-icon.title': 'Icône VPN sur l’écran de connexion',
  'step.logon-vpn-icon.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Validation',
  'step.logon-vpn-icon.instructions':
    'Déconnectez-vous (Ctrl+Alt+Suppr > Se déconnecter). Sur l’écran de connexion, regardez en bas à droite : une icône réseau avec la connexion VPN doit apparaître. Revenez ensuite confirmer ce que vous avez vu.',
  'step.logon-vpn-icon.why':
    'L’utilisateur connecte le VPN depuis l’écran de connexion avant d’ouvrir sa session ; sans l’icône, il ne le peut pas.',
  'step.logon-vpn-icon.remediation.fail.0':
    'La connexion VPN doit être par ordinateur (tous les utilisateurs) ; une connexion par utilisateur n’apparaît pas sur l’écran de connexion.',
  'step.logon-vpn-icon.remediation.fail.1':
    'Pour les clients tiers, activez leur option « Start Before Logon »/« pre-logon » dans la configuration de l’application Win32.',
  'step.logon-vpn-icon.remediation.fail.2':
    'Assurez-vous que la stratégie de groupe « Ne pas afficher l’interface utilisateur de sélection du réseau » n’est pas activée (Configuration ordinateur > Modèles d’administration > Système > Ouverture de session).',
  'step.logon-vpn-icon.remediation.warn.0':
    'Déconnectez-vous, connectez le VPN avec l’icône de l’écran de connexion, connectez-vous avec un compte de domaine sans informations d’identification mises en cache, puis relancez les vérifications afin que les événements montrent le VPN connecté avant la connexion.',
  'step.logon-vpn-icon.remediation.warn.1':
    'Dans Observateur d’événements > Journaux Windows > Application, filtrez sur la source RasClient : 20225 indique que le VPN s’est connecté, 20227 qu’il a échoué (avec le code d’erreur RAS).',
  'step.offnetwork-signin.title': 'Connexion hors du réseau d’entreprise via le VPN',
  'step.offnetwork-signin.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Validation',
  'step.offnetwork-signin.instructions':
    'Sortez l’appareil du réseau d’entreprise (par exemple via le point d’accès d’un téléphone). Sur l’écran de connexion, connectez le VPN avec son icône, puis connectez-vous avec un compte qui ne s’est jamais connecté sur cet appareil. Revenez ensuite confirmer.',
  'step.offnetwork-signin.why':
    'Cela prouve qu’un nouvel utilisateur peut se connecter pendant ou après Autopilot avec le VPN comme seul accès au domaine.',
  'step.offnetwork-signin.remediation.fail.0':
    'Utilisez un compte qui ne s’est jamais connecté sur cet appareil : les informations d’identification mises en cache permettent à Windows de connecter l’utilisateur sans le domaine, ce qui ne prouve rien.',
  'step.offnetwork-signin.remediation.fail.1':
    'Connectez le VPN depuis l’icône de l’écran de connexion avant de taper le mot de passe, et vérifiez que « Options de connexion » indique le VPN comme connecté.',
  'step.offnetwork-signin.remediation.fail.2':
    'Si la connexion échoue avec « aucun serveur d’accès n’est actuellement disponible », revenez à « Un contrôleur de domaine répond via le VPN ».',
  'step.offnetwork-signin.remediation.warn.0':
    'Déconnectez-vous, connectez le VPN depuis l’écran de connexion et connectez-vous avec un compte de domaine qui ne s’est jamais connecté sur cet appareil ; relancez ensuite les vérifications.',
  'step.offnetwork-signin.remediation.warn.1':
    'Vérifiez la chronologie : un événement « VPN connecté » doit précéder la connexion, et la connexion ne doit pas utiliser d’« informations d’identification mises en cache ».',
  'step.update-install.title': 'Installer la mise à jour cumulative depuis une clé USB',
  'step.update-install.source':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Validation',
  'step.update-install.instructions':
    'L’application exécute WUSA.EXE "<package>.msu" /quiet /norestart avec le package choisi, comme la procédure le fait depuis Maj+F10 pendant l’OOBE.',
  'step.update-install.why':
    'Windows 10 1903 et 1909 nécessitent la mise à jour cumulative de décembre 2019 (ou ultérieure) pour que la jonction hybride avec VPN fonctionne.',
  'step.update-install.remediation.fail.0':
    'Téléchargez depuis https://catalog.update.microsoft.com la mise à jour cumulative correspondant à cette version de Windows et à son architecture (x64/ARM64).',
  'step.update-install.remediation.fail.1':
    'Depuis Maj+F10, vous pouvez aussi exécuter « start ms-settings: » et utiliser Mise à jour et sécurité > Rechercher des mises à jour.',
  'step.update-install.remediation.fail.2':
    'Référence de wusa.exe : https://support.microsoft.com/help/934307',
  'step.update-install.action.button': 'Installer la mise à jour',
  'step.update-install.action.dialogTitle': 'Installer la mise à jour ?',
  'step.update-install.action.confirmLabel': 'Oui, installer',
  'step.update-install.action.confirm':
    'L’application exécute wusa.exe {updatePackage} /quiet /norestart. Cela installe la mise à jour cumulative sur cet appareil et peut prendre plusieurs minutes. Windows demandera probablement un redémarrage ensuite ; l’application ne redémarre pas sans vous le demander.',
  'step.update-install.action.whenMissing.updatePackage': '(aucun package choisi)',
};

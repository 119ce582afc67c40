/** The demo's milestones of each framework step, in the four languages (see texts.ts for the placeholders). */
import type { Texts } from "./texts";

export type StepTexts = { kickoff: Texts; progress: [Texts, Texts]; completion: Texts; document: Texts };

/** Milestones of each framework step: how it starts, two things that happen on the way, how it ends. */
export const stepTexts: Record<string, StepTexts> = {
  stakeholders: {
    kickoff: {
      en: "Inventory of social protection actors launched",
      fr: "Lancement de l'inventaire des acteurs de la protection sociale",
      es: "Inicio del inventario de actores de la protección social",
      pt: "Lançamento do inventário dos actores da protecção social",
    },
    progress: [
      {
        en: "Consultation with workers' and employers' organisations",
        fr: "Consultation des organisations de travailleurs et d'employeurs",
        es: "Consulta con las organizaciones de trabajadores y de empleadores",
        pt: "Consulta às organizações de trabalhadores e de empregadores",
      },
      {
        en: "Meeting with civil society networks",
        fr: "Rencontre avec les réseaux de la société civile",
        es: "Reunión con las redes de la sociedad civil",
        pt: "Encontro com as redes da sociedade civil",
      },
    ],
    completion: {
      en: "Stakeholder map validated",
      fr: "Cartographie des parties prenantes validée",
      es: "Mapa de actores validado",
      pt: "Mapa das partes interessadas validado",
    },
    document: {
      en: "Map of social protection stakeholders",
      fr: "Cartographie des acteurs de la protection sociale",
      es: "Mapa de actores de la protección social",
      pt: "Mapa dos actores da protecção social",
    },
  },
  working_group: {
    kickoff: {
      en: "Terms of reference of the SPF working group drafted",
      fr: "Termes de référence du groupe de travail SPS rédigés",
      es: "Términos de referencia de la mesa de trabajo del PPS redactados",
      pt: "Termos de referência do grupo de trabalho do PPS redigidos",
    },
    progress: [
      {
        en: "Inaugural meeting of the working group",
        fr: "Réunion inaugurale du groupe de travail",
        es: "Reunión inaugural de la mesa de trabajo",
        pt: "Reunião inaugural do grupo de trabalho",
      },
      {
        en: "UN SPF country team designated",
        fr: "Équipe pays des Nations Unies pour le SPS désignée",
        es: "Equipo de país de las Naciones Unidas para el PPS designado",
        pt: "Equipa país das Nações Unidas para o PPS designada",
      },
    ],
    completion: {
      en: "Decree establishing the national SPF working group signed",
      fr: "Arrêté portant création du groupe de travail national SPS signé",
      es: "Resolución de creación de la mesa nacional del PPS firmada",
      pt: "Despacho de criação do grupo de trabalho nacional do PPS assinado",
    },
    document: {
      en: "Decree establishing the national SPF working group",
      fr: "Arrêté portant création du groupe de travail national sur le socle de protection sociale",
      es: "Resolución de creación de la mesa nacional del piso de protección social",
      pt: "Despacho de criação do grupo de trabalho nacional do piso de protecção social",
    },
  },
  awareness: {
    kickoff: {
      en: "Advocacy plan adopted",
      fr: "Plan de plaidoyer adopté",
      es: "Plan de incidencia adoptado",
      pt: "Plano de advocacia adoptado",
    },
    progress: [
      {
        en: "Parliamentary briefing on the social protection floor",
        fr: "Séance d'information des parlementaires sur le socle de protection sociale",
        es: "Sesión informativa para parlamentarios sobre el piso de protección social",
        pt: "Sessão de informação aos deputados sobre o piso de protecção social",
      },
      {
        en: "Radio campaign in the regions",
        fr: "Campagne radio dans les régions",
        es: "Campaña radial en los departamentos",
        pt: "Campanha radiofónica nas províncias",
      },
    ],
    completion: {
      en: "Social protection floor included in the national development plan",
      fr: "Le socle de protection sociale inscrit au plan national de développement",
      es: "El piso de protección social incluido en el plan nacional de desarrollo",
      pt: "O piso de protecção social incluído no plano nacional de desenvolvimento",
    },
    document: {
      en: "Extract of the national development plan: social protection chapter",
      fr: "Extrait du plan national de développement : chapitre protection sociale",
      es: "Extracto del plan nacional de desarrollo: capítulo de protección social",
      pt: "Extracto do plano nacional de desenvolvimento: capítulo da protecção social",
    },
  },
  assessment: {
    kickoff: {
      en: "Assessment-based national dialogue (ABND) launched",
      fr: "Lancement du dialogue national fondé sur l'évaluation (ABND)",
      es: "Inicio del diálogo nacional basado en la evaluación (ABND)",
      pt: "Lançamento do diálogo nacional baseado na avaliação (ABND)",
    },
    progress: [
      {
        en: "Inventory of existing schemes completed",
        fr: "Inventaire des régimes existants achevé",
        es: "Inventario de los programas existentes concluido",
        pt: "Inventário dos regimes existentes concluído",
      },
      {
        en: "Coverage gaps workshop with {statistics}",
        fr: "Atelier sur les écarts de couverture avec {statistics}",
        es: "Taller sobre brechas de cobertura con {statistics}",
        pt: "Seminário sobre as lacunas de cobertura com {statistics}",
      },
    ],
    completion: {
      en: "Assessment report validated in a national workshop",
      fr: "Rapport d'évaluation validé en atelier national",
      es: "Informe de evaluación validado en taller nacional",
      pt: "Relatório de avaliação validado em seminário nacional",
    },
    document: {
      en: "Social protection assessment: coverage, gaps and recommendations",
      fr: "Évaluation de la protection sociale : couverture, écarts et recommandations",
      es: "Evaluación de la protección social: cobertura, brechas y recomendaciones",
      pt: "Avaliação da protecção social: cobertura, lacunas e recomendações",
    },
  },
  policy_options: {
    kickoff: {
      en: "Policy options scoping note",
      fr: "Note de cadrage des options de politique",
      es: "Nota conceptual de opciones de política",
      pt: "Nota de enquadramento das opções de política",
    },
    progress: [
      {
        en: "Scenarios for extending {scheme} discussed",
        fr: "Scénarios d'extension pour {scheme} examinés",
        es: "Escenarios de ampliación para {scheme} debatidos",
        pt: "Cenários de alargamento para {scheme} debatidos",
      },
      {
        en: "Tripartite consultation on a universal child benefit",
        fr: "Consultation tripartite sur une allocation universelle pour enfants",
        es: "Consulta tripartita sobre una asignación universal por hijo",
        pt: "Consulta tripartida sobre um subsídio universal para crianças",
      },
    ],
    completion: {
      en: "Policy options endorsed by the working group",
      fr: "Options de politique retenues par le groupe de travail",
      es: "Opciones de política aprobadas por la mesa de trabajo",
      pt: "Opções de política aprovadas pelo grupo de trabalho",
    },
    document: {
      en: "Policy options for the national social protection floor",
      fr: "Options de politique pour le socle national de protection sociale",
      es: "Opciones de política para el piso nacional de protección social",
      pt: "Opções de política para o piso nacional de protecção social",
    },
  },
  costing_financing: {
    kickoff: {
      en: "Rapid Assessment Protocol (RAP) costing started",
      fr: "Chiffrage avec le protocole d'évaluation rapide (RAP) lancé",
      es: "Costeo con el Protocolo de Evaluación Rápida (RAP) iniciado",
      pt: "Custeio com o Protocolo de Avaliação Rápida (RAP) iniciado",
    },
    progress: [
      {
        en: "Fiscal space analysis shared with the Ministry of Finance",
        fr: "Analyse de l'espace budgétaire partagée avec le ministère des Finances",
        es: "Análisis del espacio fiscal compartido con el Ministerio de Hacienda",
        pt: "Análise do espaço fiscal partilhada com o Ministério das Finanças",
      },
      {
        en: "Cost scenarios to 2030 presented",
        fr: "Scénarios de coûts à l'horizon 2030 présentés",
        es: "Escenarios de costos al 2030 presentados",
        pt: "Cenários de custos até 2030 apresentados",
      },
    ],
    completion: {
      en: "Costing and financing report adopted",
      fr: "Rapport de chiffrage et de financement adopté",
      es: "Informe de costeo y financiamiento adoptado",
      pt: "Relatório de custeio e financiamento adoptado",
    },
    document: {
      en: "Cost of the floor's guarantees and the fiscal space to finance them",
      fr: "Coût des garanties du socle et espace budgétaire pour les financer",
      es: "Costo de las garantías del piso y espacio fiscal para financiarlas",
      pt: "Custo das garantias do piso e espaço fiscal para as financiar",
    },
  },
  monitoring: {
    kickoff: {
      en: "Monitoring and evaluation framework drafted",
      fr: "Cadre de suivi-évaluation élaboré",
      es: "Marco de seguimiento y evaluación elaborado",
      pt: "Quadro de monitoria e avaliação elaborado",
    },
    progress: [
      {
        en: "Indicators aligned with SDG target 1.3",
        fr: "Indicateurs alignés sur la cible 1.3 des ODD",
        es: "Indicadores alineados con la meta 1.3 de los ODS",
        pt: "Indicadores alinhados com a meta 1.3 dos ODS",
      },
      {
        en: "Data-sharing agreement for the single social registry",
        fr: "Accord de partage de données du registre social unifié",
        es: "Acuerdo de intercambio de datos del registro social único",
        pt: "Acordo de partilha de dados do registo social único",
      },
    ],
    completion: {
      en: "First annual monitoring report of the floor published",
      fr: "Premier rapport annuel de suivi du socle publié",
      es: "Primer informe anual de seguimiento del piso publicado",
      pt: "Primeiro relatório anual de monitoria do piso publicado",
    },
    document: {
      en: "Annual monitoring report of the social protection floor",
      fr: "Rapport annuel de suivi du socle de protection sociale",
      es: "Informe anual de seguimiento del piso de protección social",
      pt: "Relatório anual de monitoria do piso de protecção social",
    },
  },
  support_needs: {
    kickoff: {
      en: "Capacity needs assessment started",
      fr: "Évaluation des besoins en capacités lancée",
      es: "Evaluación de necesidades de capacidades iniciada",
      pt: "Avaliação das necessidades de capacidades iniciada",
    },
    progress: [
      {
        en: "Round table with technical and financial partners",
        fr: "Table ronde avec les partenaires techniques et financiers",
        es: "Mesa redonda con los socios técnicos y financieros",
        pt: "Mesa redonda com os parceiros técnicos e financeiros",
      },
      {
        en: "Training plan for the working group",
        fr: "Plan de formation du groupe de travail",
        es: "Plan de capacitación de la mesa de trabajo",
        pt: "Plano de formação do grupo de trabalho",
      },
    ],
    completion: {
      en: "Support plan agreed with partners",
      fr: "Plan d'appui convenu avec les partenaires",
      es: "Plan de apoyo acordado con los socios",
      pt: "Plano de apoio acordado com os parceiros",
    },
    document: {
      en: "Technical and financial support plan",
      fr: "Plan d'appui technique et financier",
      es: "Plan de apoyo técnico y financiero",
      pt: "Plano de apoio técnico e financeiro",
    },
  },
};

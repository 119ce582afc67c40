/** The demo's technical and financial support and the needs working groups state, in the four languages. */
import type { Texts } from "./texts";

/** Technical support titles per category (the framework step each usually serves comes with it). */
export const technicalSupport: Record<string, { step: string; title: Texts; deliverables: Texts }> = {
  advocacy_awareness: {
    step: "awareness",
    title: {
      en: "Advocacy support for the social protection floor",
      fr: "Appui au plaidoyer pour le socle de protection sociale",
      es: "Apoyo a la incidencia por el piso de protección social",
      pt: "Apoio à advocacia pelo piso de protecção social",
    },
    deliverables: { en: "Advocacy kit; two media workshops", fr: "Kit de plaidoyer ; deux ateliers avec les médias", es: "Kit de incidencia; dos talleres con medios", pt: "Kit de advocacia; dois seminários com a comunicação social" },
  },
  needs_assessment: {
    step: "assessment",
    title: {
      en: "Technical support to the assessment-based national dialogue",
      fr: "Appui technique au dialogue national fondé sur l'évaluation",
      es: "Asistencia técnica al diálogo nacional basado en la evaluación",
      pt: "Assistência técnica ao diálogo nacional baseado na avaliação",
    },
    deliverables: { en: "Assessment matrix; validation workshop report", fr: "Matrice d'évaluation ; rapport de l'atelier de validation", es: "Matriz de evaluación; informe del taller de validación", pt: "Matriz de avaliação; relatório do seminário de validação" },
  },
  costing_modelling: {
    step: "costing_financing",
    title: {
      en: "RAP costing model and training of the costing team",
      fr: "Modèle de chiffrage RAP et formation de l'équipe de chiffrage",
      es: "Modelo de costeo RAP y capacitación del equipo de costeo",
      pt: "Modelo de custeio RAP e formação da equipa de custeio",
    },
    deliverables: { en: "Costing model (spreadsheet); costing report", fr: "Modèle de chiffrage (tableur) ; rapport de chiffrage", es: "Modelo de costeo (planilla); informe de costeo", pt: "Modelo de custeio (folha de cálculo); relatório de custeio" },
  },
  expenditure_review: {
    step: "costing_financing",
    title: {
      en: "Social protection expenditure and performance review (SPER)",
      fr: "Revue des dépenses et de la performance de la protection sociale (SPER)",
      es: "Revisión del gasto y desempeño de la protección social (SPER)",
      pt: "Revisão da despesa e do desempenho da protecção social (SPER)",
    },
    deliverables: { en: "SPER report", fr: "Rapport SPER", es: "Informe SPER", pt: "Relatório SPER" },
  },
  policy_legal_design: {
    step: "policy_options",
    title: {
      en: "Drafting support for the social protection framework law",
      fr: "Appui à la rédaction de la loi-cadre sur la protection sociale",
      es: "Apoyo a la redacción de la ley marco de protección social",
      pt: "Apoio à redacção da lei-quadro da protecção social",
    },
    deliverables: { en: "Draft bill; explanatory memorandum", fr: "Avant-projet de loi ; exposé des motifs", es: "Anteproyecto de ley; exposición de motivos", pt: "Anteprojecto de lei; exposição de motivos" },
  },
  monitoring_evaluation: {
    step: "monitoring",
    title: {
      en: "Setting up the monitoring and evaluation system",
      fr: "Mise en place du système de suivi-évaluation",
      es: "Puesta en marcha del sistema de seguimiento y evaluación",
      pt: "Criação do sistema de monitoria e avaliação",
    },
    deliverables: { en: "Indicator sheets; dashboard", fr: "Fiches d'indicateurs ; tableau de bord", es: "Fichas de indicadores; tablero", pt: "Fichas de indicadores; painel" },
  },
  training_capacity: {
    step: "support_needs",
    title: {
      en: "Capacity building for working group members",
      fr: "Renforcement des capacités des membres du groupe de travail",
      es: "Fortalecimiento de capacidades de la mesa de trabajo",
      pt: "Reforço de capacidades dos membros do grupo de trabalho",
    },
    deliverables: { en: "Two places at the ITC-ILO course; national follow-up workshop", fr: "Deux places au cours du CIF-OIT ; atelier national de restitution", es: "Dos plazas en el curso del CIF-OIT; taller nacional de réplica", pt: "Duas vagas no curso do CIF-OIT; seminário nacional de restituição" },
  },
  south_south_cooperation: {
    step: "policy_options",
    title: {
      en: "South-South exchange visit",
      fr: "Voyage d'échange Sud-Sud",
      es: "Visita de intercambio Sur-Sur",
      pt: "Visita de intercâmbio Sul-Sul",
    },
    deliverables: { en: "Visit report and lessons for the national design", fr: "Rapport de mission et leçons pour la conception nationale", es: "Informe de la visita y lecciones para el diseño nacional", pt: "Relatório da visita e lições para o desenho nacional" },
  },
};

/** Financial support: what the money pays for, and the step it serves. */
export const financialSupport: { step: string; title: Texts }[] = [
  {
    step: "assessment",
    title: {
      en: "Funding of the national validation workshops",
      fr: "Financement des ateliers nationaux de validation",
      es: "Financiamiento de los talleres nacionales de validación",
      pt: "Financiamento dos seminários nacionais de validação",
    },
  },
  {
    step: "assessment",
    title: {
      en: "Grant for a coverage module in the household survey",
      fr: "Subvention pour un module couverture dans l'enquête auprès des ménages",
      es: "Donación para un módulo de cobertura en la encuesta de hogares",
      pt: "Subvenção para um módulo de cobertura no inquérito aos agregados familiares",
    },
  },
  {
    step: "policy_options",
    title: {
      en: "Pilot top-up of cash transfers in two districts",
      fr: "Complément pilote de transferts monétaires dans deux districts",
      es: "Complemento piloto de transferencias monetarias en dos distritos",
      pt: "Complemento piloto de transferências monetárias em dois distritos",
    },
  },
  {
    step: "working_group",
    title: {
      en: "Support to the working group secretariat",
      fr: "Appui au secrétariat du groupe de travail",
      es: "Apoyo a la secretaría de la mesa de trabajo",
      pt: "Apoio ao secretariado do grupo de trabalho",
    },
  },
];

export const supportDescription: Texts = {
  en: "Agreed with the working group in {capital}; reported to the UN SPF country team every quarter.",
  fr: "Convenu avec le groupe de travail à {capital} ; compte rendu trimestriel à l'équipe pays des Nations Unies.",
  es: "Acordado con la mesa de trabajo en {capital}; informe trimestral al equipo de país de la ONU.",
  pt: "Acordado com o grupo de trabalho em {capital}; relatório trimestral à equipa país das Nações Unidas.",
};

/** One of a partner's sessions on the step under way, each its own entry (`sessionsOnStepUnderWay`). */
export const stepSession: { title: Texts; deliverables: Texts } = {
  title: {
    en: "Provincial session {number} of {count} with the {short} teams",
    fr: "Session provinciale {number} sur {count} avec les équipes de {short}",
    es: "Sesión provincial {number} de {count} con los equipos de {short}",
    pt: "Sessão provincial {number} de {count} com as equipas do {short}",
  },
  deliverables: {
    en: "Session report; list of participants",
    fr: "Rapport de session ; liste des participants",
    es: "Informe de la sesión; lista de participantes",
    pt: "Relatório da sessão; lista de participantes",
  },
};

/** What working groups ask for, by kind; a funding need carries an estimate in the country's currency. */
export const needTexts: { step: string; kind: "technical" | "funding"; category?: string; description: Texts }[] = [
  {
    step: "costing_financing",
    kind: "technical",
    category: "costing_modelling",
    description: {
      en: "Actuarial expertise to cost the extension of {scheme}",
      fr: "Expertise actuarielle pour chiffrer l'extension de la couverture ({short})",
      es: "Experticia actuarial para costear la ampliación de la cobertura ({short})",
      pt: "Perícia actuarial para custear o alargamento da cobertura ({short})",
    },
  },
  {
    step: "monitoring",
    kind: "technical",
    category: "monitoring_evaluation",
    description: {
      en: "Help to design the indicators and data flows of the monitoring system",
      fr: "Appui à la conception des indicateurs et des flux de données du suivi",
      es: "Apoyo para diseñar los indicadores y los flujos de datos del seguimiento",
      pt: "Apoio à concepção dos indicadores e dos fluxos de dados da monitoria",
    },
  },
  {
    step: "assessment",
    kind: "funding",
    description: {
      en: "Funds for the regional consultations (venues and participants' travel)",
      fr: "Fonds pour les consultations régionales (salles et déplacements des participants)",
      es: "Fondos para las consultas departamentales (locales y traslados de participantes)",
      pt: "Fundos para as consultas provinciais (salas e deslocações dos participantes)",
    },
  },
  {
    step: "support_needs",
    kind: "technical",
    category: "training_capacity",
    description: {
      en: "Training on social budgeting for Ministry of Finance staff",
      fr: "Formation au budget social pour les cadres du ministère des Finances",
      es: "Capacitación en presupuesto social para el personal del Ministerio de Hacienda",
      pt: "Formação em orçamento social para os quadros do Ministério das Finanças",
    },
  },
  {
    step: "policy_options",
    kind: "funding",
    description: {
      en: "Funding for a feasibility study of a universal old-age pension",
      fr: "Financement d'une étude de faisabilité d'une pension universelle de vieillesse",
      es: "Financiamiento de un estudio de factibilidad de una pensión universal de vejez",
      pt: "Financiamento de um estudo de viabilidade de uma pensão universal de velhice",
    },
  },
];

/** The SPF Initiative's generic key steps, as Socle ships them: version 1 of the framework, in four languages. */
import type { LocalizedText } from "../schema/common";

export type SeedStep = {
  key: string;
  title: LocalizedText;
  description: LocalizedText;
  requiresEvidence: boolean;
  subActivities: { key: string; title: LocalizedText }[];
};

export const frameworkV1: SeedStep[] = [
  {
    key: "stakeholders",
    requiresEvidence: false,
    title: {
      en: "Identify the key national stakeholders",
      fr: "Identifier les principales parties prenantes nationales",
      es: "Identificar a las principales partes interesadas nacionales",
      pt: "Identificar as principais partes interessadas nacionais",
    },
    description: {
      en: "Name the ministries, social security institutions, workers' and employers' organisations, NGOs, UN agencies and partners with a stake in the national floor.",
      fr: "Recenser les ministères, institutions de sécurité sociale, organisations de travailleurs et d'employeurs, ONG, agences des Nations Unies et partenaires concernés par le socle national.",
      es: "Determinar los ministerios, instituciones de seguridad social, organizaciones de trabajadores y de empleadores, ONG, organismos de las Naciones Unidas y socios interesados en el piso nacional.",
      pt: "Identificar os ministérios, instituições de segurança social, organizações de trabalhadores e de empregadores, ONG, agências das Nações Unidas e parceiros interessados no piso nacional.",
    },
    subActivities: [],
  },
  {
    key: "working_group",
    requiresEvidence: true,
    title: {
      en: "Set up the national SPF working group",
      fr: "Mettre en place le groupe de travail national sur le socle",
      es: "Constituir el grupo de trabajo nacional sobre el piso",
      pt: "Constituir o grupo de trabalho nacional sobre o piso",
    },
    description: {
      en: "Government, social partners and other stakeholders form the working group or task force, supported by a UN SPF country team.",
      fr: "Le gouvernement, les partenaires sociaux et les autres parties prenantes forment le groupe de travail, appuyés par une équipe pays des Nations Unies pour le socle.",
      es: "El gobierno, los interlocutores sociales y las demás partes interesadas forman el grupo de trabajo, con el apoyo de un equipo de país de las Naciones Unidas para el piso.",
      pt: "O governo, os parceiros sociais e as demais partes interessadas formam o grupo de trabalho, com o apoio de uma equipa de país das Nações Unidas para o piso.",
    },
    subActivities: [],
  },
  {
    key: "awareness",
    requiresEvidence: false,
    title: {
      en: "Raise awareness and build political will",
      fr: "Sensibiliser et susciter la volonté politique",
      es: "Sensibilizar y generar voluntad política",
      pt: "Sensibilizar e gerar vontade política",
    },
    description: {
      en: "Make the floor part of national, regional and global planning processes.",
      fr: "Intégrer le socle dans les processus de planification nationaux, régionaux et mondiaux.",
      es: "Integrar el piso en los procesos de planificación nacionales, regionales y mundiales.",
      pt: "Integrar o piso nos processos de planeamento nacionais, regionais e mundiais.",
    },
    subActivities: [],
  },
  {
    key: "assessment",
    requiresEvidence: true,
    title: {
      en: "Map the present situation (assessment)",
      fr: "Faire l'état des lieux (évaluation)",
      es: "Analizar la situación actual (evaluación)",
      pt: "Mapear a situação atual (avaliação)",
    },
    description: {
      en: "Take stock of the status quo before choosing what to change.",
      fr: "Dresser le bilan de la situation avant de choisir ce qu'il faut changer.",
      es: "Hacer un balance de la situación antes de decidir qué cambiar.",
      pt: "Fazer o balanço da situação antes de decidir o que mudar.",
    },
    subActivities: [
      {
        key: "political_institutional",
        title: {
          en: "Political and institutional analysis",
          fr: "Analyse politique et institutionnelle",
          es: "Análisis político e institucional",
          pt: "Análise política e institucional",
        },
      },
      {
        key: "coverage",
        title: {
          en: "Population covered and not covered by social protection",
          fr: "Population couverte et non couverte par la protection sociale",
          es: "Población cubierta y no cubierta por la protección social",
          pt: "População coberta e não coberta pela proteção social",
        },
      },
      {
        key: "economy_poverty",
        title: {
          en: "Macroeconomic data, household income and expenditure, poverty levels",
          fr: "Données macroéconomiques, revenus et dépenses des ménages, niveaux de pauvreté",
          es: "Datos macroeconómicos, ingresos y gastos de los hogares, niveles de pobreza",
          pt: "Dados macroeconómicos, rendimentos e despesas das famílias, níveis de pobreza",
        },
      },
      {
        key: "crisis_impact",
        title: {
          en: "Crisis impact assessment",
          fr: "Évaluation de l'impact de la crise",
          es: "Evaluación del impacto de la crisis",
          pt: "Avaliação do impacto da crise",
        },
      },
      {
        key: "crisis_measures",
        title: {
          en: "Inventory of measures already taken to mitigate the crisis",
          fr: "Inventaire des mesures déjà prises pour atténuer la crise",
          es: "Inventario de las medidas ya adoptadas para mitigar la crisis",
          pt: "Inventário das medidas já tomadas para atenuar a crise",
        },
      },
    ],
  },
  {
    key: "policy_options",
    requiresEvidence: false,
    title: {
      en: "Identify viable policy options",
      fr: "Définir des options politiques viables",
      es: "Definir opciones de política viables",
      pt: "Definir opções de política viáveis",
    },
    description: {
      en: "Turn the assessment into concrete proposals for progress.",
      fr: "Traduire l'état des lieux en propositions concrètes de progrès.",
      es: "Convertir la evaluación en propuestas concretas de avance.",
      pt: "Transformar a avaliação em propostas concretas de progresso.",
    },
    subActivities: [],
  },
  {
    key: "costing_financing",
    requiresEvidence: true,
    title: {
      en: "Assess cost and impact, and identify financing",
      fr: "Évaluer le coût et l'impact, et identifier les financements",
      es: "Evaluar el costo y el impacto, e identificar la financiación",
      pt: "Avaliar o custo e o impacto, e identificar o financiamento",
    },
    description: {
      en: "Compare the options with the status quo, cost them, and find the fiscal space and sources of financing.",
      fr: "Comparer les options à la situation actuelle, les chiffrer, et trouver l'espace budgétaire et les sources de financement.",
      es: "Comparar las opciones con la situación actual, costearlas y encontrar el espacio fiscal y las fuentes de financiación.",
      pt: "Comparar as opções com a situação atual, orçamentá-las e encontrar o espaço orçamental e as fontes de financiamento.",
    },
    subActivities: [],
  },
  {
    key: "monitoring",
    requiresEvidence: false,
    title: {
      en: "Put monitoring, evaluation and reporting in place",
      fr: "Mettre en place le suivi, l'évaluation et le rapport",
      es: "Establecer el seguimiento, la evaluación y la presentación de informes",
      pt: "Estabelecer o acompanhamento, a avaliação e a prestação de informação",
    },
    description: {
      en: "Agree how progress is measured, by whom, and how it is reported.",
      fr: "Convenir de la façon de mesurer les progrès, par qui, et de la façon d'en rendre compte.",
      es: "Acordar cómo se miden los avances, quién lo hace y cómo se informa.",
      pt: "Acordar como o progresso é medido, por quem, e como é comunicado.",
    },
    subActivities: [],
  },
  {
    key: "support_needs",
    requiresEvidence: false,
    title: {
      en: "Identify the technical and financial support needed",
      fr: "Identifier l'appui technique et financier nécessaire",
      es: "Determinar el apoyo técnico y financiero necesario",
      pt: "Identificar o apoio técnico e financeiro necessário",
    },
    description: {
      en: "Say what support the process needs to build national capacities, so partners can answer.",
      fr: "Préciser l'appui dont le processus a besoin pour renforcer les capacités nationales, afin que les partenaires puissent y répondre.",
      es: "Indicar qué apoyo necesita el proceso para fortalecer las capacidades nacionales, para que los socios puedan responder.",
      pt: "Indicar o apoio de que o processo precisa para reforçar as capacidades nacionais, para que os parceiros possam responder.",
    },
    subActivities: [],
  },
];

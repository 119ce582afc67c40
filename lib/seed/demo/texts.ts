/**
 * What the demo's people write, in the four languages working groups use: milestones per key step, sign-off
 * notes, review comments, support entries, needs and trainings. `{scheme}`, `{ministry}`, `{institution}`,
 * `{short}` (the scheme's short name), `{statistics}` and `{capital}` are filled from the country.
 */
export type DemoLanguage = "en" | "fr" | "es" | "pt";
type Texts = Record<DemoLanguage, string>;
type TextList = Record<DemoLanguage, string[]>;

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

/** What a milestone's description says: where it happened, who came, what follows. */
export const milestoneDescriptions: TextList = {
  en: [
    "Held in {capital} with the {ministry}, {institution} and the UN SPF country team. Next steps agreed; minutes circulated to members.",
    "Prepared by the technical secretariat and discussed in plenary. Comments from the social partners are included in the revised version.",
    "Two-day session in {capital}. The working group asked the secretariat to share the draft with the regional offices before the next meeting.",
  ],
  fr: [
    "Tenue à {capital} avec le {ministry}, {institution} et l'équipe pays des Nations Unies. Prochaines étapes convenues ; compte rendu transmis aux membres.",
    "Préparé par le secrétariat technique et examiné en plénière. Les observations des partenaires sociaux sont intégrées dans la version révisée.",
    "Session de deux jours à {capital}. Le groupe de travail a demandé au secrétariat de partager le projet avec les directions régionales avant la prochaine réunion.",
  ],
  es: [
    "Realizada en {capital} con el {ministry}, {institution} y el equipo de país de la ONU. Se acordaron los próximos pasos; el acta se envió a los miembros.",
    "Preparado por la secretaría técnica y discutido en plenaria. Los comentarios de los interlocutores sociales se incorporaron en la versión revisada.",
    "Jornada de dos días en {capital}. La mesa pidió a la secretaría compartir el borrador con las oficinas departamentales antes de la próxima reunión.",
  ],
  pt: [
    "Realizada em {capital} com o {ministry}, {institution} e a equipa país das Nações Unidas. Próximos passos acordados; acta enviada aos membros.",
    "Preparado pelo secretariado técnico e discutido em plenária. Os comentários dos parceiros sociais foram integrados na versão revista.",
    "Sessão de dois dias em {capital}. O grupo de trabalho pediu ao secretariado que partilhe o projecto com as direcções provinciais antes da próxima reunião.",
  ],
};

export const signOffNotes: TextList = {
  en: ["Validated by the working group in plenary; the final document is attached.", "Adopted by consensus; the signed version is attached."],
  fr: ["Validé par le groupe de travail en plénière ; le document final est joint.", "Adopté par consensus ; la version signée est jointe."],
  es: ["Validado por la mesa de trabajo en plenaria; se adjunta el documento final.", "Aprobado por consenso; se adjunta la versión firmada."],
  pt: ["Validado pelo grupo de trabalho em plenária; o documento final está anexado.", "Aprovado por consenso; a versão assinada está anexada."],
};

/** The lines of a generated evidence document, after its title. */
export const documentLines: TextList = {
  en: [
    "Prepared by the national social protection floor working group with the support of the UN SPF country team.",
    "This document records the working group's conclusions and the agreed next steps, with the institutions responsible for each.",
    "Demonstration document generated by Socle: it does not describe a real decision.",
  ],
  fr: [
    "Préparé par le groupe de travail national sur le socle de protection sociale avec l'appui de l'équipe pays des Nations Unies.",
    "Ce document consigne les conclusions du groupe de travail et les prochaines étapes convenues, avec les institutions responsables de chacune.",
    "Document de démonstration généré par Socle : il ne décrit pas une décision réelle.",
  ],
  es: [
    "Preparado por la mesa nacional del piso de protección social con el apoyo del equipo de país de las Naciones Unidas.",
    "Este documento recoge las conclusiones de la mesa y los próximos pasos acordados, con las instituciones responsables de cada uno.",
    "Documento de demostración generado por Socle: no describe una decisión real.",
  ],
  pt: [
    "Preparado pelo grupo de trabalho nacional do piso de protecção social com o apoio da equipa país das Nações Unidas.",
    "Este documento regista as conclusões do grupo de trabalho e os próximos passos acordados, com as instituições responsáveis por cada um.",
    "Documento de demonstração gerado pelo Socle: não descreve uma decisão real.",
  ],
};

export const minutesTitle: Texts = { en: "Minutes", fr: "Compte rendu", es: "Acta", pt: "Acta" };

/** What reviewers write: comments, requests for changes, validations; and the working group's answers. */
export const reviewTexts: { comment: TextList; changes: TextList; validated: TextList; answer: TextList } = {
  comment: {
    en: ["Thank you: could the next update say which regions took part?", "Useful progress. Please keep the list of participants with the minutes."],
    fr: ["Merci : la prochaine mise à jour pourrait-elle préciser les régions représentées ?", "Bonne avancée. Merci de garder la liste des participants avec le compte rendu."],
    es: ["Gracias: ¿la próxima actualización podría indicar qué departamentos participaron?", "Buen avance. Por favor conserven la lista de participantes junto con el acta."],
    pt: ["Obrigada: a próxima actualização poderia indicar as províncias representadas?", "Bom avanço. Por favor guardem a lista de participantes com a acta."],
  },
  changes: {
    en: ["Please attach the signed minutes: the draft alone cannot be validated.", "The date does not match the workshop report; please check and correct it."],
    fr: ["Merci de joindre le compte rendu signé : le projet seul ne peut pas être validé.", "La date ne correspond pas au rapport d'atelier ; merci de vérifier et de corriger."],
    es: ["Por favor adjunten el acta firmada: el borrador no puede validarse.", "La fecha no coincide con el informe del taller; por favor revisen y corrijan."],
    pt: ["Por favor anexem a acta assinada: o projecto não pode ser validado.", "A data não coincide com o relatório do seminário; por favor verifiquem e corrijam."],
  },
  validated: {
    en: ["Validated: well documented.", "Validated. A good example for other countries."],
    fr: ["Validé : bien documenté.", "Validé. Un bon exemple pour les autres pays."],
    es: ["Validado: bien documentado.", "Validado. Un buen ejemplo para otros países."],
    pt: ["Validado: bem documentado.", "Validado. Um bom exemplo para outros países."],
  },
  answer: {
    en: ["Corrected, and the signed version is now attached.", "Done: the date is fixed and the report added."],
    fr: ["Corrigé, la version signée est maintenant jointe.", "C'est fait : la date est corrigée et le rapport ajouté."],
    es: ["Corregido; ya se adjuntó la versión firmada.", "Listo: la fecha está corregida y el informe añadido."],
    pt: ["Corrigido; a versão assinada já está anexada.", "Feito: a data foi corrigida e o relatório adicionado."],
  },
};

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

/** Courses the training institutions the seed names give, in the languages they are given in. */
export const courses: { institution: string; title: Texts; days: number }[] = [
  {
    institution: "itc-ilo-turin",
    title: {
      en: "Social protection floors: from design to implementation",
      fr: "Socles de protection sociale : de la conception à la mise en œuvre",
      es: "Pisos de protección social: del diseño a la implementación",
      pt: "Pisos de protecção social: da concepção à implementação",
    },
    days: 10,
  },
  {
    institution: "itc-ilo-turin",
    title: { en: "Academy on Social Security", fr: "Académie sur la sécurité sociale", es: "Academia sobre Seguridad Social", pt: "Academia sobre Segurança Social" },
    days: 12,
  },
  {
    institution: "maastricht-university",
    title: {
      en: "Quantitative methods for social protection policy",
      fr: "Méthodes quantitatives pour les politiques de protection sociale",
      es: "Métodos cuantitativos para políticas de protección social",
      pt: "Métodos quantitativos para políticas de protecção social",
    },
    days: 5,
  },
  {
    institution: "university-of-lausanne",
    title: { en: "Social budgeting and fiscal space", fr: "Budget social et espace budgétaire", es: "Presupuesto social y espacio fiscal", pt: "Orçamento social e espaço fiscal" },
    days: 5,
  },
  {
    institution: "university-of-mauritius",
    title: {
      en: "Extending social protection in Africa",
      fr: "Étendre la protection sociale en Afrique",
      es: "Extender la protección social en África",
      pt: "Alargar a protecção social em África",
    },
    days: 5,
  },
];

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

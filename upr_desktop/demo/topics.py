"""What the demo's recommendations are about: topics with themes, SDGs and phrases in UPR style."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    """One subject recommending States raise, with the phrases they use for it.

    ``aims`` are infinitive phrases ("combat trafficking in persons") that general openers
    ("Take effective measures to ...") complete; ``specifics`` are whole specific-action
    recommendations (action category 5); ``noted`` is how likely a State under Review is to
    note rather than support a recommendation on it (0 to 1); ``weight`` how often it comes up.
    """

    key: str
    themes: tuple[str, ...]
    aims: tuple[str, ...]
    specifics: tuple[str, ...] = ()
    noted: float = 0.1
    weight: float = 1.0
    sdgs: tuple[str, ...] = ()
    affected: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()


TOPICS: tuple[Topic, ...] = (
    Topic(
        "cat", ("International instruments", "Torture and other CID treatment"),
        aims=("complete the process of ratifying the Optional Protocol to the Convention against Torture",
              "bring its domestic legislation into line with the Convention against Torture"),
        specifics=("Ratify the Optional Protocol to the Convention against Torture",
                   "Ratify the Optional Protocol to the Convention against Torture and establish a national preventive mechanism",
                   "Accede to the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"),
        noted=0.55, weight=1.6, sdgs=("16.3", "16.a"), affected=("persons deprived of their liberty",),
    ),
    Topic(
        "torture-law", ("Torture and other CID treatment", "Impunity"),
        aims=("criminalize torture and enforced disappearance in its domestic law",
              "ensure that all allegations of torture and ill-treatment are promptly and impartially investigated",
              "prevent torture and ill-treatment in places of detention"),
        specifics=("Adopt the draft Prevention and Suppression of Torture and Enforced Disappearance Act without delay",
                   "Define and criminalize torture in the Criminal Code in accordance with article 1 of the Convention against Torture",
                   "Establish an independent body to investigate complaints of torture by security forces"),
        noted=0.2, weight=1.5, sdgs=("16.3", "16.a"), affected=("persons deprived of their liberty", "law enforcement / police officials"),
        qualifiers=("in line with its obligations under the Convention against Torture", "and bring perpetrators to justice"),
    ),
    Topic(
        "ced", ("International instruments", "Enforced disappearances"),
        aims=("ratify the International Convention for the Protection of All Persons from Enforced Disappearance",
              "investigate all cases of enforced disappearance and provide remedies to the families of victims"),
        specifics=("Ratify the International Convention for the Protection of All Persons from Enforced Disappearance, which it signed in 2012",
                   "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance and recognize the competence of the Committee"),
        noted=0.55, weight=1.3, sdgs=("16.3", "16.10"), affected=("disappeared persons", "human rights defenders"),
    ),
    Topic(
        "death-penalty", ("Death penalty",),
        aims=("move towards the abolition of the death penalty",
              "reduce the number of crimes punishable by death",
              "commute all existing death sentences to terms of imprisonment"),
        specifics=("Establish an official moratorium on executions with a view to abolishing the death penalty",
                   "Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
                   "Remove the mandatory death penalty for drug-related offences",
                   "Abolish the death penalty for all crimes"),
        noted=0.75, weight=2.0, sdgs=("16.1",), affected=("persons deprived of their liberty",),
        qualifiers=("as recommended during the first cycle", "in line with the global trend"),
    ),
    Topic(
        "lese-majeste", ("Freedom of opinion and expression", "Justice"),
        aims=("review article 112 of the Criminal Code so that it complies with article 19 of the International Covenant on Civil and Political Rights",
              "ensure that legal provisions on defamation and lèse-majesté are not used to silence critics"),
        specifics=("Amend article 112 of the Criminal Code on lèse-majesté to bring it into conformity with international human rights standards",
                   "Release all persons detained solely for the peaceful exercise of their right to freedom of expression under article 112 of the Criminal Code",
                   "Decriminalize defamation and make it a civil offence"),
        noted=0.85, weight=1.6, sdgs=("16.10",), affected=("human rights defenders", "media"),
    ),
    Topic(
        "expression", ("Freedom of opinion and expression", "Freedom of the press"),
        aims=("guarantee the right to freedom of opinion and expression, both online and offline",
              "create a safe environment for journalists and media workers",
              "ensure that the Computer Crimes Act is not used to restrict legitimate expression"),
        specifics=("Amend the Computer Crimes Act so that it does not restrict freedom of expression online",
                   "Lift the restrictions on political activities and public gatherings imposed by the National Council for Peace and Order"),
        noted=0.5, weight=1.8, sdgs=("16.10",), affected=("media", "human rights defenders"),
        qualifiers=("in line with article 19 of the International Covenant on Civil and Political Rights",),
    ),
    Topic(
        "assembly", ("Freedom of association and peaceful assembly", "Civil society"),
        aims=("guarantee the rights to freedom of peaceful assembly and of association",
              "ensure an enabling environment for civil society organizations"),
        specifics=("Review the Public Assembly Act so that it complies with international human rights standards",
                   "Repeal the orders of the National Council for Peace and Order that restrict political gatherings of more than five persons"),
        noted=0.55, weight=1.2, sdgs=("16.7", "16.10"), affected=("human rights defenders",),
    ),
    Topic(
        "hrd", ("Human rights defenders", "Civil society"),
        aims=("protect human rights defenders from harassment, threats and reprisals",
              "investigate all attacks against human rights defenders and bring those responsible to justice",
              "prevent strategic lawsuits against public participation directed at human rights defenders"),
        specifics=("Adopt a law on the protection of human rights defenders in consultation with civil society",
                   "Ensure independent investigations into the disappearance of human rights defender Somchai Neelapaijit"),
        noted=0.3, weight=1.4, sdgs=("16.10",), affected=("human rights defenders",),
    ),
    Topic(
        "military-courts", ("Justice", "Public security"),
        aims=("ensure that civilians are not tried before military courts",
              "guarantee the right to a fair trial for all persons charged with an offence"),
        specifics=("End the prosecution of civilians in military courts and transfer all pending cases to civilian courts",
                   "Revoke section 44 of the interim Constitution"),
        noted=0.7, weight=1.0, sdgs=("16.3",), affected=("judges, lawyers and prosecutors",),
    ),
    Topic(
        "elections", ("Elections", "CP rights - general"),
        aims=("hold free, fair and inclusive elections as soon as possible",
              "restore civilian democratic rule within the announced timeframe"),
        specifics=("Hold a general election in accordance with the road map announced by the Government",),
        noted=0.35, weight=0.8, sdgs=("16.7",),
    ),
    Topic(
        "trafficking", ("Trafficking", "Labour"),
        aims=("combat trafficking in persons, in particular women and children",
              "strengthen the identification of victims of trafficking and their access to protection",
              "prosecute and punish officials complicit in trafficking in persons",
              "eliminate forced labour in the fishing industry"),
        specifics=("Ratify the Protocol of 2014 to the Forced Labour Convention, 1930 of the International Labour Organization",
                   "Fully implement the Anti-Trafficking in Persons Act and allocate adequate resources to its enforcement"),
        noted=0.05, weight=2.6, sdgs=("5.2", "8.7", "16.2"), affected=("women & girls", "children", "migrants"),
        qualifiers=("including through regional cooperation within ASEAN", "with a victim-centred approach"),
    ),
    Topic(
        "migrants", ("Migrants", "Labour"),
        aims=("protect the rights of migrant workers, regardless of their status",
              "ensure that migrant workers have access to health care, social security and justice",
              "simplify the registration procedures for migrant workers"),
        specifics=("Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
                   "Ratify ILO Conventions No. 87 and No. 98 on freedom of association and collective bargaining"),
        noted=0.3, weight=1.8, sdgs=("8.8", "10.7"), affected=("migrants",),
        qualifiers=("including domestic workers and workers in the fishing sector",),
    ),
    Topic(
        "refugees", ("Asylum-seekers - refugees", "International instruments"),
        aims=("respect the principle of non-refoulement in all circumstances",
              "establish a legal framework for the protection of refugees and asylum-seekers",
              "end the detention of refugee and asylum-seeking children for immigration purposes"),
        specifics=("Accede to the 1951 Convention relating to the Status of Refugees and its 1967 Protocol",
                   "Adopt a national screening mechanism to identify refugees and asylum-seekers"),
        noted=0.55, weight=1.4, sdgs=("10.7",), affected=("refugees & asylum seekers", "children"),
    ),
    Topic(
        "stateless", ("Statelessness", "Rights of the Child"),
        aims=("reduce statelessness, in particular among ethnic minorities in the highlands",
              "ensure universal birth registration for all children born in the country"),
        specifics=("Accede to the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness",),
        noted=0.3, weight=1.0, sdgs=("16.9",), affected=("stateless persons", "children", "indigenous peoples"),
    ),
    Topic(
        "women", ("Women's rights",),
        aims=("promote gender equality and the empowerment of women",
              "increase the participation of women in political and public life",
              "eliminate discriminatory stereotypes about the roles of women and men"),
        specifics=("Implement the Gender Equality Act of 2015 effectively and remove the exception clause in its section 17",
                   "Adopt a national action plan on women, peace and security"),
        noted=0.05, weight=2.0, sdgs=("5.1", "5.5"), affected=("women & girls",),
        qualifiers=("including in decision-making positions", "particularly in rural areas"),
    ),
    Topic(
        "gbv", ("Women's rights", "Rights of the Child"),
        aims=("combat violence against women and children, including domestic violence",
              "ensure that victims of gender-based violence have access to shelters and legal aid",
              "prevent and punish sexual violence against women and girls"),
        specifics=("Amend the Protection of Domestic Violence Victims Act so that it prioritizes the safety of victims over reconciliation",
                   "Criminalize marital rape in all circumstances"),
        noted=0.1, weight=1.7, sdgs=("5.2", "16.1"), affected=("women & girls", "children"),
    ),
    Topic(
        "children", ("Rights of the Child",),
        aims=("protect children from all forms of violence, abuse and exploitation",
              "eliminate the worst forms of child labour",
              "prohibit corporal punishment of children in all settings"),
        specifics=("Raise the minimum age of criminal responsibility in line with international standards",
                   "Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure"),
        noted=0.1, weight=1.8, sdgs=("16.2", "8.7"), affected=("children",),
    ),
    Topic(
        "juvenile", ("Juvenile justice", "Rights of the Child"),
        aims=("develop alternatives to detention for children in conflict with the law",
              "ensure that children are detained separately from adults"),
        noted=0.1, weight=0.6, sdgs=("16.3",), affected=("children", "persons deprived of their liberty"),
    ),
    Topic(
        "education", ("Right to education",),
        aims=("ensure access to quality education for all children, including migrant and stateless children",
              "reduce disparities in the quality of education between urban and rural areas",
              "integrate human rights education in the school curricula"),
        specifics=("Extend free and compulsory education to fifteen years",),
        noted=0.02, weight=1.8, sdgs=("4.1", "4.5"), affected=("children", "persons living in rural areas"),
        qualifiers=("particularly in remote areas",),
    ),
    Topic(
        "health", ("Right to health",),
        aims=("strengthen the universal health coverage scheme",
              "ensure access to health services for migrants and stateless persons",
              "reduce maternal mortality and teenage pregnancies"),
        specifics=("Extend the universal health coverage scheme to all persons living in the country, including undocumented migrants",),
        noted=0.03, weight=1.5, sdgs=("3.7", "3.8"), affected=("general", "migrants"),
    ),
    Topic(
        "hiv", ("HIV - Aids", "Right to health"),
        aims=("end discrimination against persons living with HIV/AIDS",),
        noted=0.05, weight=0.5, sdgs=("3.3",), affected=("persons living with HIV/AIDS",),
    ),
    Topic(
        "disability", ("Disabilities",),
        aims=("promote the rights of persons with disabilities and their inclusion in society",
              "ensure access to inclusive education for children with disabilities",
              "improve the accessibility of public buildings and transport"),
        specifics=("Ratify the Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind",),
        noted=0.02, weight=1.1, sdgs=("4.5", "10.2", "11.2"), affected=("persons with disabilities",),
    ),
    Topic(
        "older", ("ESC rights - general",),
        aims=("strengthen social protection for older persons",),
        noted=0.05, weight=0.5, sdgs=("1.3",), affected=("older persons",),
    ),
    Topic(
        "poverty", ("Poverty", "Development"),
        aims=("reduce poverty and income inequality",
              "pursue its sustainable development policies, with a focus on the most vulnerable",
              "implement the philosophy of the sufficiency economy in its development plans"),
        noted=0.02, weight=1.5, sdgs=("1.2", "10.1"), affected=("persons living in poverty", "persons living in rural areas"),
        qualifiers=("in line with the 2030 Agenda for Sustainable Development",),
    ),
    Topic(
        "land", ("Right to land", "Indigenous peoples"),
        aims=("ensure that the rights of local communities are respected in land and forest management",
              "end forced evictions of communities living in forest areas"),
        specifics=("Review the forest reclamation orders of the National Council for Peace and Order",),
        noted=0.4, weight=0.9, sdgs=("1.4", "15.1"), affected=("indigenous peoples", "persons living in rural areas"),
    ),
    Topic(
        "environment", ("Environment", "Business & Human rights"),
        aims=("carry out human rights impact assessments of large development projects",
              "ensure meaningful consultation with communities affected by mining and infrastructure projects"),
        noted=0.15, weight=0.9, sdgs=("12.4", "16.7"), affected=("persons living in rural areas",),
    ),
    Topic(
        "business", ("Business & Human rights",),
        aims=("implement the United Nations Guiding Principles on Business and Human Rights",
              "hold businesses accountable for human rights abuses in their supply chains"),
        specifics=("Adopt a national action plan on business and human rights",),
        noted=0.03, weight=1.0, sdgs=("8.8", "12.6"),
    ),
    Topic(
        "indigenous", ("Indigenous peoples", "Minorities"),
        aims=("recognize and protect the rights of indigenous peoples and ethnic groups",
              "ensure that ethnic minorities enjoy their cultural rights without discrimination"),
        noted=0.35, weight=0.8, sdgs=("10.2",), affected=("indigenous peoples", "minorities/ racial, ethnic, linguistic, religious or descent-based groups"),
    ),
    Topic(
        "sogi", ("Sexual Orientation and Gender Identity",),
        aims=("combat discrimination and violence on the basis of sexual orientation and gender identity",
              "ensure legal recognition of the gender identity of transgender persons"),
        specifics=("Adopt the draft Civil Partnership Act in consultation with the LGBTI community",),
        noted=0.3, weight=0.9, sdgs=("10.3",), affected=("lesbian, gay, bisexual, transgender and intersex persons",),
    ),
    Topic(
        "nhri", ("NHRI",),
        aims=("strengthen the independence of the National Human Rights Commission in line with the Paris Principles",
              "provide the National Human Rights Commission with adequate human and financial resources"),
        specifics=("Amend the selection process of the National Human Rights Commission so that it is transparent and participatory, with a view to regaining A status",),
        noted=0.05, weight=1.3, sdgs=("16.a",),
    ),
    Topic(
        "nap", ("National plan of action", "Human rights education and training"),
        aims=("implement its third National Human Rights Plan",
              "strengthen human rights training for law enforcement officials, judges and prosecutors"),
        noted=0.02, weight=1.1, sdgs=("4.7", "16.a"), affected=("law enforcement / police officials", "judges, lawyers and prosecutors"),
    ),
    Topic(
        "south", ("Public security", "Impunity", "Human rights violations by state agents"),
        aims=("ensure accountability for human rights violations committed by security forces in the southern border provinces",
              "continue the peace dialogue in the southern border provinces, with the participation of women and civil society",
              "review special security laws applied in the southern border provinces"),
        specifics=("Repeal or amend the Emergency Decree on Public Administration in Emergency Situations to ensure compliance with international standards",),
        noted=0.45, weight=1.4, sdgs=("16.1", "16.3"), affected=("minorities/ racial, ethnic, linguistic, religious or descent-based groups",),
    ),
    Topic(
        "detention", ("Detention",),
        aims=("improve conditions of detention and reduce overcrowding in prisons",
              "apply the United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders"),
        noted=0.05, weight=1.0, sdgs=("16.3",), affected=("persons deprived of their liberty",),
    ),
    Topic(
        "corruption", ("Corruption",),
        aims=("combat corruption at all levels of public administration",),
        noted=0.02, weight=0.6, sdgs=("16.5",), affected=("public officials",),
    ),
    Topic(
        "treaty-bodies", ("Treaty bodies", "Cooperation with OHCHR"),
        aims=("submit its overdue reports to the treaty bodies",
              "cooperate fully with the United Nations human rights mechanisms"),
        noted=0.05, weight=0.8, sdgs=("17.18",),
    ),
    Topic(
        "special-procedures", ("Special procedures",),
        aims=("respond positively to the pending visit requests of the special procedures",),
        specifics=("Extend a standing invitation to all special procedures of the Human Rights Council",),
        noted=0.45, weight=0.9,
    ),
    Topic(
        "icc", ("International instruments", "International humanitarian law"),
        aims=("align its national legislation with the Rome Statute of the International Criminal Court",),
        specifics=("Ratify the Rome Statute of the International Criminal Court",),
        noted=0.8, weight=0.9,
    ),
    Topic(
        "religion", ("Freedom of religion and belief", "Racial discrimination"),
        aims=("promote interfaith dialogue and tolerance",
              "combat all forms of racial discrimination and hate speech"),
        noted=0.05, weight=0.7, sdgs=("16.b",), affected=("minorities/ racial, ethnic, linguistic, religious or descent-based groups",),
    ),
    Topic(
        "food-water", ("Right to food", "Right to water", "ESC rights - general"),
        aims=("ensure food security and access to safe drinking water for all",),
        noted=0.02, weight=0.6, sdgs=("2.1", "6.1"), affected=("persons living in rural areas",),
    ),
    Topic(
        "housing", ("Right to housing",),
        aims=("provide adequate and affordable housing for low-income families",),
        noted=0.05, weight=0.4, sdgs=("11.1",), affected=("persons living in poverty",),
    ),
    Topic(
        "upr", ("UPR process", "Civil society"),
        aims=("involve civil society in the follow-up to the universal periodic review",
              "share its experience of the implementation of recommendations with other countries"),
        noted=0.02, weight=0.6, sdgs=("17.16",),
    ),
)

"""The demo coalition: fictional member groups, the government bodies they meet, and what they write."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoGroup:
    acronym: str
    name: str
    region: str
    focal_point: str
    contact_details: str
    themes: tuple[str, ...]  # the UPR Info issues the group follows


# Every organisation and person here is invented for training.
GROUPS: tuple[DemoGroup, ...] = (
    DemoGroup("ILCN", "Isan Land and Community Network (เครือข่ายที่ดินชุมชนอีสาน)", "Northeastern", "Pimchanok Srisuk",
              "pimchanok@ilcn.example.org, +66 43 000 101",
              ("Right to land", "Environment", "Poverty", "Development", "Right to food", "Right to water", "Right to housing")),
    DemoGroup("MWSC", "Migrant Workers Solidarity Centre", "Central", "Aung Min Thu",
              "aung@mwsc.example.org, +66 34 000 202",
              ("Migrants", "Labour", "Trafficking", "Asylum-seekers - refugees", "Business & Human rights")),
    DemoGroup("SPJF", "Southern Peace and Justice Forum", "Southern", "Rohana Mahamad",
              "rohana@spjf.example.org, +66 73 000 303",
              ("Public security", "Impunity", "Human rights violations by state agents", "Torture and other CID treatment",
               "Enforced disappearances", "Freedom of religion and belief", "Racial discrimination")),
    DemoGroup("LWAN", "Lanna Women's Action Network", "Northern", "Duangporn Inthawong",
              "duangporn@lwan.example.org, +66 53 000 404",
              ("Women's rights", "Trafficking", "Sexual Orientation and Gender Identity")),
    DemoGroup("CFF", "Children First Foundation", "Bangkok", "Kittipong Chaiyasit",
              "kittipong@cff.example.org, +66 2 000 0505",
              ("Rights of the Child", "Juvenile justice", "Right to education", "Statelessness")),
    DemoGroup("FEW", "Free Expression Watch", "Bangkok", "Natthaya Boonmee",
              "natthaya@few.example.org, +66 2 000 0606",
              ("Freedom of opinion and expression", "Freedom of the press", "Freedom of association and peaceful assembly",
               "Human rights defenders", "Elections", "CP rights - general", "Civil society")),
    DemoGroup("HPC", "Highland Peoples' Council", "Northern", "Ayu Chermue",
              "ayu@hpc.example.org, +66 53 000 707",
              ("Indigenous peoples", "Minorities", "Statelessness", "Right to land")),
    DemoGroup("JRC", "Justice Reform Collective", "Bangkok", "Thanawat Rattanakorn",
              "thanawat@jrc.example.org, +66 2 000 0808",
              ("Death penalty", "Detention", "Justice", "Torture and other CID treatment", "International instruments",
               "Corruption", "International humanitarian law")),
    DemoGroup("REA", "Rainbow Equality Alliance", "Bangkok", "Chanida Phromma",
              "chanida@rea.example.org, +66 2 000 0909",
              ("Sexual Orientation and Gender Identity", "HIV - Aids", "Right to health")),
    DemoGroup("EDRN", "Eastern Disability Rights Network", "Eastern", "Somsak Kaewkla",
              "somsak@edrn.example.org, +66 38 000 110",
              ("Disabilities", "Right to health", "ESC rights - general")),
    DemoGroup("UPRS", "Coalition Secretariat (UPR Watch Thailand)", "Bangkok", "Malee Thongdee",
              "secretariat@uprwatch.example.org, +66 2 000 0111",
              ("NHRI", "National plan of action", "Treaty bodies", "Special procedures", "Cooperation with OHCHR",
               "UPR process", "Human rights education and training", "Technical assistance and cooperation")),
)

# Government bodies the coalition meets, with the themes each is responsible for.
GOVERNMENT_BODIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Rights and Liberties Protection Department, Ministry of Justice",
     ("National plan of action", "NHRI", "Torture and other CID treatment", "Enforced disappearances", "UPR process",
      "Business & Human rights", "Human rights defenders")),
    ("Ministry of Justice", ("Death penalty", "Detention", "Justice", "Juvenile justice", "Corruption")),
    ("Ministry of Foreign Affairs", ("International instruments", "Treaty bodies", "Special procedures", "Cooperation with OHCHR",
                                     "Asylum-seekers - refugees", "UPR process")),
    ("Ministry of Labour", ("Labour", "Migrants", "Trafficking")),
    ("Ministry of Social Development and Human Security", ("Women's rights", "Trafficking", "Disabilities", "Rights of the Child",
                                                           "ESC rights - general", "Sexual Orientation and Gender Identity")),
    ("Ministry of Interior", ("Statelessness", "Migrants", "Right to land", "Indigenous peoples", "Elections")),
    ("Internal Security Operations Command, Region 4", ("Public security", "Impunity", "Human rights violations by state agents")),
    ("Ministry of Education", ("Right to education", "Human rights education and training")),
    ("Ministry of Public Health", ("Right to health", "HIV - Aids")),
    ("Ministry of Natural Resources and Environment", ("Environment", "Right to land", "Right to water")),
    ("Royal Thai Police", ("Trafficking", "Freedom of association and peaceful assembly", "Human rights defenders")),
)

OFFICIALS = (
    "Director, International Human Rights Division", "Deputy Director-General", "Head of the Policy and Planning Division",
    "Legal officer", "Senior adviser to the Minister", "Chief of the Human Rights Protection Section",
    "Permanent Secretary's office representative", "Police Colonel, Anti-Human Trafficking Division",
)
OFFICIAL_NAMES = (
    "Ms. Suda W.", "Mr. Prasert K.", "Ms. Orawan T.", "Pol. Col. Wichai S.", "Mr. Anucha P.", "Ms. Jintana R.",
    "Mr. Somkiat L.", "Ms. Ratana C.",
)

SUMMARIES = (
    "The coalition presented its mid-term findings on {themes} and asked for the Government's implementation plan.",
    "Discussion of the draft {theme} measures; officials shared the timeline and invited written comments.",
    "Follow-up to the previous meeting: progress on {themes} reviewed recommendation by recommendation.",
    "Joint workshop with officials and member groups on monitoring indicators for {themes}.",
    "The coalition raised cases documented in the field concerning {theme}; officials agreed to look into them.",
    "ประชุมหารือเรื่อง {theme} กับหน่วยงานรัฐ (meeting notes in Thai kept by the member group).",
)
COMMITMENTS = (
    "The Department will share the draft action plan with the coalition before it goes to Cabinet.",
    "Officials committed to a second meeting within three months and to provide statistics.",
    "The Ministry will invite two coalition representatives to the drafting committee.",
    "No commitment was made; the Ministry will reply in writing.",
    "The Government will consult the coalition on the next national report.",
)

EVIDENCE: dict[str, tuple[str, ...]] = {
    "fully-implemented": (
        "The law was published in the Royal Gazette and entered into force; implementing regulations are in place.",
        "The Cabinet approved the measure and the budget line appears in the fiscal year allocation.",
        "The instrument of ratification was deposited with the Secretary-General.",
        "Member groups confirmed in field visits that the programme now reaches the communities concerned.",
    ),
    "partially-implemented": (
        "A draft bill was approved in principle by the Cabinet but has not yet been adopted by the legislature.",
        "A pilot programme started in three provinces; no nationwide roll-out yet.",
        "Guidelines were issued but officials interviewed were not aware of them.",
        "Some training took place; the coalition could not confirm any change in practice.",
        "The national action plan mentions the issue, without a budget or timeline.",
    ),
    "not-implemented": (
        "No step taken; officials said the matter is not a priority for this term.",
        "The Government's position has not changed since the review.",
        "The draft law was withdrawn for further study and no new text has been published.",
        "Cases documented by member groups show the practice continues.",
    ),
    "unknown": (
        "No public information available; a request for information is pending.",
        "Conflicting statements from two ministries; the coalition will follow up.",
    ),
}
SOURCES = (
    "Royal Gazette", "Cabinet resolution", "Ministry press release", "Meeting with officials", "Field monitoring",
    "Interviews with affected communities", "National Human Rights Commission annual report", "News reports",
    "Government mid-term report",
)

ACTIONS = (
    "Send the coalition's written comments on the draft {theme} bill",
    "Request statistics on {theme} from the Ministry",
    "Prepare a shadow report section on {theme}",
    "Organise a provincial consultation on {theme}",
    "Follow up in writing on the commitments made at the meeting",
    "Brief embassies of recommending States on {theme}",
    "Collect case documentation on {theme} from member groups",
    "Translate the recommendations on {theme} into Thai for community meetings",
)

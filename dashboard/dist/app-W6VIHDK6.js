var od=Object.defineProperty;var id=(e,t,n)=>t in e?od(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n;var Rt=(e,t,n)=>id(e,typeof t!="symbol"?t+"":t,n);var ye,is,ad,hn,ki,yo,as,mo,ss,Ai,xi,sd,Lr=Symbol.for("pv"),vo={},_o=[],ld=/^m(i|n|o|s|text|space)$/,Ti=Array.isArray,ls=_o.slice,Mn=Object.assign;function Rn(e){e&&e.parentNode&&e.remove()}function go(e,t,n,r,i){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Lr,__v:i||++is,__i:-1,__u:0};return!i&&ye.vnode&&ye.vnode(s),s}function ve(e){return e.children}function ho(e,t){this.props=e,this.context=t,this.__g=0}function bn(e,t){if(t==null)return e.__&&bn(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!="function"||e.props.__P?null:bn(e)}function ud(e){var t,n=e.__v,r=n.__e,i=[],s=[],u=e.__P;u&&((t=Mn({constructor:Lr},n)).__v=n.__v+1,ye.vnode&&ye.vnode(t),Ni(u,t,n,e.__n,u.namespaceURI,32&n.__u?[r]:null,i,r||bn(n),32&n.__u,s),t.__v=n.__v,t.__.__k[t.__i]=t,ms(i,t,s),n.__=n.__e=null,t.__e!=r&&us(t))}function us(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),us(e)}function rs(e){(8&e.__g||(e.__g|=8,hn.push(e),yo++))&&ki==ye.debounceRendering||((ki=ye.debounceRendering)||queueMicrotask)(cs)}function cs(){try{for(var e,t=1;hn.length;)hn.length>t&&hn.sort(as),e=hn.shift(),t=hn.length,8&e.__g&&ud(e)}finally{(yo=hn.length)&&(ki||queueMicrotask)(cs)}}function ds(e,t,n,r,i,s,u,c,p,m,g){var b,h,y,w,x,D,E=r.__k||_o,S=t.length;for(p=cd(n,t,E,p,S),b=0;b<S;b++)(y=n.__k[b])!=null&&(h=~y.__i&&E[y.__i]||vo,y.__i=b,D=Ni(e,y,h,i,s,u,c,p,m,g),w=y.__e,(h.ref!=y.ref||8&h.__u)&&(h.ref&&Ei(h.ref,null,y,h),y.ref&&g.push(y.ref,y.__c||w,y)),x=x||w,4&y.__u?(p=ps(y,p,e,!h.__v),h.__e&&(h.__e=null)):typeof y.type=="function"&&D!==void 0?p=D:w&&(p=w.nextSibling),y.__u&=-21);return n.__e=x,p}function cd(e,t,n,r,i){var s,u,c,p,m,g,b,h,y,w=n.length,x=w,D=0,E=0,S=e.__k=Array(i);for(s=0;s<i;s++)(u=t[s])!=null&&typeof u!="boolean"&&typeof u!="function"?(typeof u!="object"||u.constructor===String?u=S[s]=go(null,u):Ti(u)?u=S[s]=go(ve,{children:u}):u.constructor===Lr&&u.__b?u=S[s]=go(u.type,u.props,u.key,u.ref,u.__v):S[s]=u,p=s+D,u.__=e,u.__b=e.__b+1,c=null,~(m=u.__i=dd(u,n,p,x))&&(x--,(c=n[m])&&(c.__u|=2)),c&&c.__v?(u.__u|=16,m==p-1?D--:m==p+1?D++:m!=p&&(m>p?D--:D++,E=1)):(~m||(i>w?D--:i<w&&D++),typeof u.type!="function"&&(u.__u|=4))):S[s]=null;if(E){for(g=[],b=[],s=0;s<i;s++)if((u=S[s])&&16&u.__u){for(D=0,h=g.length;D<h;)g[y=D+h>>1]<u.__i?D=y+1:h=y;g[D]=u.__i,b[s]=D+1}for(D=g.length;s--;)b[s]&&(b[s]==D?D--:S[s].__u|=4)}if(x)for(s=0;s<w;s++)!(c=n[s])||2&c.__u||(c.__e==r&&(r=bn(c)),Ci(c,c));return r}function ps(e,t,n,r){var i,s,u,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(i=e.__k)for(s=0;s<i.length;s++)i[s]&&(i[s].__=e,t=ps(i[s],t,n,!1));return t}for(t&&!t.parentNode&&(t=bn(e))&&!t.parentNode&&(t=null),u=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(u!=c&&(!r&&n.moveBefore&&u.parentNode?n.moveBefore(u,t):n.insertBefore(u,t||null)),t=u;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function dd(e,t,n,r){var i,s=e.key,u=e.type,c=t[n],p=c&&!(2&c.__u);if(c===null&&s==null||p&&s==c.key&&u==c.type)return n;if(r>(p?1:0)){for(i=n-1;i>=0;i--)if((c=t[i])&&!(2&c.__u)&&s==c.key&&u==c.type)return i;for(i=n+1;i<t.length;i++)if((c=t[i])&&!(2&c.__u)&&s==c.key&&u==c.type)return i}return-1}function os(e,t,n){n==null&&(n=""),t[0]=="-"?e.setProperty(t,n):e[t]=n}function fo(e,t,n,r,i){var s,u;if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||os(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||os(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")typeof n!="function"&&(n=null),typeof r!="function"&&(r=null),(e.__e||(e.__e={}))[t]=n,n&&r||(u=xi[t]||(xi[t]=pd(t)),(e.__a||(e.__a={}))[t]=Ai,s=t!=(t=t.replace(ss,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),n?e.addEventListener(t,u,s):e.removeEventListener(t,u,s));else{if(i=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=n??"")}catch{}if(typeof n=="function")return;n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n)}}function pd(e){return function(t){var n=this.__e;if(n){if(n=n[e],t[mo]==null)t[mo]=Ai++;else if(t[mo]<this.__a[e])return;return n(ye.event?ye.event(t):t)}}}function Ni(e,t,n,r,i,s,u,c,p,m){var g,b,h,y,w,x,D,E,S,T,A,j,O,Q,q,Z,J,P,H=t.type;if(t.constructor!==Lr)return null;128&n.__u&&(p=32&n.__u,g=n.__c.__z)&&(t.__u|=p,b=s=[],g.nodeType==8?c=bo(g,s):s.push(g),c=s[0]||c),(g=ye.__b)&&g(t);e:if(typeof H=="function"){h=u.length;try{if(E=t.props,S=(g=H.prototype)&&g.render,T=(g=H.contextType)&&r[g.__c],A=g?T?T.props.value:g.__:r,(y=n.__c)?(t.__c=y,2&y.__g&&(y.__g|=1)):(S?t.__c=y=new H(E,A):(t.__c=y=new ho(E,A),y.constructor=H,y.render=md),T&&T.sub(y),y.state||(y.state={}),y.__n=r,y.__g|=8,y.__h=[],y.__k=[]),S&&(y.__s||(y.__s=y.state),H.getDerivedStateFromProps&&(y.__s==y.state&&(y.__s=Mn({},y.__s)),Mn(y.__s,H.getDerivedStateFromProps(E,y.__s)))),w=y.props,x=y.state,y.__v=t,n.__c){if(E!==w&&S&&!H.getDerivedStateFromProps&&y.componentWillReceiveProps&&y.componentWillReceiveProps(E,A),t.__v==n.__v&&!(8&y.__g)||!(4&y.__g)&&y.shouldComponentUpdate&&y.shouldComponentUpdate(E,y.__s,A)===!1){t.__v!=n.__v&&(y.props=E,y.state=y.__s,y.__g&=-9),t.__e=n.__e,t.__k=n.__k,t.__k.some(function($){$&&($.__=t)}),_o.push.apply(y.__h,y.__k),y.__k=[],y.__h.length&&u.push(y),c=bn(n);break e}y.componentWillUpdate&&y.componentWillUpdate(E,y.__s,A),S&&y.componentDidUpdate&&y.__h.push(function(){y.componentDidUpdate(w,x,D)})}else S&&!H.getDerivedStateFromProps&&y.componentWillMount&&y.componentWillMount(),S&&y.componentDidMount&&y.__h.push(y.componentDidMount);y.context=A,y.props=E,y.__P=e,y.__g&=-5,j=ye.__r,O=S?25:0;do y.__g&=-9,j&&j(t),g=y.render(y.props,y.state=y.__s,y.context);while(8&y.__g&&++O<25);S&&(_o.push.apply(y.__h,y.__k),y.__k=[]),y.state=y.__s,y.getChildContext&&(r=Mn({},r,y.getChildContext())),S&&n.__c&&y.getSnapshotBeforeUpdate&&(D=y.getSnapshotBeforeUpdate(w,x)),Q=g&&g.type===ve&&g.key==null?g.props.children:g,E.__P&&(g=c,i=(e=E.__P).namespaceURI,p=s=null,n.props&&n.props.__P!=e&&(n.__k.some(function($){$&&Ci($,$)}),n.__k=null),c=n.__k?bn(n,0):null),c=ds(e,Ti(Q)?Q:[Q],t,n,r,i,s,u,c,p,m),E.__P&&(t.__e=null,c=g),t.__u&=-161,b&&b.some(Rn),y.__h.length&&u.push(y),1&y.__g&&(y.__g&=-4)}catch($){if(u.length=h,t.__v=null,p||s)if($&&$.then){if(t.__u|=128|p,s){for(~(J=s.indexOf(c||void 0))||(J=s.length);(P=s[J-1])&&P.nodeType==8;)J--;for(;J<s.length;J++)if(P=s[J])if(s[J]=null,q){if(P==Z)break}else{if(P.nodeType!=8)break;P.data.startsWith("$s")&&(Z=bo(q=P))}}if(!q){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;q=c}(g=bo(q=t.__c.__z||(t.__c.__z=q)))?(t.__e=q,c=g):t.__e=c,c=c&&c.nextSibling}else s&&s.some(Rn);else t.__e=n.__e;t.__k||(t.__k=n.__k||[]),$&&$.then||fs(t),ye.__e($,t,n)}}else c=t.__e=fd(n.__e,t,n,r,i,s,u,p,m,e);return(g=ye.diffed)&&g(t),c}function bo(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))n++;else if(e.data.startsWith("/$s")&&!--n)return e}t&&t.push(e)}}function fs(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(fs))}function ms(e,t,n){for(var r=0;r<n.length;)Ei(n[r++],n[r++],n[r++]);ye.__c&&ye.__c(t,e),e.some(function(i){try{e=i.__h,i.__h=[],e.some(function(s){s.call(i)})}catch(s){ye.__e(s,i.__v)}})}function fd(e,t,n,r,i,s,u,c,p,m){var g,b,h,y,w,x,D,E,S=n.props||vo,T=t.props,A=t.type;if(A=="svg"?i="http://www.w3.org/2000/svg":A=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),s){for(g=0;g<s.length;g++)if((w=s[g])&&(A?w.localName==A:w.nodeType==3)){e=w,s[g]=null;break}}if(!e){if(E=m.ownerDocument||document,!A)return E.createTextNode(T);e=E.createElementNS(i,A,T.is?T:m),c&&(ye.__m&&ye.__m(t,s),c=!1),s=null}if(A){if(m=A=="template"&&e.content||e,s=A=="textarea"&&T.defaultValue!=null?null:s&&ls.call(m.childNodes),!c&&s)for(S={},g=0;g<e.attributes.length;g++)S[(w=e.attributes[g]).name]=w.value;for(g in S)w=S[g],g=="dangerouslySetInnerHTML"?h=w:g=="children"||g in T||g=="value"&&"defaultValue"in T||g=="checked"&&"defaultChecked"in T||fo(e,g,null,w,i);for(g in T)w=T[g],g=="children"?y=w:g=="dangerouslySetInnerHTML"?b=w:g=="value"?x=w:g=="checked"?D=w:c&&typeof w!="function"||S[g]===w||fo(e,g,w,S[g],i);b?(c||h&&(b.__html==h.__html||b.__html==e.innerHTML)||(e.innerHTML=b.__html),t.__k=[]):(h&&(e.textContent=""),(A=="foreignObject"||i=="http://www.w3.org/1998/Math/MathML"&&ld.test(A))&&(i="http://www.w3.org/1999/xhtml"),ds(m,Ti(y)?y:[y],t,n,r,i,s,u,s?s[0]:n.__k&&bn(n,0),c,p),s&&s.some(Rn)),c&&A!="textarea"||(g="value",A=="progress"&&x==null?e.removeAttribute(g):x==null||x===e[g]&&(A!="progress"||x)||fo(e,g,x,S[g],i),g="checked",D!=null&&D!=e[g]&&fo(e,g,D,S[g],i))}else S===T||c&&e.data==T||(e.data=T);return e}function Ei(e,t,n,r){try{typeof e=="function"?t?t.__x=e(t)||1:r&&(r=r.__c||r.__e)&&(t=r.__x)&&(r.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(i){ye.__e(i,n)}}function Ci(e,t,n){var r,i,s,u;if(ye.unmount&&ye.unmount(e),!(r=e.ref)||r.current&&r.current!=e.__e||Ei(r,null,t,e),r=e.__c){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(c){ye.__e(c,t)}r.__P=r.__n=null}if(r=e.__k)for(u=0;u<r.length;u++)r[u]&&Ci(r[u],t,typeof e.type!="function"||n&&!e.props.__P);!n&&(r=e.__c)&&(r=r.__z)&&(i=bo(r,s=[]))&&(r==e.__e&&s.some(Rn),Rn(i),Rn(r)),n||Rn(e.__e),e.__e=e.__c=e.__=null}function md(e,t,n){return this.constructor(e,n)}function gs(e,t){var n,r,i,s;ye.__&&ye.__(e,t),t.nodeType==9&&(t=t.documentElement),r=(n=e&&32&e.__u)?null:t.__k,t.__k=go(ve,{children:[e]}),i=[],s=[],Ni(t,t.__k,r||vo,vo,t.namespaceURI,r?null:t.firstChild?ls.call(t.childNodes):null,i,r?r.__e:t.firstChild,n,s),ms(i,t.__k,s),t.__k.props.children=null}ye={__e:function(e,t,n,r){for(var i,s,u;t=t.__;)if((i=t.__c)&&!(1&i.__g)){i.__g|=4;try{if((u=(s=i.constructor)&&s.getDerivedStateFromError)&&i.setState(s.getDerivedStateFromError(e)),i.componentDidCatch&&(i.componentDidCatch(e,r||{}),u=1),u&&8&i.__g)return void(i.__g|=2)}catch(c){e=c}}throw yo=0,e}},is=0,ad=function(e){return e!=null&&e.constructor===Lr},ho.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=Mn({},this.state)),typeof e=="function"&&(e=e(Mn({},n),this.props)),e&&(Mn(n,e),this.__v&&(t&&this.__k.push(t),rs(this)))},ho.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),rs(this))},ho.prototype.render=ve,hn=[],yo=0,as=function(e,t){return e.__v.__b-t.__v.__b},mo=Symbol(),ss=/(PointerCapture)$|Capture$/i,Ai=0,xi={},sd=0;var Fr,Ue,Di,hs,Pi=Object.is,$r=0,As=[],Ri=[],$e=ye,bs=$e.__b,ys=$e.__r,vs=$e.diffed,_s=$e.__c,Ss=$e.unmount,ws=$e.__;function Ii(e,t){$e.__h&&$e.__h(Ue,e,$r||t),$r=0;var n=Ue.__H||(Ue.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function C(e){return $r=1,gd(Es,e)}function gd(e,t,n){var r=Ii(Fr++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Es(void 0,t),function(s){var u=(r.__N||r.__)[0],c=r.t(u,s);Pi(u,c)||(r.__N=[c,r.__[1]],r.__c.setState({}))}],r.__c=Ue,!Ue.__f)){Ue.__f=!0;var i=Ue.shouldComponentUpdate;Ue.shouldComponentUpdate=function(s,u,c){var p=this.__H;if(!p)return!0;var m=!1,g=this.props!=s;if(p.__.some(function(h){h.__N&&(m=!0,Pi(h.__[0],h.__N[0])||(g=!0))}),i){var b=i.call(this,s,u,c);return m?b||g:b}return!m||g}}return r.__}function rt(e,t){var n=Ii(Fr++,3);!$e.__s&&Ns(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,Ue.__H.__h.push(n))}function Br(e){return $r=5,lr(function(){return{current:e}},[])}function lr(e,t){var n=Ii(Fr++,7);return Ns(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function Ts(e,t){return $r=8,lr(function(){return e},t)}function hd(){var e;do{for(;e=Ri.shift();)try{Or(e)}catch(n){$e.__e(n,{__:(e=e.__P)&&e.__v})}for(;e=As.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Or),t.__h.some(Mi),t.__h=[]}catch(n){t.__h=[],$e.__e(n,e.__v)}}}while(Ri.length)}$e.__b=function(e){Ue=null,bs&&bs(e)},$e.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),ws&&ws(e,t)},$e.__r=function(e){ys&&ys(e),Fr=0;var t=(Ue=e.__c).__H;t&&(Di==Ue?Ue.__h=[]:(t.__h.some(Or),t.__h.some(Mi),Fr=0),t.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})),Di=Ue},$e.diffed=function(e){vs&&vs(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&xs(As.push(t)),t.__H.__.some(function(n){n.u&&(n.__H=n.u)})),Di=Ue=null},$e.__c=function(e,t){t.some(function(n){try{n.__h.some(Or),n.__h=n.__h.filter(function(r){return!r.__||Mi(r)})}catch(r){n.__h=[function(){throw r}]}}),_s&&_s(e,t)},$e.unmount=function(e){Ss&&Ss(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{if(i.__P&&i.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n=n&&n.__c}i.__P=n,xs(Ri.push(i))}else Or(i)}catch(s){t=s}}),r.__H=void 0,t&&$e.__e(t,r.__v))};var ks=typeof requestAnimationFrame=="function";function bd(e){var t,n=function(){clearTimeout(r),ks&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);ks&&(t=requestAnimationFrame(n))}function xs(e){e!=1&&hs==$e.requestAnimationFrame||((hs=$e.requestAnimationFrame)||bd)(hd)}function Or(e){var t=Ue,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),Ue=t}function Mi(e){var t=Ue;e.__c=e.__(),Ue=t}function Ns(e,t){return!e||e.length!=t.length||t.some(function(n,r){return!Pi(n,e[r])})}function Es(e,t){return typeof t=="function"?t(e):t}function ft(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function yn(e){return ft(e)==="object"}function yd(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function Li(e,t){return e.length<124?e:t}var Cs="graphql-transport-ws";var yt=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(yt||{}),vt=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(vt||{});function Ds(e){if(!yn(e))throw new Error(`Message is expected to be an object, but got ${ft(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${ft(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!yn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!yn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ft(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${ft(e.payload.query)}`);if(e.payload.variables!=null&&!yn(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${ft(e.payload.variables)}`);if(e.payload.operationName!=null&&ft(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${ft(e.payload.operationName)}`);if(e.payload.extensions!=null&&!yn(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${ft(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!yn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ft(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!yd(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Ps(e,t){return Ds(typeof e=="string"?JSON.parse(e,t):e)}function ur(e,t){return Ds(e),JSON.stringify(e,t)}function Fi(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:i=console.error,lazyCloseTimeout:s=0,keepAlive:u=0,disablePong:c,connectionAckWaitTimeout:p=0,retryAttempts:m=5,retryWait:g=async function(L){let F=Math.pow(2,L);await new Promise(M=>setTimeout(M,F*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:b=Oi,on:h,webSocketImpl:y,generateID:w=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,L=>{let F=Math.random()*16|0;return(L=="x"?F:F&3|8).toString(16)})},jsonMessageReplacer:x,jsonMessageReviver:D}=e,E;if(y){if(!_d(y))throw new Error("Invalid WebSocket implementation provided");E=y}else typeof WebSocket<"u"?E=WebSocket:typeof global<"u"?E=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(E=window.WebSocket||window.MozWebSocket);if(!E)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let S=E,T=(()=>{let I=(()=>{let F={};return{on(M,ue){return F[M]=ue,()=>{delete F[M]}},emit(M){"id"in M&&F[M.id]?.(M)}}})(),L={connecting:h?.connecting?[h.connecting]:[],opened:h?.opened?[h.opened]:[],connected:h?.connected?[h.connected]:[],ping:h?.ping?[h.ping]:[],pong:h?.pong?[h.pong]:[],message:h?.message?[I.emit,h.message]:[I.emit],closed:h?.closed?[h.closed]:[],error:h?.error?[h.error]:[]};return{onMessage:I.on,on(F,M){let ue=L[F];return ue.push(M),()=>{let ee=ue.indexOf(M);ee>-1&&ue.splice(ee,1)}},emit(F,...M){for(let ue of[...L[F]])ue(...M)}}})();function A(I){let L=[T.on("error",F=>{L.forEach(M=>M()),I(F)}),T.on("closed",F=>{L.forEach(M=>M()),I(F)})];return()=>L.forEach(F=>F())}let j,O=0,Q,q=!1,Z=0,J=!1;async function P(){clearTimeout(Q);let[I,L]=await(j??(j=new Promise((ue,ee)=>(async()=>{if(q){if(await g(Z),!O)return j=void 0,ee({code:1e3,reason:"All Subscriptions Gone"});Z++}T.emit("connecting",q);let z=new S(typeof t=="function"?await t():t,Cs),ie,te;function K(){isFinite(u)&&u>0&&(clearTimeout(te),te=setTimeout(()=>{z.readyState===S.OPEN&&(z.send(ur({type:vt.Ping})),T.emit("ping",!1,void 0))},u))}A(de=>{j=void 0,clearTimeout(ie),clearTimeout(te),ee(de),de instanceof Vr&&(z.close(4499,"Terminated"),z.onerror=null,z.onclose=null)}),z.onerror=de=>T.emit("error",de),z.onclose=de=>T.emit("closed",de),z.onopen=async()=>{try{T.emit("opened",z);let de=typeof n=="function"?await n():n;if(z.readyState!==S.OPEN)return;z.send(ur(de?{type:vt.ConnectionInit,payload:de}:{type:vt.ConnectionInit},x)),isFinite(p)&&p>0&&(ie=setTimeout(()=>{z.close(yt.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},p)),K()}catch(de){T.emit("error",de),z.close(yt.InternalClientError,Li(de instanceof Error?de.message:String(de),"Internal client error"))}};let ke=!1;z.onmessage=({data:de})=>{try{let re=Ps(de,D);if(T.emit("message",re),re.type==="ping"||re.type==="pong"){T.emit(re.type,!0,re.payload),re.type==="pong"?K():c||(z.send(ur(re.payload?{type:vt.Pong,payload:re.payload}:{type:vt.Pong},x)),T.emit("pong",!1,re.payload));return}if(ke)return;if(re.type!==vt.ConnectionAck)throw new Error(`First message cannot be of type ${re.type}`);clearTimeout(ie),ke=!0,T.emit("connected",z,re.payload,q),q=!1,Z=0;let ce=new Promise((At,ot)=>A(ot));ce.catch(()=>{}),ue([z,ce])}catch(re){z.onmessage=null,T.emit("error",re),z.close(yt.BadResponse,Li(re instanceof Error?re.message:String(re),"Bad response"))}}})())));I.readyState===S.CLOSING&&await L;let F=()=>{},M=new Promise(ue=>F=ue);return[I,F,new Promise((ue,ee)=>{let z=A(ee);I.readyState!==S.OPEN&&L.catch(ee),M.then(()=>{if(z(),!O){let ie=()=>I.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(Q),Q=setTimeout(()=>{!O&&I.readyState===S.OPEN&&ie()},s)):ie()}ue()})})]}function H(I){if(Oi(I)&&(vd(I.code)||[yt.InternalServerError,yt.InternalClientError,yt.BadRequest,yt.BadResponse,yt.Unauthorized,yt.SubprotocolNotAcceptable,yt.SubscriberAlreadyExists,yt.TooManyInitialisationRequests].includes(I.code)))throw I;if(J)return!1;if(Oi(I)&&I.code===1e3)return O>0;if(!m||Z>=m||!b(I))throw I;return q=!0}r||(async()=>{for(O++;;)try{let[,,I]=await P();await I}catch(I){try{if(!H(I))return}catch(L){return i?.(L)}}})();function $(I,L){let F=w(I),M=!1,ue=!1,ee=()=>{O--,M=!0};return(async()=>{for(O++;;)try{let[z,ie,te]=await P();if(M)return te.catch(()=>{}),ie();let K=T.onMessage(F,ke=>{switch(ke.type){case vt.Next:{L.next(ke.payload);return}case vt.Error:{ue=!0,M=!0,L.error(ke.payload),ee();return}case vt.Complete:{M=!0,ee();return}}});z.send(ur({id:F,type:vt.Subscribe,payload:I},x)),ee=()=>{!M&&z.readyState===S.OPEN&&z.send(ur({id:F,type:vt.Complete},x)),O--,M=!0,ie()},await te.finally(K);return}catch(z){if(!H(z))return}})().then(()=>{ue||L.complete()}).catch(z=>{L.error(z)}),()=>{M||ee()}}return{on:T.on,subscribe:$,iterate(I){let L=[],F={done:!1,error:null,resolve:()=>{}},M=$(I,{next(ee){L.push(ee),F.resolve()},error(ee){F.done=!0,F.error=ee,F.resolve()},complete(){F.done=!0,F.resolve()}}),ue=(async function*(){for(;;){for(L.length||await new Promise(z=>F.resolve=z);L.length;)yield L.shift();if(F.error)throw F.error;if(F.done)return}})();return ue.throw=async ee=>(F.done||(F.done=!0,F.error=ee,F.resolve()),{done:!0,value:void 0}),ue.return=async()=>(M(),{done:!0,value:void 0}),ue},async dispose(){if(J=!0,j){let[I]=await j;I.close(1e3,"Normal Closure")}},terminate(){j&&T.emit("closed",new Vr)}}}var Vr=class extends Error{constructor(){super(...arguments);Rt(this,"name","TerminatedCloseEvent");Rt(this,"message","4499: Terminated");Rt(this,"code",4499);Rt(this,"reason","Terminated");Rt(this,"wasClean",!1)}};function Oi(e){return yn(e)&&"code"in e&&"reason"in e}function vd(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function _d(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var X=class extends String{constructor(n,r){super(n);Rt(this,"__apiType");Rt(this,"value");Rt(this,"__meta__");this.value=n,this.__meta__=r}toString(){return this.value}},km=new X(`
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}
    `,{fragmentName:"NotificationSettingsView"}),xm=new X(`
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}
    `,{fragmentName:"DeliveryRow"}),Am=new X(`
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
    `,{fragmentName:"JobTile"}),Tm=new X(`
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`,{fragmentName:"ServerTile"}),Nm=new X(`
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
    `,{fragmentName:"HistoryPoints"}),Em=new X(`
    fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}
    `,{fragmentName:"AlertRow"}),Cm=new X(`
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
    `,{fragmentName:"RunRow"}),Dm=new X(`
    fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`,{fragmentName:"RunPage"}),Rs=new X(`
    query AdminPage {
  monitoringSettings {
    id
    defaultToleranceMilliseconds
    reminderFrequency
  }
  duplicateServers {
    name
    servers {
      id
      name
      alias
      serverId
      createdAt
    }
  }
  deprecatedFieldUsage {
    client
    clientVersion
    coordinate
    count
    firstSeenAt
    lastSeenAt
  }
  servers(first: 100) {
    nodes {
      id
      name
      alias
      note
      url
      serverId
      backupJobs {
        id
        backupName
        schedule {
          expectedInterval
          allowedWeekdays
          toleranceOverrideMilliseconds
          overdueCheckEnabled
          notificationLevel
        }
        notificationChoices {
          ntfyEnabled
          emailEnabled
          gotifyEnabled
          appriseEnabled
          notifyRecovered
          additionalNtfyTopic
          additionalEmails
          additionalNotificationLevel
        }
      }
    }
  }
}
    `),Ms=new X(`
    mutation AcknowledgeAlert($id: ID!) {
  acknowledgeAlert(input: {id: $id}) {
    __typename
    ... on AcknowledgeAlertPayload {
      alert {
        id
        acknowledgedAt
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Is=new X(`
    mutation UpdateServer($input: UpdateServerInput!) {
  updateServer(input: $input) {
    __typename
    ... on UpdateServerPayload {
      changed
      server {
        id
        alias
        note
        url
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ls=new X(`
    mutation ConfigureJob($input: ConfigureBackupJobInput!) {
  configureBackupJob(input: $input) {
    __typename
    ... on ConfigureBackupJobPayload {
      job {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Os=new X(`
    mutation MergeServers($input: MergeServersInput!) {
  mergeServers(input: $input) {
    __typename
    ... on MergeServersPayload {
      counts {
        jobsMoved
        jobsCombined
        runsMoved
        servers
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Fs=new X(`
    mutation DeleteServer($id: ID!) {
  deleteServer(input: {id: $id}) {
    __typename
    ... on DeleteServerPayload {
      name
      deleted {
        jobs
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `),$s=new X(`
    mutation DeleteJob($input: DeleteBackupJobInput!) {
  deleteBackupJob(input: $input) {
    __typename
    ... on DeleteBackupJobPayload {
      backupName
      deleted {
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Bs=new X(`
    mutation PruneRuns($olderThan: DateTime!) {
  pruneBackups(input: {olderThan: $olderThan}) {
    __typename
    ... on PruneBackupsPayload {
      deleted {
        runs
        jobsAffected
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Vs=new X(`
    mutation SetMonitoring($input: UpdateMonitoringSettingsInput!) {
  setMonitoringSettings(input: $input) {
    __typename
    ... on SetMonitoringSettingsPayload {
      monitoringSettings {
        id
        defaultToleranceMilliseconds
        reminderFrequency
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Us=new X(`
    mutation RunOverdueCheck {
  runOverdueCheck {
    __typename
    ... on RunOverdueCheckPayload {
      check {
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ws=new X(`
    subscription BackupReceived($after: String) {
  backupReceived(after: $after) {
    cursor
    backupId
    status
    startedAt
    serverGlobalId
    job {
      id
      backupName
    }
    server {
      id
      name
      alias
    }
  }
}
    `),zs=new X(`
    subscription AlertChanged($after: String) {
  alertChanged(after: $after) {
    cursor
    alertId
    alertKind
    change
    changedAt
    backupName
    serverGlobalId
  }
}
    `),Ks=new X(`
    subscription ServerChanged($after: String) {
  serverChanged(after: $after) {
    cursor
    change
    serverGlobalId
    name
  }
}
    `),qs=new X(`
    query LiveCursor {
  liveCursor
}
    `),Js=new X(`
    query NotificationSettingsPage {
  notificationSettings {
    ...NotificationSettingsView
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Gs=new X(`
    mutation SetNtfy($input: SetNtfySettingsInput!) {
  setNtfySettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),js=new X(`
    mutation SetEmail($input: SetEmailSettingsInput!) {
  setEmailSettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Hs=new X(`
    mutation SetGotify($input: SetGotifySettingsInput!) {
  setGotifySettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Qs=new X(`
    mutation SetApprise($input: SetAppriseSettingsInput!) {
  setAppriseSettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Ys=new X(`
    mutation SetNotificationOptions($input: SetNotificationOptionsInput!) {
  setNotificationOptions(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Zs=new X(`
    mutation SetNotificationTemplate($input: SetNotificationTemplateInput!) {
  setNotificationTemplate(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Xs=new X(`
    mutation AddWebhook($input: AddNotificationWebhookInput!) {
  addNotificationWebhook(input: $input) {
    __typename
    ... on NotificationWebhook {
      id
    }
    ... on Error {
      message
    }
  }
}
    `),el=new X(`
    mutation RemoveWebhook($id: ID!) {
  removeNotificationWebhook(id: $id) {
    __typename
    ... on RemoveNotificationWebhookPayload {
      removedWebhookId
    }
    ... on Error {
      message
    }
  }
}
    `),tl=new X(`
    mutation SendTestNotification($channels: [NotificationChannel!], $toEmail: String) {
  sendTestNotification(channels: $channels, toEmail: $toEmail) {
    __typename
    ... on SendTestNotificationPayload {
      outcomes {
        channel
        destination
        delivered
        responseCode
        error
        messageId
      }
    }
    ... on Error {
      message
    }
  }
}
    `),nl=new X(`
    query NotificationDeliveries($first: Int, $after: String, $last: Int, $before: String, $status: NotificationDeliveryStatus, $channel: NotificationChannel, $event: NotificationEventKind) {
  notificationDeliveries(
    first: $first
    after: $after
    last: $last
    before: $before
    status: $status
    channel: $channel
    event: $event
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...DeliveryRow
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),rl=new X(`
    mutation ResendNotification($id: ID!) {
  resendNotification(id: $id) {
    __typename
    ... on NotificationDelivery {
      ...DeliveryRow
    }
    ... on Error {
      message
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),ol=new X(`
    subscription NotificationDeliveryChanged {
  notificationDeliveryChanged {
    deliveryId
    status
    changedAt
    delivery {
      ...DeliveryRow
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),il=new X(`
    query TemplatePreviewJobs {
  backupJobs(first: 100) {
    nodes {
      id
      backupName
      server {
        name
        alias
      }
      latestBackup {
        id
        status
      }
    }
  }
}
    `),al=new X(`
    query NotificationTemplatePreview($input: NotificationTemplatePreviewInput!) {
  notificationTemplatePreview(input: $input) {
    __typename
    ... on NotificationTemplatePreview {
      deprecatedPlaceholders
      channels {
        channel
        title
        message
        priority
        tags
        truncated
      }
    }
    ... on Error {
      message
    }
  }
}
    `),sl=new X(`
    query Overview($after: String) {
  summary {
    totalServers
    totalBackupJobs
    totalBackupRuns
    totalStorageUsed
    totalUploadedSize
    overdueBackupJobCount
    lastBackupAt
  }
  activeAlerts: alerts(filter: {active: true}, first: 1) {
    totalCount
  }
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`),ll=new X(`
    query OverviewServers($after: String) {
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`),ul=new X(`
    query JobPage($id: ID!) {
  node(id: $id) {
    ... on BackupJob {
      id
      backupName
      runCount
      lastBackupAt
      server {
        id
        name
        alias
      }
      schedule {
        expectedInterval
        allowedWeekdays
        toleranceOverrideMilliseconds
        effectiveToleranceMilliseconds
        overdueCheckEnabled
        notificationLevel
      }
      overdue {
        isOverdue
        nextExpectedAt
        deadlineAt
        becameOverdueAt
        lastRemindedAt
        effectiveToleranceMilliseconds
      }
      history(bucket: RUN, last: 200) {
        ...HistoryPoints
      }
      alerts(first: 20) {
        totalCount
        nodes {
          ...AlertRow
        }
      }
    }
  }
}
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`),cl=new X(`
    query ServerPage($id: ID!) {
  node(id: $id) {
    ... on Server {
      id
      name
      alias
      note
      url
      serverId
      createdAt
      backupJobs {
        ...JobTile
      }
      history(bucket: DAY, last: 180) {
        ...HistoryPoints
      }
    }
  }
  alerts(filter: {serverId: $id, active: true}, first: 50) {
    nodes {
      ...AlertRow
      job {
        id
        backupName
      }
    }
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`),dl=new X(`
    query JobRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on BackupJob {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        ...RunPage
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}`),pl=new X(`
    query ServerRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on Server {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          ...RunRow
        }
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`),fl=new X(`
    query RunLog($id: ID!) {
  node(id: $id) {
    ... on Backup {
      id
      logLines
    }
  }
}
    `);function _t(e){let t=e,n=new Set;return{get:()=>t,set(r){if(!Object.is(r,t)){t=r;for(let i of[...n])i(t)}},subscribe(r){return n.add(r),()=>n.delete(r)}}}function We(e){let[t,n]=C(e.get);return rt(()=>(n(()=>e.get()),e.subscribe(r=>n(()=>r))),[e]),t}var So={read:"dupligraph.readToken",admin:"dupligraph.adminToken"},$i={},In=_t(null),Yt=_t(0);function ml(e){try{return localStorage.getItem(So[e])}catch{return null}}function cr(e){return $i[e]??ml(e)}function gl(e){return ml(e)!==null}function hl(e,t,n){$i[e]=t;try{n?localStorage.setItem(So[e],t):localStorage.removeItem(So[e])}catch{}In.get()===e&&In.set(null),Yt.set(Yt.get()+1)}function bl(e){delete $i[e];try{localStorage.removeItem(So[e])}catch{}Yt.set(Yt.get()+1)}function wo(){return cr("read")??cr("admin")}var Bi="dupligraph-dashboard",Vi="/graphql",dr=class extends Error{constructor(n,r){super(r);Rt(this,"kind",n)}};async function se(e,t,n={}){let r=n.admin?cr("admin"):wo(),i={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json","graphql-client-name":Bi};r&&(i.Authorization=`Bearer ${r}`);let s=await fetch(Vi,{method:"POST",headers:i,body:JSON.stringify({query:e.toString(),variables:t})}),u=await s.json().catch(()=>({})),c=u.errors?.[0];if(s.status===401)throw In.set("read"),new dr("read",c?.message??"This server needs a read token");if(c?.extensions?.code==="FORBIDDEN")throw In.set("admin"),new dr("admin",c.message);if(c||!u.data)throw new Error(c?.message??`The server answered ${s.status}`);return u.data}function he(e,t){if(e.__typename===t)return e;let n=e.message??e.__typename;throw new Error(n)}function yl(e,t,n){let r,i;return()=>{let s=Date.now();i??(i=s+n),clearTimeout(r),r=setTimeout(()=>{i=void 0,e()},Math.max(0,Math.min(t,i-s)))}}var ko=_t("connecting"),xo=_t(0),pr=_t(new Set),Zt=_t(new Map),fr=_t([]),Sd=2500,wd=200,kd=1e4,xd=1;function vl(e){let t=xd++;fr.set([...fr.get(),{...e,id:t}].slice(-5)),setTimeout(()=>Wi(t),kd)}function Wi(e){fr.set(fr.get().filter(t=>t.id!==e))}function Ad(e){pr.set(new Set([...pr.get(),...e])),setTimeout(()=>{let t=new Set(pr.get());for(let n of e)t.delete(n);pr.set(t)},Sd)}var zr=yl(()=>xo.set(xo.get()+1),100,2e3);function Td({backupReceived:e}){if(Ad([e.job.id,e.serverGlobalId]),e.status==="ERROR"||e.status==="FATAL"){let t=e.server.alias||e.server.name;vl({level:"error",text:`${t} · ${e.job.backupName}: backup ended in ${e.status.toLowerCase()}`,href:`#/job/${encodeURIComponent(e.job.id)}`})}zr()}function Nd({alertChanged:e}){e.change==="RAISED"&&e.alertKind==="OVERDUE"&&vl({level:"warning",text:`${e.backupName} is overdue`}),zr()}function Ed({notificationDeliveryChanged:e}){if(!e.delivery)return;let t=new Map(Zt.get());t.delete(e.deliveryId),t.set(e.deliveryId,e.delivery),t.size>wd&&t.delete(t.keys().next().value),Zt.set(t)}function Cd(e){zr()}var _l=[{name:"backupReceived",document:Ws,cursorOf:e=>e.backupReceived.cursor,handle:Td},{name:"alertChanged",document:zs,cursorOf:e=>e.alertChanged.cursor,handle:Nd},{name:"serverChanged",document:Ks,cursorOf:e=>e.serverChanged.cursor,handle:Cd},{name:"notificationDeliveryChanged",document:ol,handle:Ed}],Ao=_t(0),Dd=new Set(["EXPIRED","UNKNOWN","MALFORMED"]),Mt,To=new Map,Ur=new Map,on,Wr,zi=0,Ui=0;function Sl(){Ui++,document.documentElement.dataset.liveFullRefetches=String(Ui),Zt.set(new Map),zr()}function Pd(e){return Array.isArray(e)?e.some(t=>t.extensions?.argument==="after"&&Dd.has(String(t.extensions.reason))):!1}function No(e){let t=e.cursorOf?Ur.get(e.name)??on:void 0;To.get(e.name)?.();let n=Mt.subscribe({query:e.document.toString(),variables:e.cursorOf?{after:t??null}:{}},{next:r=>{if(!r.data)return;let i=r.data;e.cursorOf&&(on=e.cursorOf(i),Ur.set(e.name,on)),e.handle(i)},error:r=>{if(Pd(r)){Ur.delete(e.name),on===t&&(on=void 0);let i=Mt;i&&Al(i,s=>{Ur.set(e.name,s),No(e),Sl()})}else Array.isArray(r)?setTimeout(()=>Mt&&No(e),1e3):wl()},complete:()=>{}});To.set(e.name,n)}function wl(){if(Wr!==void 0||!Mt)return;let e=Math.min(1e3*2**zi++,1e4);Wr=setTimeout(()=>{if(Wr=void 0,!!Mt)if(on)for(let t of _l)No(t);else xl(Mt,Sl)},e)}function kl(){Rd();let e=!1,t=`${location.protocol==="https:"?"wss":"ws"}://${location.host}${Vi}`;Mt=Fi({url:t,lazy:!0,keepAlive:1e4,retryAttempts:0,connectionParams:()=>{let n=wo();return{"graphql-client-name":Bi,...n?{token:n}:{}}},on:{connected:()=>{ko.set("connected"),zi=0,e&&(Zt.set(new Map),Ao.set(Ao.get()+1)),e=!0},closed:()=>ko.set(e?"reconnecting":"connecting")}}),document.documentElement.dataset.liveFullRefetches=String(Ui),xl(Mt,zr)}function xl(e,t){Al(e,n=>{on??(on=n);for(let r of _l)No(r);document.documentElement.dataset.live="subscribed",t()})}function Al(e,t){let n;e.subscribe({query:qs.toString()},{next:r=>{n=r.data?.liveCursor},error:r=>{Mt===e&&!Array.isArray(r)&&wl()},complete:()=>{Mt===e&&n&&t(n)}})}function Rd(){clearTimeout(Wr),Wr=void 0,zi=0,delete document.documentElement.dataset.live;let e=Mt;Mt=void 0;for(let t of To.values())t();To=new Map,Ur=new Map,on=void 0,e?.dispose()}var Md=Symbol.for("pv"),Id=0;function o(e,t,n,r,i,s){t||(t={});var u,c,p=t;if("ref"in p&&typeof e!="function")for(c in p={},t)c=="ref"?u=t[c]:p[c]=t[c];var m={type:e,props:p,key:n,ref:u,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Md,__v:--Id,__i:-1,__u:0};return(i||s)&&(m.__source=i,m.__self=s),ye.vnode&&ye.vnode(m),m}function Tl(){return We(ko)!=="reconnecting"?null:o("div",{class:"banner",role:"alert",children:"Disconnected — reconnecting… Live updates resume by themselves; the page shows what it last read."})}function Nl(){let e=We(fr);return o("div",{class:"toasts",role:"status","aria-live":"polite",children:e.map(t=>o("div",{class:`toast toast-${t.level}`,children:[t.href?o("a",{href:t.href,children:t.text}):o("span",{children:t.text}),o("button",{type:"button",class:"link","aria-label":"Dismiss notification",onClick:()=>Wi(t.id),children:"×"})]},t.id))})}var Ld={read:{title:"This server needs its read token",why:"Reads on this server are protected. Enter the READ_TOKEN (or the admin token) to see the backups.",label:"Read token"},admin:{title:"Admin token needed",why:"Changes need the ADMIN_TOKEN of this server.",label:"Admin token"}};function Ln({kind:e,onCancel:t,onSaved:n}){let[r,i]=C(""),[s,u]=C(gl(e)),c=Ld[e],p=`token-${e}`;return o("form",{class:"card token-prompt","aria-labelledby":`${p}-title`,onSubmit:m=>{m.preventDefault(),r.trim()&&(hl(e,r.trim(),s),n?.())},children:[o("h2",{id:`${p}-title`,children:c.title}),o("p",{children:c.why}),o("label",{for:p,children:c.label}),o("input",{id:p,name:p,type:"password",autocomplete:"off",required:!0,value:r,onInput:m=>i(m.currentTarget.value)}),o("label",{class:"check",children:[o("input",{type:"checkbox",checked:s,onChange:m=>u(m.currentTarget.checked)}),"Remember on this device"]}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",children:"Use token"}),t&&o("button",{type:"button",onClick:t,children:"Cancel"})]})]})}function Ki(e,t,n={}){let r=We(xo),i=We(Yt),[s,u]=C(0),[c,p]=C({loading:!0}),m=Br(0),g=Br(e);g.current=e,rt(()=>{if(n.skip)return;let h=++m.current;p(y=>({...y,loading:!0})),g.current().then(y=>h===m.current&&p({data:y,loading:!1}),y=>h===m.current&&p(w=>({data:w.data,error:y,loading:!1})))},[t,r,i,s,n.skip]);let b=Ts(()=>u(h=>h+1),[]);return{...c,refetch:b}}function ut(e,t,n={}){return Ki(()=>se(e,t,{admin:n.admin}),`${JSON.stringify(t)}|${n.admin}`,n)}function Le(e){let[t,n]=C(!1),[r,i]=C(null);return{busy:t,outcome:r,async run(s,u){n(!0),i(null);try{i({ok:!0,text:u(await s())}),e?.()}catch(c){i({ok:!1,text:c.message})}finally{n(!1)}}}}function Oe({state:e}){return o("p",{class:e.outcome?.ok===!1?"error":"ok",role:"status",children:e.outcome?.text??""})}var El=["B","KiB","MiB","GiB","TiB","PiB"];function Xt(e){let t=e,n=0;for(;Math.abs(t)>=1024&&n<El.length-1;)t/=1024,n++;return`${n===0?t:t.toFixed(t<10?1:0)} ${El[n]}`}function Eo(e){let t=Math.round(e),n=Math.floor(t/3600),r=Math.floor(t%3600/60),i=t%60;return n?`${n} h ${r} min`:r?`${r} min ${i} s`:`${i} s`}function Cl(e){return e<60?`${Math.round(e)} s`:e<3600?`${(e/60).toFixed(1)} min`:`${(e/3600).toFixed(1)} h`}function St(e){return e.toLocaleString("en")}function Ee(e){return e?new Date(e).toLocaleString(void 0,{dateStyle:"medium",timeStyle:"short"}):"—"}function On(e,t=Date.now()){if(!e)return"never";let n=Math.round((new Date(e).getTime()-t)/1e3),r=Math.abs(n),i;return r<45?"just now":(r<3600?i=`${Math.round(r/60)} min`:r<86400*2?i=`${Math.round(r/3600)} h`:i=`${Math.round(r/86400)} days`,n<0?`${i} ago`:`in ${i}`)}var Kr={SUCCESS:"Success",WARNING:"Warning",ERROR:"Error",FATAL:"Fatal",UNKNOWN:"Unknown",NONE:"No runs"},Co=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"];function Dl(e){let t=e.replace(/^#/,"")||"/",[,n,r]=t.split("/");return t==="/"||n===""?{page:"overview"}:n==="server"&&r?{page:"server",id:decodeURIComponent(r)}:n==="job"&&r?{page:"job",id:decodeURIComponent(r)}:n==="admin"?{page:"admin",section:r==="notifications"?"notifications":"general"}:{page:"not-found",path:t}}var Ye={overview:()=>"#/",server:e=>`#/server/${encodeURIComponent(e)}`,job:e=>`#/job/${encodeURIComponent(e)}`,admin:(e="general")=>e==="general"?"#/admin":`#/admin/${e}`};function Pl(){let[e,t]=C(()=>Dl(location.hash));return rt(()=>{let n=()=>t(Dl(location.hash));return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),e}function Ce(e){let t=e.hint?`${e.id}-hint`:void 0;return o("div",{class:"field",children:[o("label",{for:e.id,children:e.label}),o("input",{id:e.id,type:e.type??"text",value:e.value,required:e.required,placeholder:e.placeholder,autoComplete:e.autoComplete??"off","aria-describedby":t,onInput:n=>e.onInput(n.currentTarget.value)}),e.hint&&o("span",{id:t,class:"muted hint",children:e.hint})]})}function Ze({label:e,checked:t,onChange:n}){return o("label",{class:"check",children:[o("input",{type:"checkbox",checked:t,onChange:r=>n(r.currentTarget.checked)}),e]})}function It(e){return o("div",{class:"field",children:[o("label",{for:e.id,children:e.label}),o("select",{id:e.id,value:e.value,onChange:t=>e.onChange(t.currentTarget.value),children:e.options.map(t=>o("option",{value:t.value,children:t.label},t.value))})]})}function qr(e){return o("div",{class:"field",children:[o("label",{for:e.id,children:e.label}),o("input",{id:e.id,type:"password",value:e.value,autoComplete:"new-password",placeholder:e.isSet?"Stored; leave empty to keep it":"Not set","aria-describedby":`${e.id}-state`,disabled:e.remove?.checked,onInput:t=>e.onInput(t.currentTarget.value)}),o("span",{id:`${e.id}-state`,class:"muted hint","data-secret-state":e.isSet?"set":"unset",children:e.isSet?"Set (never shown)":"Not set"}),e.isSet&&e.remove&&o(Ze,{label:"Remove it",checked:e.remove.checked,onChange:e.remove.onChange})]})}var Jr={admin:!0};function Rl({server:e,onChange:t}){let[n,r]=C(e.alias),[i,s]=C(e.note),[u,c]=C(e.url),p=Le(t),m=Le(t),g=`server-${e.id}`;return o("details",{class:"card admin-server",children:[o("summary",{children:[o("strong",{children:e.alias||e.name})," ",o("span",{class:"muted",children:e.serverId})]}),o("form",{onSubmit:b=>{b.preventDefault(),p.run(async()=>he((await se(Is,{input:Od(e.id,{alias:n,note:i,url:u})},Jr)).updateServer,"UpdateServerPayload"),h=>h.changed?"Saved.":"Nothing to change.")},children:[o("div",{class:"field",children:[o("label",{for:`${g}-alias`,children:"Alias"}),o("input",{id:`${g}-alias`,value:n,onInput:b=>r(b.currentTarget.value)})]}),o("div",{class:"field",children:[o("label",{for:`${g}-note`,children:"Note"}),o("textarea",{id:`${g}-note`,value:i,onInput:b=>s(b.currentTarget.value)})]}),o("div",{class:"field",children:[o("label",{for:`${g}-url`,children:"Duplicati web UI URL"}),o("input",{id:`${g}-url`,type:"url",value:u,onInput:b=>c(b.currentTarget.value)})]}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",disabled:p.busy,children:"Save server"}),o("button",{type:"button",class:"danger",disabled:m.busy,onClick:()=>{confirm(`Delete ${e.name} with all its jobs, runs and alerts?`)&&m.run(async()=>he((await se(Fs,{id:e.id},Jr)).deleteServer,"DeleteServerPayload"),b=>`Deleted ${b.name}: ${b.deleted.jobs} jobs, ${b.deleted.runs} runs.`)},children:"Delete server"})]}),o(Oe,{state:p}),o(Oe,{state:m})]}),e.backupJobs.map(b=>o(Fd,{job:b,onChange:t},b.id))]})}function Od(e,t){let n={alias:t.alias.trim(),note:t.note,url:t.url.trim()};return{id:e,set:{alias:n.alias||null,note:n.note||null,url:n.url||null},clearAlias:n.alias==="",clearNote:n.note==="",clearUrl:n.url===""}}var Ml=["ALL","WARNINGS","ERRORS","OFF"];function Fd({job:e,onChange:t}){let{schedule:n}=e,[r,i]=C(n.expectedInterval),[s,u]=C(n.allowedWeekdays),[c,p]=C(n.toleranceOverrideMilliseconds===null?"":String(n.toleranceOverrideMilliseconds/6e4)),[m,g]=C(n.overdueCheckEnabled),[b,h]=C(n.notificationLevel),[y,w]=C(e.notificationChoices),x=Le(t),D=Le(t),E=`job-${e.id}`;return o("form",{class:"job-settings","aria-label":`Settings of ${e.backupName}`,onSubmit:S=>{S.preventDefault(),x.run(async()=>he((await se(Ls,{input:{job:{id:e.id},expectedInterval:r,allowedWeekdays:s,...c===""?{clearToleranceOverride:!0}:{toleranceOverrideMilliseconds:Math.round(Number(c)*6e4)},overdueCheckEnabled:m,notificationLevel:b,ntfyEnabled:y.ntfyEnabled,emailEnabled:y.emailEnabled,gotifyEnabled:y.gotifyEnabled,appriseEnabled:y.appriseEnabled,notifyRecovered:y.notifyRecovered,additionalNtfyTopic:y.additionalNtfyTopic,additionalEmails:y.additionalEmails,additionalNotificationLevel:y.additionalNotificationLevel}},Jr)).configureBackupJob,"ConfigureBackupJobPayload"),()=>"Job settings saved.")},children:[o("h3",{children:e.backupName}),o("div",{class:"field",children:[o("label",{for:`${E}-interval`,children:"Expected interval (e.g. 1D, 12h, 1W)"}),o("input",{id:`${E}-interval`,value:r,onInput:S=>i(S.currentTarget.value)})]}),o("fieldset",{children:[o("legend",{children:"Weekdays (UTC; none ticked means every day)"}),Co.map((S,T)=>o("label",{class:"check",children:[o("input",{type:"checkbox",checked:s.includes(T),onChange:A=>u(A.currentTarget.checked?[...s,T].sort():s.filter(j=>j!==T))}),S]},S))]}),o("div",{class:"field",children:[o("label",{for:`${E}-tolerance`,children:"Tolerance in minutes (empty: global default)"}),o("input",{id:`${E}-tolerance`,type:"number",min:"0",value:c,onInput:S=>p(S.currentTarget.value)})]}),o("label",{class:"check",children:[o("input",{type:"checkbox",checked:m,onChange:S=>g(S.currentTarget.checked)}),"Check for overdue runs"]}),o("div",{class:"field",children:[o("label",{for:`${E}-level`,children:"Warning alerts for"}),o("select",{id:`${E}-level`,value:b,onChange:S=>h(S.currentTarget.value),children:Ml.map(S=>o("option",{value:S,children:S.toLowerCase()},S))})]}),o($d,{prefix:E,choices:y,onChange:w}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",disabled:x.busy,children:"Save job settings"}),o("button",{type:"button",class:"danger",disabled:D.busy,onClick:()=>{confirm(`Delete the job ${e.backupName} with its runs and alerts?`)&&D.run(async()=>he((await se($s,{input:{job:{id:e.id}}},Jr)).deleteBackupJob,"DeleteBackupJobPayload"),S=>`Deleted ${S.backupName}: ${S.deleted.runs} runs.`)},children:"Delete job"})]}),o(Oe,{state:x}),o(Oe,{state:D})]})}function $d({prefix:e,choices:t,onChange:n}){let r=i=>s=>n({...t,[i]:s});return o("fieldset",{children:[o("legend",{children:"Notifications"}),o(Ze,{label:"ntfy",checked:t.ntfyEnabled,onChange:r("ntfyEnabled")}),o(Ze,{label:"E-mail",checked:t.emailEnabled,onChange:r("emailEnabled")}),o(Ze,{label:"Gotify",checked:t.gotifyEnabled,onChange:r("gotifyEnabled")}),o(Ze,{label:"Apprise",checked:t.appriseEnabled,onChange:r("appriseEnabled")}),o(Ze,{label:"Notify when a good run recovers",checked:t.notifyRecovered,onChange:r("notifyRecovered")}),o(Ce,{id:`${e}-extra-topic`,label:"Extra ntfy topic",value:t.additionalNtfyTopic,onInput:r("additionalNtfyTopic")}),o(Ce,{id:`${e}-extra-emails`,label:"Extra e-mail recipients (comma-separated)",value:t.additionalEmails,onInput:r("additionalEmails")}),o(It,{id:`${e}-extra-level`,label:"Runs that reach the extra destinations",value:t.additionalNotificationLevel,options:Ml.map(i=>({value:i,label:i.toLowerCase()})),onChange:r("additionalNotificationLevel")})]})}function Il({groups:e,onChange:t}){let n=Le(t);return e.length===0?o("p",{class:"muted",children:"No two servers share a name."}):o(ve,{children:[o("ul",{class:"plain",children:e.map(r=>{let[i,...s]=r.servers;return o("li",{children:[o("strong",{children:r.name}),": ",r.servers.length," servers (",r.servers.map(u=>u.serverId).join(", "),")"," ",o("button",{type:"button",disabled:n.busy||!i,onClick:()=>{!i||!confirm(`Merge ${s.length} older server(s) named ${r.name} into the newest one?`)||n.run(async()=>he((await se(Os,{input:{targetId:i.id,sourceIds:s.map(u=>u.id)}},Jr)).mergeServers,"MergeServersPayload"),u=>`Merged: ${u.counts.runsMoved} runs moved, ${u.counts.servers} servers removed.`)},children:"Merge into newest"})]},r.name)})}),o(Oe,{state:n})]})}var an={BACKUP_FAILED:"Failed run",BACKUP_WARNING:"Run with warnings",BACKUP_SUCCEEDED:"Successful run",OVERDUE:"Overdue",OVERDUE_REMINDER:"Overdue reminder",RECOVERED:"Recovered",SERVER_SEEN:"New server",TEST:"Test"},sn={NTFY:"ntfy",EMAIL:"E-mail",GOTIFY:"Gotify",APPRISE:"Apprise",WEBHOOK:"Webhook"},qi={PENDING:"Pending",DELIVERED:"Delivered",DEAD:"Failed"},Do={SUCCESS:"Successful run",WARNING:"Run with warnings or errors",OVERDUE_BACKUP:"Overdue job and reminders"};var mr=20,Bd={value:"",label:"Any"},Ji=e=>[Bd,...Object.entries(e).map(([t,n])=>({value:t,label:n}))];function Ll(){let[e,t]=C({status:"",channel:"",event:""}),[n,r]=C({first:mr}),[i,s]=C(1),u=We(Zt),c={...n,status:e.status||null,channel:e.channel||null,event:e.event||null},{data:p,error:m,refetch:g}=ut(nl,c,{admin:!0}),b=p?.notificationDeliveries,h=i===1&&b?Vd(b.nodes,u,e):!1;rt(()=>{h&&g()},[h,g]);let y=We(Ao);rt(()=>{y>0&&g()},[y,g]);let w=S=>T=>{t({...e,[S]:T}),r({first:mr}),s(1)},x=o("fieldset",{class:"filters",children:[o("legend",{class:"visually-hidden",children:"Filter deliveries"}),o(It,{id:"deliveries-status",label:"Status",value:e.status,options:Ji(qi),onChange:w("status")}),o(It,{id:"deliveries-channel",label:"Channel",value:e.channel,options:Ji(sn),onChange:w("channel")}),o(It,{id:"deliveries-event",label:"Event",value:e.event,options:Ji(an),onChange:w("event")})]});if(m&&!b)return o("p",{class:"error",children:["Could not read the deliveries: ",m.message]});if(!b)return o("p",{"aria-busy":"true",children:"Loading deliveries…"});let D=b.nodes.map(S=>u.get(S.id)??S).filter(S=>Ol(S,e)),E=Math.max(1,Math.ceil(b.totalCount/mr));return o("div",{class:"deliveries",children:[x,D.length===0?o("p",{class:"muted",children:["No deliveries",e.status||e.channel||e.event?" match these filters":" yet","."]}):o("div",{class:"table-scroll",children:o("table",{class:"deliveries-table",children:[o("caption",{class:"visually-hidden",children:"Notification deliveries, newest first"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Created"}),o("th",{scope:"col",children:"Status"}),o("th",{scope:"col",children:"Channel"}),o("th",{scope:"col",children:"Event"}),o("th",{scope:"col",children:"Attempts"}),o("th",{scope:"col",children:"Response"}),o("th",{scope:"col",children:"Last error"}),o("th",{scope:"col",children:"Delivered / next try"}),o("th",{scope:"col",children:o("span",{class:"visually-hidden",children:"Actions"})})]})}),o("tbody",{children:D.map(S=>o(Wd,{row:S},S.id))})]})}),o("nav",{class:"pager","aria-label":"Delivery pages",children:[o("button",{type:"button",disabled:i===1,onClick:()=>{r(i===2?{first:mr}:{last:mr,before:b.pageInfo.startCursor}),s(i-1)},children:"Newer deliveries"}),o("span",{class:"page-number",children:["Page ",i," of ",E," (",St(b.totalCount)," deliveries)"]}),o("button",{type:"button",disabled:!b.pageInfo.hasNextPage,onClick:()=>{r({first:mr,after:b.pageInfo.endCursor}),s(i+1)},children:"Older deliveries"})]})]})}function Ol(e,t){return(!t.status||e.status===t.status)&&(!t.channel||e.channel===t.channel)&&(!t.event||e.event===t.event)}function Vd(e,t,n){let r=new Set(e.map(s=>s.id)),i=e[0]?.createdAt??"";for(let[s,u]of t)if(!r.has(s)&&Ol(u,n)&&new Date(u.createdAt)>=new Date(i||0))return!0;return!1}var Ud={DELIVERED:"status-success",PENDING:"status-none",DEAD:"status-error"};function Wd({row:e}){let[t,n]=C(!1),[r,i]=C(null);return o("tr",{"data-delivery-id":e.id,"data-status":e.status,children:[o("td",{children:Ee(e.createdAt)}),o("td",{children:o("span",{class:`badge ${Ud[e.status]}`,children:qi[e.status]})}),o("td",{children:[sn[e.channel],e.destination&&o("span",{class:"muted",children:[" ",e.destination]})]}),o("td",{title:e.title||void 0,children:an[e.event]}),o("td",{children:e.attempts}),o("td",{children:e.responseCode??"—"}),o("td",{class:"last-error",children:e.lastError??"—"}),o("td",{children:e.deliveredAt?Ee(e.deliveredAt):e.nextAttemptAt?`next ${Ee(e.nextAttemptAt)}`:"—"}),o("td",{children:[e.status!=="PENDING"&&o("button",{type:"button",disabled:t,"aria-label":`Re-send the ${an[e.event].toLowerCase()} notification by ${sn[e.channel]}`,onClick:async()=>{n(!0),i(null);try{let s=Zt.get().get(e.id),u=await se(rl,{id:e.id},{admin:!0}),c=he(u.resendNotification,"NotificationDelivery");Zt.get().get(e.id)===s&&Zt.set(new Map(Zt.get()).set(c.id,c))}catch(s){i(s.message)}finally{n(!1)}},children:"Re-send"}),r&&o("span",{class:"error",children:[" ",r]})]})]})}var Po={admin:!0};function Fl({settings:e,onSaved:t}){let[n,r]=C(e.ntfy?.url??"https://ntfy.sh/"),[i,s]=C(e.ntfy?.topic??""),[u,c]=C(""),[p,m]=C(!1),g=Le();return o("form",{class:"card channel","aria-labelledby":"channel-ntfy",onSubmit:b=>{b.preventDefault(),g.run(async()=>{let y=he((await se(Gs,{input:{url:n,topic:i,accessToken:p?"":u||void 0}},Po)).setNtfySettings,"NotificationSettings");return c(""),m(!1),t(y),y},()=>"ntfy saved.")},children:[o("h3",{id:"channel-ntfy",children:"ntfy"}),o(Ce,{id:"ntfy-url",label:"Server URL",type:"url",required:!0,value:n,onInput:r}),o(Ce,{id:"ntfy-topic",label:"Topic",required:!0,value:i,onInput:s}),o(qr,{id:"ntfy-token",label:"Access token",isSet:e.ntfy?.hasAccessToken??!1,value:u,onInput:c,remove:{checked:p,onChange:m}}),o("button",{type:"submit",class:"primary",disabled:g.busy,children:"Save ntfy"}),o(Oe,{state:g})]})}var zd=[{value:"STARTTLS",label:"STARTTLS (TLS required)"},{value:"SSL",label:"SSL/TLS from the start"},{value:"PLAIN",label:"Plain (no TLS)"}];function $l({settings:e,onSaved:t}){let n=e.email,[r,i]=C(n?.host??""),[s,u]=C(String(n?.port??587)),[c,p]=C(n?.connectionType??"STARTTLS"),[m,g]=C(n?.requireAuth??!0),[b,h]=C(n?.username??""),[y,w]=C(""),[x,D]=C(!1),[E,S]=C(n?.mailto??""),[T,A]=C(n?.fromAddress??""),[j,O]=C(n?.senderName??""),Q=Le();return o("form",{class:"card channel","aria-labelledby":"channel-email",onSubmit:q=>{q.preventDefault(),Q.run(async()=>{let Z={host:r,port:Number(s),connectionType:c,requireAuth:m,username:b,password:x?"":y||void 0,mailto:E,fromAddress:T,senderName:j||void 0},J=he((await se(js,{input:Z},Po)).setEmailSettings,"NotificationSettings");return w(""),D(!1),t(J),J},()=>"E-mail saved.")},children:[o("h3",{id:"channel-email",children:"E-mail"}),n?.passwordMustBeSetAgain&&o("p",{class:"error",children:"The upgrade could not carry duplistatus's password over: enter it again."}),o(Ce,{id:"email-host",label:"SMTP host",required:!0,value:r,onInput:i}),o(Ce,{id:"email-port",label:"Port",type:"number",required:!0,value:s,onInput:u}),o(It,{id:"email-connection",label:"Connection",value:c,options:zd,onChange:p}),o(Ze,{label:"The server needs a login",checked:m,onChange:g}),o(Ce,{id:"email-username",label:"Username",value:b,onInput:h}),o(qr,{id:"email-password",label:"Password",isSet:n?.hasPassword??!1,value:y,onInput:w,remove:{checked:x,onChange:D}}),o(Ce,{id:"email-to",label:"Recipient",type:"email",required:!0,value:E,onInput:S}),o(Ce,{id:"email-from",label:"Sender address (empty: the username)",value:T,onInput:A}),o(Ce,{id:"email-sender",label:"Sender name",placeholder:"duplistatus",value:j,onInput:O}),o("button",{type:"submit",class:"primary",disabled:Q.busy,children:"Save e-mail"}),o(Oe,{state:Q})]})}function Bl({settings:e,onSaved:t}){let[n,r]=C(e.gotify?.url??""),[i,s]=C(e.gotify?.enabled??!0),[u,c]=C(""),p=Le();return o("form",{class:"card channel","aria-labelledby":"channel-gotify",onSubmit:m=>{m.preventDefault(),p.run(async()=>{let b=he((await se(Hs,{input:{url:n,enabled:i,token:u||void 0}},Po)).setGotifySettings,"NotificationSettings");return c(""),t(b),b},()=>"Gotify saved.")},children:[o("h3",{id:"channel-gotify",children:"Gotify"}),o(Ce,{id:"gotify-url",label:"Server URL",type:"url",required:!0,value:n,onInput:r}),o(qr,{id:"gotify-token",label:"Application token",isSet:e.gotify?.hasToken??!1,value:u,onInput:c}),o(Ze,{label:"Send through Gotify",checked:i,onChange:s}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:p.busy,children:"Save Gotify"})}),o(Oe,{state:p})]})}function Vl({settings:e,onSaved:t}){let[n,r]=C(e.apprise?.url??""),[i,s]=C(e.apprise?.key??""),[u,c]=C(e.apprise?.enabled??!0),[p,m]=C(""),g=Le();return o("form",{class:"card channel","aria-labelledby":"channel-apprise",onSubmit:b=>{b.preventDefault(),g.run(async()=>{let y=he((await se(Qs,{input:{url:n,key:i,enabled:u,urls:p||void 0}},Po)).setAppriseSettings,"NotificationSettings");return m(""),t(y),y},()=>"Apprise saved.")},children:[o("h3",{id:"channel-apprise",children:"Apprise API"}),o(Ce,{id:"apprise-url",label:"Apprise API server",type:"url",required:!0,value:n,onInput:r}),o(Ce,{id:"apprise-key",label:"Configuration key (empty: send the URLs below)",value:i,onInput:s}),o(qr,{id:"apprise-urls",label:"Apprise URLs",isSet:e.apprise?.hasUrls??!1,value:p,onInput:m}),o(Ze,{label:"Send through Apprise",checked:u,onChange:c}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:g.busy,children:"Save Apprise"})}),o(Oe,{state:g})]})}function Kd(e){let t=e.server.alias||e.server.name,n=e.latestBackup?` (latest run: ${e.latestBackup.status.toLowerCase()})`:" (no run stored)";return`${t} · ${e.backupName}${n}`}function Ul({kind:e,text:t,jobs:n}){let r=e==="OVERDUE_BACKUP"?n:n.filter(x=>x.latestBackup),[i,s]=C(r[0]?.id??""),[u,c]=C(!1),[p,m]=C(null),[g,b]=C(null),h=`template-${e.toLowerCase()}`,y=r.find(x=>x.id===i);async function w(){if(y){c(!0),b(null);try{let x=e==="OVERDUE_BACKUP"?{jobId:y.id}:{backupId:y.latestBackup.id},D={title:t.title,message:t.message,priority:t.priority||null,tags:t.tags||null},E=await se(al,{input:{kind:e,template:D,...x}},{admin:!0});m(he(E.notificationTemplatePreview,"NotificationTemplatePreview"))}catch(x){m(null),b(x.message)}finally{c(!1)}}}return r.length===0?o("p",{class:"muted",children:"No stored run to preview this template with yet."}):o("section",{class:"template-preview","aria-labelledby":`${h}-preview`,children:[o("h4",{id:`${h}-preview`,children:"Preview"}),o(It,{id:`${h}-preview-job`,label:e==="OVERDUE_BACKUP"?"Job (as if overdue now)":"Job (its latest run's values)",value:i,options:r.map(x=>({value:x.id,label:Kd(x)})),onChange:s}),o("div",{class:"actions",children:o("button",{type:"button",disabled:u||!t.message||!t.title,onClick:()=>{w()},children:u?"Rendering…":"Preview"})}),o("div",{role:"status",children:[g&&o("p",{class:"error",children:g}),p&&p.deprecatedPlaceholders.length>0&&o("p",{class:"muted",children:["Deprecated placeholders (still rendered): ",p.deprecatedPlaceholders.join(", ")]}),p&&p.channels.length===0&&o("p",{class:"muted",children:"No channel sends text."}),p?.channels.map(x=>o("div",{class:"preview-channel","data-channel":x.channel,"data-truncated":String(x.truncated),children:[o("strong",{children:sn[x.channel]}),x.truncated&&o("span",{class:"error",children:" — cut to the channel's size limit"}),o("dl",{children:[o("dt",{children:"Title"}),o("dd",{class:"preview-title",children:x.title}),o("dt",{children:"Message"}),o("dd",{children:o("pre",{class:"preview-message",children:x.message})}),o("dt",{children:"Priority"}),o("dd",{children:x.priority}),o("dt",{children:"Tags"}),o("dd",{children:x.tags||"—"})]})]},x.channel))]})]})}var qd={admin:!0},Jd=Object.keys(Do),Gd=["min","low","default","high","max"].map(e=>({value:e,label:e}));function Wl({templates:e,onChange:t}){let n=ut(il,{}).data?.backupJobs.nodes??[];return o(ve,{children:Jd.map(r=>o(jd,{kind:r,template:e.find(i=>i.kind===r),jobs:n,onChange:t},r))})}function jd({kind:e,template:t,jobs:n,onChange:r}){let[i,s]=C(t?.title??""),[u,c]=C(t?.message??""),[p,m]=C(t?.priority??"default"),[g,b]=C(t?.tags??""),h=Le(r),y=`template-${e.toLowerCase()}`;return o("details",{class:"card template","data-template-kind":e,children:[o("summary",{children:[o("strong",{children:Do[e]})," ",o("span",{class:"muted",children:t?"stored":"built-in default in use"})]}),o("form",{"aria-label":`Template: ${Do[e]}`,onSubmit:w=>{w.preventDefault(),h.run(async()=>he((await se(Zs,{input:{kind:e,title:i,message:u,priority:p,tags:g}},qd)).setNotificationTemplate,"NotificationSettings"),()=>"Template saved.")},children:[o(Ce,{id:`${y}-title`,label:"Title (e-mail subject)",required:!0,value:i,onInput:s}),o("div",{class:"field",children:[o("label",{for:`${y}-message`,children:["Message (","{placeholder}","s are filled per event)"]}),o("textarea",{id:`${y}-message`,required:!0,rows:6,value:u,onInput:w=>c(w.currentTarget.value)})]}),o(It,{id:`${y}-priority`,label:"ntfy priority",value:p,options:Gd,onChange:m}),o(Ce,{id:`${y}-tags`,label:"ntfy tags (comma-separated)",value:g,onInput:b}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:h.busy,children:"Save template"})}),o(Oe,{state:h})]}),o(Ul,{kind:e,text:{title:i,message:u,priority:p,tags:g},jobs:n})]})}var Hd={admin:!0},Qd=["NTFY","EMAIL","GOTIFY","APPRISE"];function zl(){let[e,t]=C([]),[n,r]=C(""),[i,s]=C(!1),[u,c]=C(null),[p,m]=C(null);return o("form",{class:"card","aria-labelledby":"notification-test",onSubmit:async g=>{g.preventDefault(),s(!0),m(null);try{let b=await se(tl,{channels:e.length?e:null,toEmail:n||null},Hd);c(he(b.sendTestNotification,"SendTestNotificationPayload").outcomes)}catch(b){c(null),m(b.message)}finally{s(!1)}},children:[o("h3",{id:"notification-test",children:"Send a test"}),o("fieldset",{children:[o("legend",{children:"Channels (none ticked: every configured one)"}),Qd.map(g=>o(Ze,{label:sn[g],checked:e.includes(g),onChange:b=>t(b?[...e,g]:e.filter(h=>h!==g))},g))]}),o(Ce,{id:"test-email",label:"Send the e-mail test to (empty: the recipient)",type:"email",value:n,onInput:r}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:i,children:i?"Sending…":"Send test"})}),o("div",{role:"status",children:[p&&o("p",{class:"error",children:p}),u&&u.length===0&&o("p",{class:"muted",children:"No channel is configured."}),u&&u.length>0&&o("ul",{class:"plain test-outcomes",children:u.map(g=>o("li",{"data-channel":g.channel,"data-delivered":String(g.delivered),children:[o("strong",{children:sn[g.channel]}),g.destination&&` (${g.destination})`,":"," ",o("span",{class:g.delivered?"ok":"error",children:g.delivered?"delivered":"failed"}),g.responseCode!==null&&g.responseCode!==void 0&&`, answered ${g.responseCode}`,g.error&&` — ${g.error}`]},g.channel))})]})]})}var ql={admin:!0},Yd=Object.keys(an).filter(e=>e!=="BACKUP_SUCCEEDED"&&e!=="TEST"),Kl=16;function Jl({webhooks:e,onChange:t}){let n=Le(t);return o("div",{class:"card",children:[e.length===0?o("p",{class:"muted",children:"No webhook endpoints."}):o("div",{class:"table-scroll",children:o("table",{class:"webhooks",children:[o("caption",{class:"visually-hidden",children:"Webhook endpoints"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Name"}),o("th",{scope:"col",children:"URL"}),o("th",{scope:"col",children:"Events"}),o("th",{scope:"col",children:"Secret"}),o("th",{scope:"col",children:o("span",{class:"visually-hidden",children:"Actions"})})]})}),o("tbody",{children:e.map(r=>o("tr",{"data-webhook-id":r.id,children:[o("td",{children:[r.name||"—",!r.enabled&&o("span",{class:"muted",children:" (off)"})]}),o("td",{children:o("code",{children:r.url})}),o("td",{children:r.events.map(i=>an[i]).join(", ")}),o("td",{children:r.hasSecret?"set":"not set"}),o("td",{children:o("button",{type:"button",class:"danger",disabled:n.busy,"aria-label":`Remove the webhook ${r.name||r.url}`,onClick:()=>{confirm(`Remove the webhook ${r.name||r.url}?`)&&n.run(async()=>he((await se(el,{id:r.id},ql)).removeNotificationWebhook,"RemoveNotificationWebhookPayload"),()=>"Webhook removed.")},children:"Remove"})})]},r.id))})]})}),o(Oe,{state:n}),o(Zd,{onChange:t})]})}function Zd({onChange:e}){let[t,n]=C(""),[r,i]=C(""),[s,u]=C(""),[c,p]=C(Yd),[m,g]=C(!1),b=Le(e);return o("form",{"aria-labelledby":"webhook-add",onSubmit:h=>{h.preventDefault(),b.run(async()=>{let w=he((await se(Xs,{input:{name:t,url:r,secret:s,events:c,legacyMachineKeys:m}},ql)).addNotificationWebhook,"NotificationWebhook");return n(""),i(""),u(""),w},()=>"Webhook added.")},children:[o("h3",{id:"webhook-add",children:"Add a webhook"}),o(Ce,{id:"webhook-name",label:"Name",value:t,onInput:n}),o(Ce,{id:"webhook-url",label:"URL (http or https)",type:"url",required:!0,value:r,onInput:i}),o("div",{class:"field",children:[o("label",{for:"webhook-secret",children:["Signing secret (at least ",Kl," characters; never shown again)"]}),o("input",{id:"webhook-secret",type:"password",required:!0,minLength:Kl,autoComplete:"new-password",value:s,onInput:h=>u(h.currentTarget.value)})]}),o("fieldset",{children:[o("legend",{children:"Events"}),Object.keys(an).filter(h=>h!=="TEST").map(h=>o(Ze,{label:an[h],checked:c.includes(h),onChange:y=>p(y?[...c,h]:c.filter(w=>w!==h))},h))]}),o(Ze,{label:"Add machine keys beside server (older receivers)",checked:m,onChange:g}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:b.busy,children:"Add webhook"})}),o(Oe,{state:b})]})}function Gl(){let{data:e,error:t,refetch:n}=ut(Js,{},{admin:!0}),[r,i]=C(null);rt(()=>i(null),[e]);let s=r??e?.notificationSettings;return t&&!s?o("p",{class:"error",children:["Could not read the notification settings: ",t.message]}):s?o(ve,{children:[o("section",{"aria-labelledby":"notifications-channels",children:[o("h2",{id:"notifications-channels",children:"Channels"}),o("p",{class:"muted",children:"Secrets are write-only: the page only says whether one is stored."}),o("div",{class:"channels",children:[o(Fl,{settings:s,onSaved:i}),o($l,{settings:s,onSaved:i}),o(Bl,{settings:s,onSaved:i}),o(Vl,{settings:s,onSaved:i})]})]}),o("section",{"aria-labelledby":"notifications-test",children:[o("h2",{id:"notifications-test",children:"Test"}),o(zl,{})]}),o("section",{"aria-labelledby":"notifications-webhooks",children:[o("h2",{id:"notifications-webhooks",children:"Webhooks"}),o(Jl,{webhooks:s.webhooks,onChange:n})]}),o("section",{"aria-labelledby":"notifications-options",children:[o("h2",{id:"notifications-options",children:"Options"}),o(Xd,{settings:s,onSaved:i})]}),o("section",{"aria-labelledby":"notifications-templates",children:[o("h2",{id:"notifications-templates",children:"Templates"}),o("p",{class:"muted",children:["Language: ",s.templateLanguage,". Preview renders the text as edited, before it is saved."]}),o(Wl,{templates:s.templates,onChange:n})]}),o("section",{"aria-labelledby":"notifications-deliveries",children:[o("h2",{id:"notifications-deliveries",children:"Deliveries"}),o(Ll,{})]})]}):o("p",{"aria-busy":"true",children:"Loading notification settings…"})}function Xd({settings:e,onSaved:t}){let[n,r]=C(e.notifyNewServer),[i,s]=C(String(e.overdueDigestThreshold)),u=Le();return o("form",{class:"card",onSubmit:c=>{c.preventDefault(),u.run(async()=>{let p={notifyNewServer:n,overdueDigestThreshold:Number(i)},m=he((await se(Ys,{input:p},{admin:!0})).setNotificationOptions,"NotificationSettings");return t(m),m},()=>"Options saved.")},children:[o(Ze,{label:"Notify the first report of a new server",checked:n,onChange:r}),o(Ce,{id:"overdue-digest",label:"Overdue notifications in one check before they become one digest",type:"number",required:!0,value:i,onInput:s}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:u.busy,children:"Save options"})}),o(Oe,{state:u})]})}var Gi={admin:!0},ep=[0,5,15,30,60,120,240,360,720,1440],tp=["ONETIME","EVERY_DAY","EVERY_WEEK","EVERY_MONTH"];function jl({section:e}){We(Yt);let t=cr("admin")!==null,{data:n,error:r,refetch:i}=ut(Rs,{},{admin:!0,skip:!t||e!=="general"});return t?o(ve,{children:[o("h1",{children:"Admin"}),o("p",{children:o("button",{type:"button",onClick:()=>bl("admin"),children:"Forget the admin token"})}),r&&o(ve,{children:[o("p",{class:"error",role:"alert",children:r.message}),o(Ln,{kind:"admin"})]}),o("nav",{class:"tabs","aria-label":"Admin sections",children:[o("a",{href:Ye.admin("general"),"aria-current":e==="general"?"page":void 0,children:"Servers and monitoring"}),o("a",{href:Ye.admin("notifications"),"aria-current":e==="notifications"?"page":void 0,children:"Notifications"})]}),e==="notifications"?o(Gl,{}):n&&o(np,{data:n,refetch:i})]}):o(ve,{children:[o("h1",{children:"Admin"}),o(Ln,{kind:"admin"})]})}function np({data:e,refetch:t}){return o(ve,{children:[o("section",{"aria-labelledby":"admin-monitoring",children:[o("h2",{id:"admin-monitoring",children:"Monitoring settings"}),o(rp,{settings:e.monitoringSettings,onChange:t})]}),o("section",{"aria-labelledby":"admin-servers",children:[o("h2",{id:"admin-servers",children:"Servers and job schedules"}),e.servers.nodes.length===0&&o("p",{class:"muted",children:"No servers."}),e.servers.nodes.map(n=>o(Rl,{server:n,onChange:t},n.id))]}),o("section",{"aria-labelledby":"admin-duplicates",children:[o("h2",{id:"admin-duplicates",children:"Duplicate servers"}),o(Il,{groups:e.duplicateServers,onChange:t})]}),o("section",{"aria-labelledby":"admin-prune",children:[o("h2",{id:"admin-prune",children:"Prune old runs"}),o(op,{onChange:t})]}),o("section",{"aria-labelledby":"admin-usage",children:[o("h2",{id:"admin-usage",children:"Deprecated fields still in use"}),o(ip,{usage:e.deprecatedFieldUsage})]})]})}function rp({settings:e,onChange:t}){let[n,r]=C(e.defaultToleranceMilliseconds/6e4),[i,s]=C(e.reminderFrequency),u=Le(t),c=Le(t);return o("form",{class:"card",onSubmit:p=>{p.preventDefault(),u.run(async()=>he((await se(Vs,{input:{defaultToleranceMilliseconds:n*6e4,reminderFrequency:i}},Gi)).setMonitoringSettings,"SetMonitoringSettingsPayload"),()=>"Settings saved.")},children:[o("div",{class:"field",children:[o("label",{for:"default-tolerance",children:"Default tolerance"}),o("select",{id:"default-tolerance",value:n,onChange:p=>r(Number(p.currentTarget.value)),children:ep.map(p=>o("option",{value:p,children:[p," min"]},p))})]}),o("div",{class:"field",children:[o("label",{for:"reminder-frequency",children:"Overdue reminders"}),o("select",{id:"reminder-frequency",value:i,onChange:p=>s(p.currentTarget.value),children:tp.map(p=>o("option",{value:p,children:p.toLowerCase().replace("_"," ")},p))})]}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",disabled:u.busy,children:"Save settings"}),o("button",{type:"button",disabled:c.busy,onClick:()=>{c.run(async()=>he((await se(Us,{},Gi)).runOverdueCheck,"RunOverdueCheckPayload"),p=>p.check.message)},children:"Run the overdue check now"})]}),o(Oe,{state:u}),o(Oe,{state:c})]})}function op({onChange:e}){let[t,n]=C(""),r=Le(e);return o("form",{class:"card",onSubmit:i=>{i.preventDefault(),!(!t||!confirm(`Delete every run that ended before ${t}?`))&&r.run(async()=>he((await se(Bs,{olderThan:new Date(`${t}T00:00:00Z`).toISOString()},Gi)).pruneBackups,"PruneBackupsPayload"),s=>`Deleted ${s.deleted.runs} runs of ${s.deleted.jobsAffected} jobs.`)},children:[o("div",{class:"field",children:[o("label",{for:"prune-before",children:"Delete runs that ended before (UTC date)"}),o("input",{id:"prune-before",type:"date",required:!0,value:t,onInput:i=>n(i.currentTarget.value)})]}),o("button",{type:"submit",class:"danger",disabled:r.busy,children:"Prune"}),o(Oe,{state:r})]})}function ip({usage:e}){return e.length===0?o("p",{class:"muted",children:"No client has used a deprecated field since the server started."}):o("div",{class:"table-scroll",children:o("table",{children:[o("caption",{class:"visually-hidden",children:"Deprecated fields by client"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Client"}),o("th",{scope:"col",children:"Field"}),o("th",{scope:"col",children:"Uses"}),o("th",{scope:"col",children:"Last used"})]})}),o("tbody",{children:e.map(t=>o("tr",{children:[o("td",{children:[t.client,t.clientVersion&&` ${t.clientVersion}`]}),o("td",{children:o("code",{children:t.coordinate})}),o("td",{children:t.count}),o("td",{children:Ee(t.lastSeenAt)})]},`${t.client}|${t.clientVersion}|${t.coordinate}`))})]})})}var ap={OVERDUE:"Overdue",BACKUP_FAILED:"Backup failed",BACKUP_WARNING:"Backup warning"};function Ro({alerts:e,onChange:t}){let[n,r]=C(null),[i,s]=C(!1),[u,c]=C(null);async function p(m){r(null),c(m);try{he((await se(Ms,{id:m},{admin:!0})).acknowledgeAlert,"AcknowledgeAlertPayload"),s(!1),t()}catch(g){r(`Not acknowledged: ${g.message}`),g instanceof dr&&s(!0)}finally{c(null)}}return e.length===0?o("p",{class:"muted",children:"No alerts."}):o("div",{children:[n&&o("p",{class:"error",role:"alert",children:n}),i&&o(Ln,{kind:"admin",onCancel:()=>s(!1),onSaved:()=>s(!1)}),o("ul",{class:"alerts",children:e.map(m=>o("li",{class:`alert-item ${m.active?"open":"closed"}`,"data-alert-id":m.id,children:[o("div",{children:[o("strong",{children:ap[m.kind]}),m.job&&o("span",{children:[" · ",m.job.backupName]})," · ",o("span",{children:m.active?"open":"resolved"}),m.acknowledgedAt&&o("span",{class:"ack",children:[" · acknowledged ",Ee(m.acknowledgedAt)]})]}),o("div",{class:"muted",children:[m.message," — raised ",Ee(m.raisedAt),m.reminderCount>0&&`, ${m.reminderCount} reminder(s)`,m.resolvedAt&&`, resolved ${Ee(m.resolvedAt)}`]}),m.active&&!m.acknowledgedAt&&o("button",{type:"button",disabled:u===m.id,onClick:()=>p(m.id),children:"Acknowledge"})]},m.id))})]})}function Mo({status:e}){let t=e??"NONE";return o("span",{class:`badge status-${t.toLowerCase()}`,children:Kr[t]})}function Io({since:e}){return o("span",{class:"badge overdue",title:e?`Overdue since ${new Date(e).toLocaleString()}`:"Overdue",children:"Overdue"})}var sp="uplot",lp="u-hz",up="u-vt",cp="u-title",dp="u-wrap",pp="u-under",fp="u-over",mp="u-axis",Bn="u-off",gp="u-select",hp="u-cursor-x",bp="u-cursor-y",yp="u-cursor-pt",vp="u-legend",_p="u-live",Sp="u-inline",wp="u-series",kp="u-marker",Hl="u-label",xp="u-value",jr="width",Hr="height";var Ql="bottom",gr="left",ji="right",da="#000",Yl=da+"0",Hi="mousemove",Zl="mousedown",Qi="mouseup",Xl="mouseenter",eu="mouseleave",tu="dblclick",Ap="resize",Tp="scroll",nu="change",Bo="dppxchange",pa="--",wr=typeof window<"u",ta=wr?document:null,br=wr?window:null,Np=wr?navigator:null,ge,Lo;function na(){let e=devicePixelRatio;ge!=e&&(ge=e,Lo&&oa(nu,Lo,na),Lo=matchMedia(`(min-resolution: ${ge-.001}dppx) and (max-resolution: ${ge+.001}dppx)`),Vn(nu,Lo,na),br.dispatchEvent(new CustomEvent(Bo)))}function wt(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function ra(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function De(e,t,n){e.style[t]=n+"px"}function Ut(e,t,n,r){let i=ta.createElement(e);return t!=null&&wt(i,t),n?.insertBefore(i,r),i}function Lt(e,t){return Ut("div",e,t)}var ru=new WeakMap;function en(e,t,n,r,i){let s="translate("+t+"px,"+n+"px)",u=ru.get(e);s!=u&&(e.style.transform=s,ru.set(e,s),t<0||n<0||t>r||n>i?wt(e,Bn):ra(e,Bn))}var ou=new WeakMap;function iu(e,t,n){let r=t+n,i=ou.get(e);r!=i&&(ou.set(e,r),e.style.background=t,e.style.borderColor=n)}var au=new WeakMap;function su(e,t,n,r){let i=t+""+n,s=au.get(e);i!=s&&(au.set(e,i),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=r?-t/2+"px":0,e.style.marginTop=r?-n/2+"px":0)}var fa={passive:!0},Ep={...fa,capture:!0};function Vn(e,t,n,r){t.addEventListener(e,n,r?Ep:fa)}function oa(e,t,n,r){t.removeEventListener(e,n,fa)}wr&&na();function Wt(e,t,n,r){let i;n=n||0,r=r||t.length-1;let s=r<=2147483647;for(;r-n>1;)i=s?n+r>>1:kt((n+r)/2),t[i]<e?n=i:r=i;return e-t[n]<=t[r]-e?n:r}function Lu(e){return(n,r,i)=>{let s=-1,u=-1;for(let c=r;c<=i;c++)if(e(n[c])){s=c;break}for(let c=i;c>=r;c--)if(e(n[c])){u=c;break}return[s,u]}}var Ou=e=>e!=null,Fu=e=>e!=null&&e>0,Wo=Lu(Ou),Cp=Lu(Fu);function Dp(e,t,n,r=0,i=!1){let s=i?Cp:Wo,u=i?Fu:Ou;[t,n]=s(e,t,n);let c=e[t],p=e[t];if(t>-1)if(r==1)c=e[t],p=e[n];else if(r==-1)c=e[n],p=e[t];else for(let m=t;m<=n;m++){let g=e[m];u(g)&&(g<c?c=g:g>p&&(p=g))}return[c??Se,p??-Se]}function zo(e,t,n,r){let i=cu(e),s=cu(t);e==t&&(i==-1?(e*=n,t/=n):(e/=n,t*=n));let u=n==10?ln:$u,c=i==1?kt:Ot,p=s==1?Ot:kt,m=c(u(Ke(e))),g=p(u(Ke(t))),b=yr(n,m),h=yr(n,g);return n==10&&(m<0&&(b=we(b,-m)),g<0&&(h=we(h,-g))),r||n==2?(e=b*i,t=h*s):(e=Wu(e,b),t=Ko(t,h)),[e,t]}function ma(e,t,n,r){let i=zo(e,t,n,r);return e==0&&(i[0]=0),t==0&&(i[1]=0),i}var ga=.1,lu={mode:3,pad:ga},Yr={pad:0,soft:null,mode:0},Pp={min:Yr,max:Yr};function Vo(e,t,n,r){return qo(n)?uu(e,t,n):(Yr.pad=n,Yr.soft=r?0:null,Yr.mode=r?3:0,uu(e,t,Pp))}function fe(e,t){return e??t}function Rp(e,t,n){for(t=fe(t,0),n=fe(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function uu(e,t,n){let r=n.min,i=n.max,s=fe(r.pad,0),u=fe(i.pad,0),c=fe(r.hard,-Se),p=fe(i.hard,Se),m=fe(r.soft,Se),g=fe(i.soft,-Se),b=fe(r.mode,0),h=fe(i.mode,0),y=t-e,w=ln(y),x=ct(Ke(e),Ke(t)),D=ln(x),E=Ke(D-w);(y<1e-24||E>10)&&(y=0,(e==0||t==0)&&(y=1e-24,b==2&&m!=Se&&(s=0),h==2&&g!=-Se&&(u=0)));let S=y||x||1e3,T=ln(S),A=yr(10,kt(T)),j=S*(y==0?e==0?.1:1:s),O=we(Wu(e-j,A/10),24),Q=e>=m&&(b==1||b==3&&O<=m||b==2&&O>=m)?m:Se,q=ct(c,O<Q&&e>=Q?Q:zt(Q,O)),Z=S*(y==0?t==0?.1:1:u),J=we(Ko(t+Z,A/10),24),P=t<=g&&(h==1||h==3&&J>=g||h==2&&J<=g)?g:-Se,H=zt(p,J>P&&t<=P?P:ct(P,J));return q==H&&q==0&&(H=100),[q,H]}var Mp=new Intl.NumberFormat(wr?Np.language:"en-US"),ha=e=>Mp.format(e),xt=Math,$o=xt.PI,Ke=xt.abs,kt=xt.floor,ze=xt.round,Ot=xt.ceil,zt=xt.min,ct=xt.max,yr=xt.pow,cu=xt.sign,ln=xt.log10,$u=xt.log2,Ip=(e,t=1)=>xt.sinh(e)*t,Yi=(e,t=1)=>xt.asinh(e/t),Se=1/0;function du(e){return(ln((e^e>>31)-(e>>31))|0)+1}function ia(e,t,n){return zt(ct(e,t),n)}function Bu(e){return typeof e=="function"}function le(e){return Bu(e)?e:()=>e}var Lp=()=>{},Vu=e=>e,Uu=(e,t)=>t,Op=e=>null,pu=e=>!0,fu=(e,t)=>e==t,Fp=/\.\d*?(?=9{6,}|0{6,})/gm,Un=e=>{if(Ku(e)||_n.has(e))return e;let t=`${e}`,n=t.match(Fp);if(n==null)return e;let r=n[0].length-1;if(t.indexOf("e-")!=-1){let[i,s]=t.split("e");return+`${Un(i)}e${s}`}return we(e,r)};function Fn(e,t){return Un(we(Un(e/t))*t)}function Ko(e,t){return Un(Ot(Un(e/t))*t)}function Wu(e,t){return Un(kt(Un(e/t))*t)}function we(e,t=0){if(Ku(e))return e;let n=10**t,r=e*n*(1+Number.EPSILON);return ze(r)/n}var _n=new Map;function zu(e){return((""+e).split(".")[1]||"").length}function Xr(e,t,n,r){let i=[],s=r.map(zu);for(let u=t;u<n;u++){let c=Ke(u),p=we(yr(e,u),c);for(let m=0;m<r.length;m++){let g=e==10?+`${r[m]}e${u}`:r[m]*p,b=(u>=0?0:c)+(u>=s[m]?0:s[m]),h=e==10?g:we(g,b);i.push(h),_n.set(h,b)}}return i}var Zr={},ba=[],vr=[null,null],vn=Array.isArray,Ku=Number.isInteger,$p=e=>e===void 0;function mu(e){return typeof e=="string"}function qo(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Bp(e){return e!=null&&typeof e=="object"}var Vp=Object.getPrototypeOf(Uint8Array),qu="__proto__";function _r(e,t=qo){let n;if(vn(e)){let r=e.find(i=>i!=null);if(vn(r)||t(r)){n=Array(e.length);for(let i=0;i<e.length;i++)n[i]=_r(e[i],t)}else n=e.slice()}else if(e instanceof Vp)n=e.slice();else if(t(e)){n={};for(let r in e)r!=qu&&(n[r]=_r(e[r],t))}else n=e;return n}function Be(e){let t=arguments;for(let n=1;n<t.length;n++){let r=t[n];for(let i in r)i!=qu&&(qo(e[i])?Be(e[i],_r(r[i])):e[i]=_r(r[i]))}return e}var Up=0,Wp=1,zp=2;function Kp(e,t,n){for(let r=0,i,s=-1;r<t.length;r++){let u=t[r];if(u>s){for(i=u-1;i>=0&&e[i]==null;)e[i--]=null;for(i=u+1;i<n&&e[i]==null;)e[s=i++]=null}}}function qp(e,t){if(jp(e)){let u=e[0].slice();for(let c=1;c<e.length;c++)u.push(...e[c].slice(1));return Hp(u[0])||(u=Gp(u)),u}let n=new Set;for(let u=0;u<e.length;u++){let p=e[u][0],m=p.length;for(let g=0;g<m;g++)n.add(p[g])}let r=[Array.from(n).sort((u,c)=>u-c)],i=r[0].length,s=new Map;for(let u=0;u<i;u++)s.set(r[0][u],u);for(let u=0;u<e.length;u++){let c=e[u],p=c[0];for(let m=1;m<c.length;m++){let g=c[m],b=Array(i).fill(void 0),h=t?t[u][m]:Wp,y=[];for(let w=0;w<g.length;w++){let x=g[w],D=s.get(p[w]);x===null?h!=Up&&(b[D]=x,h==zp&&y.push(D)):b[D]=x}Kp(b,y,i),r.push(b)}}return r}var Jp=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Gp(e){let t=e[0],n=t.length,r=Array(n);for(let s=0;s<r.length;s++)r[s]=s;r.sort((s,u)=>t[s]-t[u]);let i=[];for(let s=0;s<e.length;s++){let u=e[s],c=Array(n);for(let p=0;p<n;p++)c[p]=u[r[p]];i.push(c)}return i}function jp(e){let t=e[0][0],n=t.length;for(let r=1;r<e.length;r++){let i=e[r][0];if(i.length!=n)return!1;if(i!=t){for(let s=0;s<n;s++)if(i[s]!=t[s])return!1}}return!0}function Hp(e,t=100){let n=e.length;if(n<=1)return!0;let r=0,i=n-1;for(;r<=i&&e[r]==null;)r++;for(;i>=r&&e[i]==null;)i--;if(i<=r)return!0;let s=ct(1,kt((i-r+1)/t));for(let u=e[r],c=r+s;c<=i;c+=s){let p=e[c];if(p!=null){if(p<=u)return!1;u=p}}return!0}var Ju=["January","February","March","April","May","June","July","August","September","October","November","December"],Gu=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function ju(e){return e.slice(0,3)}var Qp=Gu.map(ju),Yp=Ju.map(ju),Zp={MMMM:Ju,MMM:Yp,WWWW:Gu,WWW:Qp};function Gr(e){return(e<10?"0":"")+e}function Xp(e){return(e<10?"00":e<100?"0":"")+e}var ef={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Gr(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Gr(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Gr(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Gr(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Gr(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Xp(e.getMilliseconds())};function ya(e,t){t=t||Zp;let n=[],r=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=r.exec(e);)n.push(i[0][0]=="{"?ef[i[1]]:i[0]);return s=>{let u="";for(let c=0;c<n.length;c++)u+=typeof n[c]=="string"?n[c]:n[c](s,t);return u}}var tf=new Intl.DateTimeFormat().resolvedOptions().timeZone;function nf(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==tf?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Hu=e=>e%1==0,Uo=[1,2,2.5,5],rf=Xr(10,-32,0,Uo),Qu=Xr(10,0,32,Uo),of=Qu.filter(Hu),$n=rf.concat(Qu),va=`
`,Yu="{YYYY}",gu=va+Yu,Zu="{M}/{D}",Qr=va+Zu,Oo=Qr+"/{YY}",Xu="{aa}",af="{h}:{mm}",hr=af+Xu,hu=va+hr,bu=":{ss}",be=null;function ec(e){let t=e*1e3,n=t*60,r=n*60,i=r*24,s=i*30,u=i*365,p=(e==1?Xr(10,0,3,Uo).filter(Hu):Xr(10,-3,0,Uo)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,r,r*2,r*3,r*4,r*6,r*8,r*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,s,s*2,s*3,s*4,s*6,u,u*2,u*5,u*10,u*25,u*50,u*100]),m=[[u,Yu,be,be,be,be,be,be,1],[i*28,"{MMM}",gu,be,be,be,be,be,1],[i,Zu,gu,be,be,be,be,be,1],[r,"{h}"+Xu,Oo,be,Qr,be,be,be,1],[n,hr,Oo,be,Qr,be,be,be,1],[t,bu,Oo+" "+hr,be,Qr+" "+hr,be,hu,be,1],[e,bu+".{fff}",Oo+" "+hr,be,Qr+" "+hr,be,hu,be,1]];function g(b){return(h,y,w,x,D,E)=>{let S=[],T=D>=u,A=D>=s&&D<u,j=b(w),O=we(j*e,3),Q=Zi(j.getFullYear(),T?0:j.getMonth(),A||T?1:j.getDate()),q=we(Q*e,3);if(A||T){let Z=A?D/s:0,J=T?D/u:0,P=O==q?O:we(Zi(Q.getFullYear()+J,Q.getMonth()+Z,1)*e,3),H=new Date(ze(P/e)),$=H.getFullYear(),I=H.getMonth();for(let L=0;P<=x;L++){let F=Zi($+J*L,I+Z*L,1),M=F-b(we(F*e,3));P=we((+F+M)*e,3),P<=x&&S.push(P)}}else{let Z=D>=i?i:D,J=kt(w)-kt(O),P=q+J+Ko(O-q,Z);S.push(P);let H=b(P),$=H.getHours()+H.getMinutes()/n+H.getSeconds()/r,I=D/r,L=h.axes[y]._space,F=E/L;for(;P=we(P+D,e==1?0:3),!(P>x);)if(I>1){let M=kt(we($+I,6))%24,z=b(P).getHours()-M;z>1&&(z=-1),P-=z*r,$=($+I)%24;let ie=S[S.length-1];we((P-ie)/D,3)*F>=.7&&S.push(P)}else S.push(P)}return S}}return[p,m,g]}var[sf,lf,uf]=ec(1),[cf,df,pf]=ec(.001);Xr(2,-53,53,[1]);function yu(e,t){return e.map(n=>n.map((r,i)=>i==0||i==8||r==null?r:t(i==1||n[8]==0?r:n[1]+r)))}function vu(e,t){return(n,r,i,s,u)=>{let c=t.find(w=>u>=w[0])||t[t.length-1],p,m,g,b,h,y;return r.map(w=>{let x=e(w),D=x.getFullYear(),E=x.getMonth(),S=x.getDate(),T=x.getHours(),A=x.getMinutes(),j=x.getSeconds(),O=D!=p&&c[2]||E!=m&&c[3]||S!=g&&c[4]||T!=b&&c[5]||A!=h&&c[6]||j!=y&&c[7]||c[1];return p=D,m=E,g=S,b=T,h=A,y=j,O(x)})}}function ff(e,t){let n=ya(t);return(r,i,s,u,c)=>i.map(p=>n(e(p)))}function Zi(e,t,n){return new Date(e,t,n)}function _u(e,t){return t(e)}var mf="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Su(e,t){return(n,r,i,s)=>s==null?pa:t(e(r))}function gf(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function hf(e,t){return e.series[t].fill(e,t)}var bf={show:!0,live:!0,isolate:!1,mount:Lp,markers:{show:!0,width:2,stroke:gf,fill:hf,dash:"solid"},idx:null,idxs:null,values:[]};function yf(e,t){let n=e.cursor.points,r=Lt(),i=n.size(e,t);De(r,jr,i),De(r,Hr,i);let s=i/-2;De(r,"marginLeft",s),De(r,"marginTop",s);let u=n.width(e,t,i);return u&&De(r,"borderWidth",u),r}function vf(e,t){let n=e.series[t].points;return n._fill||n._stroke}function _f(e,t){let n=e.series[t].points;return n._stroke||n._fill}function Sf(e,t){return e.series[t].points.size}var Xi=[0,0];function wf(e,t,n){return Xi[0]=t,Xi[1]=n,Xi}function Fo(e,t,n,r=!0){return i=>{i.button==0&&(!r||i.target==t)&&n(i)}}function ea(e,t,n,r=!0){return i=>{(!r||i.target==t)&&n(i)}}var kf={show:!0,x:!0,y:!0,lock:!1,move:wf,points:{one:!1,show:yf,size:Sf,width:0,stroke:_f,fill:vf},bind:{mousedown:Fo,mouseup:Fo,click:Fo,dblclick:Fo,mousemove:ea,mouseleave:ea,mouseenter:ea},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,r,i)=>r-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},tc={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},_a=Be({},tc,{filter:Uu}),nc=Be({},_a,{size:10}),rc=Be({},tc,{show:!1}),Sa='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',oc="bold "+Sa,ic=1.5,wu={show:!0,scale:"x",stroke:da,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:oc,side:2,grid:_a,ticks:nc,border:rc,font:Sa,lineGap:ic,rotate:0},xf="Value",Af="Time",ku={show:!0,scale:"x",auto:!1,sorted:1,min:Se,max:-Se,idxs:[]};function Tf(e,t,n,r,i){return t.map(s=>s==null?"":ha(s))}function Nf(e,t,n,r,i,s,u){let c=[],p=_n.get(i)||0;n=u?n:we(Ko(n,i),p);for(let m=n;m<=r;m=we(m+i,p))c.push(Object.is(m,-0)?0:m);return c}function aa(e,t,n,r,i,s,u){let c=[],p=e.scales[e.axes[t].scale].log,m=p==10?ln:$u,g=kt(m(n));i=yr(p,g),p==10&&(i=$n[Wt(i,$n)]);let b=n,h=i*p;p==10&&(h=$n[Wt(h,$n)]);do c.push(b),b=b+i,p==10&&!_n.has(b)&&(b=we(b,_n.get(i))),b>=h&&(i=b,h=i*p,p==10&&(h=$n[Wt(h,$n)]));while(b<=r);return c}function Ef(e,t,n,r,i,s,u){let p=e.scales[e.axes[t].scale].asinh,m=r>p?aa(e,t,ct(p,n),r,i):[p],g=r>=0&&n<=0?[0]:[];return(n<-p?aa(e,t,ct(p,-r),-n,i):[p]).reverse().map(h=>-h).concat(g,m)}var ac=/./,Cf=/[12357]/,Df=/[125]/,xu=/1/,sa=(e,t,n,r)=>e.map((i,s)=>t==4&&i==0||s%r==0&&n.test(i.toExponential()[i<0?1:0])?i:null);function Pf(e,t,n,r,i){let s=e.axes[n],u=s.scale,c=e.scales[u],p=e.valToPos,m=s._space,g=p(10,u),b=p(9,u)-g>=m?ac:p(7,u)-g>=m?Cf:p(5,u)-g>=m?Df:xu;if(b==xu){let h=Ke(p(1,u)-g);if(h<m)return sa(t.slice().reverse(),c.distr,b,Ot(m/h)).reverse()}return sa(t,c.distr,b,1)}function Rf(e,t,n,r,i){let s=e.axes[n],u=s.scale,c=s._space,p=e.valToPos,m=Ke(p(1,u)-p(2,u));return m<c?sa(t.slice().reverse(),3,ac,Ot(c/m)).reverse():t}function Mf(e,t,n,r){return r==null?pa:t==null?"":ha(t)}var Au={show:!0,scale:"y",stroke:da,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:oc,side:3,grid:_a,ticks:nc,border:rc,font:Sa,lineGap:ic,rotate:0};function If(e,t){let n=3+(e||1)*2;return we(n*t,3)}function Lf(e,t){let{scale:n,idxs:r}=e.series[0],i=e._data[0],s=e.valToPos(i[r[0]],n,!0),u=e.valToPos(i[r[1]],n,!0),c=Ke(u-s),p=e.series[t],m=c/(p.points.space*ge);return r[1]-r[0]<=m}var Tu={scale:null,auto:!0,sorted:0,min:Se,max:-Se},sc=(e,t,n,r,i)=>i,Nu={show:!0,auto:!0,sorted:0,gaps:sc,alpha:1,facets:[Be({},Tu,{scale:"x"}),Be({},Tu,{scale:"y"})]},Eu={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:sc,alpha:1,points:{show:Lf,filter:null},values:null,min:Se,max:-Se,idxs:[],path:null,clip:null};function Of(e,t,n,r,i){return n/10}var lc={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Ff=Be({},lc,{time:!1,ori:1}),Cu={};function uc(e,t){let n=Cu[e];return n||(n={key:e,plots:[],sub(r){n.plots.push(r)},unsub(r){n.plots=n.plots.filter(i=>i!=r)},pub(r,i,s,u,c,p,m){for(let g=0;g<n.plots.length;g++)n.plots[g]!=i&&n.plots[g].pub(r,i,s,u,c,p,m)}},e!=null&&(Cu[e]=n)),n}var Sr=1,la=2;function Wn(e,t,n){let r=e.mode,i=e.series[t],s=r==2?e._data[t]:e._data,u=e.scales,c=e.bbox,p=s[0],m=r==2?s[1]:s[t],g=r==2?u[i.facets[0].scale]:u[e.series[0].scale],b=r==2?u[i.facets[1].scale]:u[i.scale],h=c.left,y=c.top,w=c.width,x=c.height,D=e.valToPosH,E=e.valToPosV;return g.ori==0?n(i,p,m,g,b,D,E,h,y,w,x,Go,kr,Ho,dc,fc):n(i,p,m,g,b,E,D,y,h,x,w,jo,xr,xa,pc,mc)}function wa(e,t){let n=0,r=0,i=fe(e.bands,ba);for(let s=0;s<i.length;s++){let u=i[s];u.series[0]==t?n=u.dir:u.series[1]==t&&(u.dir==1?r|=1:r|=2)}return[n,r==1?-1:r==2?1:r==3?2:0]}function $f(e,t,n,r,i){let s=e.mode,u=e.series[t],c=s==2?u.facets[1].scale:u.scale,p=e.scales[c];return i==-1?p.min:i==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function un(e,t,n,r,i,s){return Wn(e,t,(u,c,p,m,g,b,h,y,w,x,D)=>{let E=u.pxRound,S=m.dir*(m.ori==0?1:-1),T=m.ori==0?kr:xr,A,j;S==1?(A=n,j=r):(A=r,j=n);let O=E(b(c[A],m,x,y)),Q=E(h(p[A],g,D,w)),q=E(b(c[j],m,x,y)),Z=E(h(s==1?g.max:g.min,g,D,w)),J=new Path2D(i);return T(J,q,Z),T(J,O,Z),T(J,O,Q),J})}function Jo(e,t,n,r,i,s){let u=null;if(e.length>0){u=new Path2D;let c=t==0?Ho:xa,p=n;for(let b=0;b<e.length;b++){let h=e[b];if(h[1]>h[0]){let y=h[0]-p;y>0&&c(u,p,r,y,r+s),p=h[1]}}let m=n+i-p,g=10;m>0&&c(u,p,r-g/2,m,r+s+g)}return u}function Bf(e,t,n){let r=e[e.length-1];r&&r[0]==t?r[1]=n:e.push([t,n])}function ka(e,t,n,r,i,s,u){let c=[],p=e.length;for(let m=i==1?n:r;m>=n&&m<=r;m+=i)if(t[m]===null){let b=m,h=m;if(i==1)for(;++m<=r&&t[m]===null;)h=m;else for(;--m>=n&&t[m]===null;)h=m;let y=s(e[b]),w=h==b?y:s(e[h]),x=b-i;y=u<=0&&x>=0&&x<p?s(e[x]):y;let E=h+i;w=u>=0&&E>=0&&E<p?s(e[E]):w,w>=y&&c.push([y,w])}return c}function Du(e){return e==0?Vu:e==1?ze:t=>Fn(t,e)}function cc(e){let t=e==0?Go:jo,n=e==0?(i,s,u,c,p,m)=>{i.arcTo(s,u,c,p,m)}:(i,s,u,c,p,m)=>{i.arcTo(u,s,p,c,m)},r=e==0?(i,s,u,c,p)=>{i.rect(s,u,c,p)}:(i,s,u,c,p)=>{i.rect(u,s,p,c)};return(i,s,u,c,p,m=0,g=0)=>{m==0&&g==0?r(i,s,u,c,p):(m=zt(m,c/2,p/2),g=zt(g,c/2,p/2),t(i,s+m,u),n(i,s+c,u,s+c,u+p,m),n(i,s+c,u+p,s,u+p,g),n(i,s,u+p,s,u,g),n(i,s,u,s+c,u,m),i.closePath())}}var Go=(e,t,n)=>{e.moveTo(t,n)},jo=(e,t,n)=>{e.moveTo(n,t)},kr=(e,t,n)=>{e.lineTo(t,n)},xr=(e,t,n)=>{e.lineTo(n,t)},Ho=cc(0),xa=cc(1),dc=(e,t,n,r,i,s)=>{e.arc(t,n,r,i,s)},pc=(e,t,n,r,i,s)=>{e.arc(n,t,r,i,s)},fc=(e,t,n,r,i,s,u)=>{e.bezierCurveTo(t,n,r,i,s,u)},mc=(e,t,n,r,i,s,u)=>{e.bezierCurveTo(n,t,i,r,u,s)};function gc(e){return(t,n,r,i,s)=>Wn(t,n,(u,c,p,m,g,b,h,y,w,x,D)=>{let{pxRound:E,points:S}=u,T,A;m.ori==0?(T=Go,A=dc):(T=jo,A=pc);let j=we(S.width*ge,3),O=(S.size-S.width)/2*ge,Q=we(O*2,3),q=new Path2D,Z=new Path2D,{left:J,top:P,width:H,height:$}=t.bbox;Ho(Z,J-Q,P-Q,H+Q*2,$+Q*2);let I=L=>{if(p[L]!=null){let F=E(b(c[L],m,x,y)),M=E(h(p[L],g,D,w));T(q,F+O,M),A(q,F,M,O,0,$o*2)}};if(s)s.forEach(I);else for(let L=r;L<=i;L++)I(L);return{stroke:j>0?q:null,fill:q,clip:Z,flags:Sr|la}})}function hc(e){return(t,n,r,i,s,u)=>{r!=i&&(s!=r&&u!=r&&e(t,n,r),s!=i&&u!=i&&e(t,n,i),e(t,n,u))}}var Vf=hc(kr),Uf=hc(xr);function bc(e){let t=fe(e?.alignGaps,0);return(n,r,i,s)=>Wn(n,r,(u,c,p,m,g,b,h,y,w,x,D)=>{[i,s]=Wo(p,i,s);let E=u.pxRound,S=$=>E(b($,m,x,y)),T=$=>E(h($,g,D,w)),A,j;m.ori==0?(A=kr,j=Vf):(A=xr,j=Uf);let O=m.dir*(m.ori==0?1:-1),Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Sr},q=Q.stroke,Z=!1;if(s-i>=x*4){let $=K=>n.posToVal(K,m.key,!0),I=null,L=null,F,M,ue,ee=S(c[O==1?i:s]),z=S(c[i]),ie=S(c[s]),te=$(O==1?z+1:ie-1);for(let K=O==1?i:s;K>=i&&K<=s;K+=O){let ke=c[K],re=(O==1?ke<te:ke>te)?ee:S(ke),ce=p[K];re==ee?ce!=null?(M=ce,I==null?(A(q,re,T(M)),F=I=L=M):M<I?I=M:M>L&&(L=M)):ce===null&&(Z=!0):(I!=null&&j(q,ee,T(I),T(L),T(F),T(M)),ce!=null?(M=ce,A(q,re,T(M)),I=L=F=M):(I=L=null,ce===null&&(Z=!0)),ee=re,te=$(ee+O))}I!=null&&I!=L&&ue!=ee&&j(q,ee,T(I),T(L),T(F),T(M))}else for(let $=O==1?i:s;$>=i&&$<=s;$+=O){let I=p[$];I===null?Z=!0:I!=null&&A(q,S(c[$]),T(I))}let[P,H]=wa(n,r);if(u.fill!=null||P!=0){let $=Q.fill=new Path2D(q),I=u.fillTo(n,r,u.min,u.max,P),L=T(I),F=S(c[i]),M=S(c[s]);O==-1&&([M,F]=[F,M]),A($,M,L),A($,F,L)}if(!u.spanGaps){let $=[];Z&&$.push(...ka(c,p,i,s,O,S,t)),Q.gaps=$=u.gaps(n,r,i,s,$),Q.clip=Jo($,m.ori,y,w,x,D)}return H!=0&&(Q.band=H==2?[un(n,r,i,s,q,-1),un(n,r,i,s,q,1)]:un(n,r,i,s,q,H)),Q})}function Wf(e){let t=fe(e.align,1),n=fe(e.ascDesc,!1),r=fe(e.alignGaps,0),i=fe(e.extend,!1);return(s,u,c,p)=>Wn(s,u,(m,g,b,h,y,w,x,D,E,S,T)=>{[c,p]=Wo(b,c,p);let A=m.pxRound,{left:j,width:O}=s.bbox,Q=z=>A(w(z,h,S,D)),q=z=>A(x(z,y,T,E)),Z=h.ori==0?kr:xr,J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Sr},P=J.stroke,H=h.dir*(h.ori==0?1:-1),$=q(b[H==1?c:p]),I=Q(g[H==1?c:p]),L=I,F=I;i&&t==-1&&(F=j,Z(P,F,$)),Z(P,I,$);for(let z=H==1?c:p;z>=c&&z<=p;z+=H){let ie=b[z];if(ie==null)continue;let te=Q(g[z]),K=q(ie);t==1?Z(P,te,$):Z(P,L,K),Z(P,te,K),$=K,L=te}let M=L;i&&t==1&&(M=j+O,Z(P,M,$));let[ue,ee]=wa(s,u);if(m.fill!=null||ue!=0){let z=J.fill=new Path2D(P),ie=m.fillTo(s,u,m.min,m.max,ue),te=q(ie);Z(z,M,te),Z(z,F,te)}if(!m.spanGaps){let z=[];z.push(...ka(g,b,c,p,H,Q,r));let ie=m.width*ge/2,te=n||t==1?ie:-ie,K=n||t==-1?-ie:ie;z.forEach(ke=>{ke[0]+=te,ke[1]+=K}),J.gaps=z=m.gaps(s,u,c,p,z),J.clip=Jo(z,h.ori,D,E,S,T)}return ee!=0&&(J.band=ee==2?[un(s,u,c,p,P,-1),un(s,u,c,p,P,1)]:un(s,u,c,p,P,ee)),J})}function Pu(e,t,n,r,i,s,u=Se){if(e.length>1){let c=null;for(let p=0,m=1/0;p<e.length;p++)if(t[p]!==void 0){if(c!=null){let g=Ke(e[p]-e[c]);g<m&&(m=g,u=Ke(n(e[p],r,i,s)-n(e[c],r,i,s)))}c=p}}return u}function zf(e){e=e||Zr;let t=fe(e.size,[.6,Se,1]),n=e.align||0,r=e.gap||0,i=e.radius;i=i==null?[0,0]:typeof i=="number"?[i,0]:i;let s=le(i),u=1-t[0],c=fe(t[1],Se),p=fe(t[2],1),m=fe(e.disp,Zr),g=fe(e.each,y=>{}),{fill:b,stroke:h}=m;return(y,w,x,D)=>Wn(y,w,(E,S,T,A,j,O,Q,q,Z,J,P)=>{let H=E.pxRound,$=n,I=r*ge,L=c*ge,F=p*ge,M,ue;A.ori==0?[M,ue]=s(y,w):[ue,M]=s(y,w);let ee=A.dir*(A.ori==0?1:-1),z=A.ori==0?Ho:xa,ie=A.ori==0?g:(U,xe,Ve,Jn,xn,qt,An)=>{g(U,xe,Ve,xn,Jn,An,qt)},te=fe(y.bands,ba).find(U=>U.series[0]==w),K=te!=null?te.dir:0,ke=E.fillTo(y,w,E.min,E.max,K),de=H(Q(ke,j,P,Z)),re,ce,At,ot=J,Re=H(E.width*ge),Kt=!1,tn=null,Tt=null,cn=null,zn=null;b!=null&&(Re==0||h!=null)&&(Kt=!0,tn=b.values(y,w,x,D),Tt=new Map,new Set(tn).forEach(U=>{U!=null&&Tt.set(U,new Path2D)}),Re>0&&(cn=h.values(y,w,x,D),zn=new Map,new Set(cn).forEach(U=>{U!=null&&zn.set(U,new Path2D)})));let{x0:Kn,size:Nr}=m;if(Kn!=null&&Nr!=null){$=1,S=Kn.values(y,w,x,D),Kn.unit==2&&(S=S.map(Ve=>y.posToVal(q+Ve*J,A.key,!0)));let U=Nr.values(y,w,x,D);Nr.unit==2?ce=U[0]*J:ce=O(U[0],A,J,q)-O(0,A,J,q),ot=Pu(S,T,O,A,J,q,ot),At=ot-ce+I}else ot=Pu(S,T,O,A,J,q,ot),At=ot*u+I,ce=ot-At;At<1&&(At=0),Re>=ce/2&&(Re=0),At<5&&(H=Vu);let no=At>0,wn=ot-At-(no?Re:0);ce=H(ia(wn,F,L)),re=($==0?ce/2:$==ee?0:ce)-$*ee*(($==0?I/2:0)+(no?Re/2:0));let it={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},qn=Kt?null:new Path2D,nn=null;if(te!=null)nn=y.data[te.series[1]];else{let{y0:U,y1:xe}=m;U!=null&&xe!=null&&(T=xe.values(y,w,x,D),nn=U.values(y,w,x,D))}let kn=M*ce,oe=ue*ce;for(let U=ee==1?x:D;U>=x&&U<=D;U+=ee){let xe=T[U];if(xe==null)continue;if(nn!=null){let dt=nn[U]??0;if(xe-dt==0)continue;de=Q(dt,j,P,Z)}let Ve=A.distr!=2||m!=null?S[U]:U,Jn=O(Ve,A,J,q),xn=Q(fe(xe,ke),j,P,Z),qt=H(Jn-re),An=H(ct(xn,de)),mt=H(zt(xn,de)),Nt=An-mt;if(xe!=null){let dt=xe<0?oe:kn,Ft=xe<0?kn:oe;Kt?(Re>0&&cn[U]!=null&&z(zn.get(cn[U]),qt,mt+kt(Re/2),ce,ct(0,Nt-Re),dt,Ft),tn[U]!=null&&z(Tt.get(tn[U]),qt,mt+kt(Re/2),ce,ct(0,Nt-Re),dt,Ft)):z(qn,qt,mt+kt(Re/2),ce,ct(0,Nt-Re),dt,Ft),ie(y,w,U,qt-Re/2,mt,ce+Re,Nt)}}return Re>0?it.stroke=Kt?zn:qn:Kt||(it._fill=E.width==0?E._fill:E._stroke??E._fill,it.width=0),it.fill=Kt?Tt:qn,it})}function Kf(e,t){let n=fe(t?.alignGaps,0);return(r,i,s,u)=>Wn(r,i,(c,p,m,g,b,h,y,w,x,D,E)=>{[s,u]=Wo(m,s,u);let S=c.pxRound,T=M=>S(h(M,g,D,w)),A=M=>S(y(M,b,E,x)),j,O,Q;g.ori==0?(j=Go,Q=kr,O=fc):(j=jo,Q=xr,O=mc);let q=g.dir*(g.ori==0?1:-1),Z=T(p[q==1?s:u]),J=Z,P=[],H=[];for(let M=q==1?s:u;M>=s&&M<=u;M+=q)if(m[M]!=null){let ee=p[M],z=T(ee);P.push(J=z),H.push(A(m[M]))}let $={stroke:e(P,H,j,Q,O,S),fill:null,clip:null,band:null,gaps:null,flags:Sr},I=$.stroke,[L,F]=wa(r,i);if(c.fill!=null||L!=0){let M=$.fill=new Path2D(I),ue=c.fillTo(r,i,c.min,c.max,L),ee=A(ue);Q(M,J,ee),Q(M,Z,ee)}if(!c.spanGaps){let M=[];M.push(...ka(p,m,s,u,q,T,n)),$.gaps=M=c.gaps(r,i,s,u,M),$.clip=Jo(M,g.ori,w,x,D,E)}return F!=0&&($.band=F==2?[un(r,i,s,u,I,-1),un(r,i,s,u,I,1)]:un(r,i,s,u,I,F)),$})}function qf(e){return Kf(Jf,e)}function Jf(e,t,n,r,i,s){let u=e.length;if(u<2)return null;let c=new Path2D;if(n(c,e[0],t[0]),u==2)r(c,e[1],t[1]);else{let p=Array(u),m=Array(u-1),g=Array(u-1),b=Array(u-1);for(let h=0;h<u-1;h++)g[h]=t[h+1]-t[h],b[h]=e[h+1]-e[h],m[h]=g[h]/b[h];p[0]=m[0];for(let h=1;h<u-1;h++)m[h]===0||m[h-1]===0||m[h-1]>0!=m[h]>0?p[h]=0:(p[h]=3*(b[h-1]+b[h])/((2*b[h]+b[h-1])/m[h-1]+(b[h]+2*b[h-1])/m[h]),isFinite(p[h])||(p[h]=0));p[u-1]=m[u-2];for(let h=0;h<u-1;h++)i(c,e[h]+b[h]/3,t[h]+p[h]*b[h]/3,e[h+1]-b[h]/3,t[h+1]-p[h+1]*b[h]/3,e[h+1],t[h+1])}return c}var ua=new Set;function Ru(){for(let e of ua)e.syncRect(!0)}wr&&(Vn(Ap,br,Ru),Vn(Tp,br,Ru,!0),Vn(Bo,br,()=>{tt.pxRatio=ge}));var Gf=bc(),jf=gc();function Mu(e,t,n,r){return(r?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((s,u)=>ca(s,u,t,n))}function Hf(e,t){return e.map((n,r)=>r==0?{}:Be({},t,n))}function ca(e,t,n,r){return Be({},t==0?n:r,e)}function yc(e,t,n){return t==null?vr:[t,n]}var Qf=yc;function Yf(e,t,n){return t==null?vr:Vo(t,n,ga,!0)}function vc(e,t,n,r){return t==null?vr:zo(t,n,e.scales[r].log,!1)}var Zf=vc;function _c(e,t,n,r){return t==null?vr:ma(t,n,e.scales[r].log,!1)}var Xf=_c;function em(e,t,n,r,i){let s=ct(du(e),du(t)),u=t-e,c=Wt(i/r*u,n);do{let p=n[c],m=r*p/u;if(m>=i&&s+(p<5?_n.get(p):0)<=17)return[p,m]}while(++c<n.length);return[0,0]}function Iu(e){let t,n;return e=e.replace(/(\d+)px/,(r,i)=>(t=ze((n=+i)*ge))+"px"),[e,t,n]}function tm(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=we(t[2]*ge,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function tt(e,t,n){let r={mode:fe(e.mode,1)},i=r.mode;function s(a,l,d,f){let v=l.valToPct(a);return f+d*(l.dir==-1?1-v:v)}function u(a,l,d,f){let v=l.valToPct(a);return f+d*(l.dir==-1?v:1-v)}function c(a,l,d,f){return l.ori==0?s(a,l,d,f):u(a,l,d,f)}r.valToPosH=s,r.valToPosV=u;let p=!1;r.status=0;let m=r.root=Lt(sp);if(e.id!=null&&(m.id=e.id),wt(m,e.class),e.title){let a=Lt(cp,m);a.textContent=e.title}let g=Ut("canvas"),b=r.ctx=g.getContext("2d"),h=Lt(dp,m);Vn("click",h,a=>{a.target===w&&(Ae!=rr||Pe!=or)&&et.click(r,a)},!0);let y=r.under=Lt(pp,h);h.appendChild(g);let w=r.over=Lt(fp,h);e=_r(e);let x=+fe(e.pxAlign,1),D=Du(x);(e.plugins||[]).forEach(a=>{a.opts&&(e=a.opts(r,e)||e)});let E=e.ms||.001,S=r.series=i==1?Mu(e.series||[],ku,Eu,!1):Hf(e.series||[null],Nu),T=r.axes=Mu(e.axes||[],wu,Au,!0),A=r.scales={},j=r.bands=e.bands||[];j.forEach(a=>{a.fill=le(a.fill||null),a.dir=fe(a.dir,-1)});let O=i==2?S[1].facets[0].scale:S[0].scale,Q={axes:zc,series:$c},q=(e.drawOrder||["axes","series"]).map(a=>Q[a]);function Z(a){let l=a.distr==3?d=>ln(d>0?d:a.clamp(r,d,a.min,a.max,a.key)):a.distr==4?d=>Yi(d,a.asinh):a.distr==100?d=>a.fwd(d):d=>d;return d=>{let f=l(d),{_min:v,_max:_}=a,k=_-v;return(f-v)/k}}function J(a){let l=A[a];if(l==null){let d=(e.scales||Zr)[a]||Zr;if(d.from!=null){J(d.from);let f=Be({},A[d.from],d,{key:a});f.valToPct=Z(f),A[a]=f}else{l=A[a]=Be({},a==O?lc:Ff,d),l.key=a;let f=l.time,v=l.range,_=vn(v);if((a!=O||i==2&&!f)&&(_&&(v[0]==null||v[1]==null)&&(v={min:v[0]==null?lu:{mode:1,hard:v[0],soft:v[0]},max:v[1]==null?lu:{mode:1,hard:v[1],soft:v[1]}},_=!1),!_&&qo(v))){let k=v;v=(N,R,B)=>R==null?vr:Vo(R,B,k)}l.range=le(v||(f?Qf:a==O?l.distr==3?Zf:l.distr==4?Xf:yc:l.distr==3?vc:l.distr==4?_c:Yf)),l.auto=le(_?!1:l.auto),l.clamp=le(l.clamp||Of),l._min=l._max=null,l.valToPct=Z(l)}}}J("x"),J("y"),i==1&&S.forEach(a=>{J(a.scale)}),T.forEach(a=>{J(a.scale)});for(let a in e.scales)J(a);let P=A[O],H=P.distr,$,I;P.ori==0?(wt(m,lp),$=s,I=u):(wt(m,up),$=u,I=s);let L={};for(let a in A){let l=A[a];(l.min!=null||l.max!=null)&&(L[a]={min:l.min,max:l.max},l.min=l.max=null)}let F=e.tzDate||(a=>new Date(ze(a/E))),M=e.fmtDate||ya,ue=E==1?uf(F):pf(F),ee=vu(F,yu(E==1?lf:df,M)),z=Su(F,_u(mf,M)),ie=[],te=r.legend=Be({},bf,e.legend),K=r.cursor=Be({},kf,{drag:{y:i==2}},e.cursor),ke=te.show,de=K.show,re=te.markers;te.idxs=ie,re.width=le(re.width),re.dash=le(re.dash),re.stroke=le(re.stroke),re.fill=le(re.fill);let ce,At,ot,Re=[],Kt=[],tn,Tt=!1,cn={};if(te.live){let a=S[1]?S[1].values:null;Tt=a!=null,tn=Tt?a(r,1,0):{_:0};for(let l in tn)cn[l]=pa}if(ke)if(ce=Ut("table",vp,m),ot=Ut("tbody",null,ce),te.mount(r,ce),Tt){At=Ut("thead",null,ce,ot);let a=Ut("tr",null,At);Ut("th",null,a);for(var zn in tn)Ut("th",Hl,a).textContent=zn}else wt(ce,Sp),te.live&&wt(ce,_p);let Kn={show:!0},Nr={show:!1};function no(a,l){if(l==0&&(Tt||!te.live||i==2))return vr;let d=[],f=Ut("tr",wp,ot,ot.childNodes[l]);wt(f,a.class),a.show||wt(f,Bn);let v=Ut("th",null,f);if(re.show){let N=Lt(kp,v);if(l>0){let R=re.width(r,l);R&&(N.style.border=R+"px "+re.dash(r,l)+" "+re.stroke(r,l)),N.style.background=re.fill(r,l)}}let _=Lt(Hl,v);a.label instanceof HTMLElement?_.appendChild(a.label):_.textContent=a.label,l>0&&(re.show||(_.style.color=a.width>0?re.stroke(r,l):re.fill(r,l)),it("click",v,N=>{if(K._lock)return;Nn(N);let R=S.indexOf(a);if((N.ctrlKey||N.metaKey)!=te.isolate){let B=S.some((V,W)=>W>0&&W!=R&&V.show);S.forEach((V,W)=>{W>0&&Gt(W,B?W==R?Kn:Nr:Kn,!0,Fe.setSeries)})}else Gt(R,{show:!a.show},!0,Fe.setSeries)},!1),jn&&it(Xl,v,N=>{K._lock||(Nn(N),Gt(S.indexOf(a),ar,!0,Fe.setSeries))},!1));for(var k in tn){let N=Ut("td",xp,f);N.textContent="--",d.push(N)}return[f,d]}let wn=new Map;function it(a,l,d,f=!0){let v=wn.get(l)||{},_=K.bind[a](r,l,d,f);_&&(Vn(a,l,v[a]=_),wn.set(l,v))}function qn(a,l,d){let f=wn.get(l)||{};for(let v in f)(a==null||v==a)&&(oa(v,l,f[v]),delete f[v]);a==null&&wn.delete(l)}let nn=0,kn=0,oe=0,U=0,xe=0,Ve=0,Jn=xe,xn=Ve,qt=oe,An=U,mt=0,Nt=0,dt=0,Ft=0;r.bbox={};let ei=!1,ro=!1,Gn=!1,Tn=!1,oo=!1,Et=!1;function ti(a,l,d){(d||a!=r.width||l!=r.height)&&Na(a,l),Xn(!1),Gn=!0,ro=!0,er()}function Na(a,l){r.width=nn=oe=a,r.height=kn=U=l,xe=Ve=0,Pc(),Rc();let d=r.bbox;mt=d.left=Fn(xe*ge,.5),Nt=d.top=Fn(Ve*ge,.5),dt=d.width=Fn(oe*ge,.5),Ft=d.height=Fn(U*ge,.5)}let Ec=3;function Cc(){let a=!1,l=0;for(;!a;){l++;let d=Uc(l),f=Wc(l);a=l==Ec||d&&f,a||(Na(r.width,r.height),ro=!0)}}function Dc({width:a,height:l}){ti(a,l)}r.setSize=Dc;function Pc(){let a=!1,l=!1,d=!1,f=!1;T.forEach((v,_)=>{if(v.show&&v._show){let{side:k,_size:N}=v,R=k%2,B=v.label!=null?v.labelSize:0,V=N+B;V>0&&(R?(oe-=V,k==3?(xe+=V,f=!0):d=!0):(U-=V,k==0?(Ve+=V,a=!0):l=!0))}}),En[0]=a,En[1]=d,En[2]=l,En[3]=f,oe-=dn[1]+dn[3],xe+=dn[3],U-=dn[2]+dn[0],Ve+=dn[0]}function Rc(){let a=xe+oe,l=Ve+U,d=xe,f=Ve;function v(_,k){switch(_){case 1:return a+=k,a-k;case 2:return l+=k,l-k;case 3:return d-=k,d+k;case 0:return f-=k,f+k}}T.forEach((_,k)=>{if(_.show&&_._show){let N=_.side;_._pos=v(N,_._size),_.label!=null&&(_._lpos=v(N,_.labelSize))}})}if(K.dataIdx==null){let a=K.hover,l=a.skip=new Set(a.skip??[]);l.add(void 0);let d=a.prox=le(a.prox),f=a.bias??(a.bias=0);K.dataIdx=(v,_,k,N)=>{if(_==0)return k;let R=k,B=d(v,_,k,N)??Se,V=B>=0&&B<Se,W=P.ori==0?oe:U,ne=K.left,me=t[0],pe=t[_];if(l.has(pe[k])){R=null;let ae=null,Y=null,G;if(f==0||f==-1)for(G=k;ae==null&&G-- >0;)l.has(pe[G])||(ae=G);if(f==0||f==1)for(G=k;Y==null&&G++<pe.length;)l.has(pe[G])||(Y=G);if(ae!=null||Y!=null)if(V){let Ne=ae==null?-1/0:$(me[ae],P,W,0),Me=Y==null?1/0:$(me[Y],P,W,0),Qe=ne-Ne,_e=Me-ne;Qe<=_e?Qe<=B&&(R=ae):_e<=B&&(R=Y)}else R=Y==null?ae:ae==null?Y:k-ae<=Y-k?ae:Y}else V&&Ke(ne-$(me[k],P,W,0))>B&&(R=null);return R}}let Nn=a=>{K.event=a};K.idxs=ie,K._lock=!1;let nt=K.points;nt.show=le(nt.show),nt.size=le(nt.size),nt.stroke=le(nt.stroke),nt.width=le(nt.width),nt.fill=le(nt.fill);let Jt=r.focus=Be({},e.focus||{alpha:.3},K.focus),jn=Jt.prox>=0,Hn=jn&&nt.one,Ct=[],Qn=[],Yn=[];function Ea(a,l){let d=nt.show(r,l);if(d instanceof HTMLElement)return wt(d,yp),wt(d,a.class),en(d,-10,-10,oe,U),w.insertBefore(d,Ct[l]),d}function Ca(a,l){if(i==1||l>0){let d=i==1&&A[a.scale].time,f=a.value;a.value=d?mu(f)?Su(F,_u(f,M)):f||z:f||Mf,a.label=a.label||(d?Af:xf)}if(Hn||l>0){a.width=a.width==null?1:a.width,a.paths=a.paths||Gf||Op,a.fillTo=le(a.fillTo||$f),a.pxAlign=+fe(a.pxAlign,x),a.pxRound=Du(a.pxAlign),a.stroke=le(a.stroke||null),a.fill=le(a.fill||null),a._stroke=a._fill=a._paths=a._focus=null;let d=If(ct(1,a.width),1),f=a.points=Be({},{size:d,width:ct(1,d*.2),stroke:a.stroke,space:d*2,paths:jf,_stroke:null,_fill:null},a.points);f.show=le(f.show),f.filter=le(f.filter),f.fill=le(f.fill),f.stroke=le(f.stroke),f.paths=le(f.paths),f.pxAlign=a.pxAlign}if(ke){let d=no(a,l);Re.splice(l,0,d[0]),Kt.splice(l,0,d[1]),te.values.push(null)}if(de){ie.splice(l,0,null);let d=null;Hn?l==0&&(d=Ea(a,l)):l>0&&(d=Ea(a,l)),Ct.splice(l,0,d),Qn.splice(l,0,0),Yn.splice(l,0,0)}He("addSeries",l)}function Mc(a,l){l=l??S.length,a=i==1?ca(a,l,ku,Eu):ca(a,l,{},Nu),S.splice(l,0,a),Ca(S[l],l)}r.addSeries=Mc;function Ic(a){if(S.splice(a,1),ke){te.values.splice(a,1),Kt.splice(a,1);let l=Re.splice(a,1)[0];qn(null,l.firstChild),l.remove()}de&&(ie.splice(a,1),Ct.splice(a,1)[0].remove(),Qn.splice(a,1),Yn.splice(a,1)),He("delSeries",a)}r.delSeries=Ic;let En=[!1,!1,!1,!1];function Lc(a,l){if(a._show=a.show,a.show){let d=a.side%2,f=A[a.scale];f==null&&(a.scale=d?S[1].scale:O,f=A[a.scale]);let v=f.time;a.size=le(a.size),a.space=le(a.space),a.rotate=le(a.rotate),vn(a.incrs)&&a.incrs.forEach(k=>{!_n.has(k)&&_n.set(k,zu(k))}),a.incrs=le(a.incrs||(f.distr==2?of:v?E==1?sf:cf:$n)),a.splits=le(a.splits||(v&&f.distr==1?ue:f.distr==3?aa:f.distr==4?Ef:Nf)),a.stroke=le(a.stroke),a.grid.stroke=le(a.grid.stroke),a.ticks.stroke=le(a.ticks.stroke),a.border.stroke=le(a.border.stroke);let _=a.values;a.values=vn(_)&&!vn(_[0])?le(_):v?vn(_)?vu(F,yu(_,M)):mu(_)?ff(F,_):_||ee:_||Tf,a.filter=le(a.filter||(f.distr>=3&&f.log==10?Pf:f.distr==3&&f.log==2?Rf:Uu)),a.font=Iu(a.font),a.labelFont=Iu(a.labelFont),a._size=a.size(r,null,l,0),a._space=a._rotate=a._incrs=a._found=a._splits=a._values=null,a._size>0&&(En[l]=!0,a._el=Lt(mp,h))}}function Er(a,l,d,f){let[v,_,k,N]=d,R=l%2,B=0;return R==0&&(N||_)&&(B=l==0&&!v||l==2&&!k?ze(wu.size/3):0),R==1&&(v||k)&&(B=l==1&&!_||l==3&&!N?ze(Au.size/2):0),B}let Da=r.padding=(e.padding||[Er,Er,Er,Er]).map(a=>le(fe(a,Er))),dn=r._padding=Da.map((a,l)=>a(r,l,En,0)),Xe,qe=null,Je=null,io=i==1?S[0].idxs:null,$t=null,Cr=!1;function Pa(a,l){if(t=a??[],r.data=r._data=t,i==2){Xe=0;for(let d=1;d<S.length;d++)Xe+=t[d][0].length}else{t.length==0&&(r.data=r._data=t=[[]]),$t=t[0],Xe=$t.length;let d=t;if(H==2){d=t.slice();let f=d[0]=Array(Xe);for(let v=0;v<Xe;v++)f[v]=v}r._data=t=d}if(Xn(!0),He("setData"),H==2&&(Gn=!0),l!==!1){let d=P;d.auto(r,Cr)?ni():fn(O,d.min,d.max),Tn=Tn||K.left>=0,Et=!0,er()}}r.setData=Pa;function ni(){Cr=!0;let a,l;i==1&&(Xe>0?(qe=io[0]=0,Je=io[1]=Xe-1,a=t[0][qe],l=t[0][Je],H==2?(a=qe,l=Je):a==l&&(H==3?[a,l]=zo(a,a,P.log,!1):H==4?[a,l]=ma(a,a,P.log,!1):P.time?l=a+ze(86400/E):[a,l]=Vo(a,l,ga,!0))):(qe=io[0]=a=null,Je=io[1]=l=null)),fn(O,a,l)}let ao,Zn,ri,oi,ii,ai,si,li,ui,pt;function Ra(a,l,d,f,v,_){a??(a=Yl),d??(d=ba),f??(f="butt"),v??(v=Yl),_??(_="round"),a!=ao&&(b.strokeStyle=ao=a),v!=Zn&&(b.fillStyle=Zn=v),l!=ri&&(b.lineWidth=ri=l),_!=ii&&(b.lineJoin=ii=_),f!=ai&&(b.lineCap=ai=f),d!=oi&&b.setLineDash(oi=d)}function Ma(a,l,d,f){l!=Zn&&(b.fillStyle=Zn=l),a!=si&&(b.font=si=a),d!=li&&(b.textAlign=li=d),f!=ui&&(b.textBaseline=ui=f)}function ci(a,l,d,f,v=0){if(f.length>0&&a.auto(r,Cr)&&(l==null||l.min==null)){let _=fe(qe,0),k=fe(Je,f.length-1),N=d.min==null?Dp(f,_,k,v,a.distr==3):[d.min,d.max];a.min=zt(a.min,d.min=N[0]),a.max=ct(a.max,d.max=N[1])}}let Ia={min:null,max:null};function Oc(){for(let f in A){let v=A[f];L[f]==null&&(v.min==null||L[O]!=null&&v.auto(r,Cr))&&(L[f]=Ia)}for(let f in A){let v=A[f];L[f]==null&&v.from!=null&&L[v.from]!=null&&(L[f]=Ia)}L[O]!=null&&Xn(!0);let a={};for(let f in L){let v=L[f];if(v!=null){let _=a[f]=_r(A[f],Bp);if(v.min!=null)Be(_,v);else if(f!=O||i==2)if(Xe==0&&_.from==null){let k=_.range(r,null,null,f);_.min=k[0],_.max=k[1]}else _.min=Se,_.max=-Se}}if(Xe>0){S.forEach((f,v)=>{if(i==1){let _=f.scale,k=L[_];if(k==null)return;let N=a[_];if(v==0){let R=N.range(r,N.min,N.max,_);N.min=R[0],N.max=R[1],qe=Wt(N.min,t[0]),Je=Wt(N.max,t[0]),Je-qe>1&&(t[0][qe]<N.min&&qe++,t[0][Je]>N.max&&Je--),f.min=$t[qe],f.max=$t[Je]}else f.show&&f.auto&&ci(N,k,f,t[v],f.sorted);f.idxs[0]=qe,f.idxs[1]=Je}else if(v>0&&f.show&&f.auto){let[_,k]=f.facets,N=_.scale,R=k.scale,[B,V]=t[v],W=a[N],ne=a[R];W!=null&&ci(W,L[N],_,B,_.sorted),ne!=null&&ci(ne,L[R],k,V,k.sorted),f.min=k.min,f.max=k.max}});for(let f in a){let v=a[f],_=L[f];if(v.from==null&&(_==null||_.min==null)){let k=v.range(r,v.min==Se?null:v.min,v.max==-Se?null:v.max,f);v.min=k[0],v.max=k[1]}}}for(let f in a){let v=a[f];if(v.from!=null){let _=a[v.from];if(_.min==null)v.min=v.max=null;else{let k=v.range(r,_.min,_.max,f);v.min=k[0],v.max=k[1]}}}let l={},d=!1;for(let f in a){let v=a[f],_=A[f];if(_.min!=v.min||_.max!=v.max){_.min=v.min,_.max=v.max;let k=_.distr;_._min=k==3?ln(_.min):k==4?Yi(_.min,_.asinh):k==100?_.fwd(_.min):_.min,_._max=k==3?ln(_.max):k==4?Yi(_.max,_.asinh):k==100?_.fwd(_.max):_.max,l[f]=d=!0}}if(d){S.forEach((f,v)=>{i==2?v>0&&l.y&&(f._paths=null):l[f.scale]&&(f._paths=null)});for(let f in l)Gn=!0,He("setScale",f);de&&K.left>=0&&(Tn=Et=!0)}for(let f in L)L[f]=null}function Fc(a){let l=ia(qe-1,0,Xe-1),d=ia(Je+1,0,Xe-1);for(;a[l]==null&&l>0;)l--;for(;a[d]==null&&d<Xe-1;)d++;return[l,d]}function $c(){if(Xe>0){let a=S.some(l=>l._focus)&&pt!=Jt.alpha;a&&(b.globalAlpha=pt=Jt.alpha),S.forEach((l,d)=>{if(d>0&&l.show&&(La(d,!1),La(d,!0),l._paths==null)){let f=pt;pt!=l.alpha&&(b.globalAlpha=pt=l.alpha);let v=i==2?[0,t[d][0].length-1]:Fc(t[d]);l._paths=l.paths(r,d,v[0],v[1]),pt!=f&&(b.globalAlpha=pt=f)}}),S.forEach((l,d)=>{if(d>0&&l.show){let f=pt;pt!=l.alpha&&(b.globalAlpha=pt=l.alpha),l._paths!=null&&Oa(d,!1);{let v=l._paths!=null?l._paths.gaps:null,_=l.points.show(r,d,qe,Je,v),k=l.points.filter(r,d,_,v);(_||k)&&(l.points._paths=l.points.paths(r,d,qe,Je,k),Oa(d,!0))}pt!=f&&(b.globalAlpha=pt=f),He("drawSeries",d)}}),a&&(b.globalAlpha=pt=1)}}function La(a,l){let d=l?S[a].points:S[a];d._stroke=d.stroke(r,a),d._fill=d.fill(r,a)}function Oa(a,l){let d=l?S[a].points:S[a],{stroke:f,fill:v,clip:_,flags:k,_stroke:N=d._stroke,_fill:R=d._fill,_width:B=d.width}=d._paths;B=we(B*ge,3);let V=null,W=B%2/2;l&&R==null&&(R=B>0?"#fff":N);let ne=d.pxAlign==1&&W>0;if(ne&&b.translate(W,W),!l){let me=mt-B/2,pe=Nt-B/2,ae=dt+B,Y=Ft+B;V=new Path2D,V.rect(me,pe,ae,Y)}l?di(N,B,d.dash,d.cap,R,f,v,k,_):Bc(a,N,B,d.dash,d.cap,R,f,v,k,V,_),ne&&b.translate(-W,-W)}function Bc(a,l,d,f,v,_,k,N,R,B,V){let W=!1;R!=0&&j.forEach((ne,me)=>{if(ne.series[0]==a){let pe=S[ne.series[1]],ae=t[ne.series[1]],Y=(pe._paths||Zr).band;vn(Y)&&(Y=ne.dir==1?Y[0]:Y[1]);let G,Ne=null;pe.show&&Y&&Rp(ae,qe,Je)?(Ne=ne.fill(r,me)||_,G=pe._paths.clip):Y=null,di(l,d,f,v,Ne,k,N,R,B,V,G,Y),W=!0}}),W||di(l,d,f,v,_,k,N,R,B,V)}let Fa=Sr|la;function di(a,l,d,f,v,_,k,N,R,B,V,W){Ra(a,l,d,f,v),(R||B||W)&&(b.save(),R&&b.clip(R),B&&b.clip(B)),W?(N&Fa)==Fa?(b.clip(W),V&&b.clip(V),lo(v,k),so(a,_,l)):N&la?(lo(v,k),b.clip(W),so(a,_,l)):N&Sr&&(b.save(),b.clip(W),V&&b.clip(V),lo(v,k),b.restore(),so(a,_,l)):(lo(v,k),so(a,_,l)),(R||B||W)&&b.restore()}function so(a,l,d){d>0&&(l instanceof Map?l.forEach((f,v)=>{b.strokeStyle=ao=v,b.stroke(f)}):l!=null&&a&&b.stroke(l))}function lo(a,l){l instanceof Map?l.forEach((d,f)=>{b.fillStyle=Zn=f,b.fill(d)}):l!=null&&a&&b.fill(l)}function Vc(a,l,d,f){let v=T[a],_;if(f<=0)_=[0,0];else{let k=v._space=v.space(r,a,l,d,f),N=v._incrs=v.incrs(r,a,l,d,f,k);_=em(l,d,N,f,k)}return v._found=_}function pi(a,l,d,f,v,_,k,N,R,B){let V=k%2/2;x==1&&b.translate(V,V),Ra(N,k,R,B,N),b.beginPath();let W,ne,me,pe,ae=v+(f==0||f==3?-_:_);d==0?(ne=v,pe=ae):(W=v,me=ae);for(let Y=0;Y<a.length;Y++)l[Y]!=null&&(d==0?W=me=a[Y]:ne=pe=a[Y],b.moveTo(W,ne),b.lineTo(me,pe));b.stroke(),x==1&&b.translate(-V,-V)}function Uc(a){let l=!0;return T.forEach((d,f)=>{if(!d.show)return;let v=A[d.scale];if(v.min==null){d._show&&(l=!1,d._show=!1,Xn(!1));return}else d._show||(l=!1,d._show=!0,Xn(!1));let _=d.side,k=_%2,{min:N,max:R}=v,[B,V]=Vc(f,N,R,k==0?oe:U);if(V==0)return;let W=v.distr==2,ne=d._splits=d.splits(r,f,N,R,B,V,W),me=v.distr==2?ne.map(G=>$t[G]):ne,pe=v.distr==2?$t[ne[1]]-$t[ne[0]]:B,ae=d._values=d.values(r,d.filter(r,me,f,V,pe),f,V,pe);d._rotate=_==2?d.rotate(r,ae,f,V):0;let Y=d._size;d._size=Ot(d.size(r,ae,f,a)),Y!=null&&d._size!=Y&&(l=!1)}),l}function Wc(a){let l=!0;return Da.forEach((d,f)=>{let v=d(r,f,En,a);v!=dn[f]&&(l=!1),dn[f]=v}),l}function zc(){for(let a=0;a<T.length;a++){let l=T[a];if(!l.show||!l._show)continue;let d=l.side,f=d%2,v,_,k=l.stroke(r,a),N=d==0||d==3?-1:1,[R,B]=l._found;if(l.label!=null){let st=l.labelGap*N,bt=ze((l._lpos+st)*ge);Ma(l.labelFont[0],k,"center",d==2?"top":Ql),b.save(),f==1?(v=_=0,b.translate(bt,ze(Nt+Ft/2)),b.rotate((d==3?-$o:$o)/2)):(v=ze(mt+dt/2),_=bt);let Pn=Bu(l.label)?l.label(r,a,R,B):l.label;b.fillText(Pn,v,_),b.restore()}if(B==0)continue;let V=A[l.scale],W=f==0?dt:Ft,ne=f==0?mt:Nt,me=l._splits,pe=V.distr==2?me.map(st=>$t[st]):me,ae=V.distr==2?$t[me[1]]-$t[me[0]]:R,Y=l.ticks,G=l.border,Ne=Y.show?Y.size:0,Me=ze(Ne*ge),Qe=ze((l.alignTo==2?l._size-Ne-l.gap:l.gap)*ge),_e=l._rotate*-$o/180,Ie=D(l._pos*ge),gt=(Me+Qe)*N,at=Ie+gt;_=f==0?at:0,v=f==1?at:0;let Dt=l.font[0],Bt=l.align==1?gr:l.align==2?ji:_e>0?gr:_e<0?ji:f==0?"center":d==3?ji:gr,Ht=_e||f==1?"middle":d==2?"top":Ql;Ma(Dt,k,Bt,Ht);let ht=l.font[1]*l.lineGap,Pt=me.map(st=>D(c(st,V,W,ne))),Vt=l._values;for(let st=0;st<Vt.length;st++){let bt=Vt[st];if(bt!=null){f==0?v=Pt[st]:_=Pt[st],bt=""+bt;let Pn=bt.indexOf(`
`)==-1?[bt]:bt.split(/\n/gm);for(let lt=0;lt<Pn.length;lt++){let ns=Pn[lt];_e?(b.save(),b.translate(v,_+lt*ht),b.rotate(_e),b.fillText(ns,0,0),b.restore()):b.fillText(ns,v,_+lt*ht)}}}Y.show&&pi(Pt,Y.filter(r,pe,a,B,ae),f,d,Ie,Me,we(Y.width*ge,3),Y.stroke(r,a),Y.dash,Y.cap);let Qt=l.grid;Qt.show&&pi(Pt,Qt.filter(r,pe,a,B,ae),f,f==0?2:1,f==0?Nt:mt,f==0?Ft:dt,we(Qt.width*ge,3),Qt.stroke(r,a),Qt.dash,Qt.cap),G.show&&pi([Ie],[1],f==0?1:0,f==0?1:2,f==1?Nt:mt,f==1?Ft:dt,we(G.width*ge,3),G.stroke(r,a),G.dash,G.cap)}He("drawAxes")}function Xn(a){S.forEach((l,d)=>{d>0&&(l._paths=null,a&&(i==1?(l.min=null,l.max=null):l.facets.forEach(f=>{f.min=null,f.max=null})))})}let uo=!1,fi=!1,Dr=[];function Kc(){fi=!1;for(let a=0;a<Dr.length;a++)He(...Dr[a]);Dr.length=0}function er(){uo||(Jp($a),uo=!0)}function qc(a,l=!1){uo=!0,fi=l,a(r),$a(),l&&Dr.length>0&&queueMicrotask(Kc)}r.batch=qc;function $a(){if(ei&&(Oc(),ei=!1),Gn&&(Cc(),Gn=!1),ro){if(De(y,gr,xe),De(y,"top",Ve),De(y,jr,oe),De(y,Hr,U),De(w,gr,xe),De(w,"top",Ve),De(w,jr,oe),De(w,Hr,U),De(h,jr,nn),De(h,Hr,kn),g.width=ze(nn*ge),g.height=ze(kn*ge),T.forEach(({_el:a,_show:l,_size:d,_pos:f,side:v})=>{if(a!=null)if(l){let _=v===3||v===0?d:0,k=v%2==1;De(a,k?"left":"top",f-_),De(a,k?"width":"height",d),De(a,k?"top":"left",k?Ve:xe),De(a,k?"height":"width",k?U:oe),ra(a,Bn)}else wt(a,Bn)}),ao=Zn=ri=ii=ai=si=li=ui=oi=null,pt=1,Mr(!0),xe!=Jn||Ve!=xn||oe!=qt||U!=An){Xn(!1);let a=oe/qt,l=U/An;if(de&&!Tn&&K.left>=0){K.left*=a,K.top*=l,tr&&en(tr,ze(K.left),0,oe,U),nr&&en(nr,0,ze(K.top),oe,U);for(let d=0;d<Ct.length;d++){let f=Ct[d];f!=null&&(Qn[d]*=a,Yn[d]*=l,en(f,Ot(Qn[d]),Ot(Yn[d]),oe,U))}}if(Te.show&&!oo&&Te.left>=0&&Te.width>0){Te.left*=a,Te.width*=a,Te.top*=l,Te.height*=l;for(let d in vi)De(ir,d,Te[d])}Jn=xe,xn=Ve,qt=oe,An=U}He("setSize"),ro=!1}nn>0&&kn>0&&(b.clearRect(0,0,g.width,g.height),He("drawClear"),q.forEach(a=>a()),He("draw")),Te.show&&oo&&(co(Te),oo=!1),de&&Tn&&(Dn(null,!0,!1),Tn=!1),te.show&&te.live&&Et&&(bi(),Et=!1),p||(p=!0,r.status=1,He("ready")),Cr=!1,uo=!1}r.redraw=(a,l)=>{Gn=l||!1,a!==!1?fn(O,P.min,P.max):er()};function mi(a,l){let d=A[a];if(d.from==null){if(Xe==0){let f=d.range(r,l.min,l.max,a);l.min=f[0],l.max=f[1]}if(l.min>l.max){let f=l.min;l.min=l.max,l.max=f}if(Xe>1&&l.min!=null&&l.max!=null&&l.max-l.min<1e-16)return;a==O&&d.distr==2&&Xe>0&&(l.min=Wt(l.min,t[0]),l.max=Wt(l.max,t[0]),l.min==l.max&&l.max++),L[a]=l,ei=!0,er()}}r.setScale=mi;let gi,hi,tr,nr,Ba,Va,rr,or,Ua,Wa,Ae,Pe,pn=!1,et=K.drag,Ge=et.x,je=et.y;de&&(K.x&&(gi=Lt(hp,w)),K.y&&(hi=Lt(bp,w)),P.ori==0?(tr=gi,nr=hi):(tr=hi,nr=gi),Ae=K.left,Pe=K.top);let Te=r.select=Be({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),ir=Te.show?Lt(gp,Te.over?w:y):null;function co(a,l){if(Te.show){for(let d in a)Te[d]=a[d],d in vi&&De(ir,d,a[d]);l!==!1&&He("setSelect")}}r.setSelect=co;function Jc(a){if(S[a].show)ke&&ra(Re[a],Bn);else if(ke&&wt(Re[a],Bn),de){let d=Hn?Ct[0]:Ct[a];d!=null&&en(d,-10,-10,oe,U)}}function fn(a,l,d){mi(a,{min:l,max:d})}function Gt(a,l,d,f){l.focus!=null&&Yc(a),l.show!=null&&S.forEach((v,_)=>{_>0&&(a==_||a==null)&&(v.show=l.show,Jc(_),i==2?(fn(v.facets[0].scale,null,null),fn(v.facets[1].scale,null,null)):fn(v.scale,null,null),er())}),d!==!1&&He("setSeries",a,l),f&&Ir("setSeries",r,a,l)}r.setSeries=Gt;function Gc(a,l){Be(j[a],l)}function jc(a,l){a.fill=le(a.fill||null),a.dir=fe(a.dir,-1),l=l??j.length,j.splice(l,0,a)}function Hc(a){a==null?j.length=0:j.splice(a,1)}r.addBand=jc,r.setBand=Gc,r.delBand=Hc;function Qc(a,l){S[a].alpha=l,de&&Ct[a]!=null&&(Ct[a].style.opacity=l),ke&&Re[a]&&(Re[a].style.opacity=l)}let rn,mn,Cn,ar={focus:!0};function Yc(a){if(a!=Cn){let l=a==null,d=Jt.alpha!=1;S.forEach((f,v)=>{if(i==1||v>0){let _=l||v==0||v==a;f._focus=l?null:_,d&&Qc(v,_?1:Jt.alpha)}}),Cn=a,d&&er()}}ke&&jn&&it(eu,ce,a=>{K._lock||(Nn(a),Cn!=null&&Gt(null,ar,!0,Fe.setSeries))});function jt(a,l,d){let f=A[l];d&&(a=a/ge-(f.ori==1?Ve:xe));let v=oe;f.ori==1&&(v=U,a=v-a),f.dir==-1&&(a=v-a);let _=f._min,k=f._max,N=a/v,R=_+(k-_)*N,B=f.distr;return B==3?yr(10,R):B==4?Ip(R,f.asinh):B==100?f.bwd(R):R}function Zc(a,l){let d=jt(a,O,l);return Wt(d,t[0],qe,Je)}r.valToIdx=a=>Wt(a,t[0]),r.posToIdx=Zc,r.posToVal=jt,r.valToPos=(a,l,d)=>A[l].ori==0?s(a,A[l],d?dt:oe,d?mt:0):u(a,A[l],d?Ft:U,d?Nt:0),r.setCursor=(a,l,d)=>{Ae=a.left,Pe=a.top,Dn(null,l,d)};function za(a,l){De(ir,gr,Te.left=a),De(ir,jr,Te.width=l)}function Ka(a,l){De(ir,"top",Te.top=a),De(ir,Hr,Te.height=l)}let Pr=P.ori==0?za:Ka,Rr=P.ori==1?za:Ka;function Xc(){if(ke&&te.live)for(let a=i==2?1:0;a<S.length;a++){if(a==0&&Tt)continue;let l=te.values[a],d=0;for(let f in l)Kt[a][d++].firstChild.nodeValue=l[f]}}function bi(a,l){if(a!=null&&(a.idxs?a.idxs.forEach((d,f)=>{ie[f]=d}):$p(a.idx)||ie.fill(a.idx),te.idx=ie[0]),ke&&te.live){for(let d=0;d<S.length;d++)(d>0||i==1&&!Tt)&&ed(d,ie[d]);Xc()}Et=!1,l!==!1&&He("setLegend")}r.setLegend=bi;function ed(a,l){let d=S[a],f=a==0&&H==2?$t:t[a],v;Tt?v=d.values(r,a,l)??cn:(v=d.value(r,l==null?null:f[l],a,l),v=v==null?cn:{_:v}),te.values[a]=v}function Dn(a,l,d){Ua=Ae,Wa=Pe,[Ae,Pe]=K.move(r,Ae,Pe),K.left=Ae,K.top=Pe,de&&(tr&&en(tr,ze(Ae),0,oe,U),nr&&en(nr,0,ze(Pe),oe,U));let f,v=qe>Je;rn=Se,mn=null;let _=P.ori==0?oe:U,k=P.ori==1?oe:U;if(Ae<0||Xe==0||v){f=K.idx=null;for(let N=0;N<S.length;N++){let R=Ct[N];R!=null&&en(R,-10,-10,oe,U)}jn&&Gt(null,ar,!0,a==null&&Fe.setSeries),te.live&&(ie.fill(f),Et=!0)}else{let N,R,B;i==1&&(N=P.ori==0?Ae:Pe,R=jt(N,O),f=K.idx=Wt(R,t[0],qe,Je),B=$(t[0][f],P,_,0));let V=-10,W=-10,ne=0,me=0,pe=!0,ae="",Y="";for(let G=i==2?1:0;G<S.length;G++){let Ne=S[G],Me=ie[G],Qe=Me==null?null:i==1?t[G][Me]:t[G][1][Me],_e=K.dataIdx(r,G,f,R),Ie=_e==null?null:i==1?t[G][_e]:t[G][1][_e];if(Et=Et||Ie!=Qe||_e!=Me,ie[G]=_e,G>0&&Ne.show){let gt=_e==null?-10:_e==f?B:$(i==1?t[0][_e]:t[G][0][_e],P,_,0),at=Ie==null?-10:I(Ie,i==1?A[Ne.scale]:A[Ne.facets[1].scale],k,0);if(jn&&Ie!=null){let Dt=P.ori==1?Ae:Pe,Bt=Ke(Jt.dist(r,G,_e,at,Dt));if(Bt<rn){let Ht=Jt.bias;if(Ht!=0){let ht=jt(Dt,Ne.scale),Pt=Ie>=0?1:-1,Vt=ht>=0?1:-1;Vt==Pt&&(Vt==1?Ht==1?Ie>=ht:Ie<=ht:Ht==1?Ie<=ht:Ie>=ht)&&(rn=Bt,mn=G)}else rn=Bt,mn=G}}if(Et||Hn){let Dt,Bt;P.ori==0?(Dt=gt,Bt=at):(Dt=at,Bt=gt);let Ht,ht,Pt,Vt,Qt,st,bt=!0,Pn=nt.bbox;if(Pn!=null){bt=!1;let lt=Pn(r,G);Pt=lt.left,Vt=lt.top,Ht=lt.width,ht=lt.height}else Pt=Dt,Vt=Bt,Ht=ht=nt.size(r,G);if(st=nt.fill(r,G),Qt=nt.stroke(r,G),Hn)G==mn&&rn<=Jt.prox&&(V=Pt,W=Vt,ne=Ht,me=ht,pe=bt,ae=st,Y=Qt);else{let lt=Ct[G];lt!=null&&(Qn[G]=Pt,Yn[G]=Vt,su(lt,Ht,ht,bt),iu(lt,st,Qt),en(lt,Ot(Pt),Ot(Vt),oe,U))}}}}if(Hn){let G=Jt.prox,Ne=Cn==null?rn<=G:rn>G||mn!=Cn;if(Et||Ne){let Me=Ct[0];Me!=null&&(Qn[0]=V,Yn[0]=W,su(Me,ne,me,pe),iu(Me,ae,Y),en(Me,Ot(V),Ot(W),oe,U))}}}if(Te.show&&pn)if(a!=null){let[N,R]=Fe.scales,[B,V]=Fe.match,[W,ne]=a.cursor.sync.scales,me=a.cursor.drag;if(Ge=me._x,je=me._y,Ge||je){let{left:pe,top:ae,width:Y,height:G}=a.select,Ne=a.scales[W].ori,Me=a.posToVal,Qe,_e,Ie,gt,at,Dt=N!=null&&B(N,W),Bt=R!=null&&V(R,ne);Dt&&Ge?(Ne==0?(Qe=pe,_e=Y):(Qe=ae,_e=G),Ie=A[N],gt=$(Me(Qe,W),Ie,_,0),at=$(Me(Qe+_e,W),Ie,_,0),Pr(zt(gt,at),Ke(at-gt))):Pr(0,_),Bt&&je?(Ne==1?(Qe=pe,_e=Y):(Qe=ae,_e=G),Ie=A[R],gt=I(Me(Qe,ne),Ie,k,0),at=I(Me(Qe+_e,ne),Ie,k,0),Rr(zt(gt,at),Ke(at-gt))):Rr(0,k)}else _i()}else{let N=Ke(Ua-Ba),R=Ke(Wa-Va);if(P.ori==1){let ne=N;N=R,R=ne}Ge=et.x&&N>=et.dist,je=et.y&&R>=et.dist;let B=et.uni;B!=null?Ge&&je&&(Ge=N>=B,je=R>=B,!Ge&&!je&&(R>N?je=!0:Ge=!0)):et.x&&et.y&&(Ge||je)&&(Ge=je=!0);let V,W;Ge&&(P.ori==0?(V=rr,W=Ae):(V=or,W=Pe),Pr(zt(V,W),Ke(W-V)),je||Rr(0,k)),je&&(P.ori==1?(V=rr,W=Ae):(V=or,W=Pe),Rr(zt(V,W),Ke(W-V)),Ge||Pr(0,_)),!Ge&&!je&&(Pr(0,0),Rr(0,0))}if(et._x=Ge,et._y=je,a==null){if(d){if(ts!=null){let[N,R]=Fe.scales;Fe.values[0]=N!=null?jt(P.ori==0?Ae:Pe,N):null,Fe.values[1]=R!=null?jt(P.ori==1?Ae:Pe,R):null}Ir(Hi,r,Ae,Pe,oe,U,f)}if(jn){let N=d&&Fe.setSeries,R=Jt.prox;Cn==null?rn<=R&&Gt(mn,ar,!0,N):rn>R?Gt(null,ar,!0,N):mn!=Cn&&Gt(mn,ar,!0,N)}}Et&&(te.idx=f,bi()),l!==!1&&He("setCursor")}let gn=null;Object.defineProperty(r,"rect",{get(){return gn==null&&Mr(!1),gn}});function Mr(a=!1){a?gn=null:(gn=w.getBoundingClientRect(),He("syncRect",gn))}function qa(a,l,d,f,v,_,k){K._lock||pn&&a!=null&&a.movementX==0&&a.movementY==0||(yi(a,l,d,f,v,_,k,!1,a!=null),a!=null?Dn(null,!0,!0):Dn(l,!0,!1))}function yi(a,l,d,f,v,_,k,N,R){if(gn==null&&Mr(!1),Nn(a),a!=null)d=a.clientX-gn.left,f=a.clientY-gn.top;else{if(d<0||f<0){Ae=-10,Pe=-10;return}let[B,V]=Fe.scales,W=l.cursor.sync,[ne,me]=W.values,[pe,ae]=W.scales,[Y,G]=Fe.match,Ne=l.axes[0].side%2==1,Me=P.ori==0?oe:U,Qe=P.ori==1?oe:U,_e=Ne?_:v,Ie=Ne?v:_,gt=Ne?f:d,at=Ne?d:f;if(pe!=null?d=Y(B,pe)?c(ne,A[B],Me,0):-10:d=Me*(gt/_e),ae!=null?f=G(V,ae)?c(me,A[V],Qe,0):-10:f=Qe*(at/Ie),P.ori==1){let Dt=d;d=f,f=Dt}}R&&(l==null||l.cursor.event.type==Hi)&&((d<=1||d>=oe-1)&&(d=Fn(d,oe)),(f<=1||f>=U-1)&&(f=Fn(f,U))),N?(Ba=d,Va=f,[rr,or]=K.move(r,d,f)):(Ae=d,Pe=f)}let vi={width:0,height:0,left:0,top:0};function _i(){co(vi,!1)}let Ja,Ga,ja,Ha;function Qa(a,l,d,f,v,_,k){pn=!0,Ge=je=et._x=et._y=!1,yi(a,l,d,f,v,_,k,!0,!1),a!=null&&(it(Qi,ta,Ya,!1),Ir(Zl,r,rr,or,oe,U,null));let{left:N,top:R,width:B,height:V}=Te;Ja=N,Ga=R,ja=B,Ha=V}function Ya(a,l,d,f,v,_,k){pn=et._x=et._y=!1,yi(a,l,d,f,v,_,k,!1,!0);let{left:N,top:R,width:B,height:V}=Te,W=B>0||V>0,ne=Ja!=N||Ga!=R||ja!=B||Ha!=V;if(W&&ne&&co(Te),et.setScale&&W&&ne){let me=N,pe=B,ae=R,Y=V;if(P.ori==1&&(me=R,pe=V,ae=N,Y=B),Ge&&fn(O,jt(me,O),jt(me+pe,O)),je)for(let G in A){let Ne=A[G];G!=O&&Ne.from==null&&Ne.min!=Se&&fn(G,jt(ae+Y,G),jt(ae,G))}_i()}else K.lock&&(K._lock=!K._lock,Dn(l,!0,a!=null));a!=null&&(qn(Qi,ta),Ir(Qi,r,Ae,Pe,oe,U,null))}function td(a,l,d,f,v,_,k){if(K._lock)return;Nn(a);let N=pn;if(pn){let R=!0,B=!0,V=10,W,ne;P.ori==0?(W=Ge,ne=je):(W=je,ne=Ge),W&&ne&&(R=Ae<=V||Ae>=oe-V,B=Pe<=V||Pe>=U-V),W&&R&&(Ae=Ae<rr?0:oe),ne&&B&&(Pe=Pe<or?0:U),Dn(null,!0,!0),pn=!1}Ae=-10,Pe=-10,ie.fill(null),Dn(null,!0,!0),N&&(pn=N)}function Za(a,l,d,f,v,_,k){K._lock||(Nn(a),ni(),_i(),a!=null&&Ir(tu,r,Ae,Pe,oe,U,null))}function Xa(){T.forEach(tm),ti(r.width,r.height,!0)}Vn(Bo,br,Xa);let sr={};sr.mousedown=Qa,sr.mousemove=qa,sr.mouseup=Ya,sr.dblclick=Za,sr.setSeries=(a,l,d,f)=>{let v=Fe.match[2];d=v(r,l,d),d!=-1&&Gt(d,f,!0,!1)},de&&(it(Zl,w,Qa),it(Hi,w,qa),it(Xl,w,a=>{Nn(a),Mr(!1)}),it(eu,w,td),it(tu,w,Za),ua.add(r),r.syncRect=Mr);let po=r.hooks=e.hooks||{};function He(a,l,d){fi?Dr.push([a,l,d]):a in po&&po[a].forEach(f=>{f.call(null,r,l,d)})}(e.plugins||[]).forEach(a=>{for(let l in a.hooks)po[l]=(po[l]||[]).concat(a.hooks[l])});let es=(a,l,d)=>d,Fe=Be({key:null,setSeries:!1,filters:{pub:pu,sub:pu},scales:[O,S[1]?S[1].scale:null],match:[fu,fu,es],values:[null,null]},K.sync);Fe.match.length==2&&Fe.match.push(es),K.sync=Fe;let ts=Fe.key,Si=uc(ts);function Ir(a,l,d,f,v,_,k){Fe.filters.pub(a,l,d,f,v,_,k)&&Si.pub(a,l,d,f,v,_,k)}Si.sub(r);function nd(a,l,d,f,v,_,k){Fe.filters.sub(a,l,d,f,v,_,k)&&sr[a](null,l,d,f,v,_,k)}r.pub=nd;function rd(){Si.unsub(r),ua.delete(r),wn.clear(),oa(Bo,br,Xa),m.remove(),ce?.remove(),He("destroy")}r.destroy=rd;function wi(){He("init",e,t),Pa(t||e.data,!1),L[O]?mi(O,L[O]):ni(),oo=Te.show&&(Te.width>0||Te.height>0),Tn=Et=!0,ti(e.width,e.height)}return S.forEach(Ca),T.forEach(Lc),n?n instanceof HTMLElement?(n.appendChild(m),wi()):n(r,wi):wi(),r}tt.assign=Be;tt.fmtNum=ha;tt.rangeNum=Vo;tt.rangeLog=zo;tt.rangeAsinh=ma;tt.orient=Wn;tt.pxRatio=ge;tt.join=qp;tt.fmtDate=ya,tt.tzDate=nf;tt.sync=uc;{tt.addGap=Bf,tt.clipGaps=Jo;let e=tt.paths={points:gc};e.linear=bc,e.stepped=Wf,e.bars=zf,e.spline=qf}var Aa="dupligraph.theme";function nm(){try{let e=localStorage.getItem(Aa);return e==="light"||e==="dark"?e:"auto"}catch{return"auto"}}var Ar=_t(nm()),Tr=_t(0);function Sc(){matchMedia("(prefers-color-scheme: dark)").addEventListener("change",()=>Tr.set(Tr.get()+1))}function Ta(e){e==="auto"?delete document.documentElement.dataset.theme:document.documentElement.dataset.theme=e}function wc(){let e=["auto","light","dark"],t=e[(e.indexOf(Ar.get())+1)%e.length];try{t==="auto"?localStorage.removeItem(Aa):localStorage.setItem(Aa,t)}catch{}Ar.set(t),Ta(t),Tr.set(Tr.get()+1)}function eo(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function to({title:e,times:t,values:n,format:r,formatTick:i=r}){let s=Br(null),u=We(Tr);rt(()=>{let p=s.current;if(!p||t.length===0)return;let m={stroke:eo("--text-muted"),grid:{stroke:eo("--border")},ticks:{stroke:eo("--border")}},g=new tt({width:Math.max(p.clientWidth,200),height:180,legend:{show:!1},cursor:{show:!0,drag:{x:!1,y:!1}},scales:{x:{time:!0}},axes:[m,{...m,size:80,values:(h,y)=>y.map(i)}],series:[{},{label:e,stroke:eo("--accent"),fill:`${eo("--accent")}33`,width:2,points:{show:t.length<60},value:(h,y)=>y==null?"—":r(y)}]},[t,n],p),b=new ResizeObserver(()=>g.setSize({width:Math.max(p.clientWidth,200),height:180}));return b.observe(p),()=>{b.disconnect(),g.destroy()}},[t,n,e,r,i,u]);let c=n.at(-1);return o("figure",{class:"chart",children:[o("figcaption",{children:[o("strong",{children:e}),o("span",{class:"muted",children:t.length===0?" no runs yet":` latest ${r(c??0)}, ${t.length} point${t.length===1?"":"s"}`})]}),o("div",{ref:s,class:"chart-canvas",role:"img","aria-label":`${e} over time`})]})}function Qo({points:e}){let t=lr(()=>({times:e.map(n=>new Date(n.startAt).getTime()/1e3),uploaded:e.map(n=>n.uploadedSize),stored:e.map(n=>n.storageSize),duration:e.map(n=>n.durationMilliseconds/1e3),files:e.map(n=>n.fileCount)}),[e]);return o("section",{"aria-labelledby":"charts-title",children:[o("h2",{id:"charts-title",children:"Over time"}),o("div",{class:"charts",children:[o(to,{title:"Uploaded",times:t.times,values:t.uploaded,format:Xt}),o(to,{title:"Stored at destination",times:t.times,values:t.stored,format:Xt}),o(to,{title:"Duration",times:t.times,values:t.duration,format:Eo,formatTick:Cl}),o(to,{title:"Files",times:t.times,values:t.files,format:St})]})]})}var Yo=10;function Zo({owner:e,id:t}){let[n,r]=C({first:Yo}),[i,s]=C(1),u=ut(dl,{id:t,...n},{skip:e!=="job"}),c=ut(pl,{id:t,...n},{skip:e!=="server"}),p=e==="job"?u:c,g=p.data?.node?.backups;if(p.error&&!g)return o("p",{class:"error",children:["Could not read the runs: ",p.error.message]});if(!g)return o("p",{"aria-busy":"true",children:"Loading runs…"});let b=Math.max(1,Math.ceil(g.totalCount/Yo));return o("div",{class:"run-history",children:[o("div",{class:"table-scroll",children:o("table",{class:"runs",children:[o("caption",{class:"visually-hidden",children:"Runs, newest first"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Started"}),o("th",{scope:"col",children:"Status"}),o("th",{scope:"col",children:"Duration"}),o("th",{scope:"col",children:"Uploaded"}),o("th",{scope:"col",children:"Stored"}),o("th",{scope:"col",children:"Files"}),o("th",{scope:"col",children:"Warnings / errors"}),o("th",{scope:"col",children:o("span",{class:"visually-hidden",children:"Details"})})]})}),o("tbody",{children:g.nodes.map(h=>o(rm,{run:h,showJob:e==="server"},h.id))})]})}),o("nav",{class:"pager","aria-label":"Run history pages",children:[o("button",{type:"button",disabled:i===1,onClick:()=>{r({last:Yo,before:g.pageInfo.startCursor}),s(i-1)},children:"Newer runs"}),o("span",{class:"page-number",children:["Page ",i," of ",b," (",St(g.totalCount)," runs)"]}),o("button",{type:"button",disabled:!g.pageInfo.hasNextPage,onClick:()=>{r({first:Yo,after:g.pageInfo.endCursor}),s(i+1)},children:"Older runs"})]})]})}function rm({run:e,showJob:t}){let[n,r]=C(!1),i=`run-details-${e.id}`;return o(ve,{children:[o("tr",{"data-run-id":e.id,children:[o("td",{children:[Ee(e.startedAt),t&&o("div",{class:"muted",children:e.backupName})]}),o("td",{children:o(Mo,{status:e.status})}),o("td",{children:Eo(e.durationMilliseconds/1e3)}),o("td",{children:Xt(e.uploadedSize)}),o("td",{children:Xt(e.knownFileSize)}),o("td",{children:St(e.examinedFiles)}),o("td",{children:[e.warningCount," / ",e.errorCount]}),o("td",{children:o("button",{type:"button",class:"link","aria-expanded":n,"aria-controls":i,onClick:()=>r(!n),children:n?"Hide":"Details"})})]}),n&&o("tr",{id:i,class:"run-details",children:o("td",{colSpan:8,children:o(om,{run:e})})})]})}function om({run:e}){let[t,n]=C(null),[r,i]=C(null);return o("div",{class:"details",children:[o("p",{children:["Ended ",Ee(e.endedAt)," · examined ",Xt(e.sizeOfExaminedFiles)," · Duplicati ",e.version??"unknown"]}),e.errorMessages.length>0&&o(kc,{title:"Errors",lines:e.errorMessages}),e.warningMessages.length>0&&o(kc,{title:"Warnings",lines:e.warningMessages}),t===null?o("button",{type:"button",onClick:()=>se(fl,{id:e.id}).then(s=>n(s.node?.logLines??[]),s=>i(s.message)),children:"Show log"}):o("pre",{class:"log",children:t.length?t.join(`
`):"No log lines were reported."}),r&&o("p",{class:"error",children:r})]})}function kc({title:e,lines:t}){return o("div",{children:[o("h4",{children:e}),o("ul",{class:"messages",children:t.map((n,r)=>o("li",{children:n},r))})]})}function xc({id:e}){let{data:t,error:n,refetch:r}=ut(ul,{id:e}),i=t?.node&&"backupName"in t.node?t.node:null;if(!t)return n?o("p",{class:"error",children:["Could not read the job: ",n.message]}):o("p",{"aria-busy":"true",children:"Loading…"});if(!i)return o("p",{class:"card",children:"No backup job has this id (it may have been deleted)."});let{schedule:s,overdue:u}=i,c=i.server.alias||i.server.name;return o(ve,{children:[o("nav",{"aria-label":"Breadcrumb",class:"breadcrumb",children:[o("a",{href:Ye.overview(),children:"Overview"})," / ",o("a",{href:Ye.server(i.server.id),children:c})," /"]}),o("h1",{children:[i.backupName," ",u.isOverdue&&o(Io,{since:u.becameOverdueAt})]}),o("div",{class:"columns",children:[o("section",{class:"card","aria-labelledby":"state-title",children:[o("h2",{id:"state-title",children:"State"}),o("dl",{children:[o("dt",{children:"Last run"}),o("dd",{title:Ee(i.lastBackupAt),children:On(i.lastBackupAt)}),o("dt",{children:"Next expected"}),o("dd",{children:Ee(u.nextExpectedAt)}),o("dt",{children:"Late after"}),o("dd",{children:Ee(u.deadlineAt)}),o("dt",{children:"Overdue"}),o("dd",{children:u.isOverdue?`yes, since ${Ee(u.becameOverdueAt)}`:"no"}),o("dt",{children:"Runs stored"}),o("dd",{children:i.runCount})]})]}),o("section",{class:"card","aria-labelledby":"schedule-title",children:[o("h2",{id:"schedule-title",children:"Schedule"}),o("dl",{children:[o("dt",{children:"Expected every"}),o("dd",{children:s.expectedInterval}),o("dt",{children:"On"}),o("dd",{children:[s.allowedWeekdays.length===7||s.allowedWeekdays.length===0?"every day":s.allowedWeekdays.map(p=>Co[p]).join(", ")," ","(UTC)"]}),o("dt",{children:"Tolerance"}),o("dd",{children:[s.effectiveToleranceMilliseconds/6e4," min",s.toleranceOverrideMilliseconds===null&&" (global default)"]}),o("dt",{children:"Overdue check"}),o("dd",{children:s.overdueCheckEnabled?"on":"off"}),o("dt",{children:"Warning alerts"}),o("dd",{children:s.notificationLevel.toLowerCase()})]}),o("p",{children:o("a",{href:Ye.admin(),children:"Change in Admin"})})]})]}),o(Qo,{points:i.history}),o("section",{"aria-labelledby":"alerts-title",children:[o("h2",{id:"alerts-title",children:"Alerts"}),o(Ro,{alerts:i.alerts.nodes,onChange:r})]}),o("section",{"aria-labelledby":"runs-title",children:[o("h2",{id:"runs-title",children:"Run history"}),o(Zo,{owner:"job",id:i.id})]})]})}function Xo({jobs:e,caption:t}){let n=We(pr);return e.length===0?o("p",{class:"muted",children:"No backup jobs."}):o("table",{class:"jobs",children:[o("caption",{class:"visually-hidden",children:t}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Job"}),o("th",{scope:"col",children:"Status"}),o("th",{scope:"col",children:"Last run"}),o("th",{scope:"col",children:"Next expected"})]})}),o("tbody",{children:e.map(r=>{let i=r.latestBackup?.status;return o("tr",{class:n.has(r.id)?"flash":void 0,"data-job-id":r.id,"data-job-name":r.backupName,"data-status":i??"NONE","data-overdue":String(r.overdue.isOverdue),children:[o("th",{scope:"row","data-label":"Job",children:o("a",{href:Ye.job(r.id),children:r.backupName})}),o("td",{"data-label":"Status",children:[o(Mo,{status:i})," ",r.overdue.isOverdue&&o(Io,{since:r.overdue.becameOverdueAt})]}),o("td",{"data-label":"Last run",title:Ee(r.lastBackupAt),children:On(r.lastBackupAt)}),o("td",{"data-label":"Next expected",title:Ee(r.overdue.nextExpectedAt),children:r.overdue.nextExpectedAt?On(r.overdue.nextExpectedAt):"—"})]},r.id)})})]})}async function im(){let e=await se(sl,{}),t=[...e.servers.nodes],n=e.servers.pageInfo;for(;n.hasNextPage&&n.endCursor;){let r=await se(ll,{after:n.endCursor});t.push(...r.servers.nodes),n=r.servers.pageInfo}return{...e,servers:t}}function Ac(){let{data:e,error:t}=Ki(im,"overview"),[n,r]=C(""),[i,s]=C("ALL"),[u,c]=C(!1),[p,m]=C("ALL"),g=lr(()=>{let h=n.trim().toLowerCase();return(e?.servers??[]).filter(y=>p==="ALL"||y.id===p).map(y=>{let w=!h||`${y.name} ${y.alias}`.toLowerCase().includes(h),x=y.backupJobs.filter(E=>(w||E.backupName.toLowerCase().includes(h))&&(i==="ALL"||(E.latestBackup?.status??"NONE")===i)&&(!u||E.overdue.isOverdue));return{server:y,jobs:x,visible:!(h||i!=="ALL"||u)||x.length>0}}).filter(y=>y.visible)},[e,n,i,u,p]);if(!e)return t?o("p",{class:"error",children:["Could not read the overview: ",t.message]}):o("p",{"aria-busy":"true",children:"Loading…"});let{summary:b}=e;return o(ve,{children:[o("h1",{children:"Overview"}),t&&o("p",{class:"error",role:"alert",children:["Could not refresh: ",t.message]}),o("ul",{class:"tiles","aria-label":"Summary",children:[o(Sn,{label:"Servers",value:St(b.totalServers)}),o(Sn,{label:"Backup jobs",value:St(b.totalBackupJobs)}),o(Sn,{label:"Runs stored",value:St(b.totalBackupRuns)}),o(Sn,{label:"Overdue jobs",value:St(b.overdueBackupJobCount),alert:b.overdueBackupJobCount>0}),o(Sn,{label:"Open alerts",value:St(e.activeAlerts.totalCount),alert:e.activeAlerts.totalCount>0}),o(Sn,{label:"Stored at destinations",value:Xt(b.totalStorageUsed)}),o(Sn,{label:"Uploaded",value:Xt(b.totalUploadedSize)}),o(Sn,{label:"Last backup",value:On(b.lastBackupAt),title:Ee(b.lastBackupAt)})]}),o("form",{class:"filters","aria-label":"Filter jobs",onSubmit:h=>h.preventDefault(),children:[o("div",{class:"field",children:[o("label",{for:"filter-search",children:"Search"}),o("input",{id:"filter-search",type:"search",placeholder:"Server or job name",value:n,onInput:h=>r(h.currentTarget.value)})]}),o("div",{class:"field",children:[o("label",{for:"filter-status",children:"Status"}),o("select",{id:"filter-status",value:i,onChange:h=>s(h.currentTarget.value),children:[o("option",{value:"ALL",children:"All"}),Object.keys(Kr).map(h=>o("option",{value:h,children:Kr[h]},h))]})]}),o("div",{class:"field",children:[o("label",{for:"filter-server",children:"Server"}),o("select",{id:"filter-server",value:p,onChange:h=>m(h.currentTarget.value),children:[o("option",{value:"ALL",children:"All servers"}),e.servers.map(h=>o("option",{value:h.id,children:h.alias||h.name},h.id))]})]}),o("label",{class:"check",children:[o("input",{type:"checkbox",checked:u,onChange:h=>c(h.currentTarget.checked)}),"Only overdue"]})]}),e.servers.length===0&&o("p",{class:"card",children:["No server has reported yet. Point Duplicati at ",o("code",{children:`${location.origin}/api/upload`})," (see the README)."]}),e.servers.length>0&&g.length===0&&o("p",{class:"muted",children:"No job matches these filters."}),o("div",{class:"servers",children:g.map(({server:h,jobs:y})=>o("section",{class:"card server","data-server-id":h.id,"aria-labelledby":`server-${h.id}`,children:[o("h2",{id:`server-${h.id}`,children:[o("a",{href:Ye.server(h.id),children:h.alias||h.name}),h.alias&&o("span",{class:"muted",children:[" (",h.name,")"]})]}),o(Xo,{jobs:y,caption:`Backup jobs of ${h.alias||h.name}`})]},h.id))})]})}function Sn({label:e,value:t,alert:n,title:r}){return o("li",{class:`tile${n?" tile-alert":""}`,title:r,children:[o("span",{class:"tile-value",children:t}),o("span",{class:"tile-label",children:e})]})}function am(e){return/^https?:\/\//i.test(e)?e:null}function Tc({id:e}){let{data:t,error:n,refetch:r}=ut(cl,{id:e}),i=t?.node&&"serverId"in t.node?t.node:null;if(!t)return n?o("p",{class:"error",children:["Could not read the server: ",n.message]}):o("p",{"aria-busy":"true",children:"Loading…"});if(!i)return o("p",{class:"card",children:"No server has this id (it may have been deleted or merged)."});let s=am(i.url);return o(ve,{children:[o("nav",{"aria-label":"Breadcrumb",class:"breadcrumb",children:[o("a",{href:Ye.overview(),children:"Overview"})," /"]}),o("h1",{children:i.alias||i.name}),o("section",{class:"card","aria-labelledby":"details-title",children:[o("h2",{id:"details-title",children:"Details"}),o("dl",{children:[o("dt",{children:"Machine name"}),o("dd",{children:i.name}),o("dt",{children:"Machine id"}),o("dd",{children:o("code",{children:i.serverId})}),o("dt",{children:"First report"}),o("dd",{children:Ee(i.createdAt)}),i.note&&o(ve,{children:[o("dt",{children:"Note"}),o("dd",{children:i.note})]}),s&&o(ve,{children:[o("dt",{children:"Duplicati"}),o("dd",{children:o("a",{href:s,rel:"noreferrer noopener",target:"_blank",children:s})})]})]})]}),o("section",{class:"card","aria-labelledby":"jobs-title",children:[o("h2",{id:"jobs-title",children:"Backup jobs"}),o(Xo,{jobs:i.backupJobs,caption:`Backup jobs of ${i.alias||i.name}`})]}),o(Qo,{points:i.history}),o("section",{"aria-labelledby":"alerts-title",children:[o("h2",{id:"alerts-title",children:"Open alerts"}),o(Ro,{alerts:t.alerts.nodes,onChange:r})]}),o("section",{"aria-labelledby":"runs-title",children:[o("h2",{id:"runs-title",children:"Run history"}),o(Zo,{owner:"server",id:i.id})]})]})}function Nc(){let e=Pl(),t=We(In),n=We(Yt),r=We(Ar);return rt(()=>kl(),[n]),rt(()=>{document.title=`${lm(e)} · dupligraph`,document.getElementById("main")?.focus({preventScroll:!0})},[e]),o(ve,{children:[o("button",{type:"button",class:"skip-link",onClick:()=>document.getElementById("main")?.focus(),children:"Skip to content"}),o("header",{class:"top",children:[o("a",{class:"brand",href:Ye.overview(),children:"dupligraph"}),o("nav",{"aria-label":"Main",children:[o("a",{href:Ye.overview(),"aria-current":e.page==="overview"?"page":void 0,children:"Overview"}),o("a",{href:Ye.admin(),"aria-current":e.page==="admin"?"page":void 0,children:"Admin"}),o("a",{href:"/graphql",children:"GraphiQL"})]}),o("button",{type:"button",class:"theme-toggle",onClick:wc,"aria-label":`Colour theme: ${r}. Change`,children:["Theme: ",r]})]}),o(Tl,{}),o("main",{id:"main",tabIndex:-1,children:t==="read"?o(Ln,{kind:"read"}):o(sm,{route:e})}),o(Nl,{})]})}function sm({route:e}){switch(e.page){case"overview":return o(Ac,{});case"server":return o(Tc,{id:e.id},e.id);case"job":return o(xc,{id:e.id},e.id);case"admin":return o(jl,{section:e.section});case"not-found":return o("p",{class:"card",children:["Nothing here (",o("code",{children:e.path}),"). ",o("a",{href:Ye.overview(),children:"Back to the overview"})]})}}function lm(e){return{overview:"Overview",server:"Server",job:"Backup job",admin:"Admin","not-found":"Not found"}[e.page]}Ta(Ar.get());Sc();gs(o(Nc,{}),document.getElementById("app"));
